import "server-only";
// Đề xuất: a cơ sở secretary nominates a member of the cơ sở (cá nhân) or a collective (a chi đoàn
// of it, or the cơ sở itself) for a title of an open round: draft, send before the deadline,
// withdraw; the Khối returns one with a comment. A chi đoàn secretary does the same for the chi
// đoàn's members and the chi đoàn itself, but sends to the cơ sở (PROPOSED), which sends it on
// within its quota or withdraws it. One nomination per nominee, title and round; at
// most the round's quota sent per cơ sở and title. Each nominee's criteria are checked live
// against their confirmed records of the round's period.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { NOMINEE_UNIT_SELECT } from "@/lib/domain/honour-labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, honourRoundScope, memberScope, nominationScope, unitScope, type Viewer } from "@/lib/authz";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { evaluateCriteria, type Criterion, type TypedAnswers } from "@/lib/domain/honour-criteria";
import type {
  nominationCreateInput,
  nominationRefInput,
  nominationReturnInput,
  nominationUpdateInput,
} from "@/lib/validation/honours";
import { recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { memberAchievements, unitAchievements } from "./honour-achievements";
import { roundLink } from "./honour-rounds";
import { notifyUnits } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

/** The round's criteria of a title, as copied when the round opened. */
const criteriaOf = (json: Prisma.JsonValue) => json as unknown as (Criterion & { pillar: number | null })[];

const CLOSED = "Đợt xét chọn đã ngừng nhận đề xuất";

async function openRoundFor(viewer: Viewer, roundId: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.read"), { id: roundId }] },
    select: {
      id: true,
      khoiId: true,
      status: true,
      dueOn: true,
      quotaPerCoSo: true,
      titles: { select: { titleId: true, criteria: true, title: { select: { subject: true } } } },
    },
  });
  if (!round) throw notFound("đợt xét chọn");
  if (round.status !== "OPEN") throw invalid({}, CLOSED);
  return round;
}

const pastDue = (dueOn: Date) => todayInVietnam() > dueOn;

/** Keeps only answers to the title's typed criteria. */
function typedAnswers(criteria: Criterion[], answers: Record<string, boolean>): Record<string, boolean> {
  const typed = new Set(criteria.filter((c) => c.source === "TYPED").map((c) => c.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => typed.has(id)));
}

/** Where the viewer nominates in this Khối: as a cơ sở (to the Khối), or as a chi đoàn (to its cơ sở). */
function nominatingUnits(viewer: Viewer, khoiId: string) {
  const grants = grantsFor(viewer, "honour.nominate").filter((g) => g.khoiIds.includes(khoiId));
  const of = (kind: "CO_SO" | "CHI_DOAN") => grants.filter((g) => g.unitKind === kind).map((g) => g.unitId);
  return { coSoIds: of("CO_SO"), chiDoanIds: of("CHI_DOAN") };
}

export async function createNomination(viewer: Viewer, input: z.output<typeof nominationCreateInput>) {
  const round = await openRoundFor(viewer, input.roundId);
  if (pastDue(round.dueOn)) throw invalid({}, `Đã quá hạn đề xuất (${formatVietnameseDate(round.dueOn)})`);
  const roundTitle = round.titles.find((t) => t.titleId === input.titleId);
  if (!roundTitle) throw invalid({ titleId: "Danh hiệu không thuộc đợt xét chọn này" });
  const { coSoIds, chiDoanIds } = nominatingUnits(viewer, round.khoiId);
  // Nominated by the cơ sở when the viewer holds it, else proposed by the viewer's chi đoàn.
  let nominee: { coSoId: string; chiDoanId: string | null; memberId: string | null; unitId: string | null };
  if (input.memberId) {
    if (roundTitle.title.subject !== "INDIVIDUAL") throw invalid({ memberId: "Danh hiệu này dành cho tập thể" });
    const member = await db().member.findFirst({
      where: {
        AND: [
          memberScope(viewer, "member.read"),
          { id: input.memberId, khoiId: round.khoiId, active: true },
          { OR: [{ coSoId: { in: coSoIds } }, { chiDoanId: { in: chiDoanIds } }] },
        ],
      },
      select: { id: true, coSoId: true, chiDoanId: true },
    });
    if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên trong đơn vị của bạn" });
    nominee = {
      coSoId: member.coSoId,
      chiDoanId: coSoIds.includes(member.coSoId) ? null : member.chiDoanId,
      memberId: member.id,
      unitId: null,
    };
  } else {
    if (roundTitle.title.subject !== "COLLECTIVE") throw invalid({ unitId: "Danh hiệu này dành cho cá nhân" });
    const unit = await db().unit.findFirst({
      where: {
        AND: [
          unitScope(viewer, "unit.read"),
          { id: input.unitId!, khoiId: round.khoiId, active: true, kind: { in: ["CO_SO", "CHI_DOAN"] } },
          { OR: [{ coSoId: { in: coSoIds } }, { id: { in: chiDoanIds } }] },
        ],
      },
      select: { id: true, coSoId: true },
    });
    if (!unit?.coSoId) throw invalid({ unitId: "Không tìm thấy tập thể trong đơn vị của bạn" });
    nominee = {
      coSoId: unit.coSoId,
      chiDoanId: coSoIds.includes(unit.coSoId) ? null : unit.id,
      memberId: null,
      unitId: unit.id,
    };
  }
  const nomineeKey = (nominee.memberId ?? nominee.unitId)!;
  const answers = typedAnswers(criteriaOf(roundTitle.criteria), input.answers);
  const made = () =>
    db().nomination.findFirst({ where: { khoiId: round.khoiId, requestKey: input.requestKey }, select: { id: true } });
  const taken = () =>
    db().nomination.findFirst({
      where: { roundId: round.id, titleId: input.titleId, nomineeKey, khoiId: round.khoiId },
      select: { id: true, status: true, version: true },
    });
  return createOnce(made, async () => {
    const existing = await taken();
    // Nominated before and withdrawn: the same row comes back as a draft (one per nominee and title).
    if (existing && existing.status !== "WITHDRAWN") throw invalid({ [input.memberId ? "memberId" : "unitId"]: ALREADY });
    const id = existing?.id ?? crypto.randomUUID();
    try {
      await db().$transaction(async (tx) => {
        if (existing) {
          const { count } = await tx.nomination.updateMany({
            where: { id, khoiId: round.khoiId, version: existing.version, status: "WITHDRAWN" },
            data: {
              status: "DRAFT",
              // Whoever nominates again owns it now (the member may have moved since).
              coSoId: nominee.coSoId,
              chiDoanId: nominee.chiDoanId,
              createdById: viewer.userId,
              narrative: input.narrative,
              answers,
              requestKey: input.requestKey,
              reviewComment: null,
              submittedAt: null,
              late: false,
              version: { increment: 1 },
            },
          });
          if (count === 0) throw conflict();
        } else {
          await tx.nomination.create({
            data: {
              id,
              khoiId: round.khoiId,
              roundId: round.id,
              titleId: input.titleId,
              ...nominee,
              nomineeKey,
              narrative: input.narrative,
              answers,
              requestKey: input.requestKey,
              createdById: viewer.userId,
            },
          });
        }
        await recordStatusChange(
          {
            khoiId: round.khoiId,
            entityType: "Nomination",
            entityId: id,
            fromStatus: existing ? "WITHDRAWN" : null,
            toStatus: "DRAFT",
            actorId: viewer.userId,
          },
          tx,
          { roundId: round.id, titleId: input.titleId, memberId: nominee.memberId, unitId: nominee.unitId },
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, "nomineeKey")) throw invalid({ [input.memberId ? "memberId" : "unitId"]: ALREADY });
      throw error;
    }
    return { id };
  });
}

const ALREADY = "Đã được đề xuất cho danh hiệu này trong đợt";

async function findOwn(viewer: Viewer, id: string) {
  const nomination = await db().nomination.findFirst({
    where: { AND: [nominationScope(viewer, "honour.nominate"), { id }] },
    select: {
      id: true,
      khoiId: true,
      roundId: true,
      titleId: true,
      coSoId: true,
      chiDoanId: true,
      status: true,
      submittedAt: true,
    },
  });
  if (!nomination) throw notFound("đề xuất");
  // A secretary of the nomination's cơ sở sends it to the Khối; a chi đoàn only to its cơ sở.
  const byCoSo = nominatingUnits(viewer, nomination.khoiId).coSoIds.includes(nomination.coSoId);
  return { ...nomination, byCoSo };
}

/** The steps in which the nominator may still edit and send a nomination. */
const EDITABLE = ["DRAFT", "RETURNED", "PROPOSED"] as const;
const editable = (status: string) => (EDITABLE as readonly string[]).includes(status);

export async function updateNomination(viewer: Viewer, input: z.output<typeof nominationUpdateInput>) {
  const nomination = await findOwn(viewer, input.id);
  if (!editable(nomination.status)) throw invalid({}, "Đề xuất đã gửi: rút về để sửa");
  const round = await openRoundFor(viewer, nomination.roundId);
  const roundTitle = round.titles.find((t) => t.titleId === nomination.titleId)!;
  const after = { narrative: input.narrative, answers: typedAnswers(criteriaOf(roundTitle.criteria), input.answers) };
  await db().$transaction(async (tx) => {
    const where = {
      id: nomination.id,
      khoiId: nomination.khoiId,
      version: input.version,
      status: { in: [...EDITABLE] },
    };
    const before = await tx.nomination.findFirst({ where, select: { narrative: true, answers: true } });
    const { count } = await tx.nomination.updateMany({
      where: { ...where, khoiId: nomination.khoiId },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await recordChange(
      {
        khoiId: nomination.khoiId,
        actorId: viewer.userId,
        action: "honour.nomination.update",
        targetType: "Nomination",
        targetId: nomination.id,
      },
      before,
      after,
      tx,
    );
  });
}

/**
 * Sends a nomination: before the deadline (a returned one may come back after it, marked late).
 * The cơ sở sends to the Khối, within the round's quota for the cơ sở and title, counted under a
 * lock on the round so parallel sends cannot pass it together; a chi đoàn sends to its cơ sở.
 */
export async function submitNomination(viewer: Viewer, input: z.output<typeof nominationRefInput>) {
  const nomination = await findOwn(viewer, input.id);
  const from = nomination.status;
  if (!editable(from) || (from === "PROPOSED" && !nomination.byCoSo))
    throw invalid({}, from === "PROPOSED" ? "Đề xuất đã gửi cơ sở" : "Đề xuất đã được gửi");
  const round = await openRoundFor(viewer, nomination.roundId);
  const late = pastDue(round.dueOn);
  // After the deadline only what was in hand before it goes on, marked late: a nomination the
  // Khối returned, or one a chi đoàn proposed (a chi đoàn cannot propose after the deadline).
  if (late && !nomination.submittedAt && from !== "PROPOSED")
    throw invalid({}, `Đã quá hạn đề xuất (${formatVietnameseDate(round.dueOn)})`);
  const to = nomination.byCoSo ? "SUBMITTED" : "PROPOSED";
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "HonourRound" WHERE "id" = ${round.id} AND "khoiId" = ${round.khoiId} FOR UPDATE`;
    if (to === "SUBMITTED" && round.quotaPerCoSo !== null) {
      const sent = await tx.nomination.count({
        where: {
          roundId: round.id,
          khoiId: round.khoiId,
          titleId: nomination.titleId,
          coSoId: nomination.coSoId,
          status: "SUBMITTED",
        },
      });
      if (sent >= round.quotaPerCoSo)
        throw invalid({}, `Cơ sở đã gửi đủ ${round.quotaPerCoSo} đề xuất cho danh hiệu này (số lượng tối đa của đợt)`);
    }
    const { count } = await tx.nomination.updateMany({
      where: { id: nomination.id, khoiId: nomination.khoiId, version: input.version, status: from },
      data:
        to === "SUBMITTED"
          ? { status: to, submittedAt: new Date(), late, version: { increment: 1 } }
          : { status: to, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await step(tx, viewer, nomination, from, to);
    if (to === "PROPOSED")
      await notifyUnits(tx, nomination.khoiId, [nomination.coSoId], ["CO_SO_SECRETARY"], {
        kind: "submitted",
        title: "Chi đoàn gửi đề xuất khen thưởng",
        link: roundLink(nomination.roundId),
      });
    // The chi đoàn learns that its proposal went on to the Khối.
    else if (nomination.chiDoanId)
      await notifyUnits(tx, nomination.khoiId, [nomination.chiDoanId], ["CHI_DOAN_SECRETARY"], {
        kind: "honour",
        title: "Cơ sở đã gửi đề xuất khen thưởng của chi đoàn lên Đoàn Khối",
        link: roundLink(nomination.roundId),
      });
  });
}

/** Withdraws (rút) a nomination while the round takes them; it is kept, and may be made again. */
export async function withdrawNomination(viewer: Viewer, input: z.output<typeof nominationRefInput>) {
  const nomination = await findOwn(viewer, input.id);
  // Once the cơ sở sent a chi đoàn's proposal on, it answers for it to the Khối.
  if (!nomination.byCoSo && nomination.status === "SUBMITTED")
    throw invalid({}, "Cơ sở đã gửi đề xuất này lên Đoàn Khối: liên hệ cơ sở để rút");
  await openRoundFor(viewer, nomination.roundId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.nomination.updateMany({
      where: { id: nomination.id, khoiId: nomination.khoiId, version: input.version, status: nomination.status },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await step(tx, viewer, nomination, nomination.status, "WITHDRAWN");
    // The cơ sở learns that a proposal waiting for it was taken back.
    if (!nomination.byCoSo && nomination.status === "PROPOSED")
      await notifyUnits(tx, nomination.khoiId, [nomination.coSoId], ["CO_SO_SECRETARY"], {
        kind: "honour",
        title: "Chi đoàn đã rút đề xuất khen thưởng",
        link: roundLink(nomination.roundId),
      });
    // The chi đoàn learns that its cơ sở did not send its proposal on.
    if (nomination.byCoSo && nomination.chiDoanId)
      await notifyUnits(tx, nomination.khoiId, [nomination.chiDoanId], ["CHI_DOAN_SECRETARY"], {
        kind: "returned",
        title: "Cơ sở đã rút đề xuất khen thưởng của chi đoàn",
        link: roundLink(nomination.roundId),
      });
  });
}

/** The Khối returns a sent nomination with a comment; the cơ sở fixes it and sends it again. */
export async function returnNomination(viewer: Viewer, input: z.output<typeof nominationReturnInput>) {
  const nomination = await db().nomination.findFirst({
    where: { AND: [nominationScope(viewer, "honour.manage"), { id: input.id }] },
    select: { id: true, khoiId: true, roundId: true, coSoId: true, chiDoanId: true, status: true },
  });
  if (!nomination) throw notFound("đề xuất");
  if (nomination.status !== "SUBMITTED") throw invalid({}, "Chỉ trả lại đề xuất đang chờ xét");
  await openRoundFor(viewer, nomination.roundId);
  await db().$transaction(async (tx) => {
    const { count } = await tx.nomination.updateMany({
      where: { id: nomination.id, khoiId: nomination.khoiId, version: input.version, status: "SUBMITTED" },
      data: { status: "RETURNED", reviewComment: input.comment, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await step(tx, viewer, nomination, "SUBMITTED", "RETURNED", input.comment);
    const proposer = nomination.chiDoanId ? [nomination.chiDoanId] : [];
    await notifyUnits(tx, nomination.khoiId, [nomination.coSoId, ...proposer], ["CO_SO_SECRETARY", "CHI_DOAN_SECRETARY"], {
      kind: "returned",
      title: "Đề xuất khen thưởng bị trả lại",
      link: roundLink(nomination.roundId),
    });
  });
}

function step(tx: Tx, viewer: Viewer, n: { id: string; khoiId: string }, from: string, to: string, comment?: string) {
  return recordStatusChange(
    {
      khoiId: n.khoiId,
      entityType: "Nomination",
      entityId: n.id,
      fromStatus: from,
      toStatus: to,
      actorId: viewer.userId,
      comment,
    },
    tx,
  );
}

/**
 * The nominations of a round the viewer may see (a cơ sở its own, the Khối those sent), each with
 * its nominee and every criterion met or not, computed ones from the records of the round's period.
 */
export async function listNominations(viewer: Viewer, roundId: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.read"), { id: roundId }] },
    select: { id: true, periodFrom: true, periodTo: true, year: true, titles: { select: { titleId: true, criteria: true } } },
  });
  if (!round) throw notFound("đợt xét chọn");
  const rows = await db().nomination.findMany({
    where: {
      AND: [
        { OR: [nominationScope(viewer, "honour.nominate"), nominationScope(viewer, "honour.manage")] },
        { roundId: round.id },
      ],
    },
    select: {
      id: true,
      titleId: true,
      coSoId: true,
      chiDoanId: true,
      memberId: true,
      unitId: true,
      status: true,
      narrative: true,
      answers: true,
      submittedAt: true,
      late: true,
      reviewComment: true,
      version: true,
      member: { select: { fullName: true, position: true, agency: true } },
      unit: NOMINEE_UNIT_SELECT,
    },
    orderBy: [{ titleId: "asc" }, { createdAt: "asc" }],
  });
  const period = { from: round.periodFrom, to: new Date(round.periodTo.getTime() + 86_400_000), year: round.year };
  const [people, units] = await Promise.all([
    memberAchievements(
      viewer,
      rows.flatMap((r) => (r.memberId ? [r.memberId] : [])),
      period,
    ),
    unitAchievements(
      viewer,
      rows.flatMap((r) => (r.unitId ? [{ id: r.unitId }] : [])),
      period,
    ),
  ]);
  const criteria = new Map(round.titles.map((t) => [t.titleId, criteriaOf(t.criteria)]));
  return rows.map((r) => {
    const achievements = (r.memberId ? people.get(r.memberId) : units.get(r.unitId!))!;
    return {
      ...r,
      results: evaluateCriteria(criteria.get(r.titleId) ?? [], achievements, r.answers as TypedAnswers),
      achievements,
    };
  });
}
export type NominationRow = Awaited<ReturnType<typeof listNominations>>[number];

/** Whom the viewer may nominate in a round's Khối: the members and collectives of their cơ sở or chi đoàn. */
/** `year`: the round's; each member says which titles they registered for that year (đăng ký thi đua). */
export async function nominationOptions(viewer: Viewer, khoiId: string, year: number) {
  const { coSoIds, chiDoanIds } = nominatingUnits(viewer, khoiId);
  if (!coSoIds.length && !chiDoanIds.length) return { members: [], units: [] };
  const [members, units] = await Promise.all([
    db().member.findMany({
      where: {
        AND: [
          memberScope(viewer, "member.read"),
          { khoiId, active: true, OR: [{ coSoId: { in: coSoIds } }, { chiDoanId: { in: chiDoanIds } }] },
        ],
      },
      select: {
        id: true,
        fullName: true,
        chiDoan: { select: { name: true } },
        titleRegistrations: { where: { year, active: true }, select: { titleId: true } },
      },
      orderBy: { sortName: "asc" },
      take: 2000,
    }),
    db().unit.findMany({
      where: {
        AND: [
          unitScope(viewer, "unit.read"),
          { khoiId, active: true, kind: { in: ["CO_SO", "CHI_DOAN"] } },
          { OR: [{ coSoId: { in: coSoIds } }, { id: { in: chiDoanIds } }] },
        ],
      },
      select: { id: true, name: true, kind: true },
      orderBy: [{ kind: "asc" }, { name: "asc" }],
    }),
  ]);
  return {
    members: members.map((m) => ({
      id: m.id,
      label: `${m.fullName} — ${m.chiDoan.name}`,
      registeredFor: m.titleRegistrations.map((r) => r.titleId),
    })),
    units: units.map((u) => ({ id: u.id, label: u.name })),
  };
}
