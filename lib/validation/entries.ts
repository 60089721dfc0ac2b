// Members' entries (ý tưởng, học tập, tình nguyện), their review and contest scoring: schemas
// shared by the forms and the actions. One object per kind, joined on `kind`.
import { z } from "zod";
import { ENTRY_KINDS, ENTRY_STATUSES, IDEA_KINDS, TRAINING_KINDS, WORK_FIELDS } from "@/lib/domain/work-labels";
import { MAX_DAY_HOURS } from "@/lib/domain/bounds";
import { parseVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { decimal, id, list, optionalText, requestKey, requiredText, text, version } from "./fields";
import { optionalEnumParam, optionalIdParam, pageParam, periodParam, searchParam } from "./list-query";

function toDoneOn(label: string, v: string, ctx: z.RefinementCtx): Date | typeof z.NEVER {
  const date = parseVietnameseDate(v);
  const year = date?.getUTCFullYear() ?? 0;
  if (!date) {
    ctx.addIssue({ code: "custom", message: `${label} không hợp lệ (định dạng dd/mm/yyyy)` });
    return z.NEVER;
  }
  if (year < 2000) {
    ctx.addIssue({ code: "custom", message: `${label} không được trước năm 2000` });
    return z.NEVER;
  }
  if (date.getTime() > todayInVietnam().getTime()) {
    ctx.addIssue({ code: "custom", message: `${label} không được sau hôm nay` });
    return z.NEVER;
  }
  return date;
}

/** A day something was done: dd/mm/yyyy, required, never after today in Vietnam. */
const doneOn = (label: string) =>
  text({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}` })
    .transform((v, ctx) => toDoneOn(label, v, ctx));

const optionalDoneOn = (label: string) =>
  text()
    .trim()
    .nullish()
    .transform((v, ctx) => (v ? toDoneOn(label, v, ctx) : null));

/** "" (nothing chosen in a select) and a missing value → null; the inner schema keeps its message. */
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const nullable = <T extends z.ZodType>(schema: T) =>
  z
    .preprocess(blankToNull, schema.nullable())
    .optional()
    .transform((v) => v ?? null);
const optionalId = (message: string) => nullable(id(message));

/** A yes/no radio: a boolean, or "true"/"false" as a form posts it. */
const yesNo = z
  .union([z.boolean(), z.enum(["true", "false"])], { error: "Vui lòng chọn Có hoặc Không" })
  .default(false)
  .transform((v) => v === true || v === "true");

const ideaFields = {
  kind: z.literal("IDEA"),
  ideaKind: z.enum(IDEA_KINDS, { error: "Vui lòng chọn ý tưởng, sáng kiến hay hiến kế" }),
  title: requiredText("tên ý tưởng, sáng kiến", 300),
  problem: requiredText("vấn đề đặt ra", 4000),
  proposal: requiredText("nội dung đề xuất, giải pháp", 4000),
  field: z.enum(WORK_FIELDS, { error: "Vui lòng chọn lĩnh vực" }),
  occurredOn: doneOn("Ngày đề xuất"),
  applied: yesNo,
  effect: optionalText(4000),
  contestId: optionalId("Không tìm thấy cuộc thi"),
};

const trainingFields = {
  kind: z.literal("TRAINING"),
  trainingKind: z.enum(TRAINING_KINDS, { error: "Vui lòng chọn loại học tập, bồi dưỡng" }),
  title: requiredText("tên khóa học, lớp", 300),
  provider: requiredText("đơn vị tổ chức, đào tạo", 300),
  occurredOn: doneOn("Ngày bắt đầu"),
  endsOn: optionalDoneOn("Ngày kết thúc"),
};

/**
 * A volunteer entry is one day (occurredOn; it has no end date: several days are several
 * entries), so its hours fit in a day.
 */
const hours = decimal(
  z.coerce
    .number({ error: "Số giờ phải là số" })
    .gt(0, { error: "Số giờ phải lớn hơn 0" })
    .max(MAX_DAY_HOURS, { error: `Số giờ tối đa ${MAX_DAY_HOURS} trong một ngày tham gia` }),
);

const volunteerFields = {
  kind: z.literal("VOLUNTEER"),
  title: requiredText("tên hoạt động tình nguyện", 300),
  field: nullable(z.enum(WORK_FIELDS, { error: "Lĩnh vực không hợp lệ" })),
  activityId: optionalId("Không tìm thấy hoạt động"),
  occurredOn: doneOn("Ngày tham gia"),
  hours,
};

function checkIdea(v: { applied: boolean; effect: string | null }, ctx: z.RefinementCtx) {
  if (v.applied && !v.effect) ctx.addIssue({ code: "custom", path: ["effect"], message: "Vui lòng nêu hiệu quả khi đã áp dụng" });
}

function checkTraining(v: { occurredOn: Date; endsOn: Date | null }, ctx: z.RefinementCtx) {
  if (v.endsOn && v.endsOn < v.occurredOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
}

const kindError = { error: "Vui lòng chọn loại ghi nhận" };

export const entryCreateInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...ideaFields, requestKey }).superRefine(checkIdea),
    z.object({ ...trainingFields, requestKey }).superRefine(checkTraining),
    z.object({ ...volunteerFields, requestKey }),
  ],
  kindError,
);
export type EntryCreateInput = z.input<typeof entryCreateInput>;
/** What an entry says, created or edited (without the form's key). */
export type EntryCreateData =
  z.output<typeof entryCreateInput> extends infer T ? (T extends unknown ? Omit<T, "requestKey"> : never) : never;

const editKeys = { id: id("Không tìm thấy ghi nhận"), version };

/** Saving a returned entry resubmits it; the kind of an entry never changes. */
export const entryUpdateInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ ...ideaFields, ...editKeys }).superRefine(checkIdea),
    z.object({ ...trainingFields, ...editKeys }).superRefine(checkTraining),
    z.object({ ...volunteerFields, ...editKeys }),
  ],
  kindError,
);
export type EntryUpdateInput = z.input<typeof entryUpdateInput>;

export const entryWithdrawInput = z.object(editKeys);
export type EntryWithdrawInput = z.input<typeof entryWithdrawInput>;

/** Confirming several at once: each with the version the reviewer saw. */
export const entryConfirmInput = z.object({
  entries: list(z.object(editKeys), { error: "Vui lòng chọn ghi nhận cần xác nhận" })
    .min(1, { error: "Vui lòng chọn ghi nhận cần xác nhận" })
    .max(100, { error: "Mỗi lần xác nhận tối đa 100 ghi nhận" }),
});
export type EntryConfirmInput = z.input<typeof entryConfirmInput>;

export const entryReturnInput = z.object({ ...editKeys, reason: requiredText("lý do trả lại", 1000) });
export type EntryReturnInput = z.input<typeof entryReturnInput>;

export const contestScoreInput = z.object({
  ...editKeys,
  score: decimal(
    z.coerce.number({ error: "Điểm phải là số" }).min(0, { error: "Điểm từ 0 đến 100" }).max(100, { error: "Điểm từ 0 đến 100" }),
  ),
  rank: nullable(
    z.coerce
      .number({ error: "Hạng phải là số" })
      .int({ error: "Hạng phải là số nguyên" })
      .min(1, { error: "Hạng từ 1 trở lên" })
      .max(10_000, { error: "Hạng quá lớn" }),
  ),
  note: optionalText(1000),
});
export type ContestScoreInput = z.input<typeof contestScoreInput>;

// ───────── Lists ─────────

/** URL words of the kinds (/ghi-nhan/moi?loai=y-tuong). */
export const ENTRY_KIND_SLUGS = { "y-tuong": "IDEA", "hoc-tap": "TRAINING", "tinh-nguyen": "VOLUNTEER" } as const;
export const slugOfKind = (kind: (typeof ENTRY_KINDS)[number]) =>
  (Object.keys(ENTRY_KIND_SLUGS) as (keyof typeof ENTRY_KIND_SLUGS)[]).find((k) => ENTRY_KIND_SLUGS[k] === kind)!;

/** Withdrawn entries are archived and never listed. */
export const LISTED_ENTRY_STATUSES = ENTRY_STATUSES.filter((s) => s !== "WITHDRAWN") as unknown as readonly [
  "SUBMITTED",
  "RETURNED",
  "CONFIRMED",
];

/**
 * The list's filters. The status defaults to "Chờ xác nhận" (what a reviewer opens the page
 * for); `status=all` lifts it.
 */
export const entryListQuery = z.object({
  q: searchParam,
  ky: periodParam,
  kind: optionalEnumParam(ENTRY_KINDS),
  status: z
    .enum([...LISTED_ENTRY_STATUSES, "all"])
    .optional()
    .catch(undefined)
    .transform((v) => (v === "all" ? undefined : (v ?? "SUBMITTED"))),
  field: optionalEnumParam(WORK_FIELDS),
  coSo: optionalIdParam,
  chiDoan: optionalIdParam,
  page: pageParam,
});
export type EntryListQuery = z.output<typeof entryListQuery>;
