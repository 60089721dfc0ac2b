// The dashboards' search params: the year picked (?nam=2025). A bad value falls back to the
// current year instead of failing the page (SECURITY.md #16); a year the viewer has no plan
// for is dropped by the page against the years offered (dashboardYears).
import { z } from "zod";

export const dashboardYearParam = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/** The year to show: the one asked for when it is offered, else the first offered (the current year). */
export function pickYear(asked: number | undefined, offered: readonly number[], current: number): number {
  return asked !== undefined && offered.includes(asked) ? asked : current;
}
