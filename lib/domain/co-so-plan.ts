// How a Khối indicator reads in a cơ sở's own plan.

/** "100% cơ sở Đoàn trực thuộc có giải pháp …" → "Cơ sở có giải pháp …" for one cơ sở. */
export function perCoSoWording(wording: string): string {
  const rest = wording.replace(/^\s*\d+\s*%\s*(các\s+)?cơ sở(\s+Đoàn)?(\s+(trực\s+)?thuộc(\s+Khối)?)?\s*/iu, "");
  return rest === wording ? wording : `Cơ sở ${rest}`;
}

/** The key of a cơ sở's live plan on a Khối plan series: unique per tenant, so there is one. */
export const coSoPlanSlotKey = (coSoId: string, basisSeriesId: string) => `co-so-plan:${coSoId}:${basisSeriesId}`;

type KhoiIndicator = {
  wording: string;
  measure: "ENTERED" | "RECORD_COUNT" | "UNIT_SHARE" | "MONEY";
  targetKind: "AT_LEAST" | "EXACT" | "PERCENT";
  target: number;
  minTarget: number | null;
  unitLabel: string;
  appliesTo: "KHOI" | "EACH_CO_SO" | "EACH_MEMBER";
  period: "YEAR" | "TERM" | "MONTHS";
  yearTargets?: { year: number; target: number }[];
};

/** The Khối indicators a cơ sở plan starts from: per cơ sở, per member, and "100% cơ sở có…". */
export const followedByCoSo = (k: Pick<KhoiIndicator, "appliesTo" | "measure">) =>
  k.appliesTo === "EACH_CO_SO" || k.appliesTo === "EACH_MEMBER" || k.measure === "UNIT_SHARE";

/**
 * How a Khối indicator reads in a cơ sở's plan for `year`: "100% cơ sở có X" means, for one
 * cơ sở, at least one X; otherwise the Khối's minimum, else that year's share, else its target.
 */
export function coSoIndicatorFrom(k: KhoiIndicator, year: number) {
  const share = k.measure === "UNIT_SHARE";
  return {
    wording: share ? perCoSoWording(k.wording) : k.wording,
    measure: share ? ("RECORD_COUNT" as const) : k.measure,
    targetKind: share ? ("AT_LEAST" as const) : k.targetKind,
    target: share ? 1 : (k.minTarget ?? k.yearTargets?.find((y) => y.year === year)?.target ?? k.target),
    minTarget: null,
    unitLabel: share ? "công trình, giải pháp" : k.unitLabel,
    appliesTo: k.appliesTo === "EACH_MEMBER" ? ("EACH_MEMBER" as const) : ("KHOI" as const),
    period: k.period === "TERM" ? ("YEAR" as const) : k.period,
  };
}
