// How a Khối indicator reads in a cơ sở's own plan.

/** "100% cơ sở Đoàn trực thuộc có giải pháp …" → "Cơ sở có giải pháp …" for one cơ sở. */
export function perCoSoWording(wording: string): string {
  const rest = wording.replace(/^\s*\d+\s*%\s*(các\s+)?cơ sở(\s+Đoàn)?(\s+(trực\s+)?thuộc(\s+Khối)?)?\s*/iu, "");
  return rest === wording ? wording : `Cơ sở ${rest}`;
}

/** The key of a cơ sở's live plan on a Khối plan series: unique per tenant, so there is one. */
export const coSoPlanSlotKey = (coSoId: string, basisSeriesId: string) => `co-so-plan:${coSoId}:${basisSeriesId}`;
