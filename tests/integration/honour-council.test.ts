// Hội đồng thi đua (issue 12): the Khối names a council of its own accounts and a chair; each
// member scores and votes on every sent nomination; nobody sees another's ballot or the tally
// before the chair closes the vote; a ballot changes only by its owner, only while the vote is
// open; the tally ranks nominees per title and proposes those more than half the council backed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { castBallotsAction, closeVotingAction, setCouncilAction } from "@/lib/actions/honours";
import { councilOf } from "@/lib/data/honour-council";
import { makeMember, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeHonourTitle, makeNomination, makeRound, makeVotingRound } from "../helpers/honour-probes";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let planId: string;
let title: string;
let thirdSeat: { id: string };

const roundVersion = async (id: string) => (await db().honourRound.findUniqueOrThrow({ where: { id } })).version;
const vote = (roundId: string, nominationId: string, approve: boolean, score: unknown = "80", version: number | null = null) =>
  castBallotsAction({ roundId, ballots: [{ nominationId, approve, score, version }] });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
  title = (await makeHonourTitle(a.khoi.id)).id;
  thirdSeat = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
});

describe("naming the council", () => {
  it("takes the Khối's own active admins and staff, with a chair among them, and is recorded", async () => {
    const round = await makeRound(a.khoi.id, planId, [title]);
    actingAs(a.users.admin.id);
    const result = await setCouncilAction({
      roundId: round,
      version: 0,
      userIds: [a.users.admin.id, a.users.staff.id],
      chairId: a.users.staff.id,
    });
    expect(result).toMatchObject({ ok: true });
    const seats = await db().councilSeat.findMany({ where: { roundId: round }, orderBy: { chair: "desc" } });
    expect(seats.map((s) => [s.userId, s.chair])).toEqual([
      [a.users.staff.id, true],
      [a.users.admin.id, false],
    ]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "honour.council.set", targetId: round } });
    expect(audit.after).toEqual({ members: [a.users.admin.id, a.users.staff.id], chair: a.users.staff.id });
  });

  it("refuses a cơ sở secretary, another Khối's admin and a chair outside the council, beside the field", async () => {
    const round = await makeRound(a.khoi.id, planId, [title]);
    actingAs(a.users.admin.id);
    for (const stranger of [a.users.coSo.id, b.users.admin.id]) {
      const result = await setCouncilAction({
        roundId: round,
        version: 0,
        userIds: [a.users.admin.id, stranger],
        chairId: a.users.admin.id,
      });
      expect(result).toMatchObject({ ok: false, fieldErrors: { userIds: expect.stringContaining("cán bộ Đoàn Khối") } });
    }
    const chairOutside = await setCouncilAction({
      roundId: round,
      version: 0,
      userIds: [a.users.admin.id],
      chairId: a.users.staff.id,
    });
    expect(chairOutside).toMatchObject({ ok: false, fieldErrors: { chairId: expect.any(String) } });
    expect(await db().councilSeat.count({ where: { roundId: round } })).toBe(0);
  });

  it("is fixed once a ballot is cast, and a stale version conflicts", async () => {
    const { round } = await makeVotingRound(a, planId, title, [a.users.staff.id, a.users.admin.id]);
    const nomination = (await db().nomination.findFirstOrThrow({ where: { roundId: round } })).id;
    actingAs(a.users.admin.id);
    const stale = await setCouncilAction({ roundId: round, version: 7, userIds: [a.users.admin.id], chairId: a.users.admin.id });
    expect(stale).toMatchObject({ ok: false, formError: expect.stringContaining("vừa được người khác thay đổi") });
    expect(await vote(round, nomination, true)).toMatchObject({ ok: true });
    const late = await setCouncilAction({
      roundId: round,
      version: await roundVersion(round),
      userIds: [a.users.admin.id],
      chairId: a.users.admin.id,
    });
    expect(late).toMatchObject({ ok: false, formError: expect.stringContaining("đã bắt đầu bỏ phiếu") });
    expect(await db().councilSeat.count({ where: { roundId: round } })).toBe(2);
  });
});

describe("voting", () => {
  it("only a seated member votes, only while the vote is open, within 0–100", async () => {
    const { round, nomination } = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    actingAs(a.users.admin.id);
    expect(await vote(round, nomination, true)).toMatchObject({ ok: false, formError: expect.stringMatching(/^Không tìm thấy/) });
    actingAs(a.users.staff.id);
    const bad = await vote(round, nomination, true, "101");
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "ballots.0.score": "Điểm là số nguyên từ 0 đến 100" } });
    const open = await makeRound(a.khoi.id, planId, [title]);
    const sent = await makeNomination(a, open, title, a.members.a1.id, "SUBMITTED");
    await db().councilSeat.create({ data: { khoiId: a.khoi.id, roundId: open, userId: a.users.staff.id, chair: true } });
    expect(await vote(open, sent, true)).toMatchObject({ ok: false, formError: "Hội đồng không còn nhận phiếu" });
    expect(await db().ballot.count({ where: { roundId: { in: [round, open] } } })).toBe(0);
  });

  it("refuses a nomination of another round, a draft, or another Khối's", async () => {
    const { round } = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    const other = await makeVotingRound(a, planId, title, [a.users.admin.id]);
    const draft = await makeNomination(a, round, title, a.members.a1.id, "DRAFT");
    const otherKhoi = await makeVotingRound(
      b,
      (await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id,
      (await makeHonourTitle(b.khoi.id)).id,
      [b.users.staff.id],
    );
    actingAs(a.users.staff.id);
    for (const id of [other.nomination, draft, otherKhoi.nomination]) {
      expect(await vote(round, id, true)).toMatchObject({
        ok: false,
        fieldErrors: { "ballots.0.nominationId": "Không tìm thấy đề xuất" },
      });
    }
    expect(await db().ballot.count({ where: { roundId: { in: [round, other.round, otherKhoi.round] } } })).toBe(0);
  });

  it("keeps each ballot to its owner until the chair closes, and a stale ballot conflicts", async () => {
    const { round, nomination } = await makeVotingRound(a, planId, title, [a.users.staff.id, a.users.admin.id]);
    actingAs(a.users.staff.id);
    expect(await vote(round, nomination, true, "93")).toMatchObject({ ok: true });
    actingAs(a.users.admin.id);
    expect(await vote(round, nomination, false, "40")).toMatchObject({ ok: true });

    // The admin sees their own ballot and the staff's count, never the staff's vote, nor a tally.
    const seen = (await councilOf(await viewerOf(a.users.admin.id), round))!;
    expect(seen.myBallots).toEqual([{ nominationId: nomination, approve: false, score: 40, version: 0 }]);
    expect(seen.seats.map((s) => s.voted)).toEqual([1, 1]);
    expect(seen.tally).toBeNull();
    expect(JSON.stringify(seen)).not.toMatch(/"approve":true|"score":93/);

    // Changing one's own vote needs the version it was read at.
    expect(await vote(round, nomination, true, "50", 0)).toMatchObject({ ok: true });
    expect(await vote(round, nomination, false, "10", 0)).toMatchObject({
      ok: false,
      formError: expect.stringContaining("vừa được"),
    });
    expect(await vote(round, nomination, true, "55", null)).toMatchObject({
      ok: false,
      formError: expect.stringContaining("vừa được"),
    });

    // No audit row says how anyone voted.
    const rows = await db().auditLog.findMany({ where: { action: "honour.ballot.cast", targetId: round } });
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.after).toEqual({ ballots: 1 });
  });

  it("two first ballots sent at once from one seat save one, the other conflicts", async () => {
    const { round, nomination } = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    actingAs(a.users.staff.id);
    const results = await Promise.all([vote(round, nomination, true, "70"), vote(round, nomination, false, "20")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().ballot.count({ where: { roundId: round } })).toBe(1);
  });

  it("a cơ sở secretary and the city see no council, no ballot", async () => {
    const { round, nomination } = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    actingAs(a.users.staff.id);
    await vote(round, nomination, true);
    expect(await councilOf(await viewerOf(a.users.coSo.id), round)).toBeNull();
    await expect(councilOf(await viewerOf(a.users.city.id), round)).rejects.toThrow(/Không tìm thấy/);
  });
});

describe("closing the vote", () => {
  it("only the chair closes; then no ballot changes and the tally ranks per title", async () => {
    const second = (await makeHonourTitle(a.khoi.id, "Thanh niên tiên tiến")).id;
    const council = [a.users.staff.id, a.users.admin.id, thirdSeat.id];
    const { round, nomination: first } = await makeVotingRound(a, planId, title, council);
    const m2 = await makeMember(db(), a.chiDoanA2, { fullName: "Lê Văn Hai" });
    const other = await makeNomination(a, round, title, m2.id, "SUBMITTED");
    await db().honourRoundTitle.create({ data: { khoiId: a.khoi.id, roundId: round, titleId: second, criteria: [] } });
    const alone = await makeNomination(a, round, second, a.members.a1.id, "SUBMITTED");

    // first: 3 for (90, 80, 70); other: 2 for of 3 (60, 60, -); alone: 1 for of 3.
    const ballots: [string, [string, boolean, string][]][] = [
      [
        a.users.staff.id,
        [
          [first, true, "90"],
          [other, true, "60"],
          [alone, true, "75"],
        ],
      ],
      [
        a.users.admin.id,
        [
          [first, true, "80"],
          [other, true, "60"],
          [alone, false, "40"],
        ],
      ],
      [
        thirdSeat.id,
        [
          [first, true, "70"],
          [other, false, ""],
          [alone, false, "30"],
        ],
      ],
    ];
    for (const [user, mine] of ballots) {
      actingAs(user);
      const result = await castBallotsAction({
        roundId: round,
        ballots: mine.map(([nominationId, approve, score]) => ({ nominationId, approve, score, version: null })),
      });
      expect(result).toMatchObject({ ok: true });
    }

    actingAs(a.users.admin.id);
    expect(await closeVotingAction({ id: round, version: await roundVersion(round) })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Không tìm thấy/),
    });
    actingAs(a.users.staff.id);
    expect(await closeVotingAction({ id: round, version: await roundVersion(round) })).toMatchObject({ ok: true });
    expect((await db().honourRound.findUniqueOrThrow({ where: { id: round } })).status).toBe("CLOSED");
    const change = await db().statusChange.findFirstOrThrow({ where: { entityId: round, toStatus: "CLOSED" } });
    expect(change).toMatchObject({ fromStatus: "VOTING", actorId: a.users.staff.id });

    expect(await vote(round, first, false, "0", 0)).toMatchObject({ ok: false, formError: "Hội đồng không còn nhận phiếu" });

    const { tally } = (await councilOf(await viewerOf(a.users.admin.id), round))!;
    expect(tally!.councilSize).toBe(3);
    const row = (id: string) => tally!.rows.find((r) => r.nominationId === id)!;
    expect(row(first)).toMatchObject({ titleId: title, votesFor: 3, averageScore: 80, rank: 1, proposed: true });
    expect(row(other)).toMatchObject({ titleId: title, votesFor: 2, averageScore: 60, rank: 2, proposed: true });
    expect(row(alone)).toMatchObject({ titleId: second, votesFor: 1, rank: 1, proposed: false });
    // A cơ sở still sees none of it.
    expect(await councilOf(await viewerOf(a.users.coSo.id), round)).toBeNull();
  });

  it("a close and a ballot sent at once: the ballot is either in before the close or refused", async () => {
    const { round, nomination } = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    actingAs(a.users.staff.id);
    const version = await roundVersion(round);
    const [voted, closed] = await Promise.all([vote(round, nomination, true), closeVotingAction({ id: round, version })]);
    expect(closed).toMatchObject({ ok: true });
    const ballots = await db().ballot.count({ where: { roundId: round } });
    expect(ballots).toBe(voted.ok ? 1 : 0);
  });
});
