import "server-only";
// The row an indicator draft becomes; one place, used by plan creation and the indicator editor.
import type { IndicatorDraft } from "@/lib/validation/plans";
import { invalid } from "./errors";

/** A yearly target must fall inside the plan's term (field key `prefix + "yearTargets"`). */
export function assertYearsInTerm(
  drafts: IndicatorDraft[],
  term: { startYear: number; endYear: number },
  key: (i: number) => string,
) {
  for (const [i, d] of drafts.entries())
    if (d.yearTargets.some((y) => y.year < term.startYear || y.year > term.endYear))
      throw invalid({ [key(i)]: `Năm phải nằm trong giai đoạn ${term.startYear} – ${term.endYear}` });
}

export function indicatorCreateData(khoiId: string, planId: string, draft: IndicatorDraft, position: number) {
  const id = crypto.randomUUID();
  return {
    id,
    khoiId,
    planId,
    lineageId: id,
    code: draft.code,
    position,
    wording: draft.wording,
    pillar: draft.pillar,
    measure: draft.measure,
    recordKind: draft.recordKind,
    targetKind: draft.targetKind,
    target: draft.target,
    minTarget: draft.appliesTo === "EACH_CO_SO" && draft.measure !== "UNIT_SHARE" ? draft.minTarget : null,
    unitLabel: draft.unitLabel,
    appliesTo: draft.appliesTo,
    period: draft.period,
    months: draft.period === "MONTHS" ? [...new Set(draft.months)].sort((a, b) => a - b) : [],
    honourLevel: draft.recordKind === "HONOUR" ? draft.honourLevel : null,
    source: draft.source,
    yearTargets: { create: draft.yearTargets.map((y) => ({ year: y.year, target: y.target })) },
  };
}
