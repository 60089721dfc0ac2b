// Gương điển hình, mô hình hay: what the Khối's curators and the person named may send.
import { z } from "zod";
import { id, optionalText, requestKey, requiredText, searchText, version } from "./fields";

export const SHOWCASE_TITLE_MAX = 200;
export const SHOWCASE_STORY_MAX = 8000;

/** A new draft from an honour or a youth project the portal holds. */
export const createShowcaseInput = z.object({
  source: z.enum(["honour", "project"], { error: "Vui lòng chọn khen thưởng hoặc công trình" }),
  sourceId: id("Vui lòng chọn khen thưởng hoặc công trình"),
  requestKey,
});

const showcaseRef = { id: id("Không tìm thấy hồ sơ điển hình"), version };

export const saveShowcaseInput = z.object({
  ...showcaseRef,
  title: requiredText("tiêu đề", SHOWCASE_TITLE_MAX),
  story: requiredText("nội dung giới thiệu", SHOWCASE_STORY_MAX),
  /** One of the plan's pillars as written, or none. */
  pillar: optionalText(200),
  year: z.coerce
    .number({ error: "Năm phải là số" })
    .int({ error: "Năm phải là số nguyên" })
    .min(2000, { error: "Năm không được trước 2000" })
    .max(2100, { error: "Năm không được sau 2100" }),
  featured: z.boolean(),
});

export const showcaseStatusInput = z.discriminatedUnion("status", [
  z.object({ ...showcaseRef, status: z.literal("PUBLISHED") }),
  z.object({ ...showcaseRef, status: z.literal("WITHDRAWN"), reason: requiredText("lý do gỡ", 500) }),
]);

/** The person named: consent given (true) or withdrawn (false). */
export const showcaseConsentInput = z.object({ profileId: id("Không tìm thấy hồ sơ điển hình"), consent: z.boolean() });

/** The public list's filters (from the URL). */
export const publicShowcaseQuery = z.object({
  pillar: searchText(200).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  kind: z.enum(["PERSON", "PROJECT"]).optional().catch(undefined),
});
