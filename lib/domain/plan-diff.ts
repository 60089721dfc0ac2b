// What changed between two revisions of a plan: header fields, sections and indicators, in
// words staff can read ("Sửa mục III", "Thêm chỉ tiêu CT4", "CT2: mục tiêu 900 → 1.000").
import type { PlanSection } from "./plan-model";
import { readReportSchedule } from "./plan-deadlines";
import { formatNumber, formatVietnameseDate } from "./dates";

type Side = {
  number: string | null;
  subject: string;
  issueDate: Date | null;
  startYear: number;
  endYear: number;
  basisText: string | null;
  pillars: string[];
  sections: PlanSection[];
  closing: string | null;
  /** Hạn cơ sở gửi kế hoạch, and the report periods opened at publish (JSON, plan-deadlines.ts). */
  coSoPlanDueOn: Date | null;
  reportSchedule: unknown;
  indicators: { lineageId: string; code: string; wording: string; target: number; minTarget: number | null; unitLabel: string }[];
};

const FIELDS: [keyof Side, string][] = [
  ["number", "Số, ký hiệu"],
  ["subject", "Trích yếu"],
  ["startYear", "Năm bắt đầu"],
  ["endYear", "Năm kết thúc"],
  ["basisText", "Căn cứ"],
  ["closing", "Đoạn kết"],
];

const fmt = (n: number | null) => (n === null ? "—" : formatNumber(n));

export function diffPlans(before: Side, after: Side): string[] {
  const out: string[] = [];
  for (const [key, label] of FIELDS) if ((before[key] ?? null) !== (after[key] ?? null)) out.push(`Sửa ${label.toLowerCase()}`);
  if ((before.issueDate?.getTime() ?? null) !== (after.issueDate?.getTime() ?? null)) out.push("Sửa ngày ban hành");
  if (before.pillars.join("|") !== after.pillars.join("|")) out.push("Sửa các nhóm trách nhiệm");
  const due = (d: Date | null) => (d ? formatVietnameseDate(d) : "—");
  if (due(before.coSoPlanDueOn) !== due(after.coSoPlanDueOn))
    out.push(`Hạn cơ sở gửi kế hoạch: ${due(before.coSoPlanDueOn)} → ${due(after.coSoPlanDueOn)}`);
  const periods = (v: unknown) =>
    readReportSchedule(v).map((p) => `${p.title} (hạn nộp ${due(new Date(`${p.dueOn}T00:00:00Z`))})`);
  const [wasOpened, opened] = [periods(before.reportSchedule), periods(after.reportSchedule)];
  for (const p of opened) if (!wasOpened.includes(p)) out.push(`Thêm kỳ báo cáo ${p}`);
  for (const p of wasOpened) if (!opened.includes(p)) out.push(`Bỏ kỳ báo cáo ${p}`);

  const beforeSections = new Map(before.sections.map((s) => [s.heading.trim().toUpperCase(), s.body]));
  const afterHeadings = new Set(after.sections.map((s) => s.heading.trim().toUpperCase()));
  for (const s of after.sections) {
    const key = s.heading.trim().toUpperCase();
    if (!beforeSections.has(key)) out.push(`Thêm mục “${s.heading}”`);
    else if (beforeSections.get(key) !== s.body) out.push(`Sửa nội dung mục “${s.heading}”`);
  }
  for (const s of before.sections) if (!afterHeadings.has(s.heading.trim().toUpperCase())) out.push(`Bỏ mục “${s.heading}”`);

  const old = new Map(before.indicators.map((i) => [i.lineageId, i]));
  const kept = new Set<string>();
  for (const i of after.indicators) {
    const o = old.get(i.lineageId);
    if (!o) {
      out.push(`Thêm chỉ tiêu ${i.code}: ${i.wording}`);
      continue;
    }
    kept.add(i.lineageId);
    if (o.target !== i.target) out.push(`${i.code}: mục tiêu ${fmt(o.target)} → ${fmt(i.target)}`);
    if (o.minTarget !== i.minTarget) out.push(`${i.code}: mức tối thiểu của cơ sở ${fmt(o.minTarget)} → ${fmt(i.minTarget)}`);
    if (o.wording !== i.wording || o.code !== i.code || o.unitLabel !== i.unitLabel) out.push(`Sửa chỉ tiêu ${i.code}`);
  }
  for (const o of before.indicators) if (!kept.has(o.lineageId)) out.push(`Bỏ chỉ tiêu ${o.code}: ${o.wording}`);
  return out;
}
