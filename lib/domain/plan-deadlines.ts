// Deadlines (thời hạn) read from the body of a plan: "gửi về Đoàn Khối trước ngày 31/3", "báo cáo sơ
// kết 6 tháng trước ngày 15/6", "tổng kết năm trước ngày 15/11". Each is proposed to staff as the
// cơ sở-plan due date or a report period to open at publish; nothing is kept unconfirmed.
// Pure; every regex is linear (bounded gaps, no nested unbounded quantifiers): the text is user input.
import type { PlanKind } from "./plan-model";
import { isoDate } from "./vietnamese-numbers";
import { DEFAULT_MONTHS, defaultPeriodTitle } from "./report-rules";

/** What is due: the cơ sở's own plan, the six-month report (sơ kết), the annual report (tổng kết). */
export const DEADLINE_KINDS = ["CO_SO_PLAN", "SIX_MONTH", "ANNUAL"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type ProposedDeadline = {
  kind: DeadlineKind;
  /** yyyy-mm-dd */
  dueOn: string;
  /** The sentence it was read from, shown beside the proposal. */
  source: string;
  /** Where in `source` the date was read ("ngày 31/3"), for highlighting. */
  highlight: { start: number; end: number };
};

/**
 * A deadline cue and its date: "trước ngày 31/3", "chậm nhất là ngày 15/6/2027", "trước ngày 15
 * tháng 6 năm 2027", "hạn chót nộp báo cáo: ngày 15/11". Groups: 1 "ngày", 2–4 d/m(/y), 5–7
 * "d tháng m (năm y)", which needs "ngày" before it ("chậm nhất 6 tháng 1 lần" is a frequency).
 * Only the "hạn …" cues may have words between them and the date.
 */
const DEADLINE =
  /(?<![\p{L}])(?:trước|chậm nhất(?: là)?|không quá|(?:hạn chót|hạn cuối|thời hạn|hạn nộp)[^\d.;!?]{0,60}?)\s{0,3}:?\s{0,3}(?:(?:vào\s{1,3})?(ngày)\s{0,3})?(?:(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?(?![\d/])|(?<=ngày\s{0,3})(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})(?:\s{1,3}năm\s{1,3}(\d{4}))?(?!\d))/giu;

const SIX_MONTH =
  /sơ kết(?: công tác| hoạt động| phong trào)?\s(?:0?6|sáu) tháng|báo cáo(?:\s\p{L}+){0,3}\s(?:0?6|sáu) tháng|sơ kết giữa năm|(?:0?6|sáu) tháng đầu năm/iu;
const ANNUAL =
  /tổng kết(?: công tác| hoạt động| phong trào)? năm|(?<![\p{L}])cả năm(?![\p{L}])|báo cáo(?: công tác)? năm|báo cáo tổng kết|báo cáo (?:12|mười hai) tháng/iu;
const CO_SO_PLAN =
  /(?:xây dựng|ban hành|gửi|đăng ký|nộp)[^.;]{0,120}(?:kế hoạch|chương trình hành động)|(?:kế hoạch|chương trình hành động)[^.;]{0,120}gửi về/iu;

/** The sentences of a line: split after ".", ";", "!" or "?" followed by a space. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.;!?])\s+/u).filter((s) => s.trim());
}

function kindOf(clause: string): DeadlineKind | null {
  if (SIX_MONTH.test(clause)) return "SIX_MONTH";
  if (ANNUAL.test(clause)) return "ANNUAL";
  // "báo cáo kết quả thực hiện kế hoạch gửi về …" is a report, not the cơ sở's plan.
  if (CO_SO_PLAN.test(clause) && !/báo cáo/iu.test(clause)) return "CO_SO_PLAN";
  return null;
}

/**
 * The deadlines of a plan's body lines, in reading order, each (kind, date) once. A date without a
 * year takes the plan's year; a programme's (several years) is not guessed and gives nothing.
 * Dates with no cue ("kỷ niệm ngày 26/3", the issue date) and cues with no known duty are left out.
 */
export function extractDeadlines(lines: string[], kind: PlanKind, startYear: number | null): ProposedDeadline[] {
  const out: ProposedDeadline[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line || line.length > 5000) continue;
    for (const raw of sentences(line)) {
      const sentence = raw.trim();
      const found = Array.from(sentence.matchAll(DEADLINE));
      // Each date's duty is named in its own clause: before it ("sơ kết 6 tháng trước ngày 15/6 và
      // tổng kết năm trước ngày 15/11") or, when the first date has none before it, after it
      // ("trước ngày 15/6 gửi báo cáo sơ kết 6 tháng, trước ngày 15/11 …").
      const before = found.map((m, i) =>
        sentence.slice(i ? found[i - 1].index + found[i - 1][0].length : 0, m.index + m[0].length),
      );
      const after = found.map((m, i) => sentence.slice(m.index + m[0].length, found[i + 1]?.index ?? sentence.length));
      const dutyFirst = found.length > 0 && kindOf(before[0]) !== null;
      found.forEach((m, i) => {
        const [day, month, year] = m[2] ? [m[2], m[3], m[4]] : [m[5], m[6], m[7]];
        const due = (dutyFirst ? kindOf(before[i]) : kindOf(after[i])) ?? (found.length === 1 ? kindOf(sentence) : null);
        const y = year ? Number(year) : kind === "PLAN" ? startYear : null;
        const iso = due && y ? isoDate(Number(day), Number(month), y) : null;
        if (!due || !iso || seen.has(`${due}:${iso}`)) return;
        seen.add(`${due}:${iso}`);
        const end = m.index + m[0].length;
        const start = m[1] ? m.index + m[0].toLowerCase().lastIndexOf("ngày") : m.index + m[0].search(/\d/u);
        out.push({ kind: due, dueOn: iso, source: sentence, highlight: { start, end } });
      });
    }
  }
  return out;
}

/** A report period to open when the plan is published, as stored in Plan.reportSchedule. */
export type ScheduledPeriod = {
  kind: "SIX_MONTH" | "ANNUAL";
  title: string;
  year: number;
  fromMonth: number;
  toMonth: number;
  /** yyyy-mm-dd */
  dueOn: string;
};

/** The period a report deadline proposes: its months and the title the period form suggests. */
export function proposedPeriod(d: ProposedDeadline & { kind: "SIX_MONTH" | "ANNUAL" }, year: number): ScheduledPeriod {
  const [fromMonth, toMonth] = DEFAULT_MONTHS[d.kind];
  return { kind: d.kind, title: defaultPeriodTitle(d.kind, year), year, fromMonth, toMonth, dueOn: d.dueOn };
}

/** The stored schedule (JSON) read back; anything malformed is left out rather than a crash. */
export function readReportSchedule(value: unknown): ScheduledPeriod[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: Record<string, unknown> | null) =>
    e &&
    (e.kind === "SIX_MONTH" || e.kind === "ANNUAL") &&
    typeof e.title === "string" &&
    [e.year, e.fromMonth, e.toMonth].every(Number.isInteger) &&
    typeof e.dueOn === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(e.dueOn)
      ? [
          {
            kind: e.kind,
            title: e.title,
            year: e.year as number,
            fromMonth: e.fromMonth as number,
            toMonth: e.toMonth as number,
            dueOn: e.dueOn,
          },
        ]
      : [],
  );
}
