import "server-only";
// Hội đồng thi đua – khen thưởng of a round: Khối staff name its members (Khối accounts) and its
// chair; once nominations close, each member scores (0–100) and votes on every nomination sent.
// A ballot is read and changed by its owner only, only while the vote is open: nobody, the Khối's
// admins included, sees another's ballot or the tally before the chair closes the vote. The audit
// log records that someone voted, never how (it is read by admins while the vote is open).
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { honourRoundScope, ownSeatScope, type Viewer } from "@/lib/authz";
import { tally, type TallyRow } from "@/lib/domain/honour-tally";
import type { ballotsInput, councilInput, roundRefInput } from "@/lib/validation/honours";
import { recordAudit } from "./audit";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { recordStatusChange } from "./status-changes";

const SEAT_ROLES = ["KHOI_ADMIN", "KHOI_STAFF"] as const;

async function roundFor(viewer: Viewer, id: string, action: "honour.read" | "honour.manage") {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, action), { id }] },
    select: { id: true, khoiId: true, status: true, version: true },
  });
  if (!round) throw notFound("đợt xét chọn");
  return round;
}

/** The Khối's active accounts that may sit on its councils (its admins and staff). */
export async function councilCandidates(viewer: Viewer, roundId: string) {
  const round = await roundFor(viewer, roundId, "honour.manage");
  return db().user.findMany({
    where: {
      khoiId: round.khoiId,
      active: true,
      memberships: { some: { role: { in: [...SEAT_ROLES] }, unitId: round.khoiId } },
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

/**
 * What the round page shows of the council: its members and chair, how far each has voted (a
 * count, never the votes), the viewer's own ballots while they sit on it, and, once the chair has
 * closed the vote, the tally by title. A cơ sở sees none of it.
 */
export async function councilOf(viewer: Viewer, roundId: string) {
  const round = await roundFor(viewer, roundId, "honour.read");
  const [manages, ownSeat] = await Promise.all([
    db().honourRound.count({ where: { AND: [honourRoundScope(viewer, "honour.manage"), { id: round.id }] } }),
    db().councilSeat.findFirst({
      where: { AND: [ownSeatScope(viewer), { roundId: round.id }] },
      select: { id: true, chair: true },
    }),
  ]);
  if (!manages && !ownSeat) return null;
  const seats = await db().councilSeat.findMany({
    where: { roundId: round.id, khoiId: round.khoiId },
    select: { id: true, chair: true, user: { select: { id: true, name: true } }, _count: { select: { ballots: true } } },
    orderBy: [{ chair: "desc" }, { createdAt: "asc" }],
  });
  const nominations = await db().nomination.findMany({
    where: { roundId: round.id, khoiId: round.khoiId, status: "SUBMITTED" },
    select: { id: true, titleId: true },
  });
  const myBallots = ownSeat
    ? await db().ballot.findMany({
        where: { seatId: ownSeat.id, khoiId: round.khoiId },
        select: { nominationId: true, approve: true, score: true, version: true },
      })
    : [];
  const decided = round.status === "CLOSED" || round.status === "DECIDED";
  return {
    seats: seats.map((s) => ({ id: s.id, chair: s.chair, userId: s.user.id, name: s.user.name, voted: s._count.ballots })),
    nominationCount: nominations.length,
    seated: !!ownSeat,
    chair: !!ownSeat?.chair,
    myBallots,
    tally: decided ? await tallyOf(round, seats.length, nominations) : null,
  };
}
export type CouncilDto = NonNullable<Awaited<ReturnType<typeof councilOf>>>;

/** The final count, per title: ranks and proposals compare nominees for the same title only. */
async function tallyOf(
  round: { id: string; khoiId: string },
  councilSize: number,
  nominations: { id: string; titleId: string }[],
) {
  const ballots = await db().ballot.findMany({
    where: { roundId: round.id, khoiId: round.khoiId },
    select: { nominationId: true, approve: true, score: true, seat: { select: { userId: true } } },
  });
  const votes = ballots.map((b) => ({ nominationId: b.nominationId, userId: b.seat.userId, approve: b.approve, score: b.score }));
  const byTitle = new Map<string, string[]>();
  for (const n of nominations) byTitle.set(n.titleId, [...(byTitle.get(n.titleId) ?? []), n.id]);
  const rows: (TallyRow & { titleId: string })[] = [];
  for (const [titleId, ids] of byTitle) rows.push(...tally(ids, votes, councilSize).map((r) => ({ ...r, titleId })));
  return { councilSize, rows };
}

/**
 * Names the council and its chair. Changed freely until the first ballot is cast, then fixed: a
 * vote must be counted against the council it was cast in.
 */
export async function setCouncil(viewer: Viewer, input: z.output<typeof councilInput>) {
  const round = await roundFor(viewer, input.roundId, "honour.manage");
  if (round.status !== "OPEN" && round.status !== "VOTING") throw invalid({}, "Hội đồng đã kết thúc bỏ phiếu");
  const allowed = new Set((await councilCandidates(viewer, round.id)).map((u) => u.id));
  const strangers = input.userIds.filter((id) => !allowed.has(id));
  if (strangers.length) throw invalid({ userIds: "Chỉ chọn được tài khoản của cán bộ Đoàn Khối đang hoạt động" });
  await db().$transaction(async (tx) => {
    // The round's version guards the whole council: two people naming it at once conflict.
    const { count } = await tx.honourRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version, status: { in: ["OPEN", "VOTING"] } },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (await tx.ballot.count({ where: { roundId: round.id, khoiId: round.khoiId } }))
      throw invalid({}, "Hội đồng đã bắt đầu bỏ phiếu: không đổi được thành viên");
    const before = await tx.councilSeat.findMany({
      where: { roundId: round.id, khoiId: round.khoiId },
      select: { userId: true, chair: true },
    });
    await tx.councilSeat.deleteMany({ where: { roundId: round.id, khoiId: round.khoiId } });
    await tx.councilSeat.createMany({
      data: input.userIds.map((userId) => ({ khoiId: round.khoiId, roundId: round.id, userId, chair: userId === input.chairId })),
    });
    await recordAudit(
      {
        khoiId: round.khoiId,
        actorId: viewer.userId,
        action: "honour.council.set",
        targetType: "HonourRound",
        targetId: round.id,
        before: { members: before.map((s) => s.userId), chair: before.find((s) => s.chair)?.userId ?? null },
        after: { members: input.userIds, chair: input.chairId },
      },
      tx,
    );
  });
}

/**
 * Saves the viewer's own ballots on the round's sent nominations (one per nomination, created or
 * changed). Each changed ballot carries the version it was read at: two tabs do not overwrite.
 */
export async function castBallots(viewer: Viewer, input: z.output<typeof ballotsInput>) {
  const seat = await db().councilSeat.findFirst({
    where: { AND: [ownSeatScope(viewer), { roundId: input.roundId }] },
    select: { id: true, khoiId: true, roundId: true, round: { select: { status: true } } },
  });
  if (!seat) throw notFound("hội đồng của đợt xét chọn");
  if (seat.round.status !== "VOTING") throw invalid({}, "Hội đồng không còn nhận phiếu");
  const open = await db().nomination.findMany({
    where: {
      roundId: seat.roundId,
      khoiId: seat.khoiId,
      status: "SUBMITTED",
      id: { in: input.ballots.map((b) => b.nominationId) },
    },
    select: { id: true },
  });
  const known = new Set(open.map((n) => n.id));
  const unknown = input.ballots.findIndex((b) => !known.has(b.nominationId));
  if (unknown >= 0) throw invalid({ [`ballots.${unknown}.nominationId`]: "Không tìm thấy đề xuất" }, "Không tìm thấy đề xuất");
  try {
    await db().$transaction(async (tx) => {
      // The vote may have closed since the check above: the round row is locked until commit.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`
        SELECT "status"::text FROM "HonourRound" WHERE "id" = ${seat.roundId} AND "khoiId" = ${seat.khoiId} FOR SHARE`;
      if (locked?.status !== "VOTING") throw invalid({}, "Hội đồng không còn nhận phiếu");
      // The council may have been named anew while this waited for the lock.
      if (!(await tx.councilSeat.count({ where: { id: seat.id, khoiId: seat.khoiId } })))
        throw notFound("hội đồng của đợt xét chọn");
      for (const b of input.ballots) {
        const data = { approve: b.approve, score: b.score };
        if (b.version === null) {
          await tx.ballot.create({
            data: { ...data, khoiId: seat.khoiId, roundId: seat.roundId, seatId: seat.id, nominationId: b.nominationId },
          });
          continue;
        }
        const { count } = await tx.ballot.updateMany({
          where: { seatId: seat.id, nominationId: b.nominationId, khoiId: seat.khoiId, version: b.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflict();
      }
      await recordAudit(
        {
          khoiId: seat.khoiId,
          actorId: viewer.userId,
          action: "honour.ballot.cast",
          targetType: "HonourRound",
          targetId: seat.roundId,
          after: { ballots: input.ballots.length },
        },
        tx,
      );
    });
  } catch (error) {
    // A ballot saved meanwhile from another tab: this one was read without it.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/** The chair ends the vote (VOTING → CLOSED): the tally is final and shown to the Khối. */
export async function closeVoting(viewer: Viewer, input: z.output<typeof roundRefInput>) {
  const seat = await db().councilSeat.findFirst({
    where: { AND: [ownSeatScope(viewer), { roundId: input.id, chair: true }] },
    select: { khoiId: true, roundId: true, round: { select: { status: true } } },
  });
  if (!seat) throw notFound("đợt xét chọn do bạn làm chủ tịch hội đồng");
  if (seat.round.status !== "VOTING") throw invalid({}, "Hội đồng không ở bước bỏ phiếu");
  await db().$transaction(async (tx) => {
    const { count } = await tx.honourRound.updateMany({
      where: { id: seat.roundId, khoiId: seat.khoiId, version: input.version, status: "VOTING" },
      data: { status: "CLOSED", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: seat.khoiId,
        entityType: "HonourRound",
        entityId: seat.roundId,
        fromStatus: "VOTING",
        toStatus: "CLOSED",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}
