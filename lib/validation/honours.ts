// Danh hiệu (titles) and their tiêu chí: one set of schemas for the forms and the server actions.
import { z } from "zod";
import { decimal, id, list, optionalText, requestKey, requiredText, version } from "./fields";
import { HONOUR_LEVELS } from "@/lib/domain/plan-model";
import { CRITERION_METRICS } from "@/lib/domain/honour-criteria";

export const HONOUR_SUBJECTS = ["INDIVIDUAL", "COLLECTIVE"] as const;
export const CRITERION_SOURCES = ["TYPED", "COMPUTED"] as const;

/** "" (the form's empty choice), blanks and absent all mean none. */
const blankToNull = (v: unknown) => ((typeof v === "string" && v.trim() === "") || v === undefined ? null : v);

const criterion = z
  .object({
    wording: requiredText("nội dung tiêu chí", 500),
    source: z.enum(CRITERION_SOURCES, { error: "Vui lòng chọn cách đánh giá tiêu chí" }),
    /** Index into the plan's pillars (trụ cột "3 trách nhiệm"), or none */
    pillar: z.preprocess(
      blankToNull,
      z.coerce.number({ error: "Trụ cột không hợp lệ" }).int({ error: "Trụ cột không hợp lệ" }).min(0).max(9).nullable(),
    ),
    metric: z.preprocess(blankToNull, z.enum(CRITERION_METRICS, { error: "Vui lòng chọn số liệu để tính" }).nullable()),
    threshold: z.preprocess(
      blankToNull,
      decimal(
        z.coerce
          .number({ error: "Ngưỡng phải là số" })
          .min(0, { error: "Ngưỡng không được âm" })
          .max(100_000, { error: "Ngưỡng quá lớn" }),
      ).nullable(),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.source !== "COMPUTED") return;
    if (!c.metric) ctx.addIssue({ code: "custom", path: ["metric"], message: "Vui lòng chọn số liệu để tính" });
    if (c.threshold === null) ctx.addIssue({ code: "custom", path: ["threshold"], message: "Vui lòng nhập ngưỡng đạt" });
  })
  // A typed criterion keeps no metric or threshold, whatever the form still held.
  .transform((c) => (c.source === "TYPED" ? { ...c, metric: null, threshold: null } : c));

const titleFields = {
  name: requiredText("tên danh hiệu", 200),
  subject: z.enum(HONOUR_SUBJECTS, { error: "Vui lòng chọn cá nhân hay tập thể" }),
  level: z.enum(HONOUR_LEVELS, { error: "Vui lòng chọn cấp" }),
  description: optionalText(2000),
  criteria: list(criterion).max(30, { error: "Tối đa 30 tiêu chí" }).default([]),
};

export const titleCreateInput = z.object({ ...titleFields, requestKey });
export type TitleCreateInput = z.input<typeof titleCreateInput>;

export const titleUpdateInput = z.object({ ...titleFields, id: id("Không tìm thấy danh hiệu"), version });
export type TitleUpdateInput = z.input<typeof titleUpdateInput>;

/** Archive (lưu trữ) or bring back a title: it is never deleted, rounds may name it. */
export const titleArchiveInput = z.object({ id: id("Không tìm thấy danh hiệu"), version, active: z.boolean() });
