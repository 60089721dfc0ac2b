// Kiểm tra chuyên đề: one set of schemas for the forms and the server actions.
import { z } from "zod";
import { calendarDate, id, list, optionalCalendarDate, optionalText, requestKey, requiredText, version } from "./fields";
import { CHECK_RESULTS, CHECKLIST_SOURCES, INSPECTION_RATINGS, PORTAL_CHECK_KEYS } from "@/lib/domain/inspections";

/** "" (the form's empty choice), blanks and absent all mean none. */
const blankToNull = (v: unknown) => ((typeof v === "string" && v.trim() === "") || v === undefined ? null : v);

const roundFields = {
  planId: id("Vui lòng chọn kế hoạch"),
  /** The indicator the round feeds ("số cơ sở được kiểm tra"), or none */
  indicatorId: z.preprocess(blankToNull, id("Chỉ tiêu không hợp lệ").nullable()),
  name: requiredText("nội dung kiểm tra", 300),
  decisionNumber: requiredText("số quyết định", 60),
  decisionOn: calendarDate("Ngày quyết định"),
  periodFrom: calendarDate("Kiểm tra từ ngày"),
  periodTo: calendarDate("Đến ngày"),
  prepare: optionalText(4000),
  teamUserIds: list(id("Thành viên không hợp lệ"), { error: "Vui lòng chọn thành viên đoàn kiểm tra" })
    .min(1, { error: "Vui lòng chọn ít nhất một thành viên đoàn kiểm tra" })
    .max(20, { error: "Tối đa 20 thành viên" }),
  leadUserId: z.preprocess(blankToNull, id("Vui lòng chọn trưởng đoàn").nullable()),
};

type RoundDates = { decisionOn: Date; periodFrom: Date; periodTo: Date; teamUserIds: string[]; leadUserId: string | null };

function checkRound(v: RoundDates, ctx: z.RefinementCtx) {
  if (!v.leadUserId) ctx.addIssue({ code: "custom", path: ["leadUserId"], message: "Vui lòng chọn trưởng đoàn" });
  else if (Array.isArray(v.teamUserIds) && !v.teamUserIds.includes(v.leadUserId))
    ctx.addIssue({ code: "custom", path: ["leadUserId"], message: "Trưởng đoàn phải là thành viên đoàn kiểm tra" });
  // zod runs this even when a field failed (a date refused keeps no value): compare what is there.
  if (![v.decisionOn, v.periodFrom, v.periodTo].every((d) => d instanceof Date)) return;
  if (v.periodTo < v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
  else if (v.periodTo.getTime() - v.periodFrom.getTime() > 366 * 86_400_000)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Một đợt kiểm tra không kéo dài quá một năm" });
  if (v.decisionOn > v.periodTo)
    ctx.addIssue({ code: "custom", path: ["decisionOn"], message: "Quyết định phải có trước khi đợt kiểm tra kết thúc" });
}

export const inspectionRoundCreateInput = z.object({ ...roundFields, requestKey }).superRefine(checkRound);
export type InspectionRoundCreateInput = z.input<typeof inspectionRoundCreateInput>;

export const inspectionRoundUpdateInput = z
  .object({ ...roundFields, id: id("Không tìm thấy đợt kiểm tra"), version })
  .superRefine(checkRound);
export type InspectionRoundUpdateInput = z.input<typeof inspectionRoundUpdateInput>;

/** A step of the round as a whole: tell the cơ sở of their visits. */
export const inspectionRoundRefInput = z.object({ id: id("Không tìm thấy đợt kiểm tra"), version });

export const visitScheduleInput = z.object({
  roundId: id("Không tìm thấy đợt kiểm tra"),
  coSoId: id("Vui lòng chọn cơ sở"),
  visitOn: calendarDate("Ngày kiểm tra"),
  requestKey,
});
export type VisitScheduleInput = z.input<typeof visitScheduleInput>;

export const visitMoveInput = z.object({
  id: id("Không tìm thấy buổi kiểm tra"),
  version,
  visitOn: calendarDate("Ngày kiểm tra"),
});
export type VisitMoveInput = z.input<typeof visitMoveInput>;

export const visitCancelInput = z.object({
  id: id("Không tìm thấy buổi kiểm tra"),
  version,
  reason: requiredText("lý do hủy", 500),
});

const checklistItem = z
  .object({
    wording: requiredText("nội dung kiểm tra", 500),
    pillar: z.preprocess(
      blankToNull,
      z.coerce.number({ error: "Trụ cột không hợp lệ" }).int({ error: "Trụ cột không hợp lệ" }).min(0).max(9).nullable(),
    ),
    source: z.enum(CHECKLIST_SOURCES, { error: "Cách trả lời không hợp lệ" }),
    indicatorId: z.preprocess(blankToNull, id("Chỉ tiêu không hợp lệ").nullable()),
    portalCheck: z.preprocess(blankToNull, z.enum(PORTAL_CHECK_KEYS, { error: "Mục tự trả lời không hợp lệ" }).nullable()),
  })
  .superRefine((item, ctx) => {
    if (item.source === "INDICATOR" && !item.indicatorId)
      ctx.addIssue({ code: "custom", path: ["indicatorId"], message: "Vui lòng chọn chỉ tiêu" });
    if (item.source === "PORTAL" && !item.portalCheck)
      ctx.addIssue({ code: "custom", path: ["portalCheck"], message: "Vui lòng chọn mục cổng tự trả lời" });
  })
  // An item keeps only the link its source uses, whatever the form still held.
  .transform((item) => ({
    ...item,
    indicatorId: item.source === "INDICATOR" ? item.indicatorId : null,
    portalCheck: item.source === "PORTAL" ? item.portalCheck : null,
  }));

export const checklistInput = z.object({
  roundId: id("Không tìm thấy đợt kiểm tra"),
  version,
  items: list(checklistItem)
    .min(1, { error: "Danh mục kiểm tra cần ít nhất một nội dung" })
    .max(60, { error: "Tối đa 60 nội dung kiểm tra" }),
});
export type ChecklistInput = z.input<typeof checklistInput>;

/** One checklist item at one visit: `version` null for the first answer, else the one read. */
export const visitAnswerInput = z.object({
  visitId: id("Không tìm thấy buổi kiểm tra"),
  itemId: id("Không tìm thấy nội dung kiểm tra"),
  version: z.preprocess((v) => (v === "" || v === undefined ? null : v), version.nullable()),
  result: z.enum(CHECK_RESULTS, { error: "Vui lòng chọn Đạt, Chưa đạt hoặc Không áp dụng" }),
  note: optionalText(2000),
});
export type VisitAnswerInput = z.input<typeof visitAnswerInput>;

/** The findings are all in: the visit is made (Đã kiểm tra). */
export const visitRefInput = z.object({ id: id("Không tìm thấy buổi kiểm tra"), version });

const recommendationLine = z.object({
  /** The recommendation a correction keeps (its follow-up goes on), or none for a new one */
  recommendationId: z.preprocess(blankToNull, id("Kiến nghị không hợp lệ").nullable()),
  text: requiredText("nội dung kiến nghị", 1000),
  dueOn: calendarDate("Hạn thực hiện"),
});

/**
 * The conclusion's draft: `version` null starts the visit's next revision (once per `requestKey`),
 * else the draft read. With `issue` it is issued at once, when complete (lib/data checks that).
 */
export const conclusionInput = z.object({
  visitId: id("Không tìm thấy buổi kiểm tra"),
  version: z.preprocess((v) => (v === "" || v === undefined ? null : v), version.nullable()),
  requestKey,
  /** Starting a revision: the issued conclusion the form was opened on (none for the first) */
  basedOn: z.preprocess(blankToNull, id("Không tìm thấy thông báo kết luận").nullable()),
  number: optionalText(60),
  rating: z.preprocess(blankToNull, z.enum(INSPECTION_RATINGS, { error: "Xếp loại không hợp lệ" }).nullable()),
  strengths: optionalText(6000),
  shortcomings: optionalText(6000),
  recommendations: list(recommendationLine).max(30, { error: "Tối đa 30 kiến nghị" }),
  correctionReason: optionalText(1000),
  issue: z.preprocess((v) => v === true || v === "1" || v === "on", z.boolean()),
});
export type ConclusionInput = z.input<typeof conclusionInput>;

/** The cơ sở's word on a recommendation: what was done, or why it asks the Khối to reconsider. */
export const recommendationResponseInput = z.object({
  id: id("Không tìm thấy kiến nghị"),
  version,
  kind: z.enum(["DONE", "DISPUTE"], { error: "Vui lòng chọn báo cáo khắc phục hoặc đề nghị xem xét lại" }),
  response: requiredText("nội dung", 4000),
});
export type RecommendationResponseInput = z.input<typeof recommendationResponseInput>;

/** The Khối's word on a response or a dispute: accept it, or ask for more (with why and, maybe, a new deadline). */
export const recommendationReviewInput = z
  .object({
    id: id("Không tìm thấy kiến nghị"),
    version,
    decision: z.enum(["ACCEPT", "REOPEN"], { error: "Vui lòng chọn chấp nhận hoặc yêu cầu tiếp tục" }),
    note: optionalText(2000),
    dueOn: optionalCalendarDate("Hạn mới"),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REOPEN" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "Vui lòng nêu lý do yêu cầu tiếp tục khắc phục" });
  });
export type RecommendationReviewInput = z.input<typeof recommendationReviewInput>;
