// Khối activities, registrations and participation reports: schemas shared by forms and actions.
import { z } from "zod";
import { MAX_COUNT } from "@/lib/domain/bounds";
import { calendarDate, id, list, optionalCalendarDate, optionalText, requestKey, requiredText, version } from "./fields";

export const ACTIVITY_KINDS = ["CONTEST", "PEAK_DAY", "TRAINING", "PROPAGANDA", "INSPECTION", "OTHER"] as const;

const count = (label: string) =>
  z.coerce
    .number({ error: `${label} phải là số` })
    .int({ error: `${label} phải là số nguyên` })
    .min(0, { error: `${label} không được âm` })
    .max(MAX_COUNT, { error: `${label} quá lớn (tối đa 1.000.000)` });

const optionalCount = (label: string) =>
  z
    .union([z.literal(""), z.null(), z.undefined(), count(label)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

const activityFields = {
  kind: z.enum(ACTIVITY_KINDS, { error: "Vui lòng chọn loại hoạt động" }),
  name: requiredText("tên hoạt động", 300),
  description: optionalText(4000),
  startsOn: calendarDate("Ngày bắt đầu"),
  endsOn: optionalCalendarDate("Ngày kết thúc"),
  organiser: requiredText("đơn vị tổ chức", 200),
  registrationDeadline: optionalCalendarDate("Hạn đăng ký"),
  indicatorIds: list(z.uuid()).max(50).default([]),
};

function checkDates(v: { startsOn: Date; endsOn: Date | null; registrationDeadline: Date | null }, ctx: z.RefinementCtx) {
  if (v.endsOn && v.endsOn < v.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
  if (v.registrationDeadline && v.registrationDeadline > (v.endsOn ?? v.startsOn))
    ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "Hạn đăng ký phải trước khi hoạt động kết thúc" });
}

export const activityCreateInput = z
  .object({ ...activityFields, planId: id("Vui lòng chọn kế hoạch"), requestKey })
  .superRefine(checkDates);
export type ActivityCreateInput = z.input<typeof activityCreateInput>;

export const activityUpdateInput = z
  .object({ ...activityFields, id: id("Không tìm thấy hoạt động"), version })
  .superRefine(checkDates);
export type ActivityUpdateInput = z.input<typeof activityUpdateInput>;

export const activityCancelInput = z.object({ id: id("Không tìm thấy hoạt động"), version });

/**
 * No requestKey: a registration has a natural key, one per (activity, cơ sở) (unique in the
 * database), so a double click or a retry finds the first; registering again after a withdrawal
 * reopens that same row.
 */
export const registrationCreateInput = z.object({
  activityId: id("Không tìm thấy hoạt động"),
  coSoId: id("Vui lòng chọn cơ sở Đoàn").optional(),
  plannedPeople: optionalCount("Số người dự kiến"),
  note: optionalText(1000),
});
export type RegistrationCreateInput = z.input<typeof registrationCreateInput>;

export const registrationWithdrawInput = z.object({ id: id("Không tìm thấy bản đăng ký"), version });

export const participationReportInput = z
  .object({
    id: id("Không tìm thấy bản đăng ký"),
    version,
    people: count("Số người tham gia"),
    participations: count("Số lượt tham gia"),
    evidence: requiredText("minh chứng (mô tả, đường dẫn)", 4000),
  })
  .refine((v) => v.participations >= v.people, {
    path: ["participations"],
    message: "Số lượt không ít hơn số người tham gia",
  });
export type ParticipationReportInput = z.input<typeof participationReportInput>;
