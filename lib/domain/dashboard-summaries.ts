// The other dashboard tables: the monthly trend, the cơ sở ranking, a member's year, and the
// Khối side by side for the city. Pure: each chart and its table read the same rows.
import type { EntryKind, EntryStatus } from "@/lib/generated/prisma/enums";
import { formatNumber } from "./dates";
import { competitionPlaces } from "./dashboard-ranking";
import { countStatuses, formatPercent, type IndicatorLike, type StatusCounts } from "./dashboard-progress";
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from "./progress";

/** A line or bar series of the trend chart: a key of the rows, its label and colour. */
export type TrendSeries = { key: string; label: string; colour: string };
/** One month: "T3" on the axis (phones are narrow), "Tháng 3" in the table and tooltip. */
export type TrendRow = { month: number; short: string; label: string } & Record<string, number | string>;

export const KHOI_TREND_SERIES: TrendSeries[] = [
  { key: "ideas", label: "Ý tưởng, sáng kiến", colour: "#1e40af" },
  { key: "trainings", label: "Học tập, bồi dưỡng", colour: "#0d9488" },
  { key: "projects", label: "Công trình, phần việc", colour: "#c2410c" },
];

/** Volunteer hours are on another scale than counts: in the table only. */
export const VOLUNTEER_HOURS_SERIES: TrendSeries[] = [{ key: "volunteerHours", label: "Giờ tình nguyện", colour: "#64748b" }];

export const MEMBER_TREND_SERIES: TrendSeries[] = [
  { key: "IDEA", label: "Ý tưởng, sáng kiến", colour: "#1e40af" },
  { key: "TRAINING", label: "Học tập, bồi dưỡng", colour: "#0d9488" },
  { key: "VOLUNTEER", label: "Tình nguyện", colour: "#c2410c" },
];

/** Twelve rows, one per month, whatever months the points cover (a missing month is all zeros). */
export function trendRows(points: ({ month: number } & Record<string, number>)[], series: TrendSeries[]): TrendRow[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const p = points.find((x) => x.month === month);
    const row: TrendRow = { month, short: `T${month}`, label: `Tháng ${month}` };
    for (const s of series) row[s.key] = p?.[s.key] ?? 0;
    return row;
  });
}

/**
 * Below this many a month, counts are drawn as bars: a smoothed curve through 0, 2, 1 invents
 * values between the months (and dips below zero); a line is kept for large counts only.
 */
export const SMALL_MONTHLY_COUNT = 20;

export function trendChartKind(rows: TrendRow[], series: TrendSeries[]): "bar" | "line" {
  const max = Math.max(0, ...rows.flatMap((r) => series.map((s) => Number(r[s.key]) || 0)));
  return max < SMALL_MONTHLY_COUNT ? "bar" : "line";
}

export function trendTotals(rows: TrendRow[], series: TrendSeries[]): Record<string, number> {
  return Object.fromEntries(series.map((s) => [s.key, rows.reduce((n, r) => n + Number(r[s.key] ?? 0), 0)]));
}

/** "Năm 2026: 120 ý tưởng, sáng kiến; 45 học tập, bồi dưỡng; …; nhiều nhất tháng 5". */
export function trendSummary(title: string, rows: TrendRow[], series: TrendSeries[]): string {
  const totals = trendTotals(rows, series);
  const parts = series.map((s) => `${formatNumber(totals[s.key])} ${s.label.toLowerCase()}`);
  const busiest = rows.reduce(
    (best, r) =>
      series.reduce((n, s) => n + Number(r[s.key]), 0) > series.reduce((n, s) => n + Number(best[s.key]), 0) ? r : best,
    rows[0],
  );
  const any = series.some((s) => totals[s.key] > 0);
  return `${title}: ${parts.join("; ")}${any && busiest ? `; nhiều nhất ${busiest.label.toLowerCase()}` : ""}.`;
}

/**
 * A ranked cơ sở. Equal score and indicators met share a place (1, 2, 2, 4). `weighted`: ranked
 * by the thi đua score (out of 100) rather than the share of indicators met.
 */
export type RankRow = {
  coSoId: string;
  name: string;
  met: number;
  total: number;
  score: number;
  scoreText: string;
  place: number;
  weighted?: boolean;
};

/** The thi đua ranking: score out of 100 over `total` indicators; equal scores share a place. */
export function weightedRankRows(scores: { coSoId: string; name: string; score: number; indicators: number }[]): RankRow[] {
  const places = competitionPlaces(scores, (a, b) => a.score === b.score);
  return scores.map((r, i) => {
    const place = places[i];
    return {
      coSoId: r.coSoId,
      name: r.name,
      met: 0,
      total: r.indicators,
      score: r.score,
      scoreText: formatNumber(r.score),
      place,
      weighted: true,
    };
  });
}

export function weightedRankSummary(rows: RankRow[]): string {
  if (!rows.length) return "Xếp hạng thi đua: chưa có chỉ tiêu áp dụng cho từng cơ sở";
  const top = rows.slice(0, 3).map((r) => `${r.place}. ${r.name}: ${r.scoreText} điểm`);
  return `Xếp hạng thi đua ${formatNumber(rows.length)} cơ sở theo điểm có trọng số (thang 100). ${top.join("; ")}.`;
}

export function rankRows(ranks: { coSoId: string; name: string; met: number; total: number; score: number }[]): RankRow[] {
  const places = competitionPlaces(ranks, (a, b) => a.score === b.score && a.met === b.met);
  return ranks.map((r, i) => ({ ...r, scoreText: formatPercent(r.score), place: places[i] }));
}

export function rankSummary(rows: RankRow[]): string {
  if (!rows.length) return "Xếp hạng cơ sở: chưa có chỉ tiêu áp dụng cho từng cơ sở";
  const top = rows.slice(0, 3).map((r) => `${r.place}. ${r.name}: ${formatNumber(r.met)}/${formatNumber(r.total)} chỉ tiêu đạt`);
  return `Xếp hạng ${formatNumber(rows.length)} cơ sở theo số chỉ tiêu đạt. ${top.join("; ")}.`;
}

/** A member's year: per kind of entry, what is confirmed, waiting, returned; and per month. */
export type MemberYear = {
  byKind: { kind: EntryKind; confirmed: number; waiting: number; returned: number }[];
  volunteerHours: number;
  months: ({ month: number } & Record<EntryKind, number>)[];
};

const KINDS: EntryKind[] = ["IDEA", "TRAINING", "VOLUNTEER"];

export function memberYear(
  entries: { kind: EntryKind; status: EntryStatus; occurredOn: Date; hours: number | null }[],
  year: number,
): MemberYear {
  const inYear = entries.filter((e) => e.occurredOn.getUTCFullYear() === year && e.status !== "WITHDRAWN");
  const byKind = KINDS.map((kind) => {
    const of = inYear.filter((e) => e.kind === kind);
    return {
      kind,
      confirmed: of.filter((e) => e.status === "CONFIRMED").length,
      waiting: of.filter((e) => e.status === "SUBMITTED").length,
      returned: of.filter((e) => e.status === "RETURNED").length,
    };
  });
  // The chart counts what was logged (waiting ones too): the member sees their own effort; the
  // table beside it says what is confirmed.
  const months = Array.from({ length: 12 }, (_, i) => {
    const of = inYear.filter((e) => e.occurredOn.getUTCMonth() === i);
    return {
      month: i + 1,
      IDEA: of.filter((e) => e.kind === "IDEA").length,
      TRAINING: of.filter((e) => e.kind === "TRAINING").length,
      VOLUNTEER: of.filter((e) => e.kind === "VOLUNTEER").length,
    };
  });
  const volunteerHours = inYear
    .filter((e) => e.kind === "VOLUNTEER" && e.status === "CONFIRMED")
    .reduce((n, e) => n + (e.hours ?? 0), 0);
  return { byKind, volunteerHours, months };
}

/** The city's view: each Khối's current plan (or none) with its status counts. */
export type KhoiProgress = {
  khoiId: string;
  khoiName: string;
  planTitle: string | null;
  indicators: (IndicatorLike & { recordKind: string | null })[] | null;
};
type KhoiIndicator = NonNullable<KhoiProgress["indicators"]>[number];
export type KhoiStatusRow = {
  khoiId: string;
  khoiName: string;
  planTitle: string | null;
  counts: StatusCounts | null;
  total: number;
};

export function khoiStatusRows(khois: KhoiProgress[]): KhoiStatusRow[] {
  return khois.map((k) => ({
    khoiId: k.khoiId,
    khoiName: k.khoiName,
    planTitle: k.planTitle,
    counts: k.indicators ? countStatuses(k.indicators) : null,
    total: k.indicators?.length ?? 0,
  }));
}

/**
 * Indicators several Khối track alike, side by side. Codes ("CT1") are numbered per plan, so the
 * same code only means the same indicator when it also counts the same thing the same way.
 */
export type SharedIndicator = {
  key: string;
  code: string;
  wording: string;
  cells: ({ percentText: string; status: ProgressStatus; statusLabel: string } | null)[];
};

export function sharedIndicators(khois: KhoiProgress[]): SharedIndicator[] {
  const keyOf = (i: KhoiIndicator) => [i.code, i.measure, i.recordKind ?? "", i.appliesTo].join("|");
  const seen = new Map<string, { code: string; wording: string; count: number }>();
  for (const k of khois) {
    for (const i of k.indicators ?? []) {
      const key = keyOf(i);
      const s = seen.get(key) ?? { code: i.code, wording: i.wording, count: 0 };
      s.count += 1;
      seen.set(key, s);
    }
  }
  return [...seen.entries()]
    .filter(([, s]) => s.count >= 2)
    .map(([key, s]) => ({
      key,
      code: s.code,
      wording: s.wording,
      cells: khois.map((k) => {
        const i = k.indicators?.find((x) => keyOf(x) === key);
        return i
          ? { percentText: formatPercent(i.percent), status: i.status, statusLabel: PROGRESS_STATUS_LABELS[i.status] }
          : null;
      }),
    }));
}
