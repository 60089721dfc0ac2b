// Which plans a "Theo kế hoạch" picker offers by default: those in force today. The others (past
// years, programmes whose term is over) stay reachable behind "Hiện cả kế hoạch cũ", and a record
// being edited always keeps the plan it already has.

export type PlanTerm = { kind: "PLAN" | "PROGRAMME"; startYear: number; endYear: number };

/**
 * An annual plan (kế hoạch năm) is in force for the current year and may already be picked for the
 * next one (plans are issued in December); a programme (chương trình) while its term covers today.
 */
export function planInForce(plan: PlanTerm, today: Date): boolean {
  const year = today.getUTCFullYear();
  if (plan.kind === "PROGRAMME") return plan.startYear <= year && year <= plan.endYear;
  return plan.endYear >= year && plan.startYear <= year + 1;
}

/** The plan a new record starts on: the first in force (`inForce` not false), else the first there is. */
export function defaultPlanId(plans: { id: string; inForce?: boolean }[]): string {
  return (plans.find((p) => p.inForce !== false) ?? plans[0])?.id ?? "";
}

/**
 * Two plans of one issuer clash when they are of the same kind and their years overlap (a second
 * "Kế hoạch năm 2026" of the same Khối or cơ sở is most likely a mistake, and is asked about).
 */
export function termsOverlap(a: PlanTerm, b: PlanTerm): boolean {
  return a.kind === b.kind && a.startYear <= b.endYear && b.startYear <= a.endYear;
}

/** "Đã có Kế hoạch số 12-KH/ĐTN năm 2026 của Đoàn Khối …: vẫn tạo?" */
export function samePlanQuestion(
  p: { kind: "PLAN" | "PROGRAMME"; number: string | null; startYear: number; endYear: number; status: string; unitName: string },
  verb: "tạo" | "ban hành",
): string {
  const what = p.kind === "PROGRAMME" ? "Chương trình" : "Kế hoạch";
  const years = p.startYear === p.endYear ? `năm ${p.startYear}` : `giai đoạn ${p.startYear}–${p.endYear}`;
  const draft = p.status === "DRAFT" ? " (bản nháp)" : "";
  return `Đã có ${what}${p.number ? ` số ${p.number}` : ""} ${years} của ${p.unitName}${draft}: vẫn ${verb}?`;
}
