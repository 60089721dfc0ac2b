// The review of proposed indicators (đề xuất chỉ tiêu), as plain functions: where the target was
// read in its sentence, how the form's current values read back, and splitting and merging rows.
import {
  APPLIES_TO,
  HONOUR_LEVELS,
  RECORD_KINDS,
  type AppliesTo,
  type HonourLevel,
  type RecordKind,
} from "@/lib/domain/plan-model";
import { HONOUR_LEVEL_LABELS, RECORD_KIND_LABELS } from "@/lib/domain/plan-labels";
import { formatNumber } from "@/lib/domain/dates";
import type { IndicatorFormValues } from "./indicator-fields";

export type ProposalRow = IndicatorFormValues & { confirmed: boolean };

/** What joins two sentences when two proposals are merged. */
export const SOURCE_JOIN = " … ";

/** Spans of `source` to highlight, from "start-end" (several joined by ","); bad offsets are dropped. */
export function parseHighlight(highlight: string | undefined, length: number): [number, number][] {
  const spans: [number, number][] = [];
  for (const part of (highlight ?? "").split(",")) {
    const m = /^\s*(\d+)-(\d+)\s*$/.exec(part);
    if (!m) continue;
    const start = Number(m[1]);
    const end = Math.min(Number(m[2]), length);
    if (start < end) spans.push([start, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Overlapping spans (a split row merged back) become one.
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

export function formatHighlight(spans: [number, number][]): string {
  return spans.map(([s, e]) => `${s}-${e}`).join(",");
}

/** The sentence cut into plain and highlighted pieces, for <mark>. */
export function sourceParts(source: string, highlight: string | undefined): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of parseHighlight(highlight, source.length)) {
    if (s > at) parts.push({ text: source.slice(at, s), marked: false });
    parts.push({ text: source.slice(s, e), marked: true });
    at = e;
  }
  if (at < source.length) parts.push({ text: source.slice(at), marked: false });
  return parts;
}

const APPLIES_TO_READ: Record<AppliesTo, string> = { KHOI: "toàn Khối", EACH_CO_SO: "mỗi cơ sở", EACH_MEMBER: "mỗi đoàn viên" };

function isOneOf<T extends string>(list: readonly T[], v: string | undefined): v is T {
  return (list as readonly string[]).includes(v ?? "");
}

/** "1.000" or "1.000,5" as typed → 1000 or 1000.5; null when it is not a number. */
function typedNumber(v: string | undefined): number | null {
  const raw = (v ?? "").trim().replace(/\./g, "").replace(",", ".");
  if (raw === "" || !Number.isFinite(Number(raw))) return null;
  return Number(raw);
}

/** "số lượng ít nhất 1.000 ý tưởng, sáng kiến", "tỷ lệ 100% cơ sở", "số tiền 5.000.000 đồng". */
function quantity(v: Partial<IndicatorFormValues>): string {
  const n = typedNumber(v.target);
  if (n === null) return "chưa có mục tiêu";
  const shown = formatNumber(n);
  const atLeast = v.targetKind === "AT_LEAST" ? "ít nhất " : "";
  if (v.measure === "UNIT_SHARE") return `tỷ lệ ${atLeast}${shown}% cơ sở`;
  if (v.targetKind === "PERCENT") return `tỷ lệ ${shown}%`;
  if (v.measure === "MONEY") return `số tiền ${atLeast}${shown} đồng`;
  return `số lượng ${atLeast}${shown} ${v.unitLabel ?? ""}`.trim();
}

function counted(v: Partial<IndicatorFormValues>): string {
  if (isOneOf<RecordKind>(RECORD_KINDS, v.recordKind)) return `đếm hồ sơ “${RECORD_KIND_LABELS[v.recordKind]}”`;
  return v.measure === "RECORD_COUNT" || v.measure === "UNIT_SHARE" ? "chưa chọn loại hồ sơ" : "nhập số liệu";
}

function period(v: Partial<IndicatorFormValues>): string {
  if (v.period === "TERM") return "nhiệm kỳ";
  if (v.period !== "MONTHS") return "năm";
  const months = (v.months ?? "").split(/[^0-9]+/).filter(Boolean);
  return months.length ? `tháng ${months.map(Number).join(", ")}` : "các tháng (chưa nhập)";
}

/**
 * "Đọc là: số lượng ít nhất 60 buổi · đếm hồ sơ “Hoạt động tổ chức” · Áp dụng: toàn Khối · Kỳ: năm",
 * from the row's current values so that it follows the staff's edits.
 */
export function readAs(v: Partial<IndicatorFormValues> | undefined): string {
  const row = v ?? {};
  const parts = [quantity(row), counted(row)];
  if (isOneOf<AppliesTo>(APPLIES_TO, row.appliesTo)) parts.push(`Áp dụng: ${APPLIES_TO_READ[row.appliesTo]}`);
  parts.push(`Kỳ: ${period(row)}`);
  if (row.recordKind === "HONOUR" && isOneOf<HonourLevel>(HONOUR_LEVELS, row.honourLevel))
    parts.push(HONOUR_LEVEL_LABELS[row.honourLevel].toLocaleLowerCase("vi"));
  return `Đọc là: ${parts.join(" · ")}`;
}

/** "CT7": the first CTn no row uses (the server refuses two confirmed rows of one code). */
export function nextCode(rows: Pick<IndicatorFormValues, "code">[]): string {
  const used = new Set(rows.map((r) => r.code.trim().toUpperCase()));
  let n = rows.length + 1;
  while (used.has(`CT${n}`)) n++;
  return `CT${n}`;
}

/** "Tách thành hai": a copy of the row, same sentence and highlight, with a free code; unconfirmed. */
export function splitCopy(row: ProposalRow, rows: ProposalRow[]): ProposalRow {
  return { ...row, code: nextCode(rows), confirmed: false };
}

/**
 * "Gộp với đề xuất trên": the upper row's fields, both sentences (once when they are the same
 * sentence, as after a split) with both highlights; unconfirmed. A merged proposal counts as
 * read outside the targets section when either part was.
 */
export function mergeRows(upper: ProposalRow, lower: ProposalRow): ProposalRow {
  const up = upper.source ?? "";
  const low = lower.source ?? "";
  const upSpans = parseHighlight(upper.highlight, up.length);
  const lowSpans = parseHighlight(lower.highlight, low.length);
  let source = up;
  let spans = upSpans;
  if (low && low !== up) {
    const offset = up ? up.length + SOURCE_JOIN.length : 0;
    source = up ? `${up}${SOURCE_JOIN}${low}` : low;
    spans = [...upSpans, ...lowSpans.map(([s, e]): [number, number] => [s + offset, e + offset])];
  } else if (low === up) {
    spans = [...upSpans, ...lowSpans];
  }
  const reasons = [upper.reason, lower.reason].filter((r, i, all): r is string => !!r && all.indexOf(r) === i);
  const inTargets =
    upper.inTargets === undefined && lower.inTargets === undefined
      ? undefined
      : upper.inTargets !== false && lower.inTargets !== false;
  return {
    ...upper,
    confirmed: false,
    source,
    highlight: formatHighlight(parseHighlight(formatHighlight(spans), source.length)),
    reason: reasons.join("; "),
    inTargets,
  };
}
