import "server-only";
// A cơ sở registers for a Khối activity before its deadline, then reports its participation
// (people, lượt) with evidence. The Khối sees every registration; a cơ sở only its own.
import { db } from "@/lib/db/client";
import { activityScope, grantsFor, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { participationReportInput, registrationCreateInput, registrationWithdrawInput } from "@/lib/validation/activities";
import type { z } from "zod";
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { recordChange } from "./audit";
import { recordStatusChange } from "./status-changes";

/** The cơ sở the viewer registers for: the one given, or their only one. */
function coSoFor(viewer: Viewer, coSoId: string | undefined, khoiId: string) {
  const grants = grantsFor(viewer, "activity.register").filter((g) => g.unitKind === "CO_SO" && g.khoiIds.includes(khoiId));
  if (!grants.length) throw forbidden();
  const grant = coSoId ? grants.find((g) => g.unitId === coSoId) : grants.length === 1 ? grants[0] : undefined;
  if (!grant) throw invalid({ coSoId: "Vui lòng chọn cơ sở Đoàn" });
  return grant.unitId;
}

const isOpen = (deadline: Date | null) => !!deadline && todayInVietnam().getTime() <= deadline.getTime();

export async function registerForActivity(viewer: Viewer, input: z.output<typeof registrationCreateInput>) {
  const activity = await db().activity.findFirst({
    where: { AND: [activityScope(viewer, "activity.read"), { id: input.activityId, active: true }] },
    select: { id: true, khoiId: true, registrationDeadline: true },
  });
  if (!activity) throw notFound("hoạt động");
  const coSoId = coSoFor(viewer, input.coSoId, activity.khoiId);
  if (!activity.registrationDeadline) throw invalid({}, "Hoạt động này không mở đăng ký");
  if (!isOpen(activity.registrationDeadline)) throw invalid({}, "Đã quá hạn đăng ký");

  const existing = await db().activityRegistration.findUnique({
    where: { activityId_coSoId: { activityId: activity.id, coSoId } },
  });
  if (existing?.status === "REGISTERED") return { id: existing.id };
  try {
    return await db().$transaction(async (tx) => {
      const reg = existing
        ? await tx.activityRegistration.update({
            where: { id: existing.id, khoiId: activity.khoiId },
            data: {
              status: "REGISTERED",
              plannedPeople: input.plannedPeople,
              note: input.note,
              registeredById: viewer.userId,
              version: { increment: 1 },
            },
          })
        : await tx.activityRegistration.create({
            data: {
              khoiId: activity.khoiId,
              activityId: activity.id,
              coSoId,
              plannedPeople: input.plannedPeople,
              note: input.note,
              registeredById: viewer.userId,
            },
          });
      const details = { activityId: activity.id, coSoId, plannedPeople: input.plannedPeople, note: input.note };
      await recordStatusChange(
        {
          khoiId: activity.khoiId,
          entityType: "ActivityRegistration",
          entityId: reg.id,
          fromStatus: existing?.status ?? null,
          toStatus: "REGISTERED",
          actorId: viewer.userId,
        },
        tx,
        details,
      );
      return { id: reg.id };
    });
  } catch (error) {
    // A double click: the second insert loses the race and finds the first.
    if (isUniqueViolation(error)) {
      const done = await db().activityRegistration.findUnique({
        where: { activityId_coSoId: { activityId: activity.id, coSoId } },
        select: { id: true },
      });
      if (done) return { id: done.id };
    }
    throw error;
  }
}

/** The viewer's own cơ sở registration (registrations of other cơ sở are not found). */
async function findOwn(viewer: Viewer, id: string) {
  const coSoIds = grantsFor(viewer, "activity.register")
    .filter((g) => g.unitKind === "CO_SO")
    .map((g) => g.unitId);
  const reg = await db().activityRegistration.findFirst({
    where: { id, coSoId: { in: coSoIds }, activity: activityScope(viewer, "activity.read") },
    select: {
      id: true,
      khoiId: true,
      status: true,
      reportedAt: true,
      activity: { select: { registrationDeadline: true, startsOn: true, active: true } },
    },
  });
  if (!reg) throw notFound("bản đăng ký");
  return reg;
}

export async function withdrawRegistration(viewer: Viewer, input: z.output<typeof registrationWithdrawInput>) {
  const reg = await findOwn(viewer, input.id);
  if (!isOpen(reg.activity.registrationDeadline)) throw invalid({}, "Đã quá hạn đăng ký, không rút được");
  if (reg.reportedAt || todayInVietnam().getTime() >= reg.activity.startsOn.getTime())
    throw invalid({}, "Hoạt động đã diễn ra, không rút đăng ký được");
  await db().$transaction(async (tx) => {
    const { count } = await tx.activityRegistration.updateMany({
      where: { id: reg.id, khoiId: reg.khoiId, version: input.version, status: "REGISTERED" },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: reg.khoiId,
        entityType: "ActivityRegistration",
        entityId: reg.id,
        fromStatus: "REGISTERED",
        toStatus: "WITHDRAWN",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}

export async function reportParticipation(viewer: Viewer, input: z.output<typeof participationReportInput>) {
  const reg = await findOwn(viewer, input.id);
  if (reg.status !== "REGISTERED") throw invalid({}, "Bản đăng ký đã rút, không báo cáo được");
  if (!reg.activity.active) throw invalid({}, "Hoạt động đã bị hủy, không báo cáo được");
  if (todayInVietnam().getTime() < reg.activity.startsOn.getTime())
    throw invalid({}, "Chỉ báo cáo kết quả khi hoạt động đã diễn ra");
  const fields = { people: input.people, participations: input.participations, evidence: input.evidence };
  await db().$transaction(async (tx) => {
    const before = await tx.activityRegistration.findFirst({
      where: { id: reg.id, khoiId: reg.khoiId, version: input.version, status: "REGISTERED" },
      select: { people: true, participations: true, evidence: true },
    });
    const { count } = await tx.activityRegistration.updateMany({
      where: { id: reg.id, khoiId: reg.khoiId, version: input.version, status: "REGISTERED" },
      data: { ...fields, reportedAt: new Date(), reportedById: viewer.userId, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await recordChange(
      {
        khoiId: reg.khoiId,
        actorId: viewer.userId,
        action: "activity.registration.report",
        targetType: "ActivityRegistration",
        targetId: reg.id,
      },
      before,
      fields,
      tx,
    );
  });
}

/** Registrations of an activity: every cơ sở for Khối staff, the viewer's own cơ sở otherwise. */
export async function listRegistrations(viewer: Viewer, activityId: string) {
  const manages = await db().activity.count({ where: { AND: [activityScope(viewer, "activity.manage"), { id: activityId }] } });
  const ownCoSo = grantsFor(viewer, "activity.register")
    .filter((g) => g.unitKind === "CO_SO")
    .map((g) => g.unitId);
  return db().activityRegistration.findMany({
    where: { activityId, activity: activityScope(viewer, "activity.read"), ...(manages ? {} : { coSoId: { in: ownCoSo } }) },
    select: {
      id: true,
      status: true,
      plannedPeople: true,
      people: true,
      participations: true,
      evidence: true,
      note: true,
      reportedAt: true,
      version: true,
      createdAt: true,
      coSo: { select: { id: true, name: true } },
    },
    orderBy: { coSo: { name: "asc" } },
  });
}
