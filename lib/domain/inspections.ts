// Kiểm tra chuyên đề: the words of the inspection cycle, the checklist proposed from a plan, and
// the clashes between visits. No I/O.
import type { AppliesTo, MeasureKind, RecordKind } from "./plan-model";

export const INSPECTION_ROUND_STATUSES = ["PLANNING", "ANNOUNCED", "CLOSED"] as const;
export type InspectionRoundStatus = (typeof INSPECTION_ROUND_STATUSES)[number];

export const INSPECTION_ROUND_STATUS_LABELS: Record<InspectionRoundStatus, string> = {
  PLANNING: "Đang chuẩn bị",
  ANNOUNCED: "Đã thông báo cơ sở",
  CLOSED: "Đã kết thúc",
};

export const VISIT_STATUSES = ["SCHEDULED", "VISITED", "CONCLUDED", "CANCELLED"] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  SCHEDULED: "Đã lên lịch",
  VISITED: "Đã kiểm tra",
  CONCLUDED: "Đã có kết luận",
  CANCELLED: "Đã hủy",
};

export const CHECKLIST_SOURCES = ["TYPED", "INDICATOR", "PORTAL"] as const;
export type ChecklistSource = (typeof CHECKLIST_SOURCES)[number];

export const CHECKLIST_SOURCE_LABELS: Record<ChecklistSource, string> = {
  TYPED: "Nhập tay",
  INDICATOR: "Theo chỉ tiêu kế hoạch",
  PORTAL: "Cổng tự trả lời",
};

/**
 * The items the portal answers from its own data, shown pre-filled at the visit: the cơ sở's own
 * plan issued on the basis of the round's plan, its reports sent by their deadline, a youth
 * project approved.
 */
export const PORTAL_CHECKS = [
  { key: "CO_SO_PLAN", wording: "Có kế hoạch thực hiện phong trào của cơ sở" },
  { key: "REPORTS_ON_TIME", wording: "Có báo cáo sơ kết, tổng kết gửi đúng hạn" },
  { key: "PROJECT_REGISTERED", wording: "Có công trình, phần việc thanh niên được duyệt" },
] as const;
export type PortalCheck = (typeof PORTAL_CHECKS)[number]["key"];
export const PORTAL_CHECK_KEYS = PORTAL_CHECKS.map((c) => c.key) as [PortalCheck, ...PortalCheck[]];

/** Typed items every round asks, as the Khối's checklists usually do. */
export const USUAL_TYPED_ITEMS = [
  "Có sổ theo dõi đoàn viên đăng ký, thực hiện “3 trách nhiệm”",
  "Có tổ chức sơ kết, đánh giá việc thực hiện phong trào tại cơ sở",
] as const;

export type ChecklistDraftItem = {
  pillar: number | null;
  wording: string;
  source: ChecklistSource;
  indicatorId: string | null;
  portalCheck: PortalCheck | null;
};

export type PlanIndicatorForChecklist = {
  id: string;
  code: string;
  wording: string;
  pillar: number | null;
  appliesTo: AppliesTo;
  measure: MeasureKind;
  recordKind: RecordKind | null;
};

/**
 * The checklist proposed from a plan: the portal's checks and the usual typed items first (no
 * pillar: "Công tác chỉ đạo, tổ chức thực hiện"), then one question per indicator a cơ sở answers
 * for itself, under the indicator's pillar. A Khối-wide total ("ít nhất 1.000 ý tưởng") is the
 * Khối's to reach, not one cơ sở's, and the inspection indicator does not ask about itself.
 */
export function proposeChecklist(indicators: PlanIndicatorForChecklist[]): ChecklistDraftItem[] {
  const general: ChecklistDraftItem[] = [
    ...PORTAL_CHECKS.map((c) => ({
      pillar: null,
      wording: c.wording,
      source: "PORTAL" as const,
      indicatorId: null,
      portalCheck: c.key,
    })),
    ...USUAL_TYPED_ITEMS.map((wording) => ({
      pillar: null,
      wording,
      source: "TYPED" as const,
      indicatorId: null,
      portalCheck: null,
    })),
  ];
  const perCoSo = indicators
    .filter((i) => i.recordKind !== "INSPECTION" && (i.appliesTo !== "KHOI" || i.measure === "UNIT_SHARE"))
    .map((i) => ({
      pillar: i.pillar,
      wording: `Cơ sở đạt chỉ tiêu ${i.code}: ${trimEnd(i.wording)}?`,
      source: "INDICATOR" as const,
      indicatorId: i.id,
      portalCheck: null,
    }));
  return [...general, ...perCoSo];
}

const trimEnd = (s: string) => s.trim().replace(/[.;:,]+$/, "");

export type ChecklistGroup<T> = { pillar: number | null; label: string; items: T[] };

/** Items under their pillar heading, in the plan's pillar order; those of no pillar first. */
export function groupByPillar<T extends { pillar: number | null }>(items: T[], pillars: string[]): ChecklistGroup<T>[] {
  const groups: ChecklistGroup<T>[] = [];
  const general = items.filter((i) => i.pillar === null || !pillars[i.pillar]);
  if (general.length) groups.push({ pillar: null, label: "Công tác chỉ đạo, tổ chức thực hiện", items: general });
  pillars.forEach((label, index) => {
    const under = items.filter((i) => i.pillar === index);
    if (under.length) groups.push({ pillar: index, label, items: under });
  });
  return groups;
}

export type VisitForClash = {
  id: string;
  roundId: string;
  coSoId: string;
  coSoName: string;
  /** A calendar day (UTC midnight) */
  visitOn: Date;
  /** The team of the visit's round */
  teamUserIds: string[];
};

/**
 * What clashes with each visit: another visit on the same day that needs one of the same team
 * members (a team cannot be at two cơ sở at once), or the same cơ sở visited twice that day.
 * Cancelled visits are left out by the caller. Keyed by visit id; visits with no clash are absent.
 */
export function visitClashes(visits: VisitForClash[]): Map<string, string[]> {
  const byDay = new Map<number, VisitForClash[]>();
  for (const v of visits) byDay.set(v.visitOn.getTime(), [...(byDay.get(v.visitOn.getTime()) ?? []), v]);
  const out = new Map<string, string[]>();
  for (const sameDay of byDay.values())
    for (const v of sameDay)
      for (const other of sameDay) {
        if (other.id === v.id) continue;
        const shared = v.teamUserIds.some((u) => other.teamUserIds.includes(u));
        const reason =
          other.coSoId === v.coSoId
            ? `${other.coSoName} có một buổi kiểm tra khác cùng ngày`
            : shared
              ? `Cùng ngày với buổi kiểm tra tại ${other.coSoName} (chung thành viên đoàn)`
              : null;
        if (reason && !out.get(v.id)?.includes(reason)) out.set(v.id, [...(out.get(v.id) ?? []), reason]);
      }
  return out;
}

/** Is a visit day within the round's period (both days included)? */
export const withinRound = (day: Date, round: { periodFrom: Date; periodTo: Date }) =>
  day.getTime() >= round.periodFrom.getTime() && day.getTime() <= round.periodTo.getTime();

export const CHECK_RESULTS = ["MET", "NOT_MET", "NOT_APPLICABLE"] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  MET: "Đạt",
  NOT_MET: "Chưa đạt",
  NOT_APPLICABLE: "Không áp dụng",
};

/** What the portal's own data suggests for an item, and why (shown beside it, pre-selected). */
export type Suggestion = { result: CheckResult; why: string };

export const INSPECTION_RATINGS = ["GOOD", "FAIR", "AVERAGE", "WEAK"] as const;
export type InspectionRating = (typeof INSPECTION_RATINGS)[number];

/** Xếp loại, as the conclusion reads it. */
export const RATING_LABELS: Record<InspectionRating, string> = {
  GOOD: "Tốt",
  FAIR: "Khá",
  AVERAGE: "Trung bình",
  WEAK: "Yếu",
};

/**
 * The rating the findings point to: the share of applicable items met (không áp dụng left out).
 * Tốt from 90 % with no item of the plan's own indicators missed, Khá from 70 %, Trung bình from
 * 50 %, Yếu below. The team may give another, but it sees this one beside its choice.
 */
export function suggestedRating(
  answers: { result: CheckResult; indicator?: boolean }[],
): { rating: InspectionRating; met: number; applicable: number } | null {
  const applicable = answers.filter((a) => a.result !== "NOT_APPLICABLE");
  if (!applicable.length) return null;
  const met = applicable.filter((a) => a.result === "MET").length;
  const share = met / applicable.length;
  const indicatorMissed = applicable.some((a) => a.indicator && a.result === "NOT_MET");
  const rating: InspectionRating =
    share >= 0.9 && !indicatorMissed ? "GOOD" : share >= 0.7 ? "FAIR" : share >= 0.5 ? "AVERAGE" : "WEAK";
  return { rating, met, applicable: applicable.length };
}

export const CONCLUSION_STATUS_LABELS = {
  DRAFT: "Dự thảo",
  ISSUED: "Đã ban hành",
  SUPERSEDED: "Đã được đính chính",
} as const;

export const RECOMMENDATION_STATUSES = ["OPEN", "RESPONDED", "DISPUTED", "ACCEPTED", "REOPENED", "WITHDRAWN"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  OPEN: "Chưa thực hiện",
  RESPONDED: "Đã báo cáo khắc phục",
  DISPUTED: "Đề nghị xem xét lại",
  ACCEPTED: "Đã khắc phục",
  REOPENED: "Yêu cầu tiếp tục khắc phục",
  WITHDRAWN: "Đã rút kiến nghị",
};

/** The cơ sở still owes a fix. */
export const OWED_RECOMMENDATION_STATUSES = ["OPEN", "REOPENED"] as const satisfies readonly RecommendationStatus[];
/** Waiting for the Khối's word on a response or a dispute. */
export const AWAITING_REVIEW_STATUSES = ["RESPONDED", "DISPUTED"] as const satisfies readonly RecommendationStatus[];
/** Nothing more to do: a round closes only when every recommendation is here. */
export const SETTLED_RECOMMENDATION_STATUSES = ["ACCEPTED", "WITHDRAWN"] as const satisfies readonly RecommendationStatus[];

export type DeadlineState = "OVERDUE" | "DUE_SOON" | "OPEN" | "AWAITING_REVIEW" | "SETTLED";

export const DEADLINE_STATE_LABELS: Record<DeadlineState, string> = {
  OVERDUE: "Quá hạn",
  DUE_SOON: "Sắp đến hạn",
  OPEN: "Trong hạn",
  AWAITING_REVIEW: "Chờ Khối xem xét",
  SETTLED: "Đã xong",
};

/** Days before its deadline a recommendation still owed counts as due soon. */
export const DUE_SOON_DAYS = 7;

/**
 * Where a recommendation stands against its deadline on `today` (a calendar day): owed after its
 * deadline is overdue (the deadline day itself is still in time), owed within a week is due soon.
 */
export function deadlineState(rec: { status: RecommendationStatus; dueOn: Date }, today: Date): DeadlineState {
  if ((SETTLED_RECOMMENDATION_STATUSES as readonly string[]).includes(rec.status)) return "SETTLED";
  if ((AWAITING_REVIEW_STATUSES as readonly string[]).includes(rec.status)) return "AWAITING_REVIEW";
  const days = Math.round((rec.dueOn.getTime() - today.getTime()) / 86_400_000);
  if (days < 0) return "OVERDUE";
  if (days <= DUE_SOON_DAYS) return "DUE_SOON";
  return "OPEN";
}

/** Recommendations counted by where they stand against their deadlines. */
export function countDeadlineStates(recs: { status: RecommendationStatus; dueOn: Date }[], today: Date) {
  const counts: Record<DeadlineState, number> = { OVERDUE: 0, DUE_SOON: 0, OPEN: 0, AWAITING_REVIEW: 0, SETTLED: 0 };
  for (const r of recs) counts[deadlineState(r, today)]++;
  return { total: recs.length, ...counts };
}

/** A conclusion's recommendation as drafted and as issued (the JSON kept on each revision). */
export type DraftRecommendation = { recommendationId: string | null; text: string; /** dd/mm/yyyy */ dueOn: string };
