import "server-only";
// A cơ sở's annual plan, made on the basis of (căn cứ) a published Khối plan: it starts from the
// Khối indicators that apply to each cơ sở, with the Khối's target and minimum, and from the parts
// of the Khối's text addressed to cơ sở (lib/domain/co-so-plan-draft.ts), not its own tasks.
import { db } from "@/lib/db/client";
import { grantsFor, planReadScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { coSoPlanCreateInput } from "@/lib/validation/plans";
import { coSoIndicatorFrom, coSoPlanSlotKey, followedByCoSo } from "@/lib/domain/co-so-plan";
import { coSoPlanDraft } from "@/lib/domain/co-so-plan-draft";
import type { z } from "zod";
import { createOnce } from "./create-once";
import { toSections } from "./plans";
import { forbidden, invalid, notFound } from "./errors";
import { recordStatusChange } from "./status-changes";

export async function createCoSoPlan(viewer: Viewer, input: z.output<typeof coSoPlanCreateInput>) {
  const grants = grantsFor(viewer, "plan.manage").filter((g) => g.unitKind === "CO_SO");
  if (!grants.length) throw forbidden();
  const grant = input.coSoId ? grants.find((g) => g.unitId === input.coSoId) : grants.length === 1 ? grants[0] : undefined;
  if (!grant) throw invalid({ coSoId: "Vui lòng chọn cơ sở Đoàn" });
  const coSoId = grant.unitId;

  const basis = await findBasis(viewer, input.basisPlanId, grant.khoiIds);
  if (!basis) throw notFound("kế hoạch của Đoàn Khối");
  const khoiId = basis.khoiId;
  // One live plan per cơ sở per Khối plan: a natural key, stronger than the form's requestKey
  // (which the schema still requires, like every create's). The key stored names that slot, so
  // two tabs or two secretaries racing hit the unique (khoiId, requestKey) and both get the same
  // plan; archiving the plan frees the slot.
  const slotKey = coSoPlanSlotKey(coSoId, basis.seriesId);
  const live = () => db().plan.findFirst({ where: { khoiId, requestKey: slotKey }, select: { id: true } });
  return createOnce(live, () => createFrom(viewer, basis, coSoId, slotKey));
}

type Basis = NonNullable<Awaited<ReturnType<typeof findBasis>>>;

function findBasis(viewer: Viewer, basisPlanId: string, khoiIds: string[]) {
  return db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { id: basisPlanId, status: "PUBLISHED", coSoId: null, khoiId: { in: khoiIds } }] },
    include: { indicators: { orderBy: { position: "asc" }, include: { yearTargets: true } }, unit: { select: { name: true } } },
  });
}

async function createFrom(viewer: Viewer, basis: Basis, coSoId: string, slotKey: string) {
  const khoiId = basis.khoiId;
  // A plan for the year: this year inside a programme's term (its share of the term's target).
  const year = Math.min(Math.max(todayInVietnam().getUTCFullYear(), basis.startYear), basis.endYear);

  const coSo = await db().unit.findFirstOrThrow({ where: { id: coSoId, khoiId }, select: { name: true } });
  const followed = basis.indicators.filter(followedByCoSo);
  const id = crypto.randomUUID();
  const draft = coSoPlanDraft(
    {
      kind: basis.kind,
      number: basis.number,
      issueDate: basis.issueDate,
      subject: basis.subject,
      issuer: basis.unit.name,
      sections: toSections(basis.sections),
    },
    coSo.name,
  );
  await db().$transaction(async (tx) => {
    await tx.plan.create({
      data: {
        id,
        khoiId,
        unitId: coSoId,
        coSoId,
        kind: "PLAN",
        seriesId: id,
        subject: basis.subject,
        superiorName: basis.unit.name.toUpperCase(),
        issuerName: `BCH ${coSo.name.toUpperCase()}`,
        place: basis.place,
        startYear: year,
        endYear: year,
        basisPlanId: basis.id,
        basisText: draft.basisText,
        pillars: basis.pillars,
        sections: draft.sections,
        closing: draft.closing,
        signOnBehalf: `TM. BAN CHẤP HÀNH ${coSo.name.toUpperCase()}`,
        signTitle: "BÍ THƯ",
        requestKey: slotKey,
        createdById: viewer.userId,
      },
    });
    for (const [position, k] of followed.entries()) {
      const indId = crypto.randomUUID();
      await tx.indicator.create({
        data: {
          id: indId,
          khoiId,
          planId: id,
          lineageId: indId,
          basedOnId: k.id,
          code: k.code,
          position,
          pillar: k.pillar,
          recordKind: k.recordKind,
          months: k.months,
          honourLevel: k.honourLevel,
          source: k.source,
          ...coSoIndicatorFrom(k, year),
        },
      });
    }
    await recordStatusChange(
      { khoiId, entityType: "Plan", entityId: id, fromStatus: null, toStatus: "DRAFT", actorId: viewer.userId },
      tx,
      { subject: basis.subject, coSoId, basisPlanId: basis.id },
    );
  });
  return { id };
}
