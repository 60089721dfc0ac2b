import "server-only";
// Đợt kiểm tra chuyên đề: Khối staff plan a round under a published Khối plan (its decision, its
// period, its team of Khối accounts with one lead, the indicator it feeds), put each cơ sở to
// visit on a day, build the checklist once (proposed from the plan), and tell the cơ sở. A cơ sở
// sees its own visit once told, never another's.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inspectionRoundScope, inspectionVisitScope, khoiIdsFor, type Viewer } from "@/lib/authz";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import {
  countDeadlineStates,
  proposeChecklist,
  SETTLED_RECOMMENDATION_STATUSES,
  visitClashes,
  withinRound,
} from "@/lib/domain/inspections";
import type {
  checklistInput,
  inspectionRoundCreateInput,
  inspectionRoundRefInput,
  inspectionRoundUpdateInput,
  visitCancelInput,
  visitMoveInput,
  visitScheduleInput,
} from "@/lib/validation/inspections";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { notifyEachUnit, type Notice } from "./notifications";
import { recordStatusChange, timelineOf } from "./status-changes";

type Tx = Prisma.TransactionClient;

export const inspectionLink = (roundId: string) => `/kiem-tra/${roundId}`;

/** Tells one cơ sở's secretaries of its inspection (a visit, a conclusion, a recommendation's fate). */
export const tellCoSo = (tx: Tx, khoiId: string, coSoId: string, notice: Notice) =>
  notifyEachUnit(tx, khoiId, ["CO_SO_SECRETARY"], [{ unitId: coSoId, notice }]);

/** The Khối accounts that may sit on an inspection team (trưởng đoàn, thành viên). */
const TEAM_ROLES = ["KHOI_ADMIN", "KHOI_STAFF"] as const;

/** Khối accounts that may be named to a team: active staff of that Khối, nobody else. */
export async function teamCandidates(viewer: Viewer, khoiId?: string) {
  const khoiIds = khoiIdsFor(viewer, "inspection.manage").filter((id) => !khoiId || id === khoiId);
  return db().user.findMany({
    where: {
      khoiId: { in: khoiIds },
      active: true,
      memberships: { some: { role: { in: [...TEAM_ROLES] }, unitId: { in: khoiIds } } },
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

/** The Khối plans a round may be planned under, with their pillars and indicators. */
export async function plansForInspections(viewer: Viewer) {
  return db().plan.findMany({
    where: { khoiId: { in: khoiIdsFor(viewer, "inspection.manage") }, coSoId: null, status: "PUBLISHED" },
    select: {
      id: true,
      kind: true,
      number: true,
      subject: true,
      startYear: true,
      endYear: true,
      pillars: true,
      indicators: {
        select: { id: true, code: true, wording: true, recordKind: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
}

/** The active cơ sở a round may visit. */
export async function coSoForInspections(viewer: Viewer) {
  return db().unit.findMany({
    where: { khoiId: { in: khoiIdsFor(viewer, "inspection.manage") }, kind: "CO_SO", active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * The rounds in the viewer's reach, newest first, with their visits counted by status; a cơ sở
 * gets its own visit of each round (the only one it may see).
 */
export async function listInspectionRounds(viewer: Viewer) {
  const rounds = await db().inspectionRound.findMany({
    where: inspectionRoundScope(viewer, "inspection.read"),
    select: {
      id: true,
      khoiId: true,
      name: true,
      decisionNumber: true,
      periodFrom: true,
      periodTo: true,
      status: true,
      visits: {
        where: inspectionVisitScope(viewer, "inspection.read"),
        select: { id: true, coSoId: true, visitOn: true, status: true, coSo: { select: { name: true } } },
        orderBy: { visitOn: "asc" },
      },
    },
    orderBy: [{ periodFrom: "desc" }, { createdAt: "desc" }],
    take: 200,
  });
  return rounds;
}

const roundSelect = {
  id: true,
  khoiId: true,
  planId: true,
  indicatorId: true,
  name: true,
  decisionNumber: true,
  decisionOn: true,
  periodFrom: true,
  periodTo: true,
  prepare: true,
  status: true,
  version: true,
  plan: { select: { id: true, kind: true, number: true, subject: true, pillars: true } },
  team: { select: { userId: true, lead: true, user: { select: { name: true } } }, orderBy: { lead: "desc" } },
  items: {
    select: { id: true, position: true, pillar: true, wording: true, source: true, indicatorId: true, portalCheck: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.InspectionRoundSelect;

/**
 * One round as the viewer may see it: the Khối's staff every visit, with the clashes of each
 * (with this round's other visits and those of the Khối's other rounds on the same days); a cơ
 * sở its own visit only.
 */
export async function getInspectionRound(viewer: Viewer, id: string) {
  const round = await db().inspectionRound.findFirst({
    where: { AND: [inspectionRoundScope(viewer, "inspection.read"), { id }] },
    select: roundSelect,
  });
  if (!round) throw notFound("đợt kiểm tra");
  const visits = await db().inspectionVisit.findMany({
    where: { AND: [inspectionVisitScope(viewer, "inspection.read"), { roundId: round.id, khoiId: round.khoiId }] },
    select: {
      id: true,
      coSoId: true,
      visitOn: true,
      status: true,
      notifiedAt: true,
      version: true,
      coSo: { select: { name: true } },
      conclusions: { where: { status: "ISSUED" }, select: { id: true, number: true, rating: true }, take: 1 },
      recommendations: { select: { status: true, dueOn: true } },
    },
    orderBy: [{ visitOn: "asc" }, { coSo: { name: "asc" } }],
  });
  const manages = khoiIdsFor(viewer, "inspection.manage").includes(round.khoiId);
  const today = todayInVietnam();
  const clashes = manages ? await clashesOf(round.khoiId, visits) : new Map<string, string[]>();
  // Once a finding is recorded the checklist stays as it was answered.
  const answered = manages ? await db().visitAnswer.count({ where: { khoiId: round.khoiId, visit: { roundId: round.id } } }) : 0;
  const indicator = round.indicatorId
    ? await db().indicator.findFirst({
        where: { id: round.indicatorId, khoiId: round.khoiId },
        select: { code: true, wording: true },
      })
    : null;
  const indicators = await db().indicator.findMany({
    where: { planId: round.planId, khoiId: round.khoiId },
    select: { id: true, code: true, wording: true, pillar: true, appliesTo: true, measure: true, recordKind: true },
    orderBy: { position: "asc" },
  });
  const [roundTimeline, visitTimeline] = await Promise.all([
    timelineOf(viewer, round.khoiId, "InspectionRound", [round.id]),
    timelineOf(
      viewer,
      round.khoiId,
      "InspectionVisit",
      visits.map((v) => v.id),
    ),
  ]);
  return {
    ...round,
    manages,
    answered,
    indicator,
    indicators,
    visits: visits.map(({ conclusions, recommendations, ...v }) => ({
      ...v,
      clashes: clashes.get(v.id) ?? [],
      conclusion: conclusions[0] ?? null,
      recommendations: countDeadlineStates(recommendations, today),
    })),
    timeline: [...roundTimeline, ...visitTimeline].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  };
}
export type InspectionRoundDto = Awaited<ReturnType<typeof getInspectionRound>>;

/** The clashes of a round's visits with every other live visit of the Khối on the same days. */
async function clashesOf(khoiId: string, visits: { id: string; visitOn: Date; status: string }[]) {
  const live = visits.filter((v) => v.status !== "CANCELLED");
  if (!live.length) return new Map<string, string[]>();
  const sameDays = await db().inspectionVisit.findMany({
    where: { khoiId, status: { not: "CANCELLED" }, visitOn: { in: [...new Set(live.map((v) => v.visitOn))] } },
    select: {
      id: true,
      roundId: true,
      coSoId: true,
      visitOn: true,
      coSo: { select: { name: true } },
      round: { select: { team: { select: { userId: true } } } },
    },
  });
  return clashesAmong(sameDays);
}

type VisitWithTeam = {
  id: string;
  roundId: string;
  coSoId: string;
  visitOn: Date;
  coSo: { name: string };
  round: { team: { userId: string }[] };
};

const clashesAmong = (visits: VisitWithTeam[]) =>
  visitClashes(
    visits.map((v) => ({
      id: v.id,
      roundId: v.roundId,
      coSoId: v.coSoId,
      coSoName: v.coSo.name,
      visitOn: v.visitOn,
      teamUserIds: v.round.team.map((t) => t.userId),
    })),
  );

/**
 * Every visit of the Khối in a window of days, for the calendar view (lịch kiểm tra): the
 * Khối's staff only, with each visit's clashes.
 */
export async function inspectionCalendar(viewer: Viewer, from: Date, to: Date) {
  const visits = await db().inspectionVisit.findMany({
    where: {
      AND: [inspectionVisitScope(viewer, "inspection.manage"), { visitOn: { gte: from, lte: to }, status: { not: "CANCELLED" } }],
    },
    select: {
      id: true,
      roundId: true,
      coSoId: true,
      visitOn: true,
      status: true,
      coSo: { select: { name: true } },
      round: { select: { name: true, team: { select: { userId: true, user: { select: { name: true } } } } } },
    },
    orderBy: [{ visitOn: "asc" }, { coSo: { name: "asc" } }],
    take: 500,
  });
  const clashes = clashesAmong(visits);
  return visits.map((v) => ({ ...v, clashes: clashes.get(v.id) ?? [] }));
}

// ───────────── Writes ─────────────

/** The plan a round is planned under: a published plan of a Khối the viewer inspects. */
async function planFor(viewer: Viewer, planId: string) {
  const plan = await db().plan.findFirst({
    where: { id: planId, khoiId: { in: khoiIdsFor(viewer, "inspection.manage") }, coSoId: null, status: "PUBLISHED" },
    select: {
      id: true,
      khoiId: true,
      pillars: true,
      indicators: {
        select: { id: true, code: true, wording: true, pillar: true, appliesTo: true, measure: true, recordKind: true },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!plan) throw invalid({ planId: "Không tìm thấy kế hoạch đã ban hành của Đoàn Khối" });
  return plan;
}

type RoundFields = Pick<
  z.output<typeof inspectionRoundCreateInput>,
  "indicatorId" | "teamUserIds" | "leadUserId" | "name" | "decisionNumber" | "decisionOn" | "periodFrom" | "periodTo" | "prepare"
>;

/** The indicator (of the plan, counting inspections) and the team (the Khối's own staff). */
async function checkRoundFields(viewer: Viewer, plan: { id: string; khoiId: string }, input: RoundFields) {
  if (input.indicatorId) {
    const indicator = await db().indicator.findFirst({
      where: { id: input.indicatorId, planId: plan.id, khoiId: plan.khoiId, recordKind: "INSPECTION" },
      select: { id: true },
    });
    if (!indicator) throw invalid({ indicatorId: "Chỉ tiêu không phải chỉ tiêu kiểm tra của kế hoạch đã chọn" });
  }
  const allowed = new Set((await teamCandidates(viewer, plan.khoiId)).map((u) => u.id));
  if (input.teamUserIds.some((id) => !allowed.has(id)))
    throw invalid({ teamUserIds: "Chỉ chọn được tài khoản của cán bộ Đoàn Khối đang hoạt động" });
}

const teamRows = (khoiId: string, roundId: string, input: RoundFields) =>
  [...new Set(input.teamUserIds)].map((userId) => ({ khoiId, roundId, userId, lead: userId === input.leadUserId }));

export async function createInspectionRound(viewer: Viewer, input: z.output<typeof inspectionRoundCreateInput>) {
  if (!khoiIdsFor(viewer, "inspection.manage").length) throw forbidden();
  const plan = await planFor(viewer, input.planId);
  await checkRoundFields(viewer, plan, input);
  const made = () =>
    db().inspectionRound.findFirst({ where: { khoiId: plan.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    const id = crypto.randomUUID();
    // The checklist starts as the plan proposes it; the staff then edit it (setChecklist).
    const items = proposeChecklist(plan.indicators);
    await db().$transaction(async (tx) => {
      await tx.inspectionRound.create({
        data: {
          id,
          khoiId: plan.khoiId,
          planId: plan.id,
          indicatorId: input.indicatorId,
          name: input.name,
          decisionNumber: input.decisionNumber,
          decisionOn: input.decisionOn,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          prepare: input.prepare,
          requestKey: input.requestKey,
          createdById: viewer.userId,
          team: { create: teamRows(plan.khoiId, id, input).map(({ userId, lead }) => ({ userId, lead })) },
          items: { create: items.map((item, position) => ({ ...item, position })) },
        },
      });
      await recordStatusChange(
        {
          khoiId: plan.khoiId,
          entityType: "InspectionRound",
          entityId: id,
          fromStatus: null,
          toStatus: "PLANNING",
          actorId: viewer.userId,
        },
        tx,
        { name: input.name, decisionNumber: input.decisionNumber, team: input.teamUserIds, lead: input.leadUserId },
      );
    });
    return { id };
  });
}

/** A round the viewer manages, found by id in their reach (else not found). */
async function managedRound(viewer: Viewer, id: string) {
  const round = await db().inspectionRound.findFirst({
    where: { AND: [inspectionRoundScope(viewer, "inspection.manage"), { id }] },
    select: {
      id: true,
      khoiId: true,
      planId: true,
      name: true,
      status: true,
      version: true,
      periodFrom: true,
      periodTo: true,
      prepare: true,
    },
  });
  if (!round) throw notFound("đợt kiểm tra");
  return round;
}

const CLOSED = "Đợt kiểm tra đã kết thúc: không sửa được nữa";

/**
 * Locks the round for the rest of the transaction and reads it afresh: every write to a round
 * or its visits takes this lock first, so an edit of the period, an announcement and a visit
 * scheduled or moved at the same moment run one after the other, each seeing the other's result.
 */
export async function lockRound(tx: Tx, round: { id: string; khoiId: string }) {
  await tx.$queryRaw`SELECT "id" FROM "InspectionRound" WHERE "id" = ${round.id} AND "khoiId" = ${round.khoiId} FOR UPDATE`;
  const locked = await tx.inspectionRound.findFirst({
    where: { id: round.id, khoiId: round.khoiId },
    select: { id: true, name: true, status: true, version: true, periodFrom: true, periodTo: true },
  });
  if (!locked) throw notFound("đợt kiểm tra");
  if (locked.status === "CLOSED") throw invalid({}, CLOSED);
  return locked;
}

/** Edits the round's fields and team; the plan stays (its checklist and visits hang on it). */
export async function updateInspectionRound(viewer: Viewer, input: z.output<typeof inspectionRoundUpdateInput>) {
  const round = await managedRound(viewer, input.id);
  if (round.status === "CLOSED") throw invalid({}, CLOSED);
  if (input.planId !== round.planId) throw invalid({ planId: "Không đổi được kế hoạch của đợt kiểm tra đã lập" });
  await checkRoundFields(viewer, { id: round.planId, khoiId: round.khoiId }, input);
  await db().$transaction(async (tx) => {
    await lockRound(tx, round);
    const before = await tx.inspectionRound.findFirst({
      where: { id: round.id, khoiId: round.khoiId, version: input.version },
      select: {
        name: true,
        decisionNumber: true,
        decisionOn: true,
        periodFrom: true,
        periodTo: true,
        prepare: true,
        indicatorId: true,
        team: { select: { userId: true, lead: true } },
      },
    });
    if (!before) throw conflict();
    const outside = await tx.inspectionVisit.findMany({
      where: {
        roundId: round.id,
        khoiId: round.khoiId,
        status: { not: "CANCELLED" },
        OR: [{ visitOn: { lt: input.periodFrom } }, { visitOn: { gt: input.periodTo } }],
      },
      select: { visitOn: true, coSo: { select: { name: true } } },
      take: 3,
    });
    if (outside.length)
      throw invalid({
        periodTo: `Có buổi kiểm tra ngoài thời gian mới (${outside
          .map((v) => `${v.coSo.name} ngày ${formatVietnameseDate(v.visitOn)}`)
          .join("; ")}): dời các buổi đó trước`,
      });
    const { count } = await tx.inspectionRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version, status: { not: "CLOSED" } },
      data: {
        name: input.name,
        decisionNumber: input.decisionNumber,
        decisionOn: input.decisionOn,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        prepare: input.prepare,
        indicatorId: input.indicatorId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    await tx.inspectionTeamMember.deleteMany({ where: { roundId: round.id, khoiId: round.khoiId } });
    await tx.inspectionTeamMember.createMany({ data: teamRows(round.khoiId, round.id, input) });
    const lead = (team: { userId: string; lead: boolean }[]) => team.find((t) => t.lead)?.userId ?? null;
    await recordChange(
      {
        khoiId: round.khoiId,
        actorId: viewer.userId,
        action: "inspection.round.edit",
        targetType: "InspectionRound",
        targetId: round.id,
      },
      {
        ...before,
        team: before.team
          .map((t) => t.userId)
          .sort()
          .join(","),
        lead: lead(before.team),
      },
      {
        name: input.name,
        decisionNumber: input.decisionNumber,
        decisionOn: input.decisionOn,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        prepare: input.prepare,
        indicatorId: input.indicatorId,
        team: [...new Set(input.teamUserIds)].sort().join(","),
        lead: input.leadUserId,
      },
      tx,
    );
  });
}

/**
 * Replaces the round's checklist, under the round's version (two people editing it at once
 * conflict). Items asking about an indicator must name one of the round's plan; an item's pillar
 * one of the plan's pillars. Once a visit's findings are recorded the checklist is what they
 * answered, and stays.
 */
export async function setChecklist(viewer: Viewer, input: z.output<typeof checklistInput>) {
  const round = await managedRound(viewer, input.roundId);
  if (round.status === "CLOSED") throw invalid({}, CLOSED);
  const plan = await db().plan.findFirst({
    where: { id: round.planId, khoiId: round.khoiId },
    select: { pillars: true, indicators: { select: { id: true } } },
  });
  const indicatorIds = new Set(plan?.indicators.map((i) => i.id));
  const fieldErrors: Record<string, string> = {};
  input.items.forEach((item, i) => {
    if (item.indicatorId && !indicatorIds.has(item.indicatorId))
      fieldErrors[`items.${i}.indicatorId`] = "Chỉ tiêu không thuộc kế hoạch của đợt kiểm tra";
    if (item.pillar !== null && item.pillar >= (plan?.pillars.length ?? 0))
      fieldErrors[`items.${i}.pillar`] = "Trụ cột không thuộc kế hoạch của đợt kiểm tra";
  });
  if (Object.keys(fieldErrors).length) throw invalid(fieldErrors);
  await db().$transaction(async (tx) => {
    await lockRound(tx, round);
    const { count } = await tx.inspectionRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version, status: { not: "CLOSED" } },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    // Findings hang on the items: once one is recorded, the checklist is what was answered.
    const recorded = await tx.visitAnswer.count({ where: { khoiId: round.khoiId, visit: { roundId: round.id } } });
    if (recorded) throw invalid({}, "Đã có buổi kiểm tra được ghi kết quả theo danh mục này: không sửa danh mục được nữa");
    const before = await tx.checklistItem.findMany({
      where: { roundId: round.id, khoiId: round.khoiId },
      select: { wording: true },
      orderBy: { position: "asc" },
    });
    await tx.checklistItem.deleteMany({ where: { roundId: round.id, khoiId: round.khoiId } });
    await tx.checklistItem.createMany({
      data: input.items.map((item, position) => ({ ...item, khoiId: round.khoiId, roundId: round.id, position })),
    });
    await recordAudit(
      {
        khoiId: round.khoiId,
        actorId: viewer.userId,
        action: "inspection.checklist",
        targetType: "InspectionRound",
        targetId: round.id,
        before: { items: before.map((b) => b.wording) },
        after: { items: input.items.map((i) => i.wording) },
      },
      tx,
    );
  });
}

const visitNotice = (round: { id: string; name: string }, visitOn: Date, moved = false): Notice => ({
  kind: "inspection",
  title: `${moved ? "Lịch kiểm tra thay đổi" : "Lịch kiểm tra chuyên đề"}: ${round.name} – ngày ${formatVietnameseDate(visitOn)}`,
  link: inspectionLink(round.id),
});

const outsideRound = (round: { periodFrom: Date; periodTo: Date }) => ({
  visitOn: `Ngày kiểm tra phải trong thời gian của đợt (${formatVietnameseDate(round.periodFrom)} – ${formatVietnameseDate(round.periodTo)})`,
});

/**
 * Puts a cơ sở of the Khối on the round's list for a day within its period. A cơ sở is visited
 * once per round: a cancelled visit is brought back on the new day. Once the round has been
 * announced, the cơ sở is told at once.
 */
export async function scheduleVisit(viewer: Viewer, input: z.output<typeof visitScheduleInput>) {
  const round = await managedRound(viewer, input.roundId);
  if (round.status === "CLOSED") throw invalid({}, CLOSED);
  if (!withinRound(input.visitOn, round)) throw invalid(outsideRound(round));
  const coSo = await db().unit.findFirst({
    where: { id: input.coSoId, khoiId: round.khoiId, kind: "CO_SO", active: true },
    select: { id: true },
  });
  if (!coSo) throw invalid({ coSoId: "Không tìm thấy cơ sở Đoàn đang hoạt động của Đoàn Khối" });
  const made = () =>
    db().inspectionVisit.findFirst({ where: { khoiId: round.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    try {
      return await db().$transaction(async (tx) => {
        // Under the round's lock: the period and the status as they are now, not as first read.
        const locked = await lockRound(tx, round);
        if (!withinRound(input.visitOn, locked)) throw invalid(outsideRound(locked));
        const existing = await tx.inspectionVisit.findFirst({
          where: { roundId: round.id, khoiId: round.khoiId, coSoId: coSo.id },
          select: { id: true, status: true, version: true },
        });
        if (existing && existing.status !== "CANCELLED") throw invalid({ coSoId: ALREADY_LISTED });
        const id = existing?.id ?? crypto.randomUUID();
        const notify = locked.status === "ANNOUNCED";
        const data = {
          visitOn: input.visitOn,
          status: "SCHEDULED" as const,
          notifiedAt: notify ? new Date() : null,
          requestKey: input.requestKey,
        };
        if (existing) {
          const { count } = await tx.inspectionVisit.updateMany({
            where: { id, khoiId: round.khoiId, version: existing.version, status: "CANCELLED" },
            data: { ...data, version: { increment: 1 } },
          });
          if (count === 0) throw conflict();
        } else {
          await tx.inspectionVisit.create({ data: { ...data, id, khoiId: round.khoiId, roundId: round.id, coSoId: coSo.id } });
        }
        await recordStatusChange(
          {
            khoiId: round.khoiId,
            entityType: "InspectionVisit",
            entityId: id,
            fromStatus: existing ? "CANCELLED" : null,
            toStatus: "SCHEDULED",
            actorId: viewer.userId,
          },
          tx,
          { roundId: round.id, coSoId: coSo.id, visitOn: input.visitOn },
        );
        if (notify) await tellCoSo(tx, round.khoiId, coSo.id, visitNotice(locked, input.visitOn));
        return { id };
      });
    } catch (error) {
      // Another form put the same cơ sở on the list a moment before.
      if (isUniqueViolation(error, "coSoId")) throw invalid({ coSoId: ALREADY_LISTED });
      throw error;
    }
  });
}

const ALREADY_LISTED = "Cơ sở này đã có trong lịch kiểm tra của đợt; đổi ngày ở dòng của cơ sở";

/** A visit the viewer manages, with its round (else not found). */
async function managedVisit(viewer: Viewer, id: string) {
  const visit = await db().inspectionVisit.findFirst({
    where: { AND: [inspectionVisitScope(viewer, "inspection.manage"), { id }] },
    select: {
      id: true,
      khoiId: true,
      coSoId: true,
      status: true,
      visitOn: true,
      notifiedAt: true,
      round: { select: { id: true, khoiId: true, name: true, status: true, periodFrom: true, periodTo: true } },
    },
  });
  if (!visit) throw notFound("buổi kiểm tra");
  if (visit.round.status === "CLOSED") throw invalid({}, CLOSED);
  return visit;
}

/** Moves a visit not yet made to another day of the round; a cơ sở already told is told again. */
export async function moveVisit(viewer: Viewer, input: z.output<typeof visitMoveInput>) {
  const visit = await managedVisit(viewer, input.id);
  if (visit.status !== "SCHEDULED") throw invalid({}, NOT_MOVABLE);
  if (!withinRound(input.visitOn, visit.round)) throw invalid(outsideRound(visit.round));
  await db().$transaction(async (tx) => {
    const round = await lockRound(tx, visit.round);
    if (!withinRound(input.visitOn, round)) throw invalid(outsideRound(round));
    // Told or not as it is now: an announcement may have just told the cơ sở of the old day.
    const now = await tx.inspectionVisit.findFirst({
      where: { id: visit.id, khoiId: visit.khoiId, version: input.version },
      select: { status: true, visitOn: true, notifiedAt: true },
    });
    if (!now) throw conflict();
    if (now.status !== "SCHEDULED") throw invalid({}, NOT_MOVABLE);
    if (await tx.visitAnswer.count({ where: { visitId: visit.id, khoiId: visit.khoiId } })) throw invalid({}, HAS_FINDINGS);
    const { count } = await tx.inspectionVisit.updateMany({
      where: { id: visit.id, khoiId: visit.khoiId, version: input.version, status: "SCHEDULED" },
      data: { visitOn: input.visitOn, version: { increment: 1 }, ...(now.notifiedAt ? { notifiedAt: new Date() } : {}) },
    });
    if (count === 0) throw conflict();
    await recordChange(
      {
        khoiId: visit.khoiId,
        actorId: viewer.userId,
        action: "inspection.visit.move",
        targetType: "InspectionVisit",
        targetId: visit.id,
      },
      { visitOn: now.visitOn },
      { visitOn: input.visitOn },
      tx,
    );
    if (now.notifiedAt) await tellCoSo(tx, visit.khoiId, visit.coSoId, visitNotice(round, input.visitOn, true));
  });
}

const NOT_MOVABLE = "Chỉ dời được buổi kiểm tra chưa diễn ra";
const HAS_FINDINGS = "Buổi kiểm tra đã có kết quả được ghi: không dời hay hủy được nữa";

/** Cancels a visit not yet made, with the reason; kept (and told to the cơ sở if it knew). */
export async function cancelVisit(viewer: Viewer, input: z.output<typeof visitCancelInput>) {
  const visit = await managedVisit(viewer, input.id);
  if (visit.status !== "SCHEDULED") throw invalid({}, NOT_CANCELLABLE);
  await db().$transaction(async (tx) => {
    const round = await lockRound(tx, visit.round);
    const now = await tx.inspectionVisit.findFirst({
      where: { id: visit.id, khoiId: visit.khoiId, version: input.version },
      select: { status: true, visitOn: true, notifiedAt: true },
    });
    if (!now) throw conflict();
    if (now.status !== "SCHEDULED") throw invalid({}, NOT_CANCELLABLE);
    if (await tx.visitAnswer.count({ where: { visitId: visit.id, khoiId: visit.khoiId } })) throw invalid({}, HAS_FINDINGS);
    const { count } = await tx.inspectionVisit.updateMany({
      where: { id: visit.id, khoiId: visit.khoiId, version: input.version, status: "SCHEDULED" },
      data: { status: "CANCELLED", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: visit.khoiId,
        entityType: "InspectionVisit",
        entityId: visit.id,
        fromStatus: "SCHEDULED",
        toStatus: "CANCELLED",
        actorId: viewer.userId,
        comment: input.reason,
      },
      tx,
    );
    if (now.notifiedAt)
      await tellCoSo(tx, visit.khoiId, visit.coSoId, {
        kind: "inspection",
        title: `Hủy buổi kiểm tra ngày ${formatVietnameseDate(now.visitOn)}: ${round.name}`,
        link: inspectionLink(round.id),
      });
  });
}

const NOT_CANCELLABLE = "Chỉ hủy được buổi kiểm tra chưa diễn ra";

/**
 * Tells each cơ sở on the list not yet told of its visit (its day, the checklist and what to
 * prepare are on the page the notice opens); the round is then announced. Told again later only
 * when a day moves.
 */
export async function announceRound(viewer: Viewer, input: z.output<typeof inspectionRoundRefInput>) {
  const round = await managedRound(viewer, input.id);
  if (round.status === "CLOSED") throw invalid({}, CLOSED);
  return db().$transaction(async (tx) => {
    await lockRound(tx, round);
    const { count } = await tx.inspectionRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version, status: { not: "CLOSED" } },
      data: { status: "ANNOUNCED", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (!(await tx.checklistItem.count({ where: { roundId: round.id, khoiId: round.khoiId } })))
      throw invalid({}, "Lập danh mục nội dung kiểm tra trước khi thông báo cơ sở");
    const untold = await tx.inspectionVisit.findMany({
      where: { roundId: round.id, khoiId: round.khoiId, status: "SCHEDULED", notifiedAt: null },
      select: { id: true, coSoId: true, visitOn: true },
    });
    if (!untold.length) throw invalid({}, "Không còn cơ sở nào chưa được thông báo: thêm cơ sở vào lịch kiểm tra trước");
    await tx.inspectionVisit.updateMany({
      where: { id: { in: untold.map((v) => v.id) }, khoiId: round.khoiId, notifiedAt: null },
      // A form showing a visit as untold is now out of date.
      data: { notifiedAt: new Date(), version: { increment: 1 } },
    });
    if (round.status === "PLANNING")
      await recordStatusChange(
        {
          khoiId: round.khoiId,
          entityType: "InspectionRound",
          entityId: round.id,
          fromStatus: "PLANNING",
          toStatus: "ANNOUNCED",
          actorId: viewer.userId,
        },
        tx,
        { told: untold.map((v) => v.coSoId) },
      );
    else
      await recordAudit(
        {
          khoiId: round.khoiId,
          actorId: viewer.userId,
          action: "inspection.round.status",
          targetType: "InspectionRound",
          targetId: round.id,
          after: { status: "ANNOUNCED", told: untold.map((v) => v.coSoId) },
        },
        tx,
      );
    await notifyEachUnit(
      tx,
      round.khoiId,
      ["CO_SO_SECRETARY"],
      untold.map((v) => ({ unitId: v.coSoId, notice: visitNotice(round, v.visitOn) })),
    );
    return { told: untold.length };
  });
}

/**
 * Kết thúc đợt kiểm tra: once every visit is concluded (or cancelled) and every recommendation is
 * settled. From then on nothing of the round changes: no finding, no response, no review.
 */
export async function closeRound(viewer: Viewer, input: z.output<typeof inspectionRoundRefInput>) {
  const round = await managedRound(viewer, input.id);
  if (round.status === "CLOSED") throw invalid({}, "Đợt kiểm tra đã kết thúc");
  await db().$transaction(async (tx) => {
    const locked = await lockRound(tx, round);
    if (locked.version !== input.version) throw conflict();
    if (locked.status !== "ANNOUNCED") throw invalid({}, "Đợt kiểm tra chưa thông báo cơ sở");
    // One after the other: a transaction's queries share one connection.
    const visits = await tx.inspectionVisit.groupBy({
      by: ["status"],
      where: { roundId: round.id, khoiId: round.khoiId },
      _count: { _all: true },
    });
    const owed = await tx.inspectionRecommendation.count({
      where: { khoiId: round.khoiId, visit: { roundId: round.id }, status: { notIn: [...SETTLED_RECOMMENDATION_STATUSES] } },
    });
    const count = (s: string) => visits.find((v) => v.status === s)?._count._all ?? 0;
    const pending = count("SCHEDULED") + count("VISITED");
    if (!count("CONCLUDED")) throw invalid({}, "Chưa có buổi kiểm tra nào có kết luận");
    if (pending) throw invalid({}, `Còn ${pending} buổi kiểm tra chưa có thông báo kết luận`);
    if (owed) throw invalid({}, `Còn ${owed} kiến nghị chưa xong (chưa khắc phục, hoặc chờ Khối xem xét)`);
    const drafts = await tx.inspectionConclusion.count({
      where: { khoiId: round.khoiId, status: "DRAFT", visit: { roundId: round.id } },
    });
    if (drafts) throw invalid({}, `Còn ${drafts} dự thảo thông báo kết luận (đính chính) chưa ban hành`);
    await tx.inspectionRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version },
      data: { status: "CLOSED", version: { increment: 1 } },
    });
    await recordStatusChange(
      {
        khoiId: round.khoiId,
        entityType: "InspectionRound",
        entityId: round.id,
        fromStatus: "ANNOUNCED",
        toStatus: "CLOSED",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}
