// Đợt xét chọn and đề xuất (issue 12): the Khối opens a round, the cơ sở nominate before the
// deadline within the quota, the Khối reviews what was sent with each criterion checked against
// the records, returns one; then closes nominations for the council.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  closeNominationsAction,
  createNominationAction,
  openRoundAction,
  returnNominationAction,
  submitNominationAction,
  updateTitleAction,
  withdrawNominationAction,
} from "@/lib/actions/honours";
import { getRound } from "@/lib/data/honour-rounds";
import { listNominations } from "@/lib/data/nominations";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, makeMember, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeEntry, memberRow } from "../helpers/entries";
import { makeHonourTitle, makeRound, titleFields } from "../helpers/honour-probes";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let planId: string;
let title: string;
let coSoB: { id: string };

const date = (days: number) => formatVietnameseDate(dayFromToday(days));
const ok = <T>(r: { ok: boolean; data?: T }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
};
const versionOf = async (id: string) => (await db().nomination.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
  title = (await makeHonourTitle(a.khoi.id)).id;
  coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

async function opened(over: Record<string, unknown> = {}) {
  actingAs(a.users.staff.id);
  return ok<{ id: string }>(
    await openRoundAction({
      name: "Xét chọn gương cán bộ trẻ",
      planId,
      periodFrom: date(-200),
      periodTo: date(0),
      dueOn: date(10),
      quotaPerCoSo: "",
      titleIds: [title],
      requestKey: crypto.randomUUID(),
      ...over,
    }),
  ).id;
}

async function nominate(roundId: string, memberId: string, who = a.users.coSo.id) {
  actingAs(who);
  return createNominationAction({
    roundId,
    titleId: title,
    memberId,
    narrative: "Nhiều sáng kiến",
    requestKey: crypto.randomUUID(),
  });
}

describe("a round", () => {
  it("copies the titles' criteria when it opens, tells every cơ sở, and keeps them when the title is edited later", async () => {
    const id = await opened();
    const round = await getRound(await viewerOf(a.users.coSo.id), id);
    expect(round).toMatchObject({ status: "OPEN", quotaPerCoSo: null });
    const criteria = round.titles[0].criteria as { wording: string; source: string }[];
    expect(criteria.map((c) => c.wording)).toEqual(["Ít nhất 1 sáng kiến", "Phẩm chất đạo đức tốt"]);
    expect(await db().notification.count({ where: { link: `/khen-thuong/${id}`, userId: a.users.coSo.id } })).toBe(1);
    actingAs(a.users.staff.id);
    const version = (await db().honourTitle.findUniqueOrThrow({ where: { id: title } })).version;
    ok(await updateTitleAction({ ...titleFields("Tên mới"), id: title, version }));
    const again = await getRound(await viewerOf(a.users.staff.id), id);
    expect((again.titles[0].criteria as { wording: string }[]).map((c) => c.wording)).toEqual(criteria.map((c) => c.wording));
    await expect(getRound(await viewerOf(b.users.admin.id), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is refused on a draft plan, an archived title or an indicator that counts no honours, beside the field", async () => {
    const draft = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" })).id;
    actingAs(a.users.staff.id);
    const base = {
      name: "Sai",
      periodFrom: date(-10),
      periodTo: date(0),
      dueOn: date(5),
      quotaPerCoSo: "",
      requestKey: crypto.randomUUID(),
    };
    expect(await openRoundAction({ ...base, planId: draft, titleIds: [title] })).toMatchObject({
      fieldErrors: { planId: expect.any(String) },
    });
    const archived = await db().honourTitle.create({
      data: { khoiId: a.khoi.id, name: "Cũ", subject: "INDIVIDUAL", level: "KHOI", active: false },
    });
    expect(await openRoundAction({ ...base, planId, titleIds: [archived.id] })).toMatchObject({
      fieldErrors: { titleIds: expect.any(String) },
    });
    const plan = await makePlan(
      db(),
      { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
      { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
    );
    expect(
      await openRoundAction({ ...base, planId: plan.id, titleIds: [title], indicatorIds: [plan.indicators[0].id] }),
    ).toMatchObject({
      fieldErrors: { indicatorIds: expect.any(String) },
    });
    expect(await openRoundAction({ ...base, planId, titleIds: [title], dueOn: date(-20) })).toMatchObject({
      fieldErrors: { dueOn: "Hạn đề xuất không được trước thời gian xét thành tích" },
    });
  });
});

describe("nominations", () => {
  it("are drafted by the cơ sở for its own members once per title and round, never for another cơ sở's", async () => {
    const round = await opened();
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id)).id;
    expect(await db().nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", coSoId: a.coSoA.id });
    expect(await nominate(round, a.members.a1.id)).toMatchObject({
      ok: false,
      fieldErrors: { memberId: "Đã được đề xuất cho danh hiệu này trong đợt" },
    });
    expect(await nominate(round, a.members.a2.id, coSoB.id)).toMatchObject({
      ok: false,
      fieldErrors: { memberId: "Không tìm thấy đoàn viên trong đơn vị của bạn" },
    });
    expect(await nominate(round, a.members.b1.id)).toMatchObject({ ok: false });
  });

  it("are refused once the deadline has passed", async () => {
    const round = await makeRound(a.khoi.id, planId, [title], { dueIn: -1 });
    expect(await nominate(round, a.members.a1.id)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Đã quá hạn đề xuất/),
    });
  });

  it("are sent within the quota, even six at once: the rest are refused with the quota named", async () => {
    const round = await opened({ quotaPerCoSo: "2" });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const m = await makeMember(db(), a.chiDoanA2, { fullName: `Ứng viên ${i}` });
      ids.push(ok<{ id: string }>(await nominate(round, m.id)).id);
    }
    actingAs(a.users.coSo.id);
    const results = await Promise.all(ids.map(async (id) => submitNominationAction({ id, version: await versionOf(id) })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && /gửi đủ 2 đề xuất/.test(r.formError ?? ""))).toBe(true);
    expect(await db().nomination.count({ where: { roundId: round, status: "SUBMITTED" } })).toBe(2);
  });

  it("reach the Khối once sent, with each criterion checked against the records; a draft never does", async () => {
    const round = await opened();
    // The title now asks for 2 ideas (edited by the first test): a1 has two confirmed, one waiting.
    await makeEntry(memberRow(a.members.a1), "IDEA", "CONFIRMED", { occurredDaysAgo: 5 });
    await makeEntry(memberRow(a.members.a1), "IDEA", "CONFIRMED", { occurredDaysAgo: 6 });
    await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { occurredDaysAgo: 6 });
    const sent = ok<{ id: string }>(await nominate(round, a.members.a1.id)).id;
    ok(await submitNominationAction({ id: sent, version: await versionOf(sent) }));
    const draft = ok<{ id: string }>(await nominate(round, a.members.a2.id)).id;
    const khoi = await listNominations(await viewerOf(a.users.staff.id), round);
    expect(khoi.map((n) => n.id)).toEqual([sent]);
    expect(khoi[0].member?.fullName).toBe(a.members.a1.fullName);
    expect(khoi[0].results.map((r) => [r.met, r.value])).toEqual([
      [true, 2],
      [null, null],
    ]);
    expect((await listNominations(await viewerOf(a.users.coSo.id), round)).map((n) => n.id).sort()).toEqual([sent, draft].sort());
    expect(await listNominations(await viewerOf(coSoB.id), round)).toEqual([]);
    await expect(listNominations(await viewerOf(b.users.admin.id), round)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are returned by the Khối with a comment, sent again by the cơ sở, withdrawn and made again as the same row", async () => {
    const round = await opened();
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id)).id;
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    actingAs(a.users.staff.id);
    expect(await returnNominationAction({ id, version: await versionOf(id), comment: "" })).toMatchObject({
      fieldErrors: { comment: "Vui lòng nhập lý do trả lại" },
    });
    ok(await returnNominationAction({ id, version: await versionOf(id), comment: "Bổ sung minh chứng" }));
    expect(await db().nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RETURNED",
      reviewComment: "Bổ sung minh chứng",
    });
    actingAs(a.users.coSo.id);
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    ok(await withdrawNominationAction({ id, version: await versionOf(id) }));
    expect(await listNominations(await viewerOf(a.users.staff.id), round)).toEqual([]);
    expect(ok<{ id: string }>(await nominate(round, a.members.a1.id)).id).toBe(id);
    const steps = await db().statusChange.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
      select: { toStatus: true },
    });
    expect(steps.map((s) => s.toStatus)).toEqual(["DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "WITHDRAWN", "DRAFT"]);
  });

  it("stop when the Khối closes nominations for the council", async () => {
    const round = await opened();
    actingAs(a.users.staff.id);
    ok(await closeNominationsAction({ id: round, version: 0 }));
    expect((await getRound(await viewerOf(a.users.staff.id), round)).status).toBe("VOTING");
    expect(await nominate(round, a.members.a1.id)).toMatchObject({ ok: false, formError: "Đợt xét chọn đã ngừng nhận đề xuất" });
  });
});

describe("a chi đoàn's proposals", () => {
  const notices = (userId: string, round: string) =>
    db().notification.count({ where: { userId, link: `/khen-thuong/${round}` } });

  it("name only the chi đoàn's own members or the chi đoàn itself", async () => {
    const round = await opened();
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id, a.users.chiDoan.id)).id;
    expect(await db().nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      coSoId: a.coSoA.id,
      chiDoanId: a.chiDoanA1.id,
    });
    expect(await nominate(round, a.members.a2.id, a.users.chiDoan.id)).toMatchObject({
      ok: false,
      fieldErrors: { memberId: "Không tìm thấy đoàn viên trong đơn vị của bạn" },
    });
    expect(await nominate(round, a.members.b1.id, a.users.chiDoan.id)).toMatchObject({ ok: false });
    const collective = (
      await db().honourTitle.create({
        data: { khoiId: a.khoi.id, name: "Chi đoàn vững mạnh", subject: "COLLECTIVE", level: "KHOI" },
      })
    ).id;
    const group = await opened({ titleIds: [collective] });
    const proposeUnit = (unitId: string) =>
      createNominationAction({ roundId: group, titleId: collective, unitId, narrative: "", requestKey: crypto.randomUUID() });
    actingAs(a.users.chiDoan.id);
    expect(await proposeUnit(a.chiDoanA1.id)).toMatchObject({ ok: true });
    for (const other of [a.chiDoanA2.id, a.coSoA.id])
      expect(await proposeUnit(other)).toMatchObject({
        ok: false,
        fieldErrors: { unitId: "Không tìm thấy tập thể trong đơn vị của bạn" },
      });
  });

  it("go to the cơ sở, which sends them on to the Khối within its quota; the Khối never sees one waiting", async () => {
    const round = await opened({ quotaPerCoSo: "1" });
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id, a.users.chiDoan.id)).id;
    const own = ok<{ id: string }>(await nominate(round, a.members.a2.id)).id;
    const coSoNotices = await notices(a.users.coSo.id, round);
    actingAs(a.users.chiDoan.id);
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    expect(await db().nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PROPOSED", submittedAt: null });
    expect(await notices(a.users.coSo.id, round)).toBe(coSoNotices + 1);
    expect(await submitNominationAction({ id, version: await versionOf(id) })).toMatchObject({
      ok: false,
      formError: "Đề xuất đã gửi cơ sở",
    });
    // Who sees it: the chi đoàn and its cơ sở; not the Khối yet, nor a sibling chi đoàn.
    const sibling = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA2 });
    expect(await listNominations(await viewerOf(a.users.staff.id), round)).toEqual([]);
    expect((await listNominations(await viewerOf(a.users.chiDoan.id), round)).map((n) => n.id)).toEqual([id]);
    expect(await listNominations(await viewerOf(sibling.id), round)).toEqual([]);
    expect((await listNominations(await viewerOf(a.users.coSo.id), round)).map((n) => n.id).sort()).toEqual([id, own].sort());
    // The cơ sở sends it on: it now fills the cơ sở's one place for the title.
    actingAs(a.users.coSo.id);
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    expect(await submitNominationAction({ id: own, version: await versionOf(own) })).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/gửi đủ 1 đề xuất/),
    });
    expect((await listNominations(await viewerOf(a.users.staff.id), round)).map((n) => n.id)).toEqual([id]);
    actingAs(a.users.chiDoan.id);
    expect(await withdrawNominationAction({ id, version: await versionOf(id) })).toMatchObject({
      ok: false,
      formError: "Cơ sở đã gửi đề xuất này lên Đoàn Khối: liên hệ cơ sở để rút",
    });
    // Returned by the Khối: the chi đoàn hears of it, fixes it and proposes it again.
    const chiDoanNotices = await notices(a.users.chiDoan.id, round);
    actingAs(a.users.staff.id);
    ok(await returnNominationAction({ id, version: await versionOf(id), comment: "Bổ sung minh chứng" }));
    expect(await notices(a.users.chiDoan.id, round)).toBe(chiDoanNotices + 1);
    actingAs(a.users.chiDoan.id);
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    const steps = await db().statusChange.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
      select: { toStatus: true },
    });
    expect(steps.map((s) => s.toStatus)).toEqual(["DRAFT", "PROPOSED", "SUBMITTED", "RETURNED", "PROPOSED"]);
  });

  it("may be withdrawn by the cơ sở, which tells the chi đoàn; the chi đoàn never sees the cơ sở's own", async () => {
    const round = await opened();
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id, a.users.chiDoan.id)).id;
    const own = ok<{ id: string }>(await nominate(round, a.members.a2.id)).id;
    actingAs(a.users.chiDoan.id);
    ok(await submitNominationAction({ id, version: await versionOf(id) }));
    expect((await listNominations(await viewerOf(a.users.chiDoan.id), round)).map((n) => n.id)).not.toContain(own);
    const before = await notices(a.users.chiDoan.id, round);
    actingAs(a.users.coSo.id);
    ok(await withdrawNominationAction({ id, version: await versionOf(id) }));
    expect(await notices(a.users.chiDoan.id, round)).toBe(before + 1);
    expect(await listNominations(await viewerOf(a.users.chiDoan.id), round)).toEqual([]);
  });

  it("stay the chi đoàn's while drafts: the cơ sở neither sees nor sends one, and may send a proposal on after the deadline, marked late", async () => {
    const round = await opened();
    const draft = ok<{ id: string }>(await nominate(round, a.members.a1.id, a.users.chiDoan.id)).id;
    expect(await listNominations(await viewerOf(a.users.coSo.id), round)).toEqual([]);
    actingAs(a.users.coSo.id);
    expect(await submitNominationAction({ id: draft, version: await versionOf(draft) })).toMatchObject({
      ok: false,
      formError: "Không tìm thấy đề xuất",
    });
    actingAs(a.users.chiDoan.id);
    ok(await submitNominationAction({ id: draft, version: await versionOf(draft) }));
    const chiDoanNotices = await notices(a.users.chiDoan.id, round);
    // The deadline passes with the proposal in the cơ sở's hands.
    await db().honourRound.update({ where: { id: round }, data: { dueOn: dayFromToday(-1) } });
    actingAs(a.users.coSo.id);
    ok(await submitNominationAction({ id: draft, version: await versionOf(draft) }));
    expect(await db().nomination.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ status: "SUBMITTED", late: true });
    expect(await notices(a.users.chiDoan.id, round)).toBe(chiDoanNotices + 1);
  });

  it("made again by the cơ sở after the chi đoàn withdrew it become the cơ sở's own", async () => {
    const round = await opened();
    const id = ok<{ id: string }>(await nominate(round, a.members.a1.id, a.users.chiDoan.id)).id;
    actingAs(a.users.chiDoan.id);
    ok(await withdrawNominationAction({ id, version: await versionOf(id) }));
    expect(ok<{ id: string }>(await nominate(round, a.members.a1.id)).id).toBe(id);
    expect(await db().nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      chiDoanId: null,
      createdById: a.users.coSo.id,
    });
    expect(await listNominations(await viewerOf(a.users.chiDoan.id), round)).toEqual([]);
  });
});
