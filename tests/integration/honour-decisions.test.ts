// Quyết định khen thưởng (issue 12): issued once the council's vote is closed, it honours the
// chosen nominations and locks the round; a correction is a new decision amending it (adding or
// revoking honours); neither a decision nor an honour can be changed away, even by the app's own
// database role; the Word file prints the decision in the Đoàn layout.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { amendDecisionAction, issueDecisionAction } from "@/lib/actions/honours";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { GET as decisionRoute } from "@/app/(portal)/khen-thuong/[id]/quyet-dinh/[decisionId]/route";
import { dayFromToday, makePlan, makeTenant, type Tenant } from "../factories";
import { makeClosedRound, makeDecidedRound, makeHonourTitle, makeNomination, makeVotingRound } from "../helpers/honour-probes";
import { actingAs } from "../helpers/session";
import { docxText, expectInOrder } from "../helpers/docx";
import { GET as certificateRoute } from "@/app/(portal)/khen-thuong/[id]/quyet-dinh/[decisionId]/giay-khen/route";
import { planProgress } from "@/lib/data/indicator-rollup";
import { myHonours } from "@/lib/data/honour-decisions";
import { makeMember } from "../factories";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let planId: string;
let title: string;

const today = formatVietnameseDate(dayFromToday(0));
const roundVersion = async (id: string) => (await db().honourRound.findUniqueOrThrow({ where: { id } })).version;
const issue = async (roundId: string, nominationIds: string[], over: Record<string, unknown> = {}) =>
  issueDecisionAction({
    roundId,
    version: await roundVersion(roundId),
    nominationIds,
    number: "15-QĐ/ĐK",
    signedOn: today,
    signOnBehalf: "TM. BAN THƯỜNG VỤ",
    signTitle: "BÍ THƯ",
    signName: "Trần Văn Ký",
    requestKey: crypto.randomUUID(),
    ...over,
  });

beforeAll(async () => {
  a = await makeTenant(db());
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
  title = (await makeHonourTitle(a.khoi.id)).id;
});

describe("issuing the decision", () => {
  it("honours the chosen nominations, locks the round, records the step and tells the cơ sở", async () => {
    const { round, nomination } = await makeClosedRound(a, planId, title);
    actingAs(a.users.staff.id);
    const result = await issue(round, [nomination]);
    expect(result).toMatchObject({ ok: true });
    const decision = await db().honourDecision.findFirstOrThrow({ where: { roundId: round }, include: { honours: true } });
    expect(decision).toMatchObject({ number: "15-QĐ/ĐK", signName: "Trần Văn Ký", createdById: a.users.staff.id });
    expect(decision.honours).toHaveLength(1);
    expect(decision.honours[0]).toMatchObject({
      nominationId: nomination,
      titleId: title,
      level: "KHOI",
      subject: "INDIVIDUAL",
      coSoId: a.coSoA.id,
      revokedById: null,
    });
    expect((await db().honourRound.findUniqueOrThrow({ where: { id: round } })).status).toBe("DECIDED");
    expect(await db().statusChange.count({ where: { entityId: round, fromStatus: "CLOSED", toStatus: "DECIDED" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: a.users.coSo.id, link: `/khen-thuong/${round}` } })).toBe(1);

    // Once decided, a second decision is refused: a correction amends the first.
    expect(await issue(round, [nomination])).toMatchObject({ ok: false, formError: expect.stringContaining("một lần") });
  });

  it("waits for the council's vote to close, and takes only the round's sent nominations", async () => {
    const voting = await makeVotingRound(a, planId, title, [a.users.staff.id]);
    actingAs(a.users.admin.id);
    expect(await issue(voting.round, [voting.nomination])).toMatchObject({
      ok: false,
      formError: expect.stringContaining("kết thúc bỏ phiếu"),
    });
    const { round } = await makeClosedRound(a, planId, title);
    const draft = await makeNomination(a, round, title, a.members.a1.id, "DRAFT");
    for (const ids of [[voting.nomination], [draft]])
      expect(await issue(round, ids)).toMatchObject({ ok: false, fieldErrors: { nominationIds: expect.any(String) } });
    expect(await db().honourDecision.count({ where: { roundId: { in: [round, voting.round] } } })).toBe(0);
  });

  it("is never changed or deleted, nor is an honour deleted (the database refuses)", async () => {
    const { decision, honour } = await makeDecidedRound(a, planId, title);
    await expect(db().honourDecision.update({ where: { id: decision }, data: { number: "99" } })).rejects.toThrow();
    await expect(db().honourDecision.delete({ where: { id: decision } })).rejects.toThrow();
    await expect(db().honour.delete({ where: { id: honour } })).rejects.toThrow();
    expect(await db().honour.count({ where: { id: honour } })).toBe(1);
  });
});

describe("an amending decision", () => {
  it("adds a left-out nomination and revokes an honour, naming the decision it amends", async () => {
    const { round, decision, honour, spare } = await makeDecidedRound(a, planId, title);
    actingAs(a.users.staff.id);
    const input = async () => ({
      roundId: round,
      version: await roundVersion(round),
      amendsId: decision,
      nominationIds: [spare],
      revokeHonourIds: [honour],
      number: "16-QĐ/ĐK",
      signedOn: today,
      note: "Bổ sung theo đề nghị của cơ sở",
      requestKey: crypto.randomUUID(),
    });
    expect(await amendDecisionAction(await input())).toMatchObject({ ok: true });
    const amending = await db().honourDecision.findFirstOrThrow({
      where: { roundId: round, amendsId: decision },
      include: { honours: true },
    });
    expect(amending.honours.map((h) => h.nominationId)).toEqual([spare]);
    expect((await db().honour.findUniqueOrThrow({ where: { id: honour } })).revokedById).toBe(amending.id);

    // The same again: the spare is honoured now, the honour already revoked.
    const again = await amendDecisionAction(await input());
    expect(again).toMatchObject({ ok: false, fieldErrors: { nominationIds: "Đề xuất này đã được khen thưởng" } });
    const revokeOnly = await amendDecisionAction({ ...(await input()), nominationIds: [] });
    expect(revokeOnly).toMatchObject({ ok: false, fieldErrors: { revokeHonourIds: expect.any(String) } });
  });

  it("needs a reason, and a stale round version conflicts", async () => {
    const { round, decision, spare } = await makeDecidedRound(a, planId, title);
    actingAs(a.users.admin.id);
    const base = {
      roundId: round,
      amendsId: decision,
      nominationIds: [spare],
      number: "17-QĐ/ĐK",
      signedOn: today,
      requestKey: crypto.randomUUID(),
    };
    expect(await amendDecisionAction({ ...base, version: await roundVersion(round), note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { note: expect.stringContaining("lý do") },
    });
    expect(await amendDecisionAction({ ...base, version: 99, note: "Bổ sung" })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("vừa được người khác thay đổi"),
    });
    expect(await db().honourDecision.count({ where: { roundId: round } })).toBe(1);
  });
});

describe("the decision as a Word file", () => {
  it("prints the Đoàn header, the grounds, the articles and the honourees; an amendment names the one it amends", async () => {
    const { round, nomination } = await makeClosedRound(a, planId, title);
    actingAs(a.users.staff.id);
    expect(await issue(round, [nomination], { number: "21-QĐ/ĐK" })).toMatchObject({ ok: true });
    const decision = await db().honourDecision.findFirstOrThrow({ where: { roundId: round } });
    const member = await db().member.findUniqueOrThrow({ where: { id: a.members.b1.id } });
    const get = async (decisionId: string) => {
      const response = await decisionRoute(new Request(`http://localhost/khen-thuong/${round}/quyet-dinh/${decisionId}`), {
        params: Promise.resolve({ id: round, decisionId }),
      });
      expect(response.status).toBe(200);
      return docxText(Buffer.from(await response.arrayBuffer()));
    };
    const text = await get(decision.id);
    expectInOrder(text, [
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "Số: 21-QĐ/ĐK",
      "QUYẾT ĐỊNH",
      "Về việc khen thưởng",
      "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh",
      "QUYẾT ĐỊNH:",
      "Điều 1. Khen thưởng 1 cá nhân, tập thể",
      member.fullName,
      "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện",
      "Điều 2.",
      "Nơi nhận:",
      "Trần Văn Ký",
    ]);

    const honour = await db().honour.findFirstOrThrow({ where: { decisionId: decision.id } });
    const amended = await amendDecisionAction({
      roundId: round,
      version: await roundVersion(round),
      amendsId: decision.id,
      revokeHonourIds: [honour.id],
      number: "22-QĐ/ĐK",
      signedOn: today,
      note: "đề nghị của cơ sở do sai sót về thành tích",
      requestKey: crypto.randomUUID(),
    });
    const amendedId = (amended as { ok: true; data: { id: string } }).data.id;
    expectInOrder(await get(amendedId), [
      "Số: 22-QĐ/ĐK",
      "Về việc sửa đổi, bổ sung Quyết định số 21-QĐ/ĐK",
      "Xét đề nghị của cơ sở do sai sót về thành tích",
      "Thu hồi khen thưởng của 1 cá nhân, tập thể",
      member.fullName,
      "giữ nguyên hiệu lực",
    ]);
  });
});

describe("giấy khen", () => {
  it("one landscape page per standing honour, or one person's alone; a revoked honour has none", async () => {
    const { round, decision, honour } = await makeDecidedRound(a, planId, title);
    const get = async (query = "") => {
      const url = `http://localhost/khen-thuong/${round}/quyet-dinh/${decision}/giay-khen${query}`;
      return certificateRoute(new Request(url), { params: Promise.resolve({ id: round, decisionId: decision }) });
    };
    actingAs(a.users.coSo.id);
    const member = await db().member.findUniqueOrThrow({ where: { id: a.members.b1.id } });
    const response = await get();
    expect(response.status).toBe(200);
    const text = await docxText(Buffer.from(await response.arrayBuffer()));
    expectInOrder(text, [
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "GIẤY KHEN",
      "Tặng",
      member.fullName.toLocaleUpperCase("vi-VN"),
      "Đã đạt danh hiệu",
      "Quyết định số 01-QĐ/ĐK",
    ]);
    expect((await get(`?khen-thuong=${honour}`)).status).toBe(200);
    expect((await get(`?khen-thuong=${crypto.randomUUID()}`)).status).toBe(404);

    actingAs(a.users.staff.id);
    await amendDecisionAction({
      roundId: round,
      version: await roundVersion(round),
      amendsId: decision,
      nominationIds: [],
      revokeHonourIds: [honour],
      number: "30-QĐ/ĐK",
      signedOn: today,
      note: "Thu hồi do sai sót",
      requestKey: crypto.randomUUID(),
    });
    expect((await get()).status).toBe(404);
  });
});

describe("honours that count", () => {
  it("a HONOUR indicator fed by the round counts its standing honours per cơ sở; a revoked one stops counting", async () => {
    const year = dayFromToday(0).getUTCFullYear();
    const plan = await makePlan(
      db(),
      { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
      {
        status: "PUBLISHED",
        startYear: year,
        indicators: [{ code: "CT9", measure: "RECORD_COUNT", recordKind: "HONOUR", target: 150, unitLabel: "gương" }],
      },
    );
    const indicatorId = plan.indicators[0].id;
    const { round, nomination } = await makeClosedRound(a, plan.id, title);
    const other = await makeNomination(
      a,
      round,
      title,
      (await makeMember(db(), a.chiDoanA2, { fullName: "Võ Thị Ba" })).id,
      "SUBMITTED",
    );
    await db().honourRoundIndicator.create({ data: { khoiId: a.khoi.id, roundId: round, indicatorId } });
    const progress = async () => (await planProgress(await viewerOf(a.users.staff.id), plan.id)).indicators[0];
    expect((await progress()).value).toBe(0);

    actingAs(a.users.staff.id);
    expect(await issue(round, [nomination, other])).toMatchObject({ ok: true });
    const counted = await progress();
    expect(counted.value).toBe(2);
    // Both came from cơ sở A: its secretary counts them as its own.
    expect((await planProgress(await viewerOf(a.users.coSo.id), plan.id)).indicators[0].value).toBe(2);

    const decision = await db().honourDecision.findFirstOrThrow({ where: { roundId: round } });
    const revoked = await db().honour.findFirstOrThrow({ where: { decisionId: decision.id, nominationId: other } });
    await amendDecisionAction({
      roundId: round,
      version: await roundVersion(round),
      amendsId: decision.id,
      revokeHonourIds: [revoked.id],
      number: "31-QĐ/ĐK",
      signedOn: today,
      note: "Thu hồi do sai sót",
      requestKey: crypto.randomUUID(),
    });
    expect((await progress()).value).toBe(1);
  });

  it("shows on the member's own record", async () => {
    const { round, nomination } = await makeClosedRound(a, planId, title);
    await db().nomination.update({ where: { id: nomination }, data: { memberId: a.members.a1.id, nomineeKey: a.members.a1.id } });
    actingAs(a.users.staff.id);
    expect(await issue(round, [nomination], { number: "40-QĐ/ĐK" })).toMatchObject({ ok: true });
    const mine = await myHonours(await viewerOf(a.users.member.id));
    expect(mine.map((h) => [h.titleName, h.decisionNumber])).toContainEqual([
      "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện",
      "40-QĐ/ĐK",
    ]);
    expect(await myHonours(await viewerOf(a.users.coSo.id))).toEqual([]);
  });
});
