// What the dashboards draw and tabulate from the live roll-up (lib/data/indicator-rollup.ts):
// colours by status, Vietnamese value and target texts, and the rows shared by each chart and
// its table, so the chart and the table can never show different numbers. Pure, no I/O.
import type { AppliesTo, MeasureKind, TargetKind } from "@/lib/generated/prisma/enums";
import { formatNumber } from "./dates";
import { distinctIndicatorLabels } from "./dashboard-labels";
import { formatTarget } from "./plan-labels";
import { percentOfTarget, PROGRESS_STATUS_LABELS, type ProgressStatus } from "./progress";

/** The shape of an indicator's progress these helpers need (IndicatorProgress fits it). */
export type IndicatorLike = {
  id: string;
  code: string;
  wording: string;
  measure: MeasureKind;
  appliesTo: AppliesTo;
  targetKind: TargetKind;
  unitLabel: string;
  value: number | null;
  target: number;
  percent: number | null;
  status: ProgressStatus;
  coSo: { coSoId: string; name: string; value: number | null; target: number | null; status: ProgressStatus }[];
};

/** Most favourable first: the order of legends, counts and sentences. */
export const STATUS_ORDER: ProgressStatus[] = ["EXCEEDED", "MET", "NOT_MET", "NO_DATA"];

/** Tailwind's green-700, green-500, amber-500, red-600, slate-400 as hex (SVG fills). */
export const STATUS_COLOURS = {
  EXCEEDED: "#15803d",
  MET: "#22c55e",
  NOT_MET: "#f59e0b",
  FAR_BEHIND: "#dc2626",
  NO_DATA: "#94a3b8",
} as const;

/** Below this share of the target a "chưa đạt" turns from amber to red: far behind needs attention. */
export const FAR_BEHIND_PERCENT = 50;

export function statusColour(status: ProgressStatus, percent: number | null): string {
  if (status === "NOT_MET")
    return percent !== null && percent < FAR_BEHIND_PERCENT ? STATUS_COLOURS.FAR_BEHIND : STATUS_COLOURS.NOT_MET;
  return STATUS_COLOURS[status];
}

/** The legend under a status chart: what each colour means. */
export const STATUS_LEGEND: { colour: string; label: string }[] = [
  { colour: STATUS_COLOURS.EXCEEDED, label: PROGRESS_STATUS_LABELS.EXCEEDED },
  { colour: STATUS_COLOURS.MET, label: PROGRESS_STATUS_LABELS.MET },
  { colour: STATUS_COLOURS.NOT_MET, label: `${PROGRESS_STATUS_LABELS.NOT_MET} (từ ${FAR_BEHIND_PERCENT}% mục tiêu)` },
  { colour: STATUS_COLOURS.FAR_BEHIND, label: `${PROGRESS_STATUS_LABELS.NOT_MET} (dưới ${FAR_BEHIND_PERCENT}% mục tiêu)` },
  { colour: STATUS_COLOURS.NO_DATA, label: PROGRESS_STATUS_LABELS.NO_DATA },
];

export type StatusCounts = Record<ProgressStatus, number>;

export function countStatuses(items: { status: ProgressStatus }[]): StatusCounts {
  const counts: StatusCounts = { EXCEEDED: 0, MET: 0, NOT_MET: 0, NO_DATA: 0 };
  for (const i of items) counts[i.status] += 1;
  return counts;
}

/** "2 vượt, 3 đạt, 1 chưa đạt, 1 chưa có số liệu" (statuses with none left out). */
export function statusSentence(counts: StatusCounts): string {
  const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map(
    (s) => `${formatNumber(counts[s])} ${PROGRESS_STATUS_LABELS[s].toLowerCase()}`,
  );
  return parts.length ? parts.join(", ") : "chưa có chỉ tiêu";
}

export function formatPercent(n: number | null): string {
  return n === null ? "—" : `${formatNumber(Math.round(n * 10) / 10)}%`;
}

/** The Khối-level value is a percent for "x% cơ sở có…" and per-member indicators (see the roll-up). */
export function isPercentIndicator(i: Pick<IndicatorLike, "measure" | "appliesTo">): boolean {
  return i.measure === "UNIT_SHARE" || i.appliesTo === "EACH_MEMBER";
}

/** For EACH_CO_SO counts the Khối value is how many cơ sở reached their own target. */
const countsCoSo = (i: Pick<IndicatorLike, "measure" | "appliesTo">) => !isPercentIndicator(i) && i.appliesTo === "EACH_CO_SO";
const unitOf = (i: Pick<IndicatorLike, "measure" | "unitLabel">) => (i.measure === "MONEY" ? "đồng" : i.unitLabel);

export function indicatorValueText(i: IndicatorLike): string {
  if (i.value === null) return PROGRESS_STATUS_LABELS.NO_DATA;
  if (isPercentIndicator(i)) return formatPercent(i.value);
  if (countsCoSo(i)) return `${formatNumber(i.value)} cơ sở đạt`;
  return `${formatNumber(i.value)} ${unitOf(i)}`.trim();
}

export function indicatorTargetText(i: IndicatorLike): string {
  if (isPercentIndicator(i)) return formatPercent(i.target);
  if (countsCoSo(i)) return `${formatNumber(i.target)} cơ sở`;
  return formatTarget(i);
}

/** One bar and one table row: a category, its share of the target and its status. */
export type StatusBarRow = {
  id: string;
  /** Short axis label (the start of an indicator's wording, a cơ sở name), never a bare code */
  label: string;
  /** Full name for tooltips and tables */
  name: string;
  /** The indicator's code (CT1…), for the data table only */
  code?: string;
  valueText: string;
  targetText: string;
  percent: number | null;
  /** The bar's length: the percent, 0 without data, capped so one runaway value keeps the others readable */
  bar: number;
  percentText: string;
  status: ProgressStatus;
  statusLabel: string;
  colour: string;
};

export const BAR_CAP = 200;

function barRow(
  base: Pick<StatusBarRow, "id" | "label" | "name" | "valueText" | "targetText" | "code">,
  percent: number | null,
  status: ProgressStatus,
): StatusBarRow {
  return {
    ...base,
    percent,
    bar: percent === null ? 0 : Math.min(Math.max(percent, 0), BAR_CAP),
    percentText: formatPercent(percent),
    status,
    statusLabel: PROGRESS_STATUS_LABELS[status],
    colour: statusColour(status, percent),
  };
}

/** Each indicator of a plan against its Khối-level target. */
export function progressRows(indicators: IndicatorLike[]): StatusBarRow[] {
  const labels = distinctIndicatorLabels(indicators);
  return indicators.map((i) =>
    barRow(
      {
        id: i.id,
        label: labels.get(i.id)!,
        name: i.wording,
        code: i.code,
        valueText: indicatorValueText(i),
        targetText: indicatorTargetText(i),
      },
      i.percent,
      i.status,
    ),
  );
}

type CoSoRow = IndicatorLike["coSo"][number];

function coSoTexts(i: IndicatorLike, c: CoSoRow): { valueText: string; targetText: string } {
  if (i.measure === "UNIT_SHARE") return { valueText: c.value === null ? "—" : c.value > 0 ? "Có" : "Chưa có", targetText: "Có" };
  if (i.appliesTo === "EACH_MEMBER") return { valueText: formatPercent(c.value), targetText: formatPercent(c.target) };
  const unit = unitOf(i);
  return {
    valueText: c.value === null ? PROGRESS_STATUS_LABELS.NO_DATA : `${formatNumber(c.value)} ${unit}`.trim(),
    targetText: c.target === null ? "—" : `${formatNumber(c.target)} ${unit}`.trim(),
  };
}

const coSoPercent = (c: CoSoRow) => (c.target === null ? null : percentOfTarget(c.value, c.target));

/**
 * One indicator across the cơ sở: each against its own target; only the `furthest` from it when
 * asked (a large Khối's dashboard), chosen before their texts are written: 617 cơ sở took 2 ms.
 */
export function indicatorCoSoRows(i: IndicatorLike, furthest?: number): StatusBarRow[] {
  const scored = i.coSo.map((c) => ({ c, percent: coSoPercent(c) }));
  const shown = furthest === undefined ? scored : furthestFromTarget(scored, furthest);
  return shown.map(({ c, percent }) =>
    barRow({ id: c.coSoId, label: c.name, name: c.name, ...coSoTexts(i, c) }, percent, c.status),
  );
}

/** The `n` rows furthest from their target, those with no figures first (a large Khối's dashboard shows these). */
export function furthestFromTarget<T extends { percent: number | null }>(rows: T[], n: number): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.percent ?? -1) - (b.row.percent ?? -1) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.row);
}

/** One cơ sở across the indicators that apply per cơ sở: its own value against its own target. */
export function coSoProgressRows(indicators: IndicatorLike[], coSoId: string): StatusBarRow[] {
  const labels = distinctIndicatorLabels(indicators.filter((i) => i.coSo.some((x) => x.coSoId === coSoId)));
  return indicators.flatMap((i) => {
    const c = i.coSo.find((x) => x.coSoId === coSoId);
    return c
      ? [
          barRow(
            { id: i.id, label: labels.get(i.id)!, name: i.wording, code: i.code, ...coSoTexts(i, c) },
            coSoPercent(c),
            c.status,
          ),
        ]
      : [];
  });
}

export const SUMMARY_ITEMS = 12;

/** The aria-label of a status chart: the counts first, then every bar, so a screen reader hears the numbers. */
export function statusChartSummary(title: string, rows: StatusBarRow[]): string {
  if (!rows.length) return `${title}: chưa có số liệu`;
  const counts = statusSentence(countStatuses(rows));
  // A hundred cơ sở read aloud is noise: the first ones, then a pointer to the table.
  const shown = rows.slice(0, SUMMARY_ITEMS).map((r) => `${r.label}: ${r.percentText} (${r.statusLabel.toLowerCase()})`);
  const more = rows.length > SUMMARY_ITEMS ? `; và ${formatNumber(rows.length - SUMMARY_ITEMS)} mục khác trong bảng số liệu` : "";
  return `${title}. ${counts}. ${shown.join("; ")}${more}.`;
}
