// The "Thời hạn" part of the plan form as values: the cơ sở-plan due date and the report periods to
// open at publish, from the pasted text (proposals, unticked) or a stored draft, and back to the
// payload (only ticked rows; a programme opens none). Pure, shared by the form and the paste box.
import { formatVietnameseDate } from "@/lib/domain/dates";
import { proposedPeriod, readReportSchedule, type ProposedDeadline } from "@/lib/domain/plan-deadlines";
import type { ExtractedPlan } from "@/lib/domain/plan-model";

/** A row of "Kỳ báo cáo sẽ mở khi ban hành"; `keep` is the tick without which it is not saved. */
export type ScheduleRow = {
  keep: boolean;
  kind: "SIX_MONTH" | "ANNUAL";
  title: string;
  fromMonth: string;
  toMonth: string;
  dueOn: string;
  /** The sentence it was read from and the date in it ("start-end"); "" for a row staff added. */
  source: string;
  highlight: string;
};

/** A proposal shown beside the field until staff take it ("Dùng hạn này"). */
export type DueProposal = { dueOn: string; source: string; highlight: string };
export type PastedDeadlines = { coSoPlanDue: DueProposal | null; reportSchedule: ScheduleRow[] };

/** Tối đa 4 kỳ (lib/validation/plans.ts). */
export const MAX_SCHEDULE_ROWS = 4;

export function isoToVietnamese(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return formatVietnameseDate(new Date(Date.UTC(y, m - 1, d)));
}

const marked = (d: ProposedDeadline) => `${d.highlight.start}-${d.highlight.end}`;

export function pastedDeadlines(x: ExtractedPlan): PastedDeadlines {
  const due = x.deadlines.find((d) => d.kind === "CO_SO_PLAN");
  const year = x.kind === "PLAN" ? x.startYear : null;
  const reports = year
    ? x.deadlines.flatMap((d) => (d.kind === "CO_SO_PLAN" ? [] : [{ d, p: proposedPeriod({ ...d, kind: d.kind }, year) }]))
    : [];
  return {
    coSoPlanDue: due ? { dueOn: isoToVietnamese(due.dueOn), source: due.source, highlight: marked(due) } : null,
    reportSchedule: reports.slice(0, MAX_SCHEDULE_ROWS).map(({ d, p }) => ({
      keep: false,
      kind: p.kind,
      title: p.title,
      fromMonth: String(p.fromMonth),
      toMonth: String(p.toMonth),
      dueOn: isoToVietnamese(p.dueOn),
      source: d.source,
      highlight: marked(d),
    })),
  };
}

/** A stored draft's schedule as ticked rows. */
export function scheduleRowsOf(stored: unknown): ScheduleRow[] {
  return readReportSchedule(stored).map((p) => ({
    keep: true,
    kind: p.kind,
    title: p.title,
    fromMonth: String(p.fromMonth),
    toMonth: String(p.toMonth),
    dueOn: isoToVietnamese(p.dueOn),
    source: "",
    highlight: "",
  }));
}

/** What the server gets: ticked rows only, in the plan's year; none for a programme. */
export function schedulePayload(v: { kind: string; startYear: string; reportSchedule: ScheduleRow[] }) {
  if (v.kind !== "PLAN") return [];
  return v.reportSchedule
    .filter((r) => r.keep)
    .map((r) => ({
      kind: r.kind,
      title: r.title,
      year: v.startYear,
      fromMonth: r.fromMonth,
      toMonth: r.toMonth,
      dueOn: r.dueOn,
    }));
}

/** Server errors on `reportSchedule.N.x` count only ticked rows; point them at the form's row. */
export function remapScheduleErrors(rows: ScheduleRow[], fieldErrors: Record<string, string>): Record<string, string> {
  const kept = rows.flatMap((r, i) => (r.keep ? [i] : []));
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, message]) => {
      const m = /^reportSchedule\.(\d+)\.(.+)$/.exec(key);
      return [m ? `reportSchedule.${kept[Number(m[1])] ?? m[1]}.${m[2]}` : key, message];
    }),
  );
}

/** The sentence split around the highlighted date, for a <mark>. */
export function markedParts(source: string, highlight: string): { text: string; marked: boolean }[] {
  const m = /^(\d+)-(\d+)$/.exec(highlight);
  const [s, e] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!(s < e && e <= source.length)) return [{ text: source, marked: false }];
  return [
    { text: source.slice(0, s), marked: false },
    { text: source.slice(s, e), marked: true },
    { text: source.slice(e), marked: false },
  ].filter((p) => p.text);
}
