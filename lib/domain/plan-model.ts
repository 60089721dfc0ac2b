// The vocabulary of plans and indicators (kế hoạch, chương trình, chỉ tiêu), shared by the text
// extraction, the validation schemas, the data layer and the Word export. Plain data, no I/O.
import type { ProposedDeadline } from "./plan-deadlines";

/** Chương trình (several years) or Kế hoạch (one year). */
export const PLAN_KINDS = ["PROGRAMME", "PLAN"] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** How an indicator is measured. */
export const MEASURE_KINDS = [
  "ENTERED", // a number the unit types in (money raised, people reached…)
  "RECORD_COUNT", // a count of records of a kind (ideas, trainings, projects…)
  "UNIT_SHARE", // the share of cơ sở having at least one record of a kind ("100% cơ sở có…")
  "MONEY", // an amount in đồng
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** The records an indicator counts. */
export const RECORD_KINDS = [
  "IDEA", // ý tưởng, sáng kiến, hiến kế
  "TRAINING", // a member's học tập, bồi dưỡng
  "PROJECT", // công trình, phần việc thanh niên, mô hình, giải pháp
  "HONOUR", // tuyên dương (gương, tập thể)
  "ACTIVITY", // activities held: hoạt động cao điểm, hội thi, chương trình tập huấn
  "PARTICIPATION", // lượt tham gia
  "PRODUCT", // sản phẩm tuyên truyền, phóng sự
  "INSPECTION", // cơ sở được kiểm tra chuyên đề
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** "ít nhất 1.000" / "04" / "100%". */
export const TARGET_KINDS = ["AT_LEAST", "EXACT", "PERCENT"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Whom a target applies to: the Khối as a whole, each cơ sở, each member. */
export const APPLIES_TO = ["KHOI", "EACH_CO_SO", "EACH_MEMBER"] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

/** The period a target is counted over: the plan's year, the programme's term, or given months. */
export const PERIOD_KINDS = ["YEAR", "TERM", "MONTHS"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Honour levels: cấp Khối, cấp Thành, cấp Trung ương. */
export const HONOUR_LEVELS = ["KHOI", "CITY", "NATIONAL"] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

/** Pillar names are data of each plan; these are the two wordings in use. */
export const PILLARS_2009 = ["Trách nhiệm với công việc", "Trách nhiệm với nhân dân", "Trách nhiệm với bản thân"];
export const PILLARS_2015 = ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"];

export type PlanSection = { heading: string; body: string };

/** An indicator proposed from a sentence of a plan's text, before staff confirm it. */
export type ProposedIndicator = {
  /** The sentence (or clause) it was read from, shown beside the proposal. */
  source: string;
  /** Short wording for the indicator list: "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến". */
  wording: string;
  measure: MeasureKind;
  recordKind: RecordKind | null;
  targetKind: TargetKind;
  target: number;
  /** Đơn vị tính: "ý tưởng, sáng kiến", "gương", "hoạt động", "%"… */
  unitLabel: string;
  appliesTo: AppliesTo;
  period: PeriodKind;
  /** Months 1–12 when period is MONTHS, e.g. [3, 5, 7, 9]. */
  months: number[];
  honourLevel: HonourLevel | null;
  /** Where in `source` the target was read (the quantity and its noun), for highlighting. */
  highlight: { start: number; end: number };
  /** Why it was read so, in Vietnamese ("trong mục chỉ tiêu; đơn vị tính lạ: tiểu phẩm"); may be "". */
  reason: string;
  /** Read inside a section headed as targets (CHỈ TIÊU, MỤC TIÊU CỤ THỂ, a table of targets). */
  inTargets: boolean;
};

/** What the text of a plan or programme yields for a draft. */
export type ExtractedPlan = {
  kind: PlanKind;
  /** "Thực hiện phong trào “3 trách nhiệm” … năm 2019" (the line(s) under KẾ HOẠCH). */
  subject: string;
  /** "07-CT/ĐTN", null when the text has none. */
  number: string | null;
  /** Top-left superior union: "THÀNH ĐOÀN TP. HỒ CHÍ MINH". */
  superiorName: string | null;
  /** Issuing committee: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP". */
  issuerName: string | null;
  place: string | null;
  /** yyyy-mm-dd */
  issueDate: string | null;
  startYear: number | null;
  endYear: number | null;
  /** The "Căn cứ …" / "Thực hiện …" opening paragraph. */
  basisText: string | null;
  /** The number of the plan it is based on, when the basis names one: "126-KH/TĐTN-BCNLĐ". */
  basisNumber: string | null;
  /** I. … IV. sections, body text kept line by line. */
  sections: PlanSection[];
  /** "Trên đây là …" closing paragraph. */
  closing: string | null;
  indicators: ProposedIndicator[];
  /** Thời hạn read from the body: the cơ sở-plan due date and report deadlines (plan-deadlines.ts). */
  deadlines: ProposedDeadline[];
};
