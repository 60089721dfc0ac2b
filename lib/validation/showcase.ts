// Gương điển hình, mô hình hay: what the Khối's curators and the person named may send.
import { z } from "zod";
import { PILLARS_2009, PILLARS_2015 } from "@/lib/domain/plan-model";
import { SHOWCASE_KINDS } from "@/lib/domain/showcase";
import { id, requestKey, requiredText, searchText, version } from "./fields";

/** The pillars a profile may be filed under: those of both plan wordings in use. */
export const SHOWCASE_PILLARS = [...new Set([...PILLARS_2009, ...PILLARS_2015])] as [string, ...string[]];

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
  /** One of the movement's pillars as the plans word them, or none (""). */
  pillar: z
    .union([z.literal(""), z.enum(SHOWCASE_PILLARS)], { error: "Vui lòng chọn một trách nhiệm trong danh sách" })
    .transform((v) => v || null),
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
  kind: z.enum(SHOWCASE_KINDS).optional().catch(undefined),
});

/** A photo of the project's evidence, copied into the project's profile. */
export const projectPhotoInput = z.object({
  profileId: id("Không tìm thấy hồ sơ điển hình"),
  fileId: id("Vui lòng chọn ảnh"),
  requestKey,
});
