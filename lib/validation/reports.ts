// Periodic reports: schemas shared by the forms and the actions. The reporting unit, the status,
// the late mark and the computed numbers never come from the client.
import { z } from "zod";
import { parseVietnameseNumber } from "@/lib/domain/vietnamese-numbers";
import { calendarDate, id, list, optionalText, requestKey, requiredText, text, version } from "./fields";
import { MAX_MONEY } from "@/lib/domain/bounds";

const PERIOD_KINDS = ["SIX_MONTH", "ANNUAL", "AD_HOC"] as const;

const month = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số` })
    .int({ error: `${label} từ 1 đến 12` })
    .min(1, { error: `${label} từ 1 đến 12` })
    .max(12, { error: `${label} từ 1 đến 12` });

const periodFields = {
  kind: z.enum(PERIOD_KINDS, { error: "Vui lòng chọn loại báo cáo" }),
  title: requiredText("tên đợt báo cáo", 300),
  fromMonth: month("Từ tháng"),
  toMonth: month("Đến tháng"),
  dueOn: calendarDate("Hạn nộp"),
  note: optionalText(4000),
  indicatorIds: list(z.uuid({ error: "Có chỉ tiêu không hợp lệ, vui lòng chọn lại" }), {
    error: "Vui lòng chọn ít nhất một chỉ tiêu cần báo cáo",
  })
    .min(1, { error: "Vui lòng chọn ít nhất một chỉ tiêu cần báo cáo" })
    .max(100),
};

function checkMonths(v: { fromMonth: number; toMonth: number }, ctx: z.RefinementCtx) {
  if (v.toMonth < v.fromMonth)
    ctx.addIssue({ code: "custom", path: ["toMonth"], message: "Đến tháng không được trước từ tháng" });
}

/** Opening a period (mở đợt báo cáo) under a published Khối plan. */
export const periodOpenInput = z
  .object({ ...periodFields, planId: id("Vui lòng chọn kế hoạch"), requestKey })
  .superRefine(checkMonths);
export type PeriodOpenInput = z.input<typeof periodOpenInput>;

/** Editing a period: the deadline, title, note and indicators (the plan stays). */
export const periodUpdateInput = z
  .object({ ...periodFields, id: id("Không tìm thấy đợt báo cáo"), version })
  .superRefine(checkMonths);
export type PeriodUpdateInput = z.input<typeof periodUpdateInput>;

export const periodRefInput = z.object({ id: id("Không tìm thấy đợt báo cáo"), version });
export const periodRemindInput = z.object({ id: id("Không tìm thấy đợt báo cáo") });

const NUMBER_MESSAGE = "Nhập một số, ví dụ 1.500 hoặc 2,5";
// A report's typed figure is a count or an amount in đồng: the larger bound, money's, holds both.
const FIGURE_TOO_LARGE = "Số liệu quá lớn (tối đa 1.000 tỷ)";

/** A number typed as Vietnamese write it ("1.500.000", "2,5"); blank means "not given". */
const typedNumber = z
  .union([z.number(), text().max(40, { error: NUMBER_MESSAGE }), z.null(), z.undefined()])
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "string" && v.trim() === "") return null;
    const n = typeof v === "number" ? v : parseVietnameseNumber(v.replace(/\s+/g, "").replace(/(đồng|đ|vnd)$/i, ""));
    if (n === null || !Number.isFinite(n) || n < 0 || n > MAX_MONEY) {
      const message = n === null || !Number.isFinite(n) ? NUMBER_MESSAGE : n < 0 ? "Số liệu không được âm" : FIGURE_TOO_LARGE;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });

const reportText = {
  /** One narrative per pillar, in the plan's order */
  narratives: list(optionalText(20_000)).max(10).default([]),
  strengths: optionalText(10_000),
  weaknesses: optionalText(10_000),
  proposals: optionalText(10_000),
  /** Typed numbers for the indicators measured by hand or in đồng, keyed by indicator id */
  values: z.record(z.uuid(), typedNumber).default({}),
};

/** Saving a draft (or a returned report) and submitting it share the fields. */
export const reportSaveInput = z.object({ id: id("Không tìm thấy báo cáo"), version, ...reportText });
export type ReportSaveInput = z.input<typeof reportSaveInput>;

/**
 * Opens (or finds) the unit's report for a period. No requestKey: the natural key (period, unit,
 * revision) makes a double click one report.
 */
export const reportOpenInput = z.object({
  periodId: id("Không tìm thấy đợt báo cáo"),
  /** The cơ sở reporting (one of the viewer's); `khoi`: the Khối's own compiled report */
  coSoId: id().optional(),
  khoi: z.boolean().optional(),
});

/** Rút lại: the cơ sở takes back what it sent, at the version it saw sent. */
export const reportWithdrawInput = z.object({ id: id("Không tìm thấy báo cáo"), version });

export const reportAcceptInput = z.object({ id: id("Không tìm thấy báo cáo"), version, comment: optionalText(4000) });
export const reportReturnInput = z.object({
  id: id("Không tìm thấy báo cáo"),
  version,
  comment: requiredText("lý do trả lại", 4000),
});
/** A correction is a new revision: the version and the unique (period, unit, revision) make it one. */
export const reportCorrectInput = z.object({
  id: id("Không tìm thấy báo cáo"),
  version,
  correctionNote: requiredText("lý do đính chính", 2000),
});

/** Thi đua weights: a weight from 0 to 100 per indicator of the plan. */
export const weightsInput = z.object({
  planId: id("Không tìm thấy kế hoạch"),
  weights: z.record(
    z.uuid(),
    // A blank box is a mistake, not 0 (0 leaves the indicator out of the score).
    z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce
        .number({ error: "Vui lòng nhập trọng số (0 là không tính)" })
        .min(0, { error: "Trọng số từ 0 đến 100" })
        .max(100, { error: "Trọng số từ 0 đến 100" }),
    ),
  ),
});
