// Danh hiệu (titles) and their tiêu chí: one set of schemas for the forms and the server actions.
import { z } from "zod";
import { calendarDate, decimal, id, list, optionalText, requestKey, requiredText, version } from "./fields";
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

// ───────────── Nomination rounds (đợt xét chọn) ─────────────

const optionalQuota = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: "Số lượng phải là số" })
    .int({ error: "Số lượng phải là số nguyên" })
    .min(1, { error: "Số lượng ít nhất là 1; bỏ trống nếu không giới hạn" })
    .max(1000, { error: "Số lượng quá lớn" })
    .nullable(),
);

const roundFields = {
  name: requiredText("tên đợt xét chọn", 300),
  periodFrom: calendarDate("Từ ngày"),
  periodTo: calendarDate("Đến ngày"),
  dueOn: calendarDate("Hạn đề xuất"),
  quotaPerCoSo: optionalQuota,
  note: optionalText(2000),
  titleIds: list(id("Danh hiệu không hợp lệ")).min(1, { error: "Chọn ít nhất một danh hiệu" }).max(20),
  indicatorIds: list(id("Chỉ tiêu không hợp lệ")).max(20).default([]),
};

function checkRoundDates(v: { periodFrom: Date; periodTo: Date; dueOn: Date }, ctx: z.RefinementCtx) {
  if (v.periodTo < v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["periodTo"], message: "Ngày kết thúc không được trước ngày bắt đầu" });
  if (v.dueOn < v.periodFrom)
    ctx.addIssue({ code: "custom", path: ["dueOn"], message: "Hạn đề xuất không được trước thời gian xét thành tích" });
}

export const roundOpenInput = z
  .object({ ...roundFields, planId: id("Vui lòng chọn kế hoạch"), requestKey })
  .superRefine(checkRoundDates);
export type RoundOpenInput = z.input<typeof roundOpenInput>;

/** A round's steps after opening: close nominations (to the council), and the like. */
export const roundRefInput = z.object({ id: id("Không tìm thấy đợt xét chọn"), version });

// ───────────── Nominations (đề xuất) ─────────────

const nominationFields = {
  narrative: optionalText(4000),
  /** The typed criteria judged met ("true") or not ("false"); absent: not answered */
  answers: z
    .record(
      id(),
      z.enum(["true", "false"]).transform((v) => v === "true"),
    )
    .default({})
    .refine((v) => Object.keys(v).length <= 30, { error: "Quá nhiều tiêu chí" }),
};

export const nominationCreateInput = z
  .object({
    ...nominationFields,
    roundId: id("Không tìm thấy đợt xét chọn"),
    titleId: id("Vui lòng chọn danh hiệu"),
    /** A member (cá nhân) or a unit (tập thể), as the title asks */
    memberId: z.preprocess(blankToNull, id("Vui lòng chọn đoàn viên").nullable()),
    unitId: z.preprocess(blankToNull, id("Vui lòng chọn tập thể").nullable()),
    requestKey,
  })
  .refine((v) => (v.memberId === null) !== (v.unitId === null), {
    path: ["memberId"],
    error: "Vui lòng chọn một đoàn viên hoặc một tập thể",
  });
export type NominationCreateInput = z.input<typeof nominationCreateInput>;

export const nominationUpdateInput = z.object({ ...nominationFields, id: id("Không tìm thấy đề xuất"), version });
export type NominationUpdateInput = z.input<typeof nominationUpdateInput>;

export const nominationRefInput = z.object({ id: id("Không tìm thấy đề xuất"), version });

export const nominationReturnInput = z.object({
  id: id("Không tìm thấy đề xuất"),
  version,
  comment: requiredText("lý do trả lại", 1000),
});

// ───────────── Council (hội đồng thi đua) and ballots ─────────────

export const councilInput = z
  .object({
    roundId: id("Không tìm thấy đợt xét chọn"),
    version,
    userIds: list(id("Thành viên không hợp lệ"))
      .min(1, { error: "Chọn ít nhất một thành viên hội đồng" })
      .max(30, { error: "Hội đồng có tối đa 30 thành viên" })
      .refine((ids) => new Set(ids).size === ids.length, { error: "Mỗi người chỉ chọn một lần" }),
    chairId: id("Vui lòng chọn chủ tịch hội đồng"),
  })
  .refine((v) => v.userIds.includes(v.chairId), {
    path: ["chairId"],
    error: "Chủ tịch hội đồng phải là một thành viên hội đồng",
  });
export type CouncilInput = z.input<typeof councilInput>;

const score = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: "Điểm phải là một số" })
    .int({ error: "Điểm là số nguyên từ 0 đến 100" })
    .min(0, { error: "Điểm là số nguyên từ 0 đến 100" })
    .max(100, { error: "Điểm là số nguyên từ 0 đến 100" })
    .nullable(),
);

export const ballotsInput = z.object({
  roundId: id("Không tìm thấy đợt xét chọn"),
  ballots: list(
    z.object({
      nominationId: id("Không tìm thấy đề xuất"),
      approve: z.boolean({ error: "Chọn đồng ý hoặc không đồng ý" }),
      score,
      /** The version the ballot was read at; null for a first vote */
      version: version.nullable().default(null),
    }),
  )
    .min(1, { error: "Chưa có đề xuất nào để bỏ phiếu" })
    .max(500)
    .refine((bs) => new Set(bs.map((b) => b.nominationId)).size === bs.length, { error: "Mỗi đề xuất chỉ một phiếu" }),
});
export type BallotsInput = z.input<typeof ballotsInput>;

// ───────────── Decisions (quyết định khen thưởng) ─────────────

const decisionFields = {
  roundId: id("Không tìm thấy đợt xét chọn"),
  version,
  number: requiredText("số quyết định", 50),
  signedOn: calendarDate("Ngày quyết định"),
  signOnBehalf: optionalText(200),
  signTitle: optionalText(200),
  signName: optionalText(200),
  requestKey,
};

export const decisionIssueInput = z.object({
  ...decisionFields,
  nominationIds: list(id("Đề xuất không hợp lệ")).min(1, { error: "Chọn ít nhất một người, tập thể được khen thưởng" }).max(1000),
});
export type DecisionIssueInput = z.input<typeof decisionIssueInput>;

export const decisionAmendInput = z.object({
  ...decisionFields,
  amendsId: id("Vui lòng chọn quyết định được sửa đổi"),
  nominationIds: list(id("Đề xuất không hợp lệ")).max(1000).default([]),
  revokeHonourIds: list(id("Khen thưởng không hợp lệ")).max(1000).default([]),
  note: requiredText("lý do sửa đổi, bổ sung", 2000),
});
export type DecisionAmendInput = z.input<typeof decisionAmendInput>;

// ───────────── Proposals to the Thành Đoàn (đề nghị khen thưởng cấp Thành) ─────────────

export const cityForwardInput = z.object({
  roundId: id("Không tìm thấy đợt xét chọn"),
  titleId: id("Vui lòng chọn danh hiệu cấp Thành"),
  honourIds: list(id("Khen thưởng không hợp lệ")).min(1, { error: "Chọn ít nhất một người, tập thể để đề nghị" }).max(500),
  reason: requiredText("ý kiến đề nghị của Đoàn Khối", 4000),
  requestKey,
});
export type CityForwardInput = z.input<typeof cityForwardInput>;

export const cityProposalRefInput = z.object({ id: id("Không tìm thấy đề nghị"), version });

export const cityAcceptInput = z.object({
  id: id("Không tìm thấy đề nghị"),
  version,
  decisionNumber: requiredText("số quyết định", 50),
  decidedOn: calendarDate("Ngày quyết định"),
});
export type CityAcceptInput = z.input<typeof cityAcceptInput>;

/** A city staff member's ballot on one waiting proposal (hội đồng thi đua Thành Đoàn). */
export const cityBallotInput = z.object({
  proposalId: id("Không tìm thấy đề nghị"),
  approve: z.boolean({ error: "Chọn đồng ý hoặc không đồng ý" }),
  score,
  /** The version the ballot was read at; null for a first vote */
  version: version.nullable().default(null),
});
export type CityBallotInput = z.input<typeof cityBallotInput>;

export const cityDeclineInput = z.object({
  id: id("Không tìm thấy đề nghị"),
  version,
  note: requiredText("lý do không công nhận", 2000),
});
export type CityDeclineInput = z.input<typeof cityDeclineInput>;

// ───────────── Đăng ký thi đua (a member's titles for the year) ─────────────

export const titleRegistrationInput = z.object({
  titleIds: list(id("Danh hiệu không hợp lệ")).max(50, { error: "Chọn tối đa 50 danh hiệu" }).default([]),
});
export type TitleRegistrationInput = z.input<typeof titleRegistrationInput>;
