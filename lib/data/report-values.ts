import "server-only";
// Numbers typed into reports (indicators measured by hand or in đồng) as the roll-up reads them:
// only accepted cơ sở reports count. Figures are reported from a period's first month, and a
// plan's periods nest (the sơ kết inside the tổng kết), so for each cơ sở the figure in force is
// the one of the latest-ending period inside the indicator's window (the widest on a tie).
import { db } from "@/lib/db/client";
import { periodWindow } from "@/lib/domain/report-rules";

type Typed = { coSoId: string; value: number; from: Date; to: Date; fromMonth: number; toMonth: number };

/** Every accepted typed value of the plan's periods for these indicators and cơ sở, in one query. */
export async function acceptedTypedValues(khoiId: string, planId: string, indicatorIds: string[], coSoIds: string[]): Promise<Map<string, Typed[]>> {
  const out = new Map<string, Typed[]>();
  if (!indicatorIds.length || !coSoIds.length) return out;
  const rows = await db().reportValue.findMany({
    where: { khoiId, indicatorId: { in: indicatorIds }, report: { khoiId, status: "ACCEPTED", coSoId: { in: coSoIds }, period: { planId } } },
    select: { indicatorId: true, value: true, report: { select: { coSoId: true, period: { select: { year: true, fromMonth: true, toMonth: true } } } } },
  });
  for (const r of rows) {
    if (!r.report.coSoId) continue;
    const list = out.get(r.indicatorId) ?? [];
    list.push({ coSoId: r.report.coSoId, value: r.value, ...periodWindow(r.report.period), fromMonth: r.report.period.fromMonth, toMonth: r.report.period.toMonth });
    out.set(r.indicatorId, list);
  }
  return out;
}

/** Per cơ sở, the figure in force within a window (see above). */
export function figuresInWindow(typed: Typed[] | undefined, window: { from: Date; to: Date }): Map<string, number> {
  const best = new Map<string, Typed>();
  for (const t of typed ?? []) {
    if (t.from < window.from || t.to > window.to) continue;
    const b = best.get(t.coSoId);
    if (!b || t.to > b.to || (t.to.getTime() === b.to.getTime() && t.from < b.from)) best.set(t.coSoId, t);
  }
  return new Map([...best].map(([coSoId, t]) => [coSoId, t.value]));
}
