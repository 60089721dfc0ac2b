// Youth projects (công trình thanh niên, phần việc, mô hình, giải pháp): schemas shared by the
// forms, the actions and the list page. Status, unit and tenant never come from the client.
import { z } from "zod";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { PROJECT_KINDS, WORK_FIELDS } from "@/lib/domain/work-labels";
import { calendarDate, id, list, optionalCalendarDate, optionalText, requestKey, requiredText, text, version } from "./fields";
import { optionalEnumParam, optionalIdParam, pageParam, periodParam, searchParam } from "./list-query";

/** "" from a select or an untouched input means "not given". */
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The cơ sở acting, for a secretary of several; omitted when there is only one. */
const optionalCoSoId = z.preprocess(blankToUndefined, id("Vui lòng chọn cơ sở Đoàn").optional());

const idList = (max: number, label: string) =>
  list(z.uuid({ error: `Có ${label} không hợp lệ, vui lòng chọn lại` }))
    .max(max, { error: `Tối đa ${max} ${label}` })
    .default([]);

const wholeNumber = (label: string, max: number, tooBig = `${label} quá lớn`) =>
  z.coerce
    .number({ error: `${label} phải là số` })
    .int({ error: `${label} phải là số nguyên` })
    .min(0, { error: `${label} không được âm` })
    .max(max, { error: tooBig });

const optionalWholeNumber = (label: string, max: number, tooBig?: string) =>
  z
    .union([z.literal(""), z.null(), z.undefined(), wholeNumber(label, max, tooBig)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

const MONEY_MESSAGE = "Giá trị làm lợi là số đồng, ví dụ 15.000.000";

/** Money in đồng as people type it: "1.500.000", "1 500 000 đ" or 1500000. */
const optionalMoney = z
  .union([z.null(), z.undefined(), z.number(), text().max(40, { error: MONEY_MESSAGE })])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") {
      if (Number.isInteger(v) && v >= 0 && v <= 1e15) return v;
      ctx.addIssue({ code: "custom", message: MONEY_MESSAGE });
      return z.NEVER;
    }
    const digits = v.replace(/[\s.]/g, "").replace(/(đồng|đ|vnd)$/i, "");
    if (digits === "") return null;
    if (!/^\d{1,15}$/.test(digits)) {
      ctx.addIssue({ code: "custom", message: MONEY_MESSAGE });
      return z.NEVER;
    }
    return Number(digits);
  });

const projectFields = {
  planId: id("Vui lòng chọn kế hoạch"),
  kind: z.enum(PROJECT_KINDS, { error: "Vui lòng chọn loại công trình" }),
  name: requiredText("tên công trình", 300),
  field: z.enum(WORK_FIELDS, { error: "Vui lòng chọn lĩnh vực" }),
  goal: requiredText("mục tiêu", 4000),
  startsOn: calendarDate("Ngày bắt đầu"),
  endsOn: optionalCalendarDate("Ngày kết thúc"),
  chiDoanIds: idList(100, "chi đoàn"),
  memberIds: idList(500, "đoàn viên"),
  expectedValue: optionalText(2000),
  indicatorIds: idList(50, "chỉ tiêu"),
};

function checkDates(v: { startsOn: Date; endsOn: Date | null }, ctx: z.RefinementCtx) {
  if (v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
}

export const projectRegisterInput = z.object({ ...projectFields, coSoId: optionalCoSoId, requestKey }).superRefine(checkDates);
export type ProjectRegisterInput = z.input<typeof projectRegisterInput>;

/** Editing a registration (while pending or returned): saving a returned one resubmits it. */
export const projectUpdateInput = z
  .object({ ...projectFields, id: id("Không tìm thấy công trình"), version })
  .superRefine(checkDates);
export type ProjectUpdateInput = z.input<typeof projectUpdateInput>;

const projectRef = { id: id("Không tìm thấy công trình"), version };

export const projectWithdrawInput = z.object(projectRef);
export const projectApproveInput = z.object({ ...projectRef, comment: optionalText(2000) });
export const projectReturnInput = z.object({ ...projectRef, comment: requiredText("lý do trả lại", 2000) });
export const projectAcknowledgeInput = z.object({ ...projectRef, comment: optionalText(2000) });
export const projectHonourInput = z.object({ ...projectRef, comment: requiredText("lý do tuyên dương", 2000) });

export const projectProgressInput = z.object({
  projectId: id("Không tìm thấy công trình"),
  body: requiredText("nội dung cập nhật", 4000),
  percent: optionalWholeNumber("Tiến độ", 100, "Tiến độ từ 0 đến 100 (%)"),
  requestKey,
});
export type ProjectProgressInput = z.input<typeof projectProgressInput>;

export const projectCompleteInput = z.object({
  ...projectRef,
  resultText: requiredText("kết quả thực hiện", 4000),
  beneficiaries: optionalWholeNumber("Số người hưởng lợi", 100_000_000),
  resultAmount: optionalMoney,
});
export type ProjectCompleteInput = z.input<typeof projectCompleteInput>;

/** A cơ sở joining or leaving a Khối-level project. No requestKey: one join per (project, cơ sở) is the natural key. */
export const projectJoinInput = z.object({ projectId: id("Không tìm thấy công trình"), coSoId: optionalCoSoId });

/** Statuses a list may filter on: withdrawn projects are archived and never listed. */
export const LISTED_PROJECT_STATUSES = [
  "PENDING",
  "RETURNED",
  "APPROVED",
  "COMPLETED",
  "ACKNOWLEDGED",
  "HONOURED",
] as const satisfies readonly ProjectStatus[];

export const projectListQuery = z.object({
  q: searchParam,
  ky: periodParam,
  coSo: optionalIdParam,
  status: optionalEnumParam(LISTED_PROJECT_STATUSES),
  field: optionalEnumParam(WORK_FIELDS),
  kind: optionalEnumParam(PROJECT_KINDS),
  page: pageParam,
});
export type ProjectListQuery = z.output<typeof projectListQuery>;
