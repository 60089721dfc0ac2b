// Cẩm nang thủ tục hành chính: what the cơ sở's editor and the Khối's moderation may send.
import { z } from "zod";
import { HANDBOOK_MAX_CHARS } from "@/lib/domain/rich-text";
import { id, optionalText, requestKey, requiredText, searchText, version } from "./fields";

export const HANDBOOK_TITLE_MAX = 200;

const content = {
  title: requiredText("tên cẩm nang", HANDBOOK_TITLE_MAX),
  body: requiredText("nội dung cẩm nang", HANDBOOK_MAX_CHARS),
};

export const createHandbookInput = z.object({ ...content, requestKey });

const handbookRef = { id: id("Không tìm thấy cẩm nang"), version };

/** Saves the text: into the draft being written, or as a new draft after the published version. */
export const saveHandbookInput = z.object({ ...handbookRef, ...content });

export const publishHandbookInput = z.object(handbookRef);

/** Takes the handbook off the public site (kept, with its versions); the Khối must say why. */
export const withdrawHandbookInput = z.object({ ...handbookRef, reason: optionalText(500) });

/** The public list's filters (from the URL). */
export const handbookQueryInput = z.object({
  q: searchText(100).optional().catch(undefined),
  coSo: z.uuid().optional().catch(undefined),
});
