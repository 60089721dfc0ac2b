// Youth projects (công trình thanh niên, phần việc, mô hình, giải pháp): schemas shared by the
// forms, the actions and the list page. Status, unit and tenant never come from the client.
import { z } from "zod";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { PROJECT_KINDS, WORK_FIELDS } from "@/lib/domain/work-labels";
import {
  calendarDate,
  id,
  list,
  optionalCalendarDate,
  optionalMoney,
  optionalText,
  requestKey,
  requiredText,
  version,
} from "./fields";
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

/** A ticked box as a form or a client sends it: true, "true" or "on"; left out is no. */
const ticked = z
  .union([z.boolean(), z.enum(["true", "false", "on", ""]), z.null()], { error: "Giá trị xác nhận không hợp lệ" })
  .optional()
  .transform((v) => v === true || v === "true" || v === "on");

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
  /**
   * A percent below the last reported one is refused unless this is ticked (the server says so
   * beside the percent and the form then offers the box): progress going back is possible (work
   * redone, a wrong estimate) but never by a slip of the keyboard, and never without a word.
   */
  confirmBackward: ticked,
  requestKey,
});
export type ProjectProgressInput = z.input<typeof projectProgressInput>;

export const projectCompleteInput = z.object({
  ...projectRef,
  resultText: requiredText("kết quả thực hiện", 4000),
  beneficiaries: optionalWholeNumber("Số người hưởng lợi", 100_000_000, "Số người hưởng lợi quá lớn (tối đa 100.000.000)"),
  resultAmount: optionalMoney(MONEY_MESSAGE),
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
