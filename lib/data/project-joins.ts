import "server-only";
// A cơ sở takes part in a Khối-level project by joining it (one row per project and cơ sở);
// leaving keeps the row, inactive, and joining again reactivates it.
import { db } from "@/lib/db/client";
import { grantsFor, type Viewer } from "@/lib/authz";
import { projectJoinInput } from "@/lib/validation/projects";
import type { z } from "zod";
import { recordAudit } from "./audit";
import { forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { assertStep, findProject } from "./project-steps";

/** The cơ sở joining: the one named (one of the secretary's own in the project's Khối), or the only one. */
function joiningCoSo(viewer: Viewer, coSoId: string | undefined, khoiId: string) {
  const grants = grantsFor(viewer, "project.register").filter((g) => g.unitKind === "CO_SO" && g.khoiIds.includes(khoiId));
  if (!grants.length) throw forbidden();
  const grant = coSoId ? grants.find((g) => g.unitId === coSoId) : grants.length === 1 ? grants[0] : undefined;
  if (!grant) throw invalid({ coSoId: "Vui lòng chọn cơ sở Đoàn" });
  return grant.unitId;
}

const joinKey = (projectId: string, coSoId: string) => ({ projectId_coSoId: { projectId, coSoId } });

export async function joinProject(viewer: Viewer, input: z.output<typeof projectJoinInput>) {
  // Found through the read scope: a cơ sở sees its Khối's projects, never another tenant's.
  const p = await findProject(viewer, "project.read", input.projectId);
  const coSoId = joiningCoSo(viewer, input.coSoId, p.khoiId);
  assertStep("join", p);
  const existing = await db().projectJoin.findUnique({ where: joinKey(p.id, coSoId), select: { id: true, active: true } });
  if (existing?.active) return { id: existing.id };
  try {
    return await db().$transaction(async (tx) => {
      const row = existing
        ? await tx.projectJoin.update({
            where: { id: existing.id, khoiId: p.khoiId },
            data: { active: true, joinedById: viewer.userId },
            select: { id: true },
          })
        : await tx.projectJoin.create({
            data: { khoiId: p.khoiId, projectId: p.id, coSoId, joinedById: viewer.userId },
            select: { id: true },
          });
      await recordAudit(
        {
          khoiId: p.khoiId,
          actorId: viewer.userId,
          action: "project.join",
          targetType: "YouthProject",
          targetId: p.id,
          after: { coSoId },
        },
        tx,
      );
      return row;
    });
  } catch (error) {
    // Two clicks: the second insert loses the race and finds the first.
    if (isUniqueViolation(error)) {
      const done = await db().projectJoin.findUnique({ where: joinKey(p.id, coSoId), select: { id: true } });
      if (done) return { id: done.id };
    }
    throw error;
  }
}

export async function leaveProject(viewer: Viewer, input: z.output<typeof projectJoinInput>) {
  const p = await findProject(viewer, "project.read", input.projectId);
  const coSoId = joiningCoSo(viewer, input.coSoId, p.khoiId);
  assertStep("leave", p);
  const join = await db().projectJoin.findFirst({
    where: { projectId: p.id, coSoId, khoiId: p.khoiId, active: true },
    select: { id: true },
  });
  if (!join) throw notFound("lượt tham gia của cơ sở");
  await db().$transaction(async (tx) => {
    await tx.projectJoin.update({ where: { id: join.id, khoiId: p.khoiId }, data: { active: false } });
    await recordAudit(
      {
        khoiId: p.khoiId,
        actorId: viewer.userId,
        action: "project.leave",
        targetType: "YouthProject",
        targetId: p.id,
        before: { coSoId },
      },
      tx,
    );
  });
  return { id: join.id };
}
