import "server-only";
// Khối activities (hội thi, hoạt động cao điểm, tập huấn…): scheduled by Khối staff under a
// published plan, seen by everyone in the Khối. Registrations live in activity-registrations.ts.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { activityScope, grantsFor, planManageScope, type Viewer } from "@/lib/authz";
import { activityCancelInput, activityCreateInput, activityUpdateInput } from "@/lib/validation/activities";
import type { z } from "zod";
import { selectOf } from "@/lib/domain/audit-diff";
import { recordChange } from "./audit";
import { conflict, invalid, notFound } from "./errors";
import { createOnce } from "./create-once";
import { recordStatusChange, timelineOf } from "./status-changes";

const activitySelect = {
  id: true,
  khoiId: true,
  planId: true,
  kind: true,
  name: true,
  description: true,
  startsOn: true,
  endsOn: true,
  organiser: true,
  registrationDeadline: true,
  active: true,
  version: true,
  plan: { select: { id: true, kind: true, subject: true, number: true, startYear: true } },
  indicators: { select: { indicator: { select: { id: true, code: true, wording: true } } } },
  _count: { select: { registrations: { where: { status: "REGISTERED" } } } },
} satisfies Prisma.ActivitySelect;

type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof activitySelect }>;
export type ActivityDto = Omit<ActivityRow, "indicators" | "_count"> & {
  indicators: { id: string; code: string; wording: string }[];
  registeredCount: number;
  /** This viewer's cơ sở registration, when they are a cơ sở secretary or member */
  ownRegistration: {
    id: string;
    status: string;
    coSoId: string;
    people: number | null;
    participations: number | null;
    reportedAt: Date | null;
  } | null;
};

/** The cơ sở the viewer belongs to (secretary or member), for "our registration". */
/** The cơ sở whose registrations the viewer may see (not every grant's: a question officer's is no activity's). */
function viewerCoSoIds(viewer: Viewer) {
  const grants = grantsFor(viewer, "activity.read");
  return [...new Set(grants.map((g) => g.coSoId).filter((c): c is string => !!c))];
}

async function withOwnRegistrations(viewer: Viewer, rows: ActivityRow[]): Promise<ActivityDto[]> {
  const coSoIds = viewerCoSoIds(viewer);
  const regs =
    coSoIds.length && rows.length
      ? await db().activityRegistration.findMany({
          where: {
            activityId: { in: rows.map((r) => r.id) },
            coSoId: { in: coSoIds },
            khoiId: { in: rows.map((r) => r.khoiId) },
          },
          select: {
            id: true,
            activityId: true,
            status: true,
            coSoId: true,
            people: true,
            participations: true,
            reportedAt: true,
          },
        })
      : [];
  const byActivity = new Map(regs.map((r) => [r.activityId, r]));
  return rows.map(({ indicators, _count, ...r }) => {
    const own = byActivity.get(r.id);
    return {
      ...r,
      indicators: indicators.map((i) => i.indicator),
      registeredCount: _count.registrations,
      ownRegistration: own
        ? {
            id: own.id,
            status: own.status,
            coSoId: own.coSoId,
            people: own.people,
            participations: own.participations,
            reportedAt: own.reportedAt,
          }
        : null,
    };
  });
}

export async function listActivities(viewer: Viewer, filter: { planSeriesId?: string; includeCancelled?: boolean } = {}) {
  const rows = await db().activity.findMany({
    where: {
      AND: [
        activityScope(viewer, "activity.read"),
        filter.includeCancelled ? {} : { active: true },
        filter.planSeriesId ? { plan: { seriesId: filter.planSeriesId } } : {},
      ],
    },
    select: activitySelect,
    orderBy: [{ startsOn: "asc" }, { name: "asc" }],
    take: 500,
  });
  return withOwnRegistrations(viewer, rows);
}

export async function getActivity(viewer: Viewer, id: string) {
  const row = await db().activity.findFirst({
    where: { AND: [activityScope(viewer, "activity.read"), { id }] },
    select: activitySelect,
  });
  if (!row) throw notFound("hoạt động");
  const [dto] = await withOwnRegistrations(viewer, [row]);
  const timeline = await timelineOf(viewer, row.khoiId, "Activity", [row.id]);
  return { ...dto, timeline };
}

/**
 * A Khối plan the viewer manages, and the indicators chosen from it. New activities go under a
 * plan in force; an existing one keeps its plan even after that plan is revised.
 */
async function planAndIndicators(viewer: Viewer, planId: string, indicatorIds: string[], existing = false) {
  const plan = await db().plan.findFirst({
    where: { AND: [planManageScope(viewer), { id: planId, coSoId: null }, existing ? {} : { status: "PUBLISHED" }] },
    select: { id: true, khoiId: true },
  });
  if (!plan) throw invalid({ planId: "Không tìm thấy kế hoạch đã ban hành của Đoàn Khối" });
  const found = await db().indicator.count({ where: { id: { in: indicatorIds }, planId: plan.id, khoiId: plan.khoiId } });
  if (found !== new Set(indicatorIds).size) throw invalid({ indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" });
  return plan;
}

function activityData(input: z.output<typeof activityCreateInput> | z.output<typeof activityUpdateInput>) {
  return {
    kind: input.kind,
    name: input.name,
    description: input.description,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    organiser: input.organiser,
    registrationDeadline: input.registrationDeadline,
  };
}

export async function createActivity(viewer: Viewer, input: z.output<typeof activityCreateInput>) {
  const plan = await planAndIndicators(viewer, input.planId, input.indicatorIds);
  const made = () =>
    db().activity.findFirst({ where: { khoiId: plan.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      await tx.activity.create({
        data: {
          id,
          khoiId: plan.khoiId,
          planId: plan.id,
          ...activityData(input),
          requestKey: input.requestKey,
          createdById: viewer.userId,
          indicators: { create: [...new Set(input.indicatorIds)].map((indicatorId) => ({ indicatorId })) },
        },
      });
      await recordStatusChange(
        {
          khoiId: plan.khoiId,
          entityType: "Activity",
          entityId: id,
          fromStatus: null,
          toStatus: "SCHEDULED",
          actorId: viewer.userId,
        },
        tx,
        { name: input.name, planId: plan.id },
      );
    });
    return { id };
  });
}

async function findManaged(viewer: Viewer, id: string) {
  const activity = await db().activity.findFirst({
    where: { AND: [activityScope(viewer, "activity.manage"), { id, active: true }] },
    select: { id: true, khoiId: true, planId: true },
  });
  if (!activity) throw notFound("hoạt động");
  return activity;
}

export async function updateActivity(viewer: Viewer, input: z.output<typeof activityUpdateInput>) {
  const activity = await findManaged(viewer, input.id);
  await planAndIndicators(viewer, activity.planId, input.indicatorIds, true);
  const fields = activityData(input);
  const indicatorIds = [...new Set(input.indicatorIds)];
  await db().$transaction(async (tx) => {
    // Read under the version the update checks: the audit row's "before" is what was replaced.
    const before = await tx.activity.findFirst({
      where: { id: activity.id, khoiId: activity.khoiId, version: input.version, active: true },
      select: { ...selectOf(fields), indicators: { select: { indicatorId: true } } },
    });
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, khoiId: activity.khoiId, version: input.version, active: true },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await tx.activityIndicator.deleteMany({ where: { activityId: activity.id, khoiId: activity.khoiId } });
    await tx.activityIndicator.createMany({
      data: indicatorIds.map((indicatorId) => ({ khoiId: activity.khoiId, activityId: activity.id, indicatorId })),
    });
    const { indicators, ...was } = before;
    await recordChange(
      {
        khoiId: activity.khoiId,
        actorId: viewer.userId,
        action: "activity.update",
        targetType: "Activity",
        targetId: activity.id,
      },
      { ...was, indicatorIds: indicators.map((i) => i.indicatorId).sort() },
      { ...fields, indicatorIds: [...indicatorIds].sort() },
      tx,
    );
  });
}

/** Cancels an activity (hủy); it and its registrations are kept, never deleted. */
export async function cancelActivity(viewer: Viewer, input: z.output<typeof activityCancelInput>) {
  const activity = await findManaged(viewer, input.id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id: activity.id, khoiId: activity.khoiId, version: input.version, active: true },
      data: { active: false, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: activity.khoiId,
        entityType: "Activity",
        entityId: activity.id,
        fromStatus: "SCHEDULED",
        toStatus: "CANCELLED",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}

/** Can the viewer register a cơ sở (to show the button)? */
export function registrableCoSo(viewer: Viewer) {
  return grantsFor(viewer, "activity.register").filter((g) => g.unitKind === "CO_SO");
}

/** Published Khối plans the viewer may schedule activities under (or an activity's own plan). */
export async function plansForActivities(viewer: Viewer, activityPlanId?: string) {
  return db().plan.findMany({
    where: {
      AND: [planManageScope(viewer), { coSoId: null }, activityPlanId ? { id: activityPlanId } : { status: "PUBLISHED" }],
    },
    select: {
      id: true,
      kind: true,
      number: true,
      subject: true,
      startYear: true,
      endYear: true,
      indicators: { select: { id: true, code: true, wording: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
}
