import "server-only";
// Đề nghị Thành Đoàn khen thưởng: once its round is decided, the Khối puts chosen honourees forward
// for a city-level title; the Thành Đoàn staff above the Khối accept (with their decision's
// number and date) or decline (with a reason). The city sees only what was sent to it: the
// honouree, the Khối's decision and its word, never the round's drafts or votes.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { NOMINEE_UNIT_SELECT } from "@/lib/domain/honour-labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityProposalScope, grantsFor, honourRoundScope, honourTitleScope, type Viewer } from "@/lib/authz";
import type {
  cityAcceptInput,
  cityBallotInput,
  cityDeclineInput,
  cityForwardInput,
  cityProposalRefInput,
} from "@/lib/validation/honours";
import { recordAudit } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { roundLink } from "./honour-rounds";
import { notifyUnits } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

/** The Khối's city-level titles, active, a proposal may name. */
export function cityTitles(viewer: Viewer, khoiId: string) {
  return db().honourTitle.findMany({
    where: { AND: [honourTitleScope(viewer, "honour.forward"), { khoiId, level: "CITY", active: true }] },
    select: { id: true, name: true, subject: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Sends the chosen standing honours of a decided round to the city for one of the Khối's
 * city-level titles. One form, one key on every row it sends: a replay finds them. An honouree
 * already proposed for that title (and not withdrawn) is refused beside the list.
 */
export async function forwardHonours(viewer: Viewer, input: z.output<typeof cityForwardInput>) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.forward"), { id: input.roundId }] },
    select: { id: true, khoiId: true, status: true },
  });
  if (!round) throw notFound("đợt xét chọn");
  const made = () =>
    db().cityProposal.findFirst({ where: { khoiId: round.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    if (round.status !== "DECIDED") throw invalid({}, "Chỉ đề nghị cấp Thành sau khi đợt đã có quyết định khen thưởng");
    const title = await db().honourTitle.findFirst({
      where: { id: input.titleId, khoiId: round.khoiId, level: "CITY", active: true },
      select: { id: true, name: true, subject: true },
    });
    if (!title) throw invalid({ titleId: "Chỉ chọn được danh hiệu cấp Thành của Đoàn Khối" });
    const ids = [...new Set(input.honourIds)];
    const honours = await db().honour.findMany({
      where: { id: { in: ids }, roundId: round.id, khoiId: round.khoiId, revokedById: null },
      select: { id: true, subject: true, proposals: { where: { titleId: title.id }, select: { id: true, status: true } } },
    });
    if (honours.length !== ids.length) throw invalid({ honourIds: "Chỉ đề nghị được khen thưởng đang có hiệu lực của đợt này" });
    if (honours.some((h) => h.subject !== title.subject))
      throw invalid({
        honourIds: `Danh hiệu “${title.name}” dành cho ${title.subject === "INDIVIDUAL" ? "cá nhân" : "tập thể"}`,
      });
    if (honours.some((h) => h.proposals.some((p) => p.status !== "WITHDRAWN")))
      throw invalid({ honourIds: `Có người, tập thể đã được đề nghị danh hiệu “${title.name}”` });

    const first = crypto.randomUUID();
    // Up to 500 honourees, three writes each: more than the default 5 s on a slow disk.
    await db().$transaction(
      async (tx) => {
        for (const [i, h] of honours.entries()) {
          const again = h.proposals[0];
          const row = { reason: input.reason, sentById: viewer.userId, requestKey: input.requestKey };
          // A withdrawn proposal is sent again (the same row: one per honouree and title).
          const id = again?.id ?? (i === 0 ? first : crypto.randomUUID());
          if (again) {
            const { count } = await tx.cityProposal.updateMany({
              where: { id: again.id, khoiId: round.khoiId, status: "WITHDRAWN" },
              // A new sending is a new question to the city: its council votes afresh.
              data: { ...row, status: "SENT", sentAt: new Date(), votingClosedAt: null, version: { increment: 1 } },
            });
            if (count === 0) throw conflict();
            await tx.cityBallot.deleteMany({ where: { proposalId: again.id, khoiId: round.khoiId } });
          } else {
            await tx.cityProposal.create({
              data: { ...row, id, khoiId: round.khoiId, honourId: h.id, titleId: title.id, titleName: title.name },
            });
          }
          await step(tx, viewer, { id, khoiId: round.khoiId }, again ? "WITHDRAWN" : null, "SENT", undefined, {
            title: title.name,
          });
        }
      },
      { timeout: 30_000 },
    );
    return { id: honours[0]?.proposals[0]?.id ?? first };
  });
}

/** The Khối takes a proposal back while the city has not decided it. */
export async function withdrawProposal(viewer: Viewer, input: z.output<typeof cityProposalRefInput>) {
  const proposal = await reach(viewer, "honour.forward", input.id);
  if (proposal.status !== "SENT") throw invalid({}, "Chỉ rút được đề nghị Thành Đoàn chưa xét");
  await move(viewer, proposal, input.version, "WITHDRAWN", {});
}

/** The city confers the title: its decision's number and date; it counts from that day. */
export async function acceptProposal(viewer: Viewer, input: z.output<typeof cityAcceptInput>) {
  const proposal = await reach(viewer, "honour.city", input.id);
  await refuseUnlessOpen(proposal);
  refuseWhileVoting(proposal);
  await move(viewer, proposal, input.version, "ACCEPTED", {
    decisionNumber: input.decisionNumber,
    decidedOn: input.decidedOn,
    decidedById: viewer.userId,
  });
}

/** The city declines, saying why; the Khối sees the reason. */
export async function declineProposal(viewer: Viewer, input: z.output<typeof cityDeclineInput>) {
  const proposal = await reach(viewer, "honour.city", input.id);
  await refuseUnlessOpen(proposal);
  refuseWhileVoting(proposal);
  await move(viewer, proposal, input.version, "DECLINED", { decisionNote: input.note, decidedById: viewer.userId }, input.note);
}

async function reach(viewer: Viewer, action: "honour.forward" | "honour.city", id: string) {
  const proposal = await db().cityProposal.findFirst({
    where: { AND: [cityProposalScope(viewer, action), { id }] },
    select: {
      id: true,
      khoiId: true,
      status: true,
      titleName: true,
      votingClosedAt: true,
      honour: { select: { roundId: true, revokedById: true } },
      _count: { select: { ballots: true } },
    },
  });
  if (!proposal) throw notFound("đề nghị");
  return proposal;
}
type Reached = Awaited<ReturnType<typeof reach>>;

async function refuseUnlessOpen(proposal: Reached) {
  if (proposal.status !== "SENT") throw invalid({}, "Đề nghị này đã được xét hoặc đã được Đoàn Khối rút lại");
  if (proposal.honour.revokedById) throw invalid({}, "Đoàn Khối đã thu hồi khen thưởng làm căn cứ của đề nghị này");
}

const VOTING = "Hội đồng đang bỏ phiếu đề nghị này: kết thúc bỏ phiếu trước khi quyết định";

/** The city decides a proposal its council voted on only once the vote has ended. */
function refuseWhileVoting(proposal: Reached) {
  if (proposal._count.ballots > 0 && !proposal.votingClosedAt) throw invalid({}, VOTING);
}

async function move(
  viewer: Viewer,
  proposal: Reached,
  version: number,
  to: "WITHDRAWN" | "ACCEPTED" | "DECLINED",
  data: Prisma.CityProposalUpdateManyMutationInput,
  comment?: string,
) {
  await db().$transaction(async (tx) => {
    if (to !== "WITHDRAWN") {
      // A ballot being cast holds the row (FOR SHARE) until it commits: wait for it, then count
      // in a statement of its own, which sees that ballot (the UPDATE below would not).
      await tx.$queryRaw`SELECT "id" FROM "CityProposal" WHERE "id" = ${proposal.id} AND "khoiId" = ${proposal.khoiId} FOR UPDATE`;
      const open = await tx.cityProposal.count({
        where: { id: proposal.id, khoiId: proposal.khoiId, votingClosedAt: null, ballots: { some: {} } },
      });
      if (open) throw invalid({}, VOTING);
    }
    const { count } = await tx.cityProposal.updateMany({
      // Accepting also needs the Khối honour still standing: a revocation in between is a conflict.
      where: {
        id: proposal.id,
        khoiId: proposal.khoiId,
        version,
        status: "SENT",
        ...(to === "ACCEPTED" ? { honour: { revokedById: null } } : {}),
        // A first ballot cast meanwhile puts the decision after the vote.
        ...(to !== "WITHDRAWN" ? { OR: [{ votingClosedAt: { not: null } }, { ballots: { none: {} } }] } : {}),
      },
      data: { ...data, status: to, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await step(tx, viewer, proposal, "SENT", to, comment);
    if (to !== "WITHDRAWN")
      await notifyUnits(tx, proposal.khoiId, [proposal.khoiId], ["KHOI_ADMIN", "KHOI_STAFF"], {
        kind: "honour",
        title: `Thành Đoàn ${to === "ACCEPTED" ? "đã công nhận" : "không công nhận"} đề nghị “${proposal.titleName}”`,
        link: roundLink(proposal.honour.roundId),
      });
  });
}

function step(
  tx: Tx,
  viewer: Viewer,
  p: { id: string; khoiId: string },
  from: string | null,
  to: string,
  comment?: string,
  details?: Record<string, unknown>,
) {
  return recordStatusChange(
    {
      khoiId: p.khoiId,
      entityType: "CityProposal",
      entityId: p.id,
      fromStatus: from,
      toStatus: to,
      actorId: viewer.userId,
      comment,
    },
    tx,
    details,
  );
}

const proposalSelect = {
  id: true,
  khoiId: true,
  titleId: true,
  titleName: true,
  reason: true,
  status: true,
  sentAt: true,
  decisionNumber: true,
  decidedOn: true,
  decisionNote: true,
  votingClosedAt: true,
  version: true,
  honour: {
    select: {
      id: true,
      titleName: true,
      subject: true,
      revokedById: true,
      decision: { select: { number: true, signedOn: true } },
      nomination: {
        select: {
          narrative: true,
          coSoId: true,
          member: { select: { fullName: true, position: true, agency: true } },
          unit: NOMINEE_UNIT_SELECT,
        },
      },
    },
  },
} satisfies Prisma.CityProposalSelect;

/** The round's proposals to the city, for the Khối: every one, withdrawn included, newest first. */
export async function proposalsOfRound(viewer: Viewer, roundId: string) {
  return db().cityProposal.findMany({
    where: { AND: [cityProposalScope(viewer, "honour.forward"), { honour: { roundId } }] },
    select: proposalSelect,
    orderBy: [{ sentAt: "desc" }, { id: "asc" }],
  });
}

/**
 * What the Khối under the city sent to it, for the city staff: waiting first, then decided,
 * each with its Khối and cơ sở names.
 */
export async function proposalsToCity(viewer: Viewer) {
  // Every waiting one, and the latest decided: a long history never pushes a waiting one off the page.
  const scope = cityProposalScope(viewer, "honour.city");
  const [waiting, decided] = await Promise.all([
    db().cityProposal.findMany({
      where: { AND: [scope, { status: "SENT" }] },
      select: proposalSelect,
      orderBy: [{ sentAt: "asc" }, { id: "asc" }],
      take: 2000,
    }),
    db().cityProposal.findMany({
      where: { AND: [scope, { status: { in: ["ACCEPTED", "DECLINED"] } }] },
      select: proposalSelect,
      orderBy: [{ decidedOn: "desc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const rows = [...waiting, ...decided];
  const unitIds = [...new Set(rows.flatMap((r) => [r.khoiId, r.honour.nomination.coSoId]))];
  const units = await db().unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } });
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, khoiName: names.get(r.khoiId) ?? "", coSoName: names.get(r.honour.nomination.coSoId) ?? "" }));
}
export type CityProposalDto = Awaited<ReturnType<typeof proposalsToCity>>[number];
export type RoundProposalDto = Awaited<ReturnType<typeof proposalsOfRound>>[number];

/**
 * The Thành Đoàn's decision (quyết định công nhận) a proposal was accepted under: every proposal
 * the viewer's city accepted with the same number and date, whichever Khối sent it, for the
 * decision's Word file. Out of reach, or not accepted: not found.
 */
export async function cityDecisionDocument(viewer: Viewer, proposalId: string) {
  const scope = cityProposalScope(viewer, "honour.city");
  const one = await db().cityProposal.findFirst({
    where: { AND: [scope, { id: proposalId, status: "ACCEPTED" }] },
    select: { khoiId: true, decisionNumber: true, decidedOn: true },
  });
  if (!one?.decisionNumber || !one.decidedOn) throw notFound("quyết định");
  const city = grantsFor(viewer, "honour.city").find((g) => g.unitKind === "CITY" && g.khoiIds.includes(one.khoiId))!;
  const rows = await db().cityProposal.findMany({
    where: {
      AND: [
        scope,
        { khoiId: { in: city.khoiIds }, status: "ACCEPTED", decisionNumber: one.decisionNumber, decidedOn: one.decidedOn },
      ],
    },
    select: {
      khoiId: true,
      titleName: true,
      honour: {
        select: {
          nomination: {
            select: { member: { select: { fullName: true, position: true, agency: true } }, unit: NOMINEE_UNIT_SELECT },
          },
        },
      },
    },
    orderBy: [{ titleName: "asc" }, { sentAt: "asc" }, { id: "asc" }],
  });
  const khoi = await db().unit.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.khoiId))] } },
    select: { id: true, name: true },
  });
  const khoiName = new Map(khoi.map((k) => [k.id, k.name]));
  return {
    cityName: city.unitName,
    number: one.decisionNumber,
    decidedOn: one.decidedOn,
    rows: rows.map((r) => ({ ...r, khoiName: khoiName.get(r.khoiId) ?? "" })),
  };
}

// ───────────── Hội đồng thi đua Thành Đoàn: the city staff vote on each waiting proposal ─────────────

const VOTE_ENDED = "Đã kết thúc bỏ phiếu đề nghị này";

/**
 * A city staff member casts or changes their ballot on a waiting proposal, until the vote on it
 * ends. Nobody else sees it before then; the audit log says who voted, never how.
 */
export async function castCityBallot(viewer: Viewer, input: z.output<typeof cityBallotInput>) {
  const proposal = await reach(viewer, "honour.city", input.proposalId);
  await refuseUnlessOpen(proposal);
  if (proposal.votingClosedAt) throw invalid({}, VOTE_ENDED);
  try {
    await db().$transaction(async (tx) => {
      // The vote may have ended (or the proposal been decided) since the check: read it under a lock.
      const [locked] = await tx.$queryRaw<{ status: string; closed: boolean }[]>`
        SELECT "status"::text, "votingClosedAt" IS NOT NULL AS "closed" FROM "CityProposal"
        WHERE "id" = ${proposal.id} AND "khoiId" = ${proposal.khoiId} FOR SHARE`;
      if (locked?.status !== "SENT" || locked.closed) throw invalid({}, VOTE_ENDED);
      const data = { approve: input.approve, score: input.score };
      if (input.version === null)
        await tx.cityBallot.create({
          data: { ...data, khoiId: proposal.khoiId, proposalId: proposal.id, userId: viewer.userId },
        });
      else {
        const { count } = await tx.cityBallot.updateMany({
          where: { proposalId: proposal.id, userId: viewer.userId, khoiId: proposal.khoiId, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw conflict();
      }
      await recordAudit(
        {
          // The city's council is the city's business: not in the proposing Khối's log.
          khoiId: null,
          actorId: viewer.userId,
          action: "honour.city.ballot",
          targetType: "CityProposal",
          targetId: proposal.id,
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

/** Ends the vote on a waiting proposal: its ballots are frozen and the tally is shown to the city. */
export async function closeCityVoting(viewer: Viewer, input: z.output<typeof cityProposalRefInput>) {
  const proposal = await reach(viewer, "honour.city", input.id);
  await refuseUnlessOpen(proposal);
  if (proposal.votingClosedAt) throw invalid({}, VOTE_ENDED);
  if (proposal._count.ballots === 0) throw invalid({}, "Chưa có phiếu nào: có thể quyết định ngay");
  await db().$transaction(async (tx) => {
    const { count } = await tx.cityProposal.updateMany({
      where: { id: proposal.id, khoiId: proposal.khoiId, version: input.version, status: "SENT", votingClosedAt: null },
      data: { votingClosedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordAudit(
      {
        khoiId: null,
        actorId: viewer.userId,
        action: "honour.city.close_voting",
        targetType: "CityProposal",
        targetId: proposal.id,
      },
      tx,
    );
  });
}

export type CityVote = {
  /** Ballots cast so far (who and how stay hidden) */
  cast: number;
  /** The viewer's own ballot */
  mine: { approve: boolean; score: number | null; version: number } | null;
  /** Once the vote ended: how many agreed, and the average score of those who gave one */
  tally: { approve: number; total: number; averageScore: number | null } | null;
};

/** The council's state on each of the given proposals, as the viewing city staff member may know it. */
export async function cityVotes(viewer: Viewer, proposals: { id: string; votingClosedAt: Date | null }[]) {
  const ballots = await db().cityBallot.findMany({
    where: { AND: [{ proposal: cityProposalScope(viewer, "honour.city") }, { proposalId: { in: proposals.map((p) => p.id) } }] },
    select: { proposalId: true, userId: true, approve: true, score: true, version: true },
  });
  return new Map(
    proposals.map((p): [string, CityVote] => {
      const own = ballots.filter((b) => b.proposalId === p.id);
      const mine = own.find((b) => b.userId === viewer.userId);
      const scores = own.flatMap((b) => (b.score === null ? [] : [b.score]));
      return [
        p.id,
        {
          cast: own.length,
          mine: mine ? { approve: mine.approve, score: mine.score, version: mine.version } : null,
          tally: p.votingClosedAt
            ? {
                approve: own.filter((b) => b.approve).length,
                total: own.length,
                averageScore: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
              }
            : null,
        },
      ];
    }),
  );
}
