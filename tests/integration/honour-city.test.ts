// Đề nghị Thành Đoàn (issue 12): from a decided round the Khối puts honourees forward for a
// city-level title; the city staff above the Khối accept or decline; the city sees only what was
// sent to it (never a withdrawn one, never another city's); an accepted one counts for the plan's
// city-level honour indicator.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  acceptProposalAction,
  castCityBallotAction,
  closeCityVotingAction,
  declineProposalAction,
  forwardHonoursAction,
  withdrawProposalAction,
} from "@/lib/actions/honours";
import { cityDecisionDocument, cityVotes, proposalsOfRound, proposalsToCity } from "@/lib/data/city-proposals";
import { myHonours } from "@/lib/data/honour-decisions";
import { periodHonours } from "@/lib/data/report-numbers";
import { exportMembers } from "@/lib/data/members";
import { planProgress } from "@/lib/data/indicator-rollup";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeAcceptedCityProposal, makeCityProposal, makeDecidedRound, makeHonourTitle } from "../helpers/honour-probes";
import { docxText, expectInOrder } from "../helpers/docx";
import { GET as cityDecisionRoute } from "@/app/(portal)/thanh-doan/khen-thuong/quyet-dinh/[id]/route";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let planId: string;
let title: string;
let cityTitle: string;

const today = formatVietnameseDate(dayFromToday(0));
const version = async (id: string) => (await db().cityProposal.findUniqueOrThrow({ where: { id } })).version;
const forward = (roundId: string, honourIds: string[], over: Record<string, unknown> = {}) =>
  forwardHonoursAction({
    roundId,
    titleId: cityTitle,
    honourIds,
    reason: "Gương tiêu biểu, có sáng kiến được áp dụng toàn Khối",
    requestKey: crypto.randomUUID(),
    ...over,
  });
const accept = async (id: string, number = "125-QĐ/TĐTN") =>
  acceptProposalAction({ id, version: await version(id), decisionNumber: number, decidedOn: today });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
  title = (await makeHonourTitle(a.khoi.id)).id;
  cityTitle = (
    await db().honourTitle.create({
      data: { khoiId: a.khoi.id, name: "Thanh niên tiên tiến làm theo lời Bác", subject: "INDIVIDUAL", level: "CITY" },
    })
  ).id;
});

describe("the Khối forwards", () => {
  it("sends the chosen honours once, records each step, and a replay of the form sends nothing more", async () => {
    const { round, honour } = await makeDecidedRound(a, planId, title);
    actingAs(a.users.staff.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => forward(round, [honour], { requestKey })));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db().cityProposal.findMany({ where: { honourId: honour } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SENT", titleId: cityTitle, sentById: a.users.staff.id });
    expect(await db().statusChange.count({ where: { entityId: rows[0].id, toStatus: "SENT" } })).toBe(1);
    // A new form for the same honouree and title: refused beside the list.
    expect(await forward(round, [honour])).toMatchObject({
      ok: false,
      fieldErrors: { honourIds: expect.stringContaining("đã được đề nghị") },
    });
  });

  it("refuses an undecided round, a Khối-level title, a revoked honour and a collective title for a person", async () => {
    const { round, honour, decision } = await makeDecidedRound(a, planId, title);
    actingAs(a.users.admin.id);
    expect(await forward(round, [honour], { titleId: title })).toMatchObject({
      ok: false,
      fieldErrors: { titleId: expect.stringContaining("cấp Thành") },
    });
    const collective = await db().honourTitle.create({
      data: { khoiId: a.khoi.id, name: "Chi đoàn tiêu biểu cấp Thành", subject: "COLLECTIVE", level: "CITY" },
    });
    expect(await forward(round, [honour], { titleId: collective.id })).toMatchObject({
      ok: false,
      fieldErrors: { honourIds: expect.stringContaining("tập thể") },
    });
    await db().honour.update({ where: { id: honour }, data: { revokedById: decision } });
    expect(await forward(round, [honour])).toMatchObject({
      ok: false,
      fieldErrors: { honourIds: expect.stringContaining("hiệu lực") },
    });
    await db().honourRound.update({ where: { id: round }, data: { status: "CLOSED" } });
    expect(await forward(round, [honour])).toMatchObject({ ok: false, formError: expect.stringContaining("quyết định") });
    expect(await db().cityProposal.count({ where: { honourId: honour } })).toBe(0);
  });

  it("withdraws while the city has not decided, and may send it again (the same row, its steps kept)", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    actingAs(a.users.staff.id);
    expect(await withdrawProposalAction({ id: proposal, version: await version(proposal) })).toMatchObject({ ok: true });
    // The city no longer sees it.
    const city = await viewerOf(a.users.cityStaff.id);
    expect((await proposalsToCity(city)).map((p) => p.id)).not.toContain(proposal);
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy") });

    actingAs(a.users.staff.id);
    expect(await forward(row.honour.roundId, [row.honourId], { titleId: row.titleId })).toMatchObject({ ok: true });
    expect(await db().cityProposal.findUniqueOrThrow({ where: { id: proposal } })).toMatchObject({ status: "SENT" });
    const steps = await db().statusChange.findMany({ where: { entityId: proposal }, orderBy: { createdAt: "asc" } });
    expect(steps.map((s) => `${s.fromStatus}→${s.toStatus}`)).toEqual(["SENT→WITHDRAWN", "WITHDRAWN→SENT"]);
    // Once decided, it cannot be withdrawn.
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: true });
    actingAs(a.users.staff.id);
    expect(await withdrawProposalAction({ id: proposal, version: await version(proposal) })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("chưa xét"),
    });
  });
});

describe("the city decides", () => {
  it("accepts with its decision's number and date, tells the Khối, and a second answer is refused", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: true });
    expect(await db().cityProposal.findUniqueOrThrow({ where: { id: proposal } })).toMatchObject({
      status: "ACCEPTED",
      decisionNumber: "125-QĐ/TĐTN",
      decidedById: a.users.cityStaff.id,
    });
    expect(
      await db().notification.count({ where: { userId: a.users.staff.id, title: { contains: "đã công nhận" } } }),
    ).toBeGreaterThan(0);
    expect(await declineProposalAction({ id: proposal, version: await version(proposal), note: "Đổi ý" })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("đã được xét"),
    });
  });

  it("declines with a reason the Khối reads; a missing reason is refused beside the field", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    actingAs(a.users.cityStaff.id);
    expect(await declineProposalAction({ id: proposal, version: await version(proposal), note: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { note: expect.any(String) },
    });
    expect(
      await declineProposalAction({ id: proposal, version: await version(proposal), note: "Chưa đủ tiêu chuẩn cấp Thành" }),
    ).toMatchObject({ ok: true });
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    const seen = await proposalsOfRound(await viewerOf(a.users.staff.id), row.honour.roundId);
    expect(seen).toEqual([
      expect.objectContaining({ id: proposal, status: "DECLINED", decisionNote: "Chưa đủ tiêu chuẩn cấp Thành" }),
    ]);
  });

  it("puts the city's title on the member's own record, beside the Khối's honour it rests on", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    await db().nomination.update({
      where: { id: row.honour.nominationId },
      data: { memberId: a.members.a1.id, nomineeKey: a.members.a1.id },
    });
    const member = await viewerOf(a.users.member.id);
    expect((await myHonours(member)).map((h) => h.by)).not.toContain("CITY");
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal, "131-QĐ/TĐTN")).toMatchObject({ ok: true });
    expect(await myHonours(member)).toContainEqual(
      expect.objectContaining({
        by: "CITY",
        level: "CITY",
        titleName: "Thanh niên tiên tiến làm theo lời Bác",
        decisionNumber: "131-QĐ/TĐTN",
      }),
    );
  });

  it("two answers at once: one wins, the other is told the record changed", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    actingAs(a.users.cityStaff.id);
    const v = await version(proposal);
    const results = await Promise.all([
      acceptProposalAction({ id: proposal, version: v, decisionNumber: "126-QĐ/TĐTN", decidedOn: today }),
      declineProposalAction({ id: proposal, version: v, note: "Không đủ tiêu chuẩn" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().statusChange.count({ where: { entityId: proposal, fromStatus: "SENT" } })).toBe(1);
  });

  it("refuses to confer a title whose Khối honour was revoked meanwhile", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    await db().honour.update({ where: { id: row.honourId }, data: { revokedById: row.honour.decisionId } });
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: false, formError: expect.stringContaining("thu hồi") });
  });
});

describe("who sees what", () => {
  it("the city staff see the proposals of the Khối under their city only; the city viewer and the other city none", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const bPlan = (await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
    const bTitle = (await makeHonourTitle(b.khoi.id)).id;
    const other = (await makeCityProposal(b, bPlan, bTitle)).proposal;

    const mine = (await proposalsToCity(await viewerOf(a.users.cityStaff.id))).map((p) => p.id);
    expect(mine).toContain(proposal);
    expect(mine).not.toContain(other);
    const row = (await proposalsToCity(await viewerOf(a.users.cityStaff.id))).find((p) => p.id === proposal)!;
    expect(row).toMatchObject({ khoiName: a.khoi.name, coSoName: a.coSoA.name });
    expect(await proposalsToCity(await viewerOf(a.users.city.id))).toEqual([]);
    expect(await proposalsToCity(await viewerOf(a.users.admin.id))).toEqual([]);

    // The other city's staff: A's proposal is simply not found.
    actingAs(b.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy") });
    expect((await db().cityProposal.findUniqueOrThrow({ where: { id: proposal } })).status).toBe("SENT");
  });

  it("a proposal is never deleted, even by the app's own database role", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    await expect(db().cityProposal.delete({ where: { id: proposal } })).rejects.toThrow();
  });
});

describe("counting", () => {
  it("a city-level honour indicator counts accepted proposals from the city's decision date; a revoked honour stops counting", async () => {
    const plan = await makePlan(
      db(),
      { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
      {
        status: "PUBLISHED",
        indicators: [{ code: "CT1", measure: "RECORD_COUNT", recordKind: "HONOUR", target: 25, unitLabel: "gương" }],
      },
    );
    await db().indicator.update({ where: { id: plan.indicators[0].id }, data: { honourLevel: "CITY" } });
    const progress = async () => (await planProgress(await viewerOf(a.users.staff.id), plan.id)).indicators[0];
    const before = (await progress()).value ?? 0;

    const { proposal } = await makeCityProposal(a, planId, title);
    expect((await progress()).value ?? 0).toBe(before);
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: true });
    expect((await progress()).value).toBe(before + 1);
    // The cơ sở of the honouree counts it as its own.
    expect((await planProgress(await viewerOf(a.users.coSo.id), plan.id)).indicators[0].value).toBeGreaterThanOrEqual(1);

    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    await db().honour.update({ where: { id: row.honourId }, data: { revokedById: row.honour.decisionId } });
    expect((await progress()).value ?? 0).toBe(before);
  });
});

describe("the period's reports", () => {
  it("list the honours of the period by name: the Khối's and the city's, for the cơ sở its own only", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal, "140-QĐ/TĐTN")).toMatchObject({ ok: true });
    const year = dayFromToday(0).getUTCFullYear();
    const period = { planId, year, fromMonth: 1, toMonth: 12, indicatorIds: [] };
    const khoi = await periodHonours(await viewerOf(a.users.staff.id), period, null);
    expect(khoi).toContainEqual(
      expect.objectContaining({
        id: row.honourId,
        by: "KHOI",
        coSoName: a.coSoA.name,
        href: `/khen-thuong/${row.honour.roundId}`,
      }),
    );
    expect(khoi).toContainEqual(
      expect.objectContaining({ id: proposal, by: "CITY", decision: expect.stringContaining("140-QĐ/TĐTN của Thành Đoàn") }),
    );
    const coSoA = await periodHonours(await viewerOf(a.users.coSo.id), period, a.coSoA.id);
    expect(coSoA.map((h) => h.id)).toEqual(expect.arrayContaining([row.honourId, proposal]));
    expect(await periodHonours(await viewerOf(a.users.staff.id), period, a.coSoB.id)).toEqual([]);
    expect(await periodHonours(await viewerOf(a.users.staff.id), { ...period, year: year - 1 }, null)).toEqual([]);
    // Another Khối reads none of them (only its own).
    const other = (await periodHonours(await viewerOf(b.users.admin.id), period, null)).map((h) => h.id);
    expect(other).not.toContain(row.honourId);
    expect(other).not.toContain(proposal);
  });
});

describe("the member export", () => {
  it("carries each member's standing honours, the city's included, in its “Khen thưởng” column", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal, "150-QĐ/TĐTN")).toMatchObject({ ok: true });
    const exported = [];
    for await (const batch of exportMembers(await viewerOf(a.users.staff.id), { q: "", chiDoan: undefined }))
      exported.push(...batch);
    const honoured = exported.find((m) => m.id === row.honour.memberId)!;
    expect(honoured.honours).toContain("Cán bộ, công chức, viên chức trẻ giỏi, thân thiện (QĐ 01-QĐ/ĐK)");
    expect(honoured.honours).toContain("Thanh niên tiên tiến làm theo lời Bác (QĐ 150-QĐ/TĐTN của Thành Đoàn)");
    expect(exported.find((m) => m.id === a.members.a2.id)!.honours).toBe("");
  });
});

describe("the city's decision", () => {
  it("lists every proposal accepted under its number and date, from any Khối of the city, as a Word file in the Đoàn layout", async () => {
    const first = await makeAcceptedCityProposal(a, planId, title, "200-QĐ/TĐTN");
    const second = await makeAcceptedCityProposal(a, planId, title, "200-QĐ/TĐTN");
    const other = await makeAcceptedCityProposal(a, planId, title, "201-QĐ/TĐTN");
    const city = await viewerOf(a.users.cityStaff.id);
    const doc = await cityDecisionDocument(city, second);
    expect(doc.number).toBe("200-QĐ/TĐTN");
    expect(doc.rows).toHaveLength(2);
    expect((await cityDecisionDocument(city, other)).rows).toHaveLength(1);

    actingAs(a.users.cityStaff.id);
    const response = await cityDecisionRoute(new Request(`http://localhost/thanh-doan/khen-thuong/quyet-dinh/${first}`), {
      params: Promise.resolve({ id: first }),
    });
    expect(response.status).toBe(200);
    const text = await docxText(Buffer.from(await response.arrayBuffer()));
    expectInOrder(text, [
      "TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
      "Số: 200-QĐ/TĐTN",
      "QUYẾT ĐỊNH",
      "Về việc công nhận danh hiệu “Thanh niên tiên tiến làm theo lời Bác”",
      "Xét đề nghị của Ban Thường vụ các Đoàn Khối trực thuộc,",
      "Điều 1. Công nhận danh hiệu cho 2 cá nhân, tập thể",
      a.members.b1.fullName,
      a.khoi.name,
    ]);
    expect(text).not.toContain("Căn cứ Kế hoạch");
  });

  it("is not found for a proposal not accepted, another city's staff, the Khối staff or the city viewer", async () => {
    const accepted = await makeAcceptedCityProposal(a, planId, title);
    const { proposal: waiting } = await makeCityProposal(a, planId, title);
    await expect(cityDecisionDocument(await viewerOf(a.users.cityStaff.id), waiting)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const who of [b.users.cityStaff.id, a.users.staff.id, a.users.city.id])
      await expect(cityDecisionDocument(await viewerOf(who), accepted)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the city's council", () => {
  const ballot = (userId: string, proposalId: string, approve: boolean, score: string, version: number | null = null) => {
    actingAs(userId);
    return castCityBallotAction({ proposalId, approve, score, version });
  };
  const votesAs = async (userId: string, proposalId: string) => {
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposalId } });
    return (await cityVotes(await viewerOf(userId), [row])).get(proposalId)!;
  };

  it("votes in secret until the vote ends; then the tally shows, ballots freeze and the city decides", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    const second = await makeUser(db(), { role: "CITY_STAFF", unit: a.city });
    expect(await ballot(a.users.cityStaff.id, proposal, true, "90")).toMatchObject({ ok: true });
    expect(await ballot(second.id, proposal, false, "")).toMatchObject({ ok: true });
    expect(await ballot(second.id, proposal, true, "101", 0)).toMatchObject({
      ok: false,
      fieldErrors: { score: "Điểm là số nguyên từ 0 đến 100" },
    });
    // Each sees their own ballot and how many were cast, never how the others voted.
    expect(await votesAs(a.users.cityStaff.id, proposal)).toEqual({
      cast: 2,
      mine: { approve: true, score: 90, version: 0 },
      tally: null,
    });
    expect((await votesAs(second.id, proposal)).mine).toMatchObject({ approve: false, score: null });
    // No decision while the council votes.
    expect(await accept(proposal)).toMatchObject({ ok: false, formError: expect.stringContaining("kết thúc bỏ phiếu") });
    // A changed ballot, then the end of the vote.
    expect(await ballot(second.id, proposal, true, "70", 0)).toMatchObject({ ok: true });
    actingAs(a.users.cityStaff.id);
    expect(await closeCityVotingAction({ id: proposal, version: await version(proposal) })).toMatchObject({ ok: true });
    expect((await votesAs(second.id, proposal)).tally).toEqual({ approve: 2, total: 2, averageScore: 80 });
    expect(await ballot(second.id, proposal, false, "10", 1)).toMatchObject({
      ok: false,
      formError: "Đã kết thúc bỏ phiếu đề nghị này",
    });
    actingAs(a.users.cityStaff.id);
    expect(await accept(proposal)).toMatchObject({ ok: true });
    // The audit log says who voted, never how.
    const logged = await db().auditLog.findMany({ where: { targetId: proposal, action: "honour.city.ballot" } });
    expect(logged).toHaveLength(3);
    expect(JSON.stringify(logged)).not.toMatch(/approve|score/);
    // …and it is the city's: the proposing Khối's log does not list it.
    expect(logged.every((l) => l.khoiId === null)).toBe(true);
  });

  it("is out of reach of another city, the Khối and the city viewer; a first ballot sent twice at once is stored once", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    for (const who of [b.users.cityStaff.id, a.users.staff.id, a.users.city.id])
      expect(await ballot(who, proposal, true, "80")).toMatchObject({ ok: false });
    actingAs(a.users.cityStaff.id);
    const twice = await Promise.all(
      [1, 2].map(() => castCityBallotAction({ proposalId: proposal, approve: true, score: "80", version: null })),
    );
    expect(twice.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().cityBallot.count({ where: { proposalId: proposal } })).toBe(1);
    // With no ballot the vote cannot be ended: the city decides at once.
    const { proposal: unvoted } = await makeCityProposal(a, planId, title);
    expect(await closeCityVotingAction({ id: unvoted, version: await version(unvoted) })).toMatchObject({
      ok: false,
      formError: "Chưa có phiếu nào: có thể quyết định ngay",
    });
  });

  it("starts afresh when the Khối withdraws a proposal and sends it again: old ballots and the ended vote are gone", async () => {
    const { proposal } = await makeCityProposal(a, planId, title);
    expect(await ballot(a.users.cityStaff.id, proposal, false, "40")).toMatchObject({ ok: true });
    actingAs(a.users.cityStaff.id);
    expect(await closeCityVotingAction({ id: proposal, version: await version(proposal) })).toMatchObject({ ok: true });
    actingAs(a.users.staff.id);
    expect(await withdrawProposalAction({ id: proposal, version: await version(proposal) })).toMatchObject({ ok: true });
    const row = await db().cityProposal.findUniqueOrThrow({ where: { id: proposal }, include: { honour: true } });
    expect(await forward(row.honour.roundId, [row.honourId], { titleId: row.titleId })).toMatchObject({ ok: true });
    expect(await db().cityProposal.findUniqueOrThrow({ where: { id: proposal } })).toMatchObject({
      status: "SENT",
      votingClosedAt: null,
    });
    expect(await db().cityBallot.count({ where: { proposalId: proposal } })).toBe(0);
    expect(await ballot(a.users.cityStaff.id, proposal, true, "90")).toMatchObject({ ok: true });
  });
});
