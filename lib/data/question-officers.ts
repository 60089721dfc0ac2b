import "server-only";
// Cán bộ giải đáp (issue 14, item 7): a cơ sở's secretary names accounts of the cơ sở (its own
// members, usually) to answer the public's questions addressed to it, beside the role they hold,
// and removes them. The named role (QUESTION_OFFICER) reaches the cơ sở's questions and nothing
// else of it; it is checked on every request, so a removal takes effect at the next click.
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { unitScope, type Viewer } from "@/lib/authz";
import type { nameOfficerInput, removeOfficerInput } from "@/lib/validation/questions";
import { recordAudit } from "./audit";
import { isUniqueViolation, notFound } from "./errors";
import { notifyUser } from "./notifications";

const OFFICER = "QUESTION_OFFICER" as const;

/**
 * Accounts of a cơ sở that may be named: active, holding a role on the cơ sở or one of its chi
 * đoàn, and not answering already (its secretaries, its officers).
 */
const candidateWhere = (coSoId: string, khoiId: string): Prisma.UserWhereInput => ({
  khoiId,
  active: true,
  memberships: { some: { khoiId, unit: { OR: [{ id: coSoId }, { coSoId }] } } },
  NOT: { memberships: { some: { unitId: coSoId, role: { in: ["CO_SO_SECRETARY", OFFICER] } } } },
});

export type OfficerDesk = {
  coSo: { id: string; name: string };
  officers: { membershipId: string; name: string; email: string; active: boolean }[];
  candidates: { userId: string; name: string; email: string }[];
};

/** Each cơ sở whose officers the viewer names: who is named, and whom they could name. */
export async function questionOfficers(viewer: Viewer): Promise<OfficerDesk[]> {
  const units = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "question.officers"), { kind: "CO_SO", active: true }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, khoiId: true },
  });
  return Promise.all(
    units.map(async (u) => {
      const [officers, candidates] = await Promise.all([
        db().membership.findMany({
          where: { role: OFFICER, unitId: u.id, khoiId: u.khoiId },
          orderBy: { createdAt: "asc" },
          select: { id: true, user: { select: { name: true, email: true, active: true } } },
        }),
        db().user.findMany({
          where: candidateWhere(u.id, u.khoiId!),
          orderBy: { name: "asc" },
          take: 500,
          select: { id: true, name: true, email: true },
        }),
      ]);
      return {
        coSo: { id: u.id, name: u.name },
        officers: officers.map((o) => ({ membershipId: o.id, ...o.user })),
        candidates: candidates.map((c) => ({ userId: c.id, name: c.name, email: c.email })),
      };
    }),
  );
}

/** The cơ sở the viewer names officers of (one per secretary's grant; the first when several). */
async function ownCoSo(viewer: Viewer, coSoId: string | undefined) {
  const unit = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "question.officers"), { kind: "CO_SO", active: true }, coSoId ? { id: coSoId } : {}] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, khoiId: true },
  });
  if (!unit?.khoiId) throw notFound("cơ sở Đoàn");
  return { ...unit, khoiId: unit.khoiId };
}

export async function nameOfficer(viewer: Viewer, input: z.output<typeof nameOfficerInput>) {
  const coSo = await ownCoSo(viewer, input.coSoId);
  // Another cơ sở's account, another Khối's, a disabled one: not found, as a made-up id is. One
  // named already is found too, so that a replayed form answers as the first did.
  const user = await db().user.findFirst({
    where: {
      id: input.userId,
      OR: [
        candidateWhere(coSo.id, coSo.khoiId),
        { khoiId: coSo.khoiId, memberships: { some: { unitId: coSo.id, role: OFFICER } } },
      ],
    },
    select: { id: true },
  });
  if (!user) throw notFound("tài khoản");
  try {
    await db().$transaction(async (tx) => {
      const existing = await tx.membership.findFirst({
        where: { userId: user.id, unitId: coSo.id, role: OFFICER, khoiId: coSo.khoiId },
        select: { id: true },
      });
      // Named already (a second click, a replayed form): nothing more to do.
      if (existing) return;
      await tx.membership.create({ data: { userId: user.id, unitId: coSo.id, role: OFFICER, khoiId: coSo.khoiId } });
      await recordAudit(
        {
          khoiId: coSo.khoiId,
          actorId: viewer.userId,
          action: "question.officer.name",
          targetType: "User",
          targetId: user.id,
          after: { role: OFFICER, unitId: coSo.id },
        },
        tx,
      );
      await notifyUser(tx, coSo.khoiId, user.id, {
        kind: "question",
        title: `Bạn được phân công trả lời câu hỏi của người dân gửi ${coSo.name}`,
        link: "/hoi-dap",
      });
    });
  } catch (error) {
    // A parallel naming of the same account won the insert: named, as asked.
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function removeOfficer(viewer: Viewer, input: z.output<typeof removeOfficerInput>) {
  const membership = await db().membership.findFirst({
    where: { id: input.membershipId, role: OFFICER, unit: { AND: [unitScope(viewer, "question.officers"), { kind: "CO_SO" }] } },
    select: { id: true, userId: true, unitId: true, khoiId: true },
  });
  if (!membership?.khoiId) throw notFound("cán bộ giải đáp");
  const khoiId = membership.khoiId;
  await db().$transaction(async (tx) => {
    // Removed already by a parallel click: deleteMany finds nothing, and nothing is recorded twice.
    await dropOfficer(tx, { ...membership, khoiId }, viewer.userId);
  });
}

async function dropOfficer(
  tx: Prisma.TransactionClient,
  m: { id: string; userId: string; unitId: string; khoiId: string },
  actorId: string,
) {
  const { count } = await tx.membership.deleteMany({ where: { id: m.id, khoiId: m.khoiId, role: OFFICER } });
  if (count === 0) return;
  await releaseQuestions(tx, m.userId, m.unitId, m.khoiId);
  await recordAudit(
    {
      khoiId: m.khoiId,
      actorId,
      action: "question.officer.remove",
      targetType: "User",
      targetId: m.userId,
      before: { role: OFFICER, unitId: m.unitId },
    },
    tx,
  );
}

/**
 * Questions given to someone who no longer answers for the agency (officer removed, secretary's
 * role revoked) go back to the agency's common list, so none waits on a person who cannot see it.
 */
export async function releaseQuestions(tx: Prisma.TransactionClient, userId: string, coSoId: string, khoiId: string) {
  const answers = await tx.membership.count({
    where: { userId, khoiId, unitId: coSoId, role: { in: ["CO_SO_SECRETARY", OFFICER] } },
  });
  if (answers > 0) return;
  await tx.publicQuestion.updateMany({
    where: { khoiId, coSoId, assignedToId: userId, status: "WAITING" },
    data: { assignedToId: null, version: { increment: 1 } },
  });
}

/**
 * After one of a user's roles is revoked: an officer with no other role left in that cơ sở (nor
 * its chi đoàn) no longer belongs to it, so they stop answering for it too.
 */
export async function dropOfficersWithoutPlace(tx: Prisma.TransactionClient, userId: string, khoiId: string, actorId: string) {
  const officerships = await tx.membership.findMany({
    where: { userId, khoiId, role: OFFICER },
    select: { id: true, userId: true, unitId: true },
  });
  for (const o of officerships) {
    const stays = await tx.membership.count({
      where: { userId, khoiId, role: { not: OFFICER }, unit: { OR: [{ id: o.unitId }, { coSoId: o.unitId }] } },
    });
    if (stays === 0) await dropOfficer(tx, { ...o, khoiId }, actorId);
  }
}
