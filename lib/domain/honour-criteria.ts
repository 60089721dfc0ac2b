// Tiêu chí of a title (danh hiệu): each is either typed in by whoever nominates (met or not, in
// their words) or a number computed from confirmed records and compared with a threshold. Pure:
// the data layer counts the records (lib/data/honour-achievements.ts), this decides what is met.

/** What a computed criterion counts, over the round's period, for a person or a collective. */
export const CRITERION_METRICS = [
  "IDEAS", // ý tưởng, sáng kiến, hiến kế confirmed
  "INITIATIVES_APPLIED", // of which applied in practice (được áp dụng)
  "TRAININGS", // khóa học, lớp bồi dưỡng confirmed
  "VOLUNTEER_DAYS", // lượt tham gia tình nguyện confirmed
  "VOLUNTEER_HOURS", // giờ tình nguyện confirmed
  "PROJECTS", // công trình, phần việc taken part in (a person) or registered (a collective), approved or later
  "COMMITMENT_EXCELLENT", // tự đánh giá "Hoàn thành xuất sắc", confirmed (1 or 0 for a person; how many members for a collective)
] as const;
export type CriterionMetric = (typeof CRITERION_METRICS)[number];

export const METRIC_LABELS: Record<CriterionMetric, string> = {
  IDEAS: "Ý tưởng, sáng kiến được xác nhận",
  INITIATIVES_APPLIED: "Sáng kiến được áp dụng",
  TRAININGS: "Khóa học, lớp bồi dưỡng được xác nhận",
  VOLUNTEER_DAYS: "Lượt tham gia tình nguyện",
  VOLUNTEER_HOURS: "Giờ tình nguyện",
  PROJECTS: "Công trình, phần việc thanh niên",
  COMMITMENT_EXCELLENT: "Tự đánh giá Hoàn thành xuất sắc",
};

export type Achievements = Record<CriterionMetric, number>;

export const NO_ACHIEVEMENTS: Achievements = Object.fromEntries(CRITERION_METRICS.map((m) => [m, 0])) as Achievements;

export type Criterion =
  | { id: string; source: "TYPED"; wording: string }
  | { id: string; source: "COMPUTED"; wording: string; metric: CriterionMetric; threshold: number };

/** What the nominator said of a typed criterion: met or not (absent: not answered yet). */
export type TypedAnswers = Record<string, boolean | undefined>;

export type CriterionResult = {
  id: string;
  /** null: a typed criterion nobody has answered yet */
  met: boolean | null;
  /** The counted number (computed criteria only) */
  value: number | null;
  threshold: number | null;
};

export function evaluateCriteria(criteria: Criterion[], achievements: Achievements, answers: TypedAnswers): CriterionResult[] {
  return criteria.map((c) => {
    if (c.source === "TYPED") return { id: c.id, met: answers[c.id] ?? null, value: null, threshold: null };
    const value = achievements[c.metric];
    return { id: c.id, met: value >= c.threshold, value, threshold: c.threshold };
  });
}

/** Met all: every criterion met; one unanswered or not met is enough to say no. */
export const meetsAll = (results: CriterionResult[]) => results.every((r) => r.met === true);

export const metCount = (results: CriterionResult[]) => results.filter((r) => r.met === true).length;
