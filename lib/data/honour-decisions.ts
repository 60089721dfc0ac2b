import "server-only";
// Quyết định tuyên dương / khen thưởng: once the council's vote is closed, Khối staff issue the
// decision with its list of honourees (by default those the council proposed); the round is then
// locked (DECIDED). A decision is never edited: a correction is a new decision amending it, which
// adds honours or revokes some (the database refuses to change a decision or delete an honour).
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { NOMINEE_UNIT_SELECT } from "@/lib/domain/honour-labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { honourRoundScope, honourScope, type Viewer } from "@/lib/authz";
import type { decisionAmendInput, decisionIssueInput } from "@/lib/validation/honours";
import { recordAudit } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, notFound } from "./errors";
import { roundLink } from "./honour-rounds";
import { notifyUnits } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

async function managedRound(viewer: Viewer, id: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.manage"), { id }] },
    select: {
      id: true,
      khoiId: true,
      name: true,
      status: true,
      titles: { select: { titleId: true, title: { select: { name: true, subject: true, level: true } } } },
    },
  });
  if (!round) throw notFound("đợt xét chọn");
  return round;
}
type ManagedRound = Awaited<ReturnType<typeof managedRound>>;

/** The sent nominations of the round among `ids`; any other id is refused beside the list. */
async function sentNominations(round: ManagedRound, ids: string[]) {
  const rows = await db().nomination.findMany({
    where: { id: { in: ids }, roundId: round.id, khoiId: round.khoiId, status: "SUBMITTED" },
    select: { id: true, titleId: true, coSoId: true, memberId: true, unitId: true },
  });
  if (rows.length !== new Set(ids).size) throw invalid({ nominationIds: "Chỉ chọn được đề xuất đã gửi của đợt này" });
  return rows;
}

async function writeHonours(
  tx: Tx,
  round: ManagedRound,
  decision: { id: string; signedOn: Date },
  nominations: Awaited<ReturnType<typeof sentNominations>>,
) {
  const titles = new Map(round.titles.map((t) => [t.titleId, t.title]));
  await tx.honour.createMany({
    data: nominations.map((n) => {
      const title = titles.get(n.titleId)!;
      return {
        khoiId: round.khoiId,
        decisionId: decision.id,
        roundId: round.id,
        nominationId: n.id,
        titleId: n.titleId,
        titleName: title.name,
        subject: title.subject,
        level: title.level,
        coSoId: n.coSoId,
        memberId: n.memberId,
        unitId: n.unitId,
        decidedOn: decision.signedOn,
      };
    }),
  });
  await notifyUnits(tx, round.khoiId, [...new Set(nominations.map((n) => n.coSoId))], ["CO_SO_SECRETARY"], {
    kind: "honour",
    title: `Đã có quyết định khen thưởng: ${round.name}`,
    link: roundLink(round.id),
  });
}

/** The decision row both an issue and an amendment write: number, date, signature, who and the form's key. */
const decisionRow = (
  round: ManagedRound,
  id: string,
  viewer: Viewer,
  input: z.output<typeof decisionIssueInput | typeof decisionAmendInput>,
) => ({
  id,
  khoiId: round.khoiId,
  roundId: round.id,
  number: input.number,
  signedOn: input.signedOn,
  signOnBehalf: input.signOnBehalf,
  signTitle: input.signTitle,
  signName: input.signName,
  requestKey: input.requestKey,
  createdById: viewer.userId,
});

/** Issues the round's decision (CLOSED → DECIDED) with the chosen nominations as honours. */
export async function issueDecision(viewer: Viewer, input: z.output<typeof decisionIssueInput>) {
  const round = await managedRound(viewer, input.roundId);
  const made = () =>
    db().honourDecision.findFirst({ where: { khoiId: round.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    if (round.status !== "CLOSED")
      throw invalid({}, "Chỉ ra quyết định sau khi hội đồng kết thúc bỏ phiếu, và một lần cho mỗi đợt");
    const nominations = await sentNominations(round, input.nominationIds);
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      const { count } = await tx.honourRound.updateMany({
        where: { id: round.id, khoiId: round.khoiId, version: input.version, status: "CLOSED" },
        data: { status: "DECIDED", version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await tx.honourDecision.create({ data: decisionRow(round, id, viewer, input) });
      await writeHonours(tx, round, { id, signedOn: input.signedOn }, nominations);
      await recordStatusChange(
        {
          khoiId: round.khoiId,
          entityType: "HonourRound",
          entityId: round.id,
          fromStatus: "CLOSED",
          toStatus: "DECIDED",
          actorId: viewer.userId,
        },
        tx,
        { decisionId: id, number: input.number, honours: nominations.length },
      );
    });
    return { id };
  });
}

/**
 * A decision amending an earlier one of the same round: honours added (sent nominations without a
 * standing honour) and honours revoked (standing ones of the round), with its own number and date.
 */
export async function amendDecision(viewer: Viewer, input: z.output<typeof decisionAmendInput>) {
  const round = await managedRound(viewer, input.roundId);
  const made = () =>
    db().honourDecision.findFirst({ where: { khoiId: round.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    if (round.status !== "DECIDED") throw invalid({}, "Đợt chưa có quyết định để sửa đổi");
    const amended = await db().honourDecision.findFirst({
      where: { id: input.amendsId, roundId: round.id, khoiId: round.khoiId },
      select: { id: true },
    });
    if (!amended) throw invalid({ amendsId: "Không tìm thấy quyết định được sửa đổi của đợt này" });
    const added = await sentNominations(round, input.nominationIds);
    const standing = await db().honour.findMany({
      where: { roundId: round.id, khoiId: round.khoiId, revokedById: null },
      select: { id: true, nominationId: true },
    });
    if (added.some((n) => standing.some((h) => h.nominationId === n.id)))
      throw invalid({ nominationIds: "Đề xuất này đã được khen thưởng" });
    const revoke = [...new Set(input.revokeHonourIds)];
    if (!revoke.every((id) => standing.some((h) => h.id === id)))
      throw invalid({ revokeHonourIds: "Chỉ thu hồi được khen thưởng đang có hiệu lực của đợt này" });
    if (!added.length && !revoke.length) throw invalid({ nominationIds: "Chọn đề xuất bổ sung hoặc khen thưởng cần thu hồi" });
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      // The round's version orders amendments: two at once cannot both revoke the same honour.
      const { count } = await tx.honourRound.updateMany({
        where: { id: round.id, khoiId: round.khoiId, version: input.version, status: "DECIDED" },
        data: { version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await tx.honourDecision.create({
        data: { ...decisionRow(round, id, viewer, input), amendsId: amended.id, note: input.note },
      });
      if (added.length) await writeHonours(tx, round, { id, signedOn: input.signedOn }, added);
      if (revoke.length) {
        const revoked = await tx.honour.updateMany({
          where: { id: { in: revoke }, khoiId: round.khoiId, revokedById: null },
          data: { revokedById: id },
        });
        if (revoked.count !== revoke.length) throw conflict();
      }
      await recordAudit(
        {
          khoiId: round.khoiId,
          actorId: viewer.userId,
          action: "honour.decision.amend",
          targetType: "HonourRound",
          targetId: round.id,
          after: { decisionId: id, amendsId: amended.id, number: input.number, added: added.map((n) => n.id), revoked: revoke },
        },
        tx,
      );
    });
    return { id };
  });
}

/** The round's decisions, oldest first, each with its honours (standing or revoked). */
export async function decisionsOf(viewer: Viewer, roundId: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.read"), { id: roundId }] },
    select: { id: true, khoiId: true },
  });
  if (!round) throw notFound("đợt xét chọn");
  const nominee = {
    select: {
      id: true,
      member: { select: { fullName: true, position: true, agency: true } },
      unit: NOMINEE_UNIT_SELECT,
    },
  };
  return db().honourDecision.findMany({
    where: { roundId: round.id, khoiId: round.khoiId },
    select: {
      id: true,
      number: true,
      signedOn: true,
      signOnBehalf: true,
      signTitle: true,
      signName: true,
      note: true,
      amends: { select: { id: true, number: true, signedOn: true } },
      honours: {
        select: {
          id: true,
          titleName: true,
          subject: true,
          revokedById: true,
          nomination: nominee,
        },
        orderBy: [{ titleName: "asc" }, { createdAt: "asc" }],
      },
      revoked: {
        select: {
          id: true,
          titleName: true,
          nomination: nominee,
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
}
export type DecisionDto = Awaited<ReturnType<typeof decisionsOf>>[number];

/** What the decision's Word file prints: the decision, its round's plan header and the honourees. */
export async function decisionDocument(viewer: Viewer, roundId: string, decisionId: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.read"), { id: roundId }] },
    select: {
      id: true,
      khoiId: true,
      name: true,
      year: true,
      plan: {
        select: {
          kind: true,
          number: true,
          subject: true,
          superiorName: true,
          issuerName: true,
          place: true,
          unit: NOMINEE_UNIT_SELECT,
        },
      },
    },
  });
  if (!round) throw notFound("đợt xét chọn");
  const [decision, closed] = await Promise.all([
    decisionsOf(viewer, round.id).then((all) => all.find((d) => d.id === decisionId)),
    db().statusChange.findFirst({
      where: { khoiId: round.khoiId, entityType: "HonourRound", entityId: round.id, toStatus: "CLOSED" },
      select: { createdAt: true },
    }),
  ]);
  if (!decision) throw notFound("quyết định");
  return { round, decision, councilClosedAt: closed?.createdAt ?? null };
}

/**
 * The viewer's own honours (as a member), standing ones, newest first, for their record: those the
 * Khối decided, and the city-level titles the Thành Đoàn conferred on the Khối's proposals.
 */
export async function myHonours(viewer: Viewer) {
  const own: Prisma.HonourWhereInput = {
    AND: [honourScope(viewer), { revokedById: null, nomination: { member: { userId: viewer.userId } } }],
  };
  const [khoi, city] = await Promise.all([
    db().honour.findMany({
      where: own,
      select: {
        id: true,
        titleName: true,
        level: true,
        decidedOn: true,
        roundId: true,
        decision: { select: { number: true, signedOn: true } },
      },
      orderBy: { decidedOn: "desc" },
      take: 100,
    }),
    db().cityProposal.findMany({
      where: { status: "ACCEPTED", honour: own },
      select: { id: true, titleName: true, decisionNumber: true, decidedOn: true, honour: { select: { roundId: true } } },
      orderBy: { decidedOn: "desc" },
      take: 100,
    }),
  ]);
  const rows = [
    ...khoi.map((h) => ({
      id: h.id,
      titleName: h.titleName,
      level: h.level,
      roundId: h.roundId,
      decisionNumber: h.decision.number,
      decidedOn: h.decidedOn,
      by: "KHOI" as const,
    })),
    ...city.map((p) => ({
      id: p.id,
      titleName: p.titleName,
      level: "CITY" as const,
      roundId: p.honour.roundId,
      decisionNumber: p.decisionNumber ?? "",
      decidedOn: p.decidedOn ?? new Date(0),
      by: "CITY" as const,
    })),
  ];
  return rows.sort((x, y) => y.decidedOn.getTime() - x.decidedOn.getTime());
}
export type OwnHonourDto = Awaited<ReturnType<typeof myHonours>>[number];
