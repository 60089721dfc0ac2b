import "server-only";
// The thi đua weights of a Khối plan's indicators: read with the dashboard, set by the Khối.
import { db } from "@/lib/db/client";
import { khoiIdsFor, planReadScope, type Viewer } from "@/lib/authz";
import { weightsInput } from "@/lib/validation/reports";
import type { z } from "zod";
import { recordChange } from "./audit";
import { forbidden, invalid, notFound } from "./errors";

/**
 * Weights of the plan's indicators, by indicator id (those not set weigh the default). A weight
 * follows its indicator across the plan's revisions (same lineage): the latest one set counts.
 */
export async function planWeights(viewer: Viewer, planId: string): Promise<Map<string, number>> {
  const plan = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { id: planId }] },
    select: { khoiId: true, seriesId: true, indicators: { select: { id: true, lineageId: true } } },
  });
  if (!plan) return new Map();
  const rows = await db().indicatorWeight.findMany({
    where: {
      khoiId: plan.khoiId,
      indicator: { lineageId: { in: plan.indicators.map((i) => i.lineageId) }, plan: { seriesId: plan.seriesId } },
    },
    orderBy: { updatedAt: "asc" },
    select: { weight: true, indicator: { select: { lineageId: true } } },
  });
  const byLineage = new Map(rows.map((r) => [r.indicator.lineageId, r.weight]));
  return new Map(plan.indicators.filter((i) => byLineage.has(i.lineageId)).map((i) => [i.id, byLineage.get(i.lineageId)!]));
}

/** Sets the weights of a Khối plan's indicators, in one transaction, with an audit row. */
export async function saveWeights(viewer: Viewer, input: z.output<typeof weightsInput>) {
  const khoiIds = khoiIdsFor(viewer, "report.manage");
  if (!khoiIds.length) throw forbidden();
  const plan = await db().plan.findFirst({
    where: { id: input.planId, khoiId: { in: khoiIds }, coSoId: null },
    select: { id: true, khoiId: true, indicators: { select: { id: true } } },
  });
  if (!plan) throw notFound("kế hoạch");
  const own = new Set(plan.indicators.map((i) => i.id));
  const entries = Object.entries(input.weights);
  for (const [id] of entries) if (!own.has(id)) throw invalid({ [`weights.${id}`]: "Chỉ tiêu không thuộc kế hoạch" });
  await db().$transaction(async (tx) => {
    const was = await tx.indicatorWeight.findMany({
      where: { khoiId: plan.khoiId, indicatorId: { in: entries.map(([id]) => id) } },
      select: { indicatorId: true, weight: true },
    });
    for (const [indicatorId, weight] of entries) {
      await tx.indicatorWeight.upsert({
        where: { indicatorId, khoiId: plan.khoiId },
        create: { khoiId: plan.khoiId, indicatorId, weight, updatedById: viewer.userId },
        update: { weight, updatedById: viewer.userId },
      });
    }
    // Keyed by indicator id; an indicator never weighed before shows null → its new weight.
    const before = Object.fromEntries(was.map((w) => [w.indicatorId, w.weight]));
    await recordChange(
      { khoiId: plan.khoiId, actorId: viewer.userId, action: "thidua.weights", targetType: "Plan", targetId: plan.id },
      before,
      Object.fromEntries(entries),
      tx,
    );
  });
  return { planId: plan.id };
}
