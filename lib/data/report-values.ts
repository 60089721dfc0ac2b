import "server-only";
import { notFound } from "./errors";
import { reachesKhoi, type Viewer } from "@/lib/authz";
// Numbers typed into reports (indicators measured by hand or in đồng) as the roll-up reads them:
// only accepted cơ sở reports count, and they stay with the indicator across the plan's revisions
// (matched by lineage). Which figure is in force over a window: lib/domain/report-figures.ts.
import { db } from "@/lib/db/client";
import type { Typed } from "@/lib/domain/report-figures";
import { periodWindow } from "@/lib/domain/report-rules";

/**
 * Every accepted typed value for these indicators (by lineage, any revision of each plan series)
 * and cơ sở, in one query, keyed by lineage.
 */
export async function acceptedTypedValues(
  viewer: Viewer,
  series: { khoiId: string; seriesId: string }[],
  lineageIds: string[],
  coSoIds: string[],
): Promise<Map<string, Typed[]>> {
  const out = new Map<string, Typed[]>();
  if (!lineageIds.length || !coSoIds.length || !series.length) return out;
  // The Khối come from records the caller found through the viewer's scope; checked again here,
  // so a helper handed another tenant's id finds nothing.
  if (series.some((s) => !reachesKhoi(viewer, s.khoiId))) throw notFound();
  const khoiIds = [...new Set(series.map((s) => s.khoiId))];
  // Each plan series in its own Khối (several plans: the city's Khối, a plan and a programme),
  // as its revisions' ids: one filter on the reports' periods, not one branch of joins per series
  // (twelve Khối made PostgreSQL plan 36 joins, 120 ms before reading a row).
  const plans = await db().plan.findMany({
    where: { khoiId: { in: khoiIds }, OR: series.map(({ khoiId, seriesId }) => ({ khoiId, seriesId })) },
    select: { id: true },
  });
  if (!plans.length) return out;
  const rows = await db().reportValue.findMany({
    where: {
      khoiId: { in: khoiIds },
      indicator: { lineageId: { in: lineageIds } },
      report: { status: "ACCEPTED", coSoId: { in: coSoIds }, period: { planId: { in: plans.map((p) => p.id) } } },
    },
    select: {
      value: true,
      indicator: { select: { lineageId: true } },
      report: { select: { coSoId: true, period: { select: { year: true, fromMonth: true, toMonth: true } } } },
    },
  });
  for (const r of rows) {
    if (!r.report.coSoId) continue;
    const list = out.get(r.indicator.lineageId) ?? [];
    list.push({
      coSoId: r.report.coSoId,
      value: r.value,
      ...periodWindow(r.report.period),
      fromMonth: r.report.period.fromMonth,
      toMonth: r.report.period.toMonth,
    });
    out.set(r.indicator.lineageId, list);
  }
  return out;
}
