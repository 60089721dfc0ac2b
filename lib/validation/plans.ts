// Plans, programmes and indicators: one set of schemas for the forms and the server actions.
import { z } from "zod";
import { calendarDate, id, list, optionalCalendarDate, optionalText, requestKey, requiredText, text, version } from "./fields";
import { MAX_MONEY, MONEY_TARGET_TOO_LARGE, targetTooLarge } from "@/lib/domain/bounds";
import { DOCUMENT_NUMBER_PATTERN, normalizeDocumentNumber } from "@/lib/domain/plan-text";
import {
  APPLIES_TO,
  HONOUR_LEVELS,
  MEASURE_KINDS,
  PERIOD_KINDS,
  PLAN_KINDS,
  RECORD_KINDS,
  TARGET_KINDS,
} from "@/lib/domain/plan-model";

const year = (label: string) =>
  z.coerce
    .number({ error: `Vui lòng nhập ${label}` })
    .int({ error: `${label} không hợp lệ` })
    .min(2000, { error: `${label} không hợp lệ` })
    .max(2100, { error: `${label} không hợp lệ` });

/** "126-KH/TĐTN-BCNLĐ", "07-CT/ĐTN", "44A BC/TĐTN"; optional while drafting. */
export const documentNumber = text()
  .trim()
  .max(60, { error: "Tối đa 60 ký tự" })
  .nullish()
  .transform((v) => (v ? normalizeDocumentNumber(v) : null))
  .refine((v) => v === null || DOCUMENT_NUMBER_PATTERN.test(v), {
    error: "Số, ký hiệu không đúng dạng (ví dụ: 126-KH/TĐTN-BCNLĐ)",
  });

export const sectionInput = z.object({
  heading: requiredText("tên mục", 300),
  body: text().max(50_000, { error: "Nội dung quá dài (tối đa 50.000 ký tự)" }).default(""),
});

const pillarName = text().trim().min(1, { error: "Vui lòng nhập tên nhóm trách nhiệm" }).max(200);

const indicatorFields = {
  code: requiredText("mã chỉ tiêu", 20),
  wording: requiredText("nội dung chỉ tiêu", 500),
  pillar: z.coerce
    .number()
    .int()
    .min(0)
    .max(9)
    .nullish()
    .transform((v) => v ?? null),
  measure: z.enum(MEASURE_KINDS, { error: "Vui lòng chọn cách tính" }),
  recordKind: z
    .enum([...RECORD_KINDS, ""], { error: "Loại hồ sơ không hợp lệ" })
    .nullish()
    .transform((v) => (v ? v : null)),
  targetKind: z.enum(TARGET_KINDS, { error: "Vui lòng chọn loại mục tiêu" }),
  // The money ceiling here; counts get theirs in checkIndicator, which knows the measure.
  target: z.coerce
    .number({ error: "Vui lòng nhập mục tiêu" })
    .min(0, { error: "Mục tiêu không được âm" })
    .max(MAX_MONEY, { error: MONEY_TARGET_TOO_LARGE }),
  minTarget: z.coerce
    .number({ error: "Mức tối thiểu phải là số" })
    .min(0, { error: "Mức tối thiểu không được âm" })
    .max(MAX_MONEY, { error: MONEY_TARGET_TOO_LARGE })
    .nullish()
    .transform((v) => v ?? null),
  unitLabel: requiredText("đơn vị tính", 100),
  appliesTo: z.enum(APPLIES_TO, { error: "Vui lòng chọn đối tượng áp dụng" }),
  period: z.enum(PERIOD_KINDS, { error: "Vui lòng chọn kỳ tính" }),
  months: list(z.coerce.number().int().min(1).max(12)).max(12).default([]),
  honourLevel: z
    .enum([...HONOUR_LEVELS, ""])
    .nullish()
    .transform((v) => (v ? v : null)),
  source: optionalText(2000),
  yearTargets: list(
    z.object({
      year: year("Năm"),
      target: z.coerce
        .number({ error: "Mục tiêu của năm phải là số" })
        .min(0, { error: "Mục tiêu không được âm" })
        .max(MAX_MONEY, { error: MONEY_TARGET_TOO_LARGE }),
    }),
  )
    .max(20)
    .default([]),
};

/** Rules across fields, shared by every indicator schema. */
function checkIndicator(v: z.output<z.ZodObject<typeof indicatorFields>>, ctx: z.RefinementCtx) {
  if ((v.measure === "RECORD_COUNT" || v.measure === "UNIT_SHARE") && !v.recordKind)
    ctx.addIssue({ code: "custom", path: ["recordKind"], message: "Vui lòng chọn loại hồ sơ được đếm" });
  // Past the ceiling of its measure (1.000.000 for a count, 1.000 tỷ for money): a typo.
  const tooLarge = (path: PropertyKey[], n: number | null) => {
    const message = n === null ? null : targetTooLarge(v.measure, n);
    if (message) ctx.addIssue({ code: "custom", path, message });
  };
  if ((v.targetKind === "PERCENT" || v.measure === "UNIT_SHARE") && v.target > 100)
    ctx.addIssue({ code: "custom", path: ["target"], message: "Tỉ lệ không quá 100%" });
  else tooLarge(["target"], v.target);
  tooLarge(["minTarget"], v.minTarget);
  v.yearTargets.forEach((y, i) => tooLarge(["yearTargets", i, "target"], y.target));
  if (v.period === "MONTHS" && v.months.length === 0)
    ctx.addIssue({ code: "custom", path: ["months"], message: "Vui lòng chọn các tháng" });
  if (new Set(v.yearTargets.map((y) => y.year)).size !== v.yearTargets.length)
    ctx.addIssue({ code: "custom", path: ["yearTargets"], message: "Mỗi năm chỉ một mục tiêu" });
  // The minimum only means something for a per-cơ sở target (the field is hidden otherwise).
  if (v.appliesTo === "EACH_CO_SO" && v.minTarget !== null) {
    if (v.measure === "UNIT_SHARE")
      ctx.addIssue({
        code: "custom",
        path: ["minTarget"],
        message: "Chỉ tiêu tỉ lệ cơ sở không đặt mức tối thiểu cho từng cơ sở",
      });
    else if (v.minTarget > v.target)
      ctx.addIssue({ code: "custom", path: ["minTarget"], message: "Mức tối thiểu không lớn hơn mục tiêu" });
  }
}

export const indicatorDraft = z.object(indicatorFields).superRefine(checkIndicator);
export type IndicatorDraft = z.output<typeof indicatorDraft>;

/**
 * No requestKey: adding an indicator bumps the plan's version (a second click carries the old one
 * and is a conflict) and its code is unique within the plan.
 */
export const indicatorCreateInput = z
  .object({ ...indicatorFields, planId: id("Không tìm thấy kế hoạch"), planVersion: version })
  .superRefine(checkIndicator);
export const indicatorUpdateInput = z
  .object({ ...indicatorFields, id: id("Không tìm thấy chỉ tiêu"), planVersion: version })
  .superRefine(checkIndicator);
export const indicatorDeleteInput = z.object({ id: id("Không tìm thấy chỉ tiêu"), planVersion: version });
/**
 * A cơ sở sets its own target on an indicator that follows the Khối's. The measure is the
 * indicator's, known only to the server: setIndicatorTarget applies the count ceiling.
 */
export const indicatorTargetInput = z.object({
  id: id("Không tìm thấy chỉ tiêu"),
  planVersion: version,
  target: indicatorFields.target,
});

/** A report period to open when the plan is published (kỳ báo cáo sẽ mở khi ban hành). */
export const REPORT_SCHEDULE_KINDS = ["SIX_MONTH", "ANNUAL"] as const;
const month = z.coerce.number({ error: "Tháng không hợp lệ" }).int().min(1, { error: "Tháng từ 1 đến 12" }).max(12, {
  error: "Tháng từ 1 đến 12",
});
export const scheduleEntryInput = z.object({
  kind: z.enum(REPORT_SCHEDULE_KINDS, { error: "Vui lòng chọn loại báo cáo" }),
  title: requiredText("tên đợt báo cáo", 200),
  year: year("Năm báo cáo"),
  fromMonth: month,
  toMonth: month,
  dueOn: calendarDate("Hạn nộp"),
});

const planFields = {
  kind: z.enum(PLAN_KINDS, { error: "Vui lòng chọn loại văn bản" }),
  number: documentNumber,
  subject: requiredText("trích yếu (tên kế hoạch)", 1000),
  superiorName: optionalText(200),
  issuerName: optionalText(200),
  place: optionalText(100),
  issueDate: optionalCalendarDate("Ngày ban hành"),
  startYear: year("năm bắt đầu"),
  endYear: year("năm kết thúc"),
  basisPlanId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((v) => v || null),
  basisText: optionalText(4000),
  pillars: list(pillarName).min(1, { error: "Cần ít nhất một nhóm trách nhiệm" }).max(6),
  sections: list(sectionInput).max(30, { error: "Tối đa 30 mục" }),
  closing: optionalText(4000),
  recipients: optionalText(2000),
  signOnBehalf: optionalText(200),
  signTitle: optionalText(200),
  signName: optionalText(200),
  /** Hạn cơ sở gửi kế hoạch; and the periods publishing opens (issue 17): both Khối plan fields. */
  coSoPlanDueOn: optionalCalendarDate("Hạn cơ sở gửi kế hoạch"),
  reportSchedule: list(scheduleEntryInput).max(4, { error: "Tối đa 4 kỳ báo cáo" }).default([]),
};

/** Deadlines fall within the plan's years, one year either side; periods open under an annual plan. */
function checkDeadlines(
  v: {
    kind: string;
    startYear: number;
    endYear: number;
    coSoPlanDueOn: Date | null;
    reportSchedule: z.output<typeof scheduleEntryInput>[];
  },
  ctx: z.RefinementCtx,
) {
  const near = (d: Date) => d.getUTCFullYear() >= v.startYear - 1 && d.getUTCFullYear() <= v.endYear + 1;
  if (v.coSoPlanDueOn && !near(v.coSoPlanDueOn))
    ctx.addIssue({ code: "custom", path: ["coSoPlanDueOn"], message: "Hạn gửi kế hoạch phải trong thời gian của kế hoạch" });
  if (v.kind !== "PLAN" && v.reportSchedule.length)
    ctx.addIssue({ code: "custom", path: ["reportSchedule"], message: "Kỳ báo cáo chỉ mở theo kế hoạch năm" });
  const seen = new Set<string>();
  v.reportSchedule.forEach((e, i) => {
    if (e.year !== v.startYear)
      ctx.addIssue({ code: "custom", path: ["reportSchedule", i, "year"], message: "Kỳ báo cáo thuộc năm của kế hoạch" });
    if (e.toMonth < e.fromMonth)
      ctx.addIssue({
        code: "custom",
        path: ["reportSchedule", i, "toMonth"],
        message: "Tháng kết thúc không trước tháng bắt đầu",
      });
    if (!near(e.dueOn))
      ctx.addIssue({
        code: "custom",
        path: ["reportSchedule", i, "dueOn"],
        message: "Hạn nộp phải trong thời gian của kế hoạch",
      });
    const key = `${e.kind}:${e.fromMonth}-${e.toMonth}`;
    if (seen.has(key))
      ctx.addIssue({ code: "custom", path: ["reportSchedule", i, "kind"], message: "Kỳ báo cáo này đã có ở dòng trên" });
    seen.add(key);
  });
}

/** "Vẫn tạo": the user saw the warning about a plan of the same issuer and years, and goes on. */
const confirmDuplicate = z.boolean().optional().default(false);

function checkPlan(v: { kind: string; startYear: number; endYear: number }, ctx: z.RefinementCtx) {
  if (v.endYear < v.startYear)
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "Năm kết thúc không được trước năm bắt đầu" });
  if (v.kind === "PLAN" && v.endYear !== v.startYear)
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "Kế hoạch năm có năm kết thúc bằng năm bắt đầu" });
  if (v.endYear - v.startYear > 10) ctx.addIssue({ code: "custom", path: ["endYear"], message: "Giai đoạn tối đa 10 năm" });
}

export const planCreateInput = z
  .object({ ...planFields, indicators: list(indicatorDraft).max(100).default([]), requestKey, confirmDuplicate })
  .superRefine(checkPlan)
  .superRefine(checkDeadlines)
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    for (const [i, ind] of v.indicators.entries()) {
      const code = ind.code.toUpperCase();
      if (seen.has(code)) ctx.addIssue({ code: "custom", path: ["indicators", i, "code"], message: "Mã chỉ tiêu bị trùng" });
      seen.add(code);
    }
  });
export type PlanCreateInput = z.input<typeof planCreateInput>;

export const planUpdateInput = z
  .object({ ...planFields, id: id("Không tìm thấy kế hoạch"), version, changeNote: optionalText(2000) })
  .superRefine(checkPlan)
  .superRefine(checkDeadlines);
export type PlanUpdateInput = z.input<typeof planUpdateInput>;

/** Publish, revise (a new revision: unique per series and revision number), delete: by version. */
export const planRefInput = z.object({ id: id("Không tìm thấy kế hoạch"), version });
/** Publishing asks first when the issuer already has a plan for those years (confirmDuplicate). */
export const planPublishInput = planRefInput.extend({ confirmDuplicate });
export const planArchiveInput = z.object({
  id: id("Không tìm thấy kế hoạch"),
  version,
  comment: requiredText("lý do lưu trữ", 1000),
});
/** A cơ sở starts its plan from a published Khối plan. */
export const coSoPlanCreateInput = z.object({
  basisPlanId: id("Vui lòng chọn kế hoạch của Đoàn Khối"),
  coSoId: id("Vui lòng chọn cơ sở Đoàn").optional(),
  // Required like every create's; the data function dedups by the natural key instead (one live
  // plan per cơ sở and Khối plan), which also covers two tabs or two secretaries.
  requestKey,
});
