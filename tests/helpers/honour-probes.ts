// The access probes of the honours actions (see action-probes.ts): one valid call of each, aimed
// at tenant A's rows, and who may make it.
import { db } from "@/lib/db/client";
import * as honourActions from "@/lib/actions/honours";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, makeMember, type Tenant } from "../factories";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";

const date = (days: number) => formatVietnameseDate(dayFromToday(days));

/** The Khối's titles are kept by Khối staff only; every cơ sở and member reads them. */
export const HONOUR_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  createTitleAction: { may: ["admin", "staff"], each: true },
  updateTitleAction: { may: ["admin", "staff"], each: true },
  archiveTitleAction: { may: ["admin", "staff"], each: true },
  // Rounds are the Khối's to open and close; the cơ sở A secretary nominates cơ sở A's members,
  // never the secretary of cơ sở B (whose call names a member of cơ sở A); the chi đoàn A1
  // secretary proposes chi đoàn A1's only, and never touches the cơ sở's own nominations.
  openRoundAction: { may: ["admin", "staff"], each: true },
  closeNominationsAction: { may: ["admin", "staff"], each: true },
  createNominationAction: { may: ["coSo"], each: true },
  updateNominationAction: { may: ["coSo"], each: true },
  submitNominationAction: { may: ["coSo"], each: true },
  withdrawNominationAction: { may: ["coSo"], each: true },
  returnNominationAction: { may: ["admin", "staff"], each: true },
  // The council: named by Khối staff; in the voting round the admin and the staff sit on it and
  // vote, the staff chairs it and alone closes the vote.
  setCouncilAction: { may: ["admin", "staff"], each: true },
  castBallotsAction: { may: ["admin", "staff"], each: true },
  closeVotingAction: { may: ["staff"], each: true },
  // Decisions: Khối staff, on a round whose vote is closed, or amending a decided one.
  issueDecisionAction: { may: ["admin", "staff"], each: true },
  amendDecisionAction: { may: ["admin", "staff"], each: true },
  // Proposals to the Thành Đoàn: the Khối staff send and withdraw them; the city staff above the
  // Khối alone decide them (the city viewer reads counts, never names).
  forwardHonoursAction: { may: ["admin", "staff"], each: true },
  withdrawProposalAction: { may: ["admin", "staff"], each: true },
  acceptProposalAction: { may: ["cityStaff"], each: true },
  declineProposalAction: { may: ["cityStaff"], each: true },
  // The city's council is its staff: each votes on a waiting proposal, and ends the vote on it.
  castCityBallotAction: { may: ["cityStaff"], each: true },
  closeCityVotingAction: { may: ["cityStaff"], each: true },
  // Đăng ký thi đua: anyone with a member profile, for themself (the entry probes give the cơ sở A
  // and chi đoàn A1 secretaries one; the admin, staff and cơ sở B secretary have none).
  setTitleRegistrationsAction: { may: ["coSo", "chiDoan", "member"], each: true },
};

/**
 * A title, an open round on it, and cơ sở A's nominations in it: a draft and a sent one; and a
 * round in the council's hands (VOTING) with one sent nomination, the staff chairing its council
 * and the admin sitting on it.
 */
export type HonourRows = {
  title: string;
  round: string;
  draft: string;
  submitted: string;
  planId: string;
  voting: { round: string; nomination: string };
  /** The council's vote closed: a decision may be issued */
  closed: { round: string; nomination: string };
  /** Decided: one decision honouring one nomination, and a sent nomination it left out */
  decided: { round: string; decision: string; honour: string; spare: string };
  /** A city-level title, and another decided round whose honour is proposed to the city (SENT) */
  city: { title: string; proposal: string };
  /** A proposal the city accepted (decision 125-QĐ/TĐTN) */
  cityAccepted: string;
  /** A waiting proposal the city staff has voted on */
  cityVoted: string;
};

/** A title of tenant A with one criterion of each kind, made with db() directly. */
export async function makeHonourTitle(khoiId: string, name = "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện") {
  return db().honourTitle.create({
    data: {
      khoiId,
      name,
      subject: "INDIVIDUAL",
      level: "KHOI",
      criteria: {
        create: [
          { position: 0, pillar: 0, wording: "Ít nhất 1 sáng kiến", source: "COMPUTED", metric: "IDEAS", threshold: 1 },
          { position: 1, pillar: 2, wording: "Phẩm chất đạo đức tốt", source: "TYPED" },
        ],
      },
    },
    select: { id: true, version: true },
  });
}

export async function makeHonourRows(a: Tenant, plans: PlanRows): Promise<HonourRows> {
  const title = (await makeHonourTitle(a.khoi.id)).id;
  const round = await makeRound(a.khoi.id, plans.published.id, [title]);
  const other = await makeMember(db(), a.chiDoanA2, { fullName: "Phạm Thu Trang" });
  return {
    title,
    round,
    planId: plans.published.id,
    draft: await makeNomination(a, round, title, a.members.a1.id, "DRAFT"),
    submitted: await makeNomination(a, round, title, other.id, "SUBMITTED"),
    voting: await makeVotingRound(a, plans.published.id, title, [a.users.staff.id, a.users.admin.id]),
    closed: await makeClosedRound(a, plans.published.id, title),
    decided: await makeDecidedRound(a, plans.published.id, title),
    city: await makeCityProposal(a, plans.published.id, title),
    cityAccepted: await makeAcceptedCityProposal(a, plans.published.id, title),
    cityVoted: await makeVotedCityProposal(a, plans.published.id, title),
  };
}

/** A city-level title of tenant A, and an honour of a fresh decided round proposed for it. */
export async function makeCityProposal(a: Tenant, planId: string, titleId: string) {
  const cityTitle = await db().honourTitle.create({
    data: { khoiId: a.khoi.id, name: "Thanh niên tiên tiến làm theo lời Bác", subject: "INDIVIDUAL", level: "CITY" },
  });
  const { honour } = await makeDecidedRound(a, planId, titleId);
  const proposal = await db().cityProposal.create({
    data: {
      khoiId: a.khoi.id,
      honourId: honour,
      titleId: cityTitle.id,
      titleName: cityTitle.name,
      reason: "Gương tiêu biểu của Đoàn Khối",
    },
  });
  return { title: cityTitle.id, proposal: proposal.id };
}

/** A proposal the city staff accepted yesterday under decision "125-QĐ/TĐTN". */
export async function makeAcceptedCityProposal(a: Tenant, planId: string, titleId: string, number = "125-QĐ/TĐTN") {
  const { proposal } = await makeCityProposal(a, planId, titleId);
  await db().cityProposal.update({
    where: { id: proposal },
    data: { status: "ACCEPTED", decisionNumber: number, decidedOn: dayFromToday(-1), decidedById: a.users.cityStaff.id },
  });
  return proposal;
}

/** A waiting proposal on which the city staff cast one ballot. */
export async function makeVotedCityProposal(a: Tenant, planId: string, titleId: string) {
  const { proposal } = await makeCityProposal(a, planId, titleId);
  await db().cityBallot.create({
    data: { khoiId: a.khoi.id, proposalId: proposal, userId: a.users.cityStaff.id, approve: true, score: 90 },
  });
  return proposal;
}

export async function makeClosedRound(a: Tenant, planId: string, titleId: string) {
  const closed = await makeVotingRound(a, planId, titleId, [a.users.staff.id]);
  await db().honourRound.update({ where: { id: closed.round }, data: { status: "CLOSED" } });
  return closed;
}

/** A decided round: decision "01-QĐ/ĐK" honours its first nomination; a second one was left out. */
export async function makeDecidedRound(a: Tenant, planId: string, titleId: string) {
  const { round, nomination } = await makeVotingRound(a, planId, titleId, [a.users.staff.id]);
  const spare = await makeNomination(a, round, titleId, a.members.a2.id, "SUBMITTED");
  await db().honourRound.update({ where: { id: round }, data: { status: "DECIDED" } });
  const title = await db().honourTitle.findUniqueOrThrow({ where: { id: titleId } });
  const decision = await db().honourDecision.create({
    data: { khoiId: a.khoi.id, roundId: round, number: "01-QĐ/ĐK", signedOn: dayFromToday(0), signName: "Nguyễn Văn Ký" },
  });
  const honour = await db().honour.create({
    data: {
      khoiId: a.khoi.id,
      decisionId: decision.id,
      roundId: round,
      nominationId: nomination,
      titleId,
      titleName: title.name,
      subject: title.subject,
      level: title.level,
      coSoId: a.coSoA.id,
      memberId: a.members.b1.id,
      decidedOn: dayFromToday(0),
    },
  });
  return { round, decision: decision.id, honour: honour.id, spare };
}

/** A round whose nominations are closed, one sent nomination, and a council (the first user chairs). */
export async function makeVotingRound(a: Tenant, planId: string, titleId: string, userIds: string[]) {
  const round = await makeRound(a.khoi.id, planId, [titleId], { dueIn: -1 });
  const nomination = await makeNomination(a, round, titleId, a.members.b1.id, "SUBMITTED");
  await db().honourRound.update({ where: { id: round }, data: { status: "VOTING" } });
  await db().councilSeat.createMany({
    data: userIds.map((userId, i) => ({ khoiId: a.khoi.id, roundId: round, userId, chair: i === 0 })),
  });
  return { round, nomination };
}

/** An open round of the Khối on a published plan, due in `dueIn` days, with the titles' criteria copied. */
export async function makeRound(
  khoiId: string,
  planId: string,
  titleIds: string[],
  opts: { dueIn?: number; quota?: number | null } = {},
) {
  const titles = await db().honourTitle.findMany({ where: { id: { in: titleIds } }, select: { id: true, criteria: true } });
  const round = await db().honourRound.create({
    data: {
      khoiId,
      planId,
      name: `Đợt xét chọn ${crypto.randomUUID().slice(0, 6)}`,
      year: dayFromToday(0).getUTCFullYear(),
      periodFrom: dayFromToday(-300),
      periodTo: dayFromToday(0),
      dueOn: dayFromToday(opts.dueIn ?? 10),
      quotaPerCoSo: opts.quota ?? null,
      titles: {
        create: titles.map((t) => ({
          titleId: t.id,
          criteria: t.criteria.map((c) => ({
            id: c.id,
            source: c.source,
            wording: c.wording,
            metric: c.metric,
            threshold: c.threshold,
            pillar: c.pillar,
          })),
        })),
      },
    },
    select: { id: true },
  });
  return round.id;
}

export async function makeNomination(
  a: Tenant,
  roundId: string,
  titleId: string,
  memberId: string,
  status: "DRAFT" | "SUBMITTED",
) {
  const row = await db().nomination.create({
    data: {
      khoiId: a.khoi.id,
      roundId,
      titleId,
      coSoId: a.coSoA.id,
      memberId,
      nomineeKey: memberId,
      status,
      narrative: "Hoàn thành xuất sắc nhiệm vụ",
      submittedAt: status === "SUBMITTED" ? new Date() : null,
    },
    select: { id: true },
  });
  return row.id;
}

const nominationVersion = async (id: string) => (await db().nomination.findUniqueOrThrow({ where: { id } })).version;
const roundVersion = async (id: string) => (await db().honourRound.findUniqueOrThrow({ where: { id } })).version;
const proposalVersion = async (id: string) => (await db().cityProposal.findUniqueOrThrow({ where: { id } })).version;
const titleVersion = async (id: string) => (await db().honourTitle.findUniqueOrThrow({ where: { id } })).version;

export const titleFields = (name: string) => ({
  name,
  subject: "INDIVIDUAL",
  level: "KHOI",
  description: "Tuyên dương hằng năm",
  criteria: [
    { wording: "Có ít nhất 2 ý tưởng, sáng kiến", source: "COMPUTED", pillar: "0", metric: "IDEAS", threshold: "2" },
    { wording: "Hoàn thành xuất sắc nhiệm vụ", source: "TYPED", pillar: "", metric: "", threshold: "" },
  ],
});

export function honourProbes(f: { a: Tenant; honours: HonourRows }, p: ProbeMaker): Probe[] {
  const { a, honours: r } = f;
  return [
    // Creates in the caller's own Khối: no target id; refused for whoever does not keep a Khối's titles.
    p(
      "createTitleAction",
      honourActions.createTitleAction,
      async () => ({ ...titleFields("Thanh niên tiên tiến làm theo lời Bác"), requestKey: crypto.randomUUID() }),
      false,
    ),
    p("updateTitleAction", honourActions.updateTitleAction, async () => ({
      ...titleFields("Danh hiệu đã sửa"),
      id: r.title,
      version: await titleVersion(r.title),
    })),
    p("archiveTitleAction", honourActions.archiveTitleAction, async () => ({
      id: r.title,
      version: await titleVersion(r.title),
      active: false,
    })),
    p("openRoundAction", honourActions.openRoundAction, async () => ({
      name: "Xét chọn Cán bộ trẻ giỏi năm nay",
      planId: r.planId,
      periodFrom: date(-300),
      periodTo: date(0),
      dueOn: date(15),
      quotaPerCoSo: "2",
      titleIds: [r.title],
      requestKey: crypto.randomUUID(),
    })),
    p("closeNominationsAction", honourActions.closeNominationsAction, async () => ({
      id: r.round,
      version: await roundVersion(r.round),
    })),
    p("createNominationAction", honourActions.createNominationAction, async () => ({
      roundId: r.round,
      titleId: r.title,
      memberId: a.members.a2.id,
      narrative: "Có 3 sáng kiến được áp dụng",
      requestKey: crypto.randomUUID(),
    })),
    p("updateNominationAction", honourActions.updateNominationAction, async () => ({
      id: r.draft,
      version: await nominationVersion(r.draft),
      narrative: "Tóm tắt thành tích đã sửa",
    })),
    p("submitNominationAction", honourActions.submitNominationAction, async () => ({
      id: r.draft,
      version: await nominationVersion(r.draft),
    })),
    p("withdrawNominationAction", honourActions.withdrawNominationAction, async () => ({
      id: r.submitted,
      version: await nominationVersion(r.submitted),
    })),
    p("returnNominationAction", honourActions.returnNominationAction, async () => ({
      id: r.submitted,
      version: await nominationVersion(r.submitted),
      comment: "Bổ sung minh chứng",
    })),
    p("setCouncilAction", honourActions.setCouncilAction, async () => ({
      roundId: r.round,
      version: await roundVersion(r.round),
      userIds: [a.users.admin.id, a.users.staff.id],
      chairId: a.users.admin.id,
    })),
    p("castBallotsAction", honourActions.castBallotsAction, async () => ({
      roundId: r.voting.round,
      ballots: [{ nominationId: r.voting.nomination, approve: true, score: "85", version: null }],
    })),
    p("closeVotingAction", honourActions.closeVotingAction, async () => ({
      id: r.voting.round,
      version: await roundVersion(r.voting.round),
    })),
    p("issueDecisionAction", honourActions.issueDecisionAction, async () => ({
      roundId: r.closed.round,
      version: await roundVersion(r.closed.round),
      nominationIds: [r.closed.nomination],
      number: "15-QĐ/ĐK",
      signedOn: date(0),
      signOnBehalf: "TM. BAN THƯỜNG VỤ",
      signTitle: "BÍ THƯ",
      signName: "Nguyễn Văn Ký",
      requestKey: crypto.randomUUID(),
    })),
    p("amendDecisionAction", honourActions.amendDecisionAction, async () => ({
      roundId: r.decided.round,
      version: await roundVersion(r.decided.round),
      amendsId: r.decided.decision,
      nominationIds: [r.decided.spare],
      revokeHonourIds: [r.decided.honour],
      number: "16-QĐ/ĐK",
      signedOn: date(0),
      note: "Bổ sung theo đề nghị của cơ sở, thu hồi do sai sót",
      requestKey: crypto.randomUUID(),
    })),
    p("forwardHonoursAction", honourActions.forwardHonoursAction, async () => ({
      roundId: r.decided.round,
      titleId: r.city.title,
      honourIds: [r.decided.honour],
      reason: "Đề nghị Thành Đoàn tuyên dương gương tiêu biểu",
      requestKey: crypto.randomUUID(),
    })),
    p("withdrawProposalAction", honourActions.withdrawProposalAction, async () => ({
      id: r.city.proposal,
      version: await proposalVersion(r.city.proposal),
    })),
    p("acceptProposalAction", honourActions.acceptProposalAction, async () => ({
      id: r.city.proposal,
      version: await proposalVersion(r.city.proposal),
      decisionNumber: "125-QĐ/TĐTN",
      decidedOn: date(0),
    })),
    p("setTitleRegistrationsAction", honourActions.setTitleRegistrationsAction, async () => ({ titleIds: [r.title] })),
    p("declineProposalAction", honourActions.declineProposalAction, async () => ({
      id: r.city.proposal,
      version: await proposalVersion(r.city.proposal),
      note: "Chưa đủ tiêu chuẩn cấp Thành",
    })),
    p("castCityBallotAction", honourActions.castCityBallotAction, async () => ({
      proposalId: r.city.proposal,
      approve: true,
      score: "88",
      version: null,
    })),
    p("closeCityVotingAction", honourActions.closeCityVotingAction, async () => ({
      id: r.cityVoted,
      version: await proposalVersion(r.cityVoted),
    })),
  ];
}
