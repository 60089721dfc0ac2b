import "server-only";
// Editing the indicators (chỉ tiêu) of a draft plan. Every change bumps the plan's version, so two
// people editing one plan see a conflict instead of overwriting each other, and leaves an audit
// row (a target quietly lowered before publishing is exactly what the log is for).
import { db } from "@/lib/db/client";
import { planManageScope, type Viewer } from "@/lib/authz";
import { targetTooLarge } from "@/lib/domain/bounds";
import { indicatorCreateInput, indicatorDeleteInput, indicatorTargetInput, indicatorUpdateInput } from "@/lib/validation/plans";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, recordChange } from "./audit";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { assertYearsInTerm, indicatorCreateData } from "./indicator-data";
import { findDraft } from "./plan-writes";

const codeTaken = () => invalid({ code: "Mã chỉ tiêu này đã có trong kế hoạch" });

/** The indicator with its draft plan, found inside the viewer's manage scope. */
async function findIndicator(viewer: Viewer, id: string) {
  // The plan's manage scope is in the lookup itself: another unit's indicator is not found.
  const ind = await db().indicator.findFirst({
    where: { id, plan: planManageScope(viewer) },
    select: {
      id: true,
      planId: true,
      khoiId: true,
      basedOnId: true,
      measure: true,
      targetKind: true,
      basedOn: { select: { minTarget: true } },
    },
  });
  if (!ind) throw notFound("chỉ tiêu");
  const plan = await findDraft(viewer, ind.planId);
  return { ind, plan };
}

type Tx = Prisma.TransactionClient;

/** The fields of an indicator the log shows (its definition and targets, not its ids). */
const AUDITED = {
  code: true,
  wording: true,
  pillar: true,
  measure: true,
  recordKind: true,
  targetKind: true,
  target: true,
  minTarget: true,
  unitLabel: true,
  appliesTo: true,
  period: true,
  months: true,
  honourLevel: true,
  source: true,
} as const;

async function auditedState(tx: Tx, id: string) {
  const row = await tx.indicator.findUnique({
    where: { id },
    select: { ...AUDITED, planId: true, yearTargets: { select: { year: true, target: true }, orderBy: { year: "asc" } } },
  });
  return row;
}

function definitionOf(data: Record<string, unknown>, yearTargets: { year: number; target: number }[]) {
  const picked = Object.fromEntries(Object.keys(AUDITED).map((k) => [k, data[k] ?? null]));
  return { ...picked, yearTargets: [...yearTargets].sort((a, b) => a.year - b.year) };
}

async function bumpPlan(tx: Tx, planId: string, khoiId: string, version: number) {
  const { count } = await tx.plan.updateMany({
    where: { id: planId, khoiId, status: "DRAFT", version },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

export async function addIndicator(viewer: Viewer, input: z.output<typeof indicatorCreateInput>) {
  const plan = await findDraft(viewer, input.planId);
  assertYearsInTerm([input], plan, () => "yearTargets");
  const last = await db().indicator.aggregate({ where: { planId: plan.id, khoiId: plan.khoiId }, _max: { position: true } });
  const data = indicatorCreateData(plan.khoiId, plan.id, input, (last._max.position ?? -1) + 1);
  try {
    await db().$transaction(async (tx) => {
      await bumpPlan(tx, plan.id, plan.khoiId, input.planVersion);
      await tx.indicator.create({ data });
      const after = { planId: plan.id, ...definitionOf(data, input.yearTargets) };
      await recordAudit(
        {
          khoiId: plan.khoiId,
          actorId: viewer.userId,
          action: "indicator.create",
          targetType: "Indicator",
          targetId: data.id,
          after,
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, "code")) throw codeTaken();
    throw error;
  }
  return { id: data.id };
}

export async function updateIndicator(viewer: Viewer, input: z.output<typeof indicatorUpdateInput>) {
  const { ind, plan } = await findIndicator(viewer, input.id);
  // An indicator that follows the Khối's keeps its definition; the cơ sở sets only its target.
  if (ind.basedOnId) throw invalid({}, "Chỉ tiêu theo kế hoạch Đoàn Khối chỉ được đặt mục tiêu");
  assertYearsInTerm([input], plan, () => "yearTargets");
  const {
    id: _id,
    lineageId: _l,
    planId: _p,
    position: _pos,
    yearTargets: _y,
    ...data
  } = indicatorCreateData(plan.khoiId, plan.id, input, 0);
  try {
    await db().$transaction(async (tx) => {
      await bumpPlan(tx, plan.id, plan.khoiId, input.planVersion);
      // Read after the plan's version is taken: nobody can change the indicator in between.
      const before = await auditedState(tx, ind.id);
      await tx.indicator.update({ where: { id: ind.id, khoiId: plan.khoiId }, data });
      await tx.indicatorYearTarget.deleteMany({ where: { indicatorId: ind.id, khoiId: plan.khoiId } });
      if (input.yearTargets.length)
        await tx.indicatorYearTarget.createMany({
          data: input.yearTargets.map((y) => ({ khoiId: plan.khoiId, indicatorId: ind.id, year: y.year, target: y.target })),
        });
      const audit = {
        khoiId: plan.khoiId,
        actorId: viewer.userId,
        action: "indicator.update",
        targetType: "Indicator",
        targetId: ind.id,
      };
      await recordChange(audit, before && definitionOf(before, before.yearTargets), definitionOf(data, input.yearTargets), tx);
    });
  } catch (error) {
    if (isUniqueViolation(error, "code")) throw codeTaken();
    throw error;
  }
}

/** A cơ sở's own target on an indicator that follows the Khối's, not below the Khối minimum. */
export async function setIndicatorTarget(viewer: Viewer, input: z.output<typeof indicatorTargetInput>) {
  const { ind, plan } = await findIndicator(viewer, input.id);
  // The schema caps every target at the money ceiling; a count's is the indicator's to know.
  const tooLarge =
    ind.targetKind === "PERCENT" || ind.measure === "UNIT_SHARE"
      ? input.target > 100 && "Tỉ lệ không quá 100%"
      : targetTooLarge(ind.measure, input.target);
  if (tooLarge) throw invalid({ target: tooLarge });
  const min = ind.basedOn?.minTarget;
  if (min != null && input.target < min)
    throw invalid({ target: `Không thấp hơn mức tối thiểu Đoàn Khối đề ra (${min.toLocaleString("vi-VN")})` });
  await db().$transaction(async (tx) => {
    await bumpPlan(tx, plan.id, plan.khoiId, input.planVersion);
    const before = await tx.indicator.findUnique({ where: { id: ind.id }, select: { target: true } });
    await tx.indicator.update({ where: { id: ind.id, khoiId: plan.khoiId }, data: { target: input.target } });
    await recordChange(
      { khoiId: plan.khoiId, actorId: viewer.userId, action: "indicator.target", targetType: "Indicator", targetId: ind.id },
      before,
      { target: input.target },
      tx,
    );
  });
}

export async function deleteIndicator(viewer: Viewer, input: z.output<typeof indicatorDeleteInput>) {
  const { ind, plan } = await findIndicator(viewer, input.id);
  if (ind.basedOnId) throw invalid({}, "Chỉ tiêu theo kế hoạch Đoàn Khối không xóa được");
  await db().$transaction(async (tx) => {
    await bumpPlan(tx, plan.id, plan.khoiId, input.planVersion);
    const before = await auditedState(tx, ind.id);
    await tx.indicator.delete({ where: { id: ind.id, khoiId: plan.khoiId } });
    if (before) {
      const { planId, yearTargets, ...definition } = before;
      await recordAudit(
        {
          khoiId: plan.khoiId,
          actorId: viewer.userId,
          action: "indicator.delete",
          targetType: "Indicator",
          targetId: ind.id,
          before: { planId, ...definitionOf(definition, yearTargets) },
        },
        tx,
      );
    }
  });
}
