// Kiểm tra chuyên đề (issue 15), planning: the Khối plans a round under its plan with a team of
// its own staff, proposes the checklist from the plan, puts cơ sở on days within the period
// (clashes shown), tells them; a cơ sở then sees its own visit only. The inspection indicator
// counts the cơ sở visited.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  announceRoundAction,
  cancelVisitAction,
  createInspectionRoundAction,
  moveVisitAction,
  scheduleVisitAction,
  finishVisitAction,
  saveVisitAnswerAction,
  setChecklistAction,
  updateInspectionRoundAction,
} from "@/lib/actions/inspections";
import { getVisit } from "@/lib/data/inspection-visits";
import { getInspectionRound, inspectionCalendar, listInspectionRounds } from "@/lib/data/inspection-rounds";
import { planProgress } from "@/lib/data/indicator-rollup";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeInspectionRound, roundFields } from "../helpers/inspection-probes";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let plan: Awaited<ReturnType<typeof makePlan>>;
let coSoBSecretary: { id: string };

const date = (days: number) => formatVietnameseDate(dayFromToday(days));
const ok = <T>(r: { ok: boolean; data?: T }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
};
const roundVersion = async (id: string) => (await db().inspectionRound.findUniqueOrThrow({ where: { id } })).version;
const plan3 = () => plan.indicators[2].id;
const visitRow = (id: string) => db().inspectionVisit.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    {
      status: "PUBLISHED",
      indicators: [
        {
          code: "CT1",
          wording: "100% cơ sở có công trình, phần việc thanh niên.",
          measure: "UNIT_SHARE",
          recordKind: "PROJECT",
          targetKind: "PERCENT",
          target: 100,
        },
        { code: "CT2", wording: "Ít nhất 1.000 ý tưởng, sáng kiến", measure: "RECORD_COUNT", recordKind: "IDEA", target: 1000 },
        {
          code: "CT3",
          wording: "Mỗi cơ sở có ít nhất 05 ý tưởng",
          measure: "RECORD_COUNT",
          recordKind: "IDEA",
          appliesTo: "EACH_CO_SO",
          target: 5,
        },
        { code: "CT4", wording: "Kiểm tra chuyên đề tại 2 cơ sở", measure: "RECORD_COUNT", recordKind: "INSPECTION", target: 2 },
      ],
    },
  );
  await db().indicator.update({ where: { id: plan.indicators[2].id }, data: { pillar: 1 } });
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

async function created(over: Record<string, unknown> = {}) {
  actingAs(a.users.staff.id);
  return ok<{ id: string }>(
    await createInspectionRoundAction({
      ...roundFields(a, plan.id),
      indicatorId: plan.indicators[3].id,
      requestKey: crypto.randomUUID(),
      ...over,
    }),
  ).id;
}

describe("planning a round", () => {
  it("makes the round with its team and lead, the checklist proposed from the plan, and a timeline", async () => {
    const id = await created();
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), id);
    expect(round).toMatchObject({ status: "PLANNING", decisionNumber: "30-QĐ/ĐTN", manages: true });
    expect(round.indicator).toMatchObject({ code: "CT4" });
    expect(round.team.map((t) => [t.userId, t.lead])).toEqual(
      expect.arrayContaining([
        [a.users.staff.id, true],
        [a.users.admin.id, false],
      ]),
    );
    const wordings = round.items.map((i) => i.wording);
    // The portal's checks and the usual items, then one question per indicator a cơ sở answers.
    expect(round.items.filter((i) => i.source === "PORTAL").map((i) => i.portalCheck)).toEqual([
      "CO_SO_PLAN",
      "REPORTS_ON_TIME",
      "PROJECT_REGISTERED",
    ]);
    expect(wordings).toContain("Cơ sở đạt chỉ tiêu CT1: 100% cơ sở có công trình, phần việc thanh niên?");
    expect(wordings).toContain("Cơ sở đạt chỉ tiêu CT3: Mỗi cơ sở có ít nhất 05 ý tưởng?");
    expect(round.items.find((i) => i.indicatorId === plan.indicators[2].id)?.pillar).toBe(1);
    // A Khối-wide total and the inspection indicator itself are not a cơ sở's to answer.
    expect(wordings.some((w) => w.includes("CT2") || w.includes("CT4"))).toBe(false);
    expect(round.timeline.map((t) => t.toStatus)).toEqual(["PLANNING"]);
    const audit = await db().auditLog.findFirst({ where: { targetId: id, action: "inspection.round.create" } });
    expect(audit?.actorId).toBe(a.users.staff.id);
  });

  it("names only the Khối's own active staff to the team, and the lead among them", async () => {
    actingAs(a.users.staff.id);
    const base = { ...roundFields(a, plan.id), requestKey: crypto.randomUUID() };
    expect(await createInspectionRoundAction({ ...base, teamUserIds: [a.users.staff.id, a.users.coSo.id] })).toMatchObject({
      ok: false,
      fieldErrors: { teamUserIds: "Chỉ chọn được tài khoản của cán bộ Đoàn Khối đang hoạt động" },
    });
    expect(await createInspectionRoundAction({ ...base, teamUserIds: [a.users.staff.id, b.users.staff.id] })).toMatchObject({
      ok: false,
      fieldErrors: { teamUserIds: expect.any(String) },
    });
    expect(await createInspectionRoundAction({ ...base, teamUserIds: [a.users.admin.id] })).toMatchObject({
      ok: false,
      fieldErrors: { leadUserId: "Trưởng đoàn phải là thành viên đoàn kiểm tra" },
    });
  });

  it("refuses bad dates and an indicator that does not count inspections, beside the field", async () => {
    actingAs(a.users.staff.id);
    const base = { ...roundFields(a, plan.id), requestKey: crypto.randomUUID() };
    expect(await createInspectionRoundAction({ ...base, periodFrom: date(10), periodTo: date(5) })).toMatchObject({
      ok: false,
      fieldErrors: { periodTo: "Ngày kết thúc không được trước ngày bắt đầu" },
    });
    expect(await createInspectionRoundAction({ ...base, decisionOn: "31/02/2026" })).toMatchObject({
      ok: false,
      fieldErrors: { decisionOn: expect.stringContaining("không hợp lệ") },
    });
    expect(await createInspectionRoundAction({ ...base, indicatorId: plan.indicators[0].id })).toMatchObject({
      ok: false,
      fieldErrors: { indicatorId: "Chỉ tiêu không phải chỉ tiêu kiểm tra của kế hoạch đã chọn" },
    });
    const draft = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" });
    expect(await createInspectionRoundAction({ ...base, planId: draft.id })).toMatchObject({
      ok: false,
      fieldErrors: { planId: expect.any(String) },
    });
  });

  it("edits the round and its team under its version; a stale form conflicts, visits outside the new period refuse it", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const visit = ok<{ id: string }>(
      await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(20), requestKey: crypto.randomUUID() }),
    ).id;
    const version = await roundVersion(id);
    const edit = { ...roundFields(a, plan.id), id, version, leadUserId: a.users.admin.id, name: "Kiểm tra đã sửa" };
    expect((await updateInspectionRoundAction(edit)).ok).toBe(true);
    expect(await updateInspectionRoundAction({ ...edit, name: "Sửa lần hai" })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("người khác thay đổi"),
    });
    expect(await updateInspectionRoundAction({ ...edit, version: version + 1, periodTo: date(10) })).toMatchObject({
      ok: false,
      fieldErrors: { periodTo: expect.stringContaining(`ngày ${date(20)}`) },
    });
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), id);
    expect(round.name).toBe("Kiểm tra đã sửa");
    expect(round.team.find((t) => t.lead)?.userId).toBe(a.users.admin.id);
    expect(round.visits.map((v) => v.id)).toEqual([visit]);
  });
});

describe("the visits", () => {
  it("puts a cơ sở on a day within the period, once per round; a cancelled visit comes back on a new day", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const schedule = (over: Record<string, unknown>) =>
      scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(5), requestKey: crypto.randomUUID(), ...over });
    expect(await schedule({ visitOn: date(31) })).toMatchObject({
      ok: false,
      fieldErrors: { visitOn: `Ngày kiểm tra phải trong thời gian của đợt (${date(0)} – ${date(30)})` },
    });
    expect(await schedule({ coSoId: b.coSoA.id })).toMatchObject({ ok: false, fieldErrors: { coSoId: expect.any(String) } });
    expect(await schedule({ coSoId: a.chiDoanA1.id })).toMatchObject({ ok: false, fieldErrors: { coSoId: expect.any(String) } });
    const visit = ok<{ id: string }>(await schedule({})).id;
    expect(await schedule({ visitOn: date(6) })).toMatchObject({
      ok: false,
      fieldErrors: { coSoId: expect.stringContaining("đã có trong lịch kiểm tra") },
    });
    expect(
      await cancelVisitAction({ id: visit, version: (await visitRow(visit)).version, reason: "Cơ sở đang tổ chức đại hội" }),
    ).toMatchObject({ ok: true });
    expect(await moveVisitAction({ id: visit, version: (await visitRow(visit)).version, visitOn: date(8) })).toMatchObject({
      ok: false,
      formError: "Chỉ dời được buổi kiểm tra chưa diễn ra",
    });
    expect(ok<{ id: string }>(await schedule({ visitOn: date(9) })).id).toBe(visit);
    expect(await visitRow(visit)).toMatchObject({ status: "SCHEDULED", visitOn: dayFromToday(9) });
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), id);
    const steps = round.timeline.filter((t) => t.entityId === visit);
    expect(steps.map((t) => [t.fromStatus, t.toStatus, t.comment])).toEqual([
      [null, "SCHEDULED", null],
      ["SCHEDULED", "CANCELLED", "Cơ sở đang tổ chức đại hội"],
      ["CANCELLED", "SCHEDULED", null],
    ]);
  });

  it("puts a cơ sở on the list once when several forms send it at the same moment", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        scheduleVisitAction({ roundId: id, coSoId: a.coSoB.id, visitOn: date(3 + i), requestKey: crypto.randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({ fieldErrors: { coSoId: expect.stringContaining("đã có trong lịch kiểm tra") } });
    expect(await db().inspectionVisit.count({ where: { roundId: id } })).toBe(1);
  });

  it("shows the clashes: two visits on one day needing the same team member, and one cơ sở twice a day", async () => {
    const first = await created();
    const second = await created({ teamUserIds: [a.users.staff.id], leadUserId: a.users.staff.id });
    const third = await created({ teamUserIds: [a.users.admin.id], leadUserId: a.users.admin.id });
    actingAs(a.users.staff.id);
    const put = async (roundId: string, coSoId: string, days: number) =>
      ok<{ id: string }>(await scheduleVisitAction({ roundId, coSoId, visitOn: date(days), requestKey: crypto.randomUUID() })).id;
    const v1 = await put(first, a.coSoA.id, 25);
    const v2 = await put(second, a.coSoB.id, 25);
    const v3 = await put(third, a.coSoA.id, 26);
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), first);
    expect(round.visits.find((v) => v.id === v1)?.clashes).toEqual([
      `Cùng ngày với buổi kiểm tra tại ${a.coSoB.name} (chung thành viên đoàn)`,
    ]);
    const calendar = await inspectionCalendar(await viewerOf(a.users.admin.id), dayFromToday(25), dayFromToday(26));
    expect(calendar.find((v) => v.id === v2)?.clashes).toHaveLength(1);
    expect(calendar.find((v) => v.id === v3)?.clashes).toEqual([]);
    // The same cơ sở visited by another round on the same day (and the admin due at cơ sở A).
    const v4 = await put(third, a.coSoB.id, 25);
    const again = await inspectionCalendar(await viewerOf(a.users.admin.id), dayFromToday(25), dayFromToday(25));
    expect(again.find((v) => v.id === v4)?.clashes).toEqual([
      `Cùng ngày với buổi kiểm tra tại ${a.coSoA.name} (chung thành viên đoàn)`,
      `${a.coSoB.name} có một buổi kiểm tra khác cùng ngày`,
    ]);
  });
});

describe("the checklist", () => {
  it("is replaced under the round's version, keeps the plan's pillars and indicators, and is locked once a finding is recorded", async () => {
    const id = await created();
    actingAs(a.users.admin.id);
    const items = [
      { wording: "Có sổ theo dõi", pillar: "", source: "TYPED" },
      { wording: "Cơ sở đạt chỉ tiêu CT3?", pillar: "1", source: "INDICATOR", indicatorId: plan.indicators[2].id },
      { wording: "Có kế hoạch", pillar: "", source: "PORTAL", portalCheck: "CO_SO_PLAN", indicatorId: plan.indicators[0].id },
    ];
    const version = await roundVersion(id);
    expect(await setChecklistAction({ roundId: id, version, items })).toMatchObject({ ok: true });
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), id);
    expect(round.items.map((i) => [i.position, i.wording, i.pillar, i.indicatorId, i.portalCheck])).toEqual([
      [0, "Có sổ theo dõi", null, null, null],
      [1, "Cơ sở đạt chỉ tiêu CT3?", 1, plan.indicators[2].id, null],
      [2, "Có kế hoạch", null, null, "CO_SO_PLAN"],
    ]);
    // A second editor on the old version conflicts instead of overwriting.
    expect(await setChecklistAction({ roundId: id, version, items: items.slice(0, 1) })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("người khác thay đổi"),
    });
    const other = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { indicators: [{ code: "X1" }] });
    expect(
      await setChecklistAction({
        roundId: id,
        version: version + 1,
        items: [
          { wording: "Lạ", pillar: "7", source: "INDICATOR", indicatorId: other.indicators[0].id },
          { wording: "", pillar: "", source: "TYPED" },
        ],
      }),
    ).toMatchObject({ ok: false, fieldErrors: { "items.1.wording": expect.any(String) } });
    expect(
      await setChecklistAction({
        roundId: id,
        version: version + 1,
        items: [{ wording: "Lạ", pillar: "7", source: "INDICATOR", indicatorId: other.indicators[0].id }],
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        "items.0.indicatorId": "Chỉ tiêu không thuộc kế hoạch của đợt kiểm tra",
        "items.0.pillar": "Trụ cột không thuộc kế hoạch của đợt kiểm tra",
      },
    });
    const visit = ok<{ id: string }>(
      await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(3), requestKey: crypto.randomUUID() }),
    ).id;
    const firstItem = await db().checklistItem.findFirstOrThrow({ where: { roundId: id }, orderBy: { position: "asc" } });
    await db().visitAnswer.create({ data: { khoiId: a.khoi.id, visitId: visit, itemId: firstItem.id, result: "MET" } });
    expect(await setChecklistAction({ roundId: id, version: version + 1, items })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("không sửa danh mục được nữa"),
    });
  });
});

describe("telling the cơ sở", () => {
  it("shows a cơ sở nothing while planned; once announced, its own visit only, with a notice; a new day is told again", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const put = async (coSoId: string, days: number) =>
      ok<{ id: string }>(await scheduleVisitAction({ roundId: id, coSoId, visitOn: date(days), requestKey: crypto.randomUUID() }))
        .id;
    const va = await put(a.coSoA.id, 4);
    const vb = await put(a.coSoB.id, 5);
    const secretary = await viewerOf(a.users.coSo.id);
    expect((await listInspectionRounds(secretary)).map((r) => r.id)).not.toContain(id);
    await expect(getInspectionRound(secretary, id)).rejects.toThrow("Không tìm thấy");

    expect(ok<{ told: number }>(await announceRoundAction({ id, version: await roundVersion(id) }))).toEqual({ told: 2 });
    expect(await announceRoundAction({ id, version: await roundVersion(id) })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Không còn cơ sở nào chưa được thông báo"),
    });
    const seen = await getInspectionRound(secretary, id);
    expect(seen.manages).toBe(false);
    expect(seen.visits.map((v) => v.id)).toEqual([va]);
    expect(seen.timeline.every((t) => t.entityId === id || t.entityId === va)).toBe(true);
    expect((await listInspectionRounds(secretary)).find((r) => r.id === id)?.visits.map((v) => v.id)).toEqual([va]);
    expect((await getInspectionRound(await viewerOf(coSoBSecretary.id), id)).visits.map((v) => v.id)).toEqual([vb]);
    const notices = await db().notification.findMany({ where: { userId: a.users.coSo.id, link: `/kiem-tra/${id}` } });
    expect(notices.map((n) => n.title)).toEqual([`Lịch kiểm tra chuyên đề: ${seen.name} – ngày ${date(4)}`]);

    expect(await moveVisitAction({ id: va, version: (await visitRow(va)).version, visitOn: date(7) })).toMatchObject({
      ok: true,
    });
    const moved = await db().notification.findMany({ where: { userId: a.users.coSo.id, link: `/kiem-tra/${id}` } });
    expect(moved.map((n) => n.title)).toContain(`Lịch kiểm tra thay đổi: ${seen.name} – ngày ${date(7)}`);
    const round = await getInspectionRound(await viewerOf(a.users.staff.id), id);
    expect(round.status).toBe("ANNOUNCED");
    expect(round.timeline.filter((t) => t.entityId === id).map((t) => t.toStatus)).toEqual(["PLANNING", "ANNOUNCED"]);
  });

  it("refuses to announce a round with no checklist", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    ok(await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(4), requestKey: crypto.randomUUID() }));
    await db().checklistItem.deleteMany({ where: { roundId: id } });
    expect(await announceRoundAction({ id, version: await roundVersion(id) })).toMatchObject({
      ok: false,
      formError: "Lập danh mục nội dung kiểm tra trước khi thông báo cơ sở",
    });
    expect((await db().inspectionRound.findUniqueOrThrow({ where: { id } })).status).toBe("PLANNING");
  });
});

describe("reach", () => {
  it("never shows one Khối's round to another, nor to the city, and refuses another Khối's ids", async () => {
    const id = await created();
    await expect(getInspectionRound(await viewerOf(b.users.staff.id), id)).rejects.toThrow("Không tìm thấy");
    expect((await listInspectionRounds(await viewerOf(b.users.staff.id))).map((r) => r.id)).not.toContain(id);
    expect(await listInspectionRounds(await viewerOf(a.users.city.id))).toEqual([]);
    expect(await listInspectionRounds(await viewerOf(a.users.member.id))).toEqual([]);
    actingAs(b.users.staff.id);
    expect(await announceRoundAction({ id, version: await roundVersion(id) })).toMatchObject({
      ok: false,
      formError: "Không tìm thấy đợt kiểm tra",
    });
    expect(
      await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(4), requestKey: crypto.randomUUID() }),
    ).toMatchObject({ ok: false, formError: "Không tìm thấy đợt kiểm tra" });
    // Tenant B's staff cannot plan under tenant A's plan either.
    expect(
      await createInspectionRoundAction({
        ...roundFields(b, plan.id),
        requestKey: crypto.randomUUID(),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { planId: expect.any(String) } });
  });
});

describe("the inspection indicator", () => {
  it("counts each cơ sở visited by a round feeding it, once however many such rounds visited it", async () => {
    // The visits of the earlier tests are set back to not made: this test counts its own.
    await db().inspectionVisit.updateMany({ where: { khoiId: a.khoi.id }, data: { status: "SCHEDULED" } });
    const staff = await viewerOf(a.users.staff.id);
    const ct4 = async () => (await planProgress(staff, plan.id)).indicators.find((i) => i.code === "CT4")!;
    expect(await ct4()).toMatchObject({ value: 0, target: 2 });
    const feeding = { indicatorId: plan.indicators[3].id };
    const r1 = await makeInspectionRound(a, plan.id, {
      ...feeding,
      visits: [
        { coSoId: a.coSoA.id, days: -2 },
        { coSoId: a.coSoB.id, days: -1 },
      ],
    });
    const r2 = await makeInspectionRound(a, plan.id, { ...feeding, visits: [{ coSoId: a.coSoA.id, days: -1 }] });
    // A round that feeds no indicator counts for none.
    const r3 = await makeInspectionRound(a, plan.id, { visits: [{ coSoId: a.coSoB.id, days: -1 }] });
    await db().inspectionVisit.updateMany({
      where: { id: { in: [r1.visits[0], r2.visits[0], r3.visits[0]] } },
      data: { status: "VISITED" },
    });
    expect((await ct4()).value).toBe(1);
    await db().inspectionVisit.update({ where: { id: r1.visits[1] }, data: { status: "CONCLUDED" } });
    expect(await ct4()).toMatchObject({ value: 2, target: 2, status: "MET" });
  });
});

describe("recording a visit", () => {
  it("records item by item under each answer's version, suggests from the portal's data, and finishes once all are answered", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const visitId = ok<{ id: string }>(
      await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(0), requestKey: crypto.randomUUID() }),
    ).id;
    const staffViewer = await viewerOf(a.users.staff.id);
    const visit = await getVisit(staffViewer, visitId);
    expect(visit.recordable).toBe(true);
    // Cơ sở A has no plan of its own on this plan and no approved project: the portal says so.
    const plan = visit.round.items.find((i) => i.portalCheck === "CO_SO_PLAN")!;
    expect(visit.suggestions[plan.id]).toMatchObject({ result: "NOT_MET" });
    const ct3 = visit.round.items.find((i) => i.indicatorId === plan3())!;
    expect(visit.suggestions[ct3.id]).toMatchObject({ result: "NOT_MET", why: expect.stringContaining("chỉ tiêu 5") });

    const [first, second] = visit.round.items;
    const save = (itemId: string, version: number | null, result = "MET", note = "") =>
      saveVisitAnswerAction({ visitId, itemId, version, result, note });
    expect(await save(first.id, null)).toMatchObject({ ok: true, data: { version: 0 } });
    // A second inspector who also thought it unanswered conflicts instead of overwriting.
    expect(await save(first.id, null, "NOT_MET")).toMatchObject({ ok: false, formError: expect.stringContaining("người khác") });
    expect(await save(first.id, 0, "NOT_MET", "Sổ chưa cập nhật")).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await save(first.id, 0, "MET")).toMatchObject({ ok: false, formError: expect.stringContaining("người khác") });
    // Two inspectors on two items at once: both kept.
    const [x, y] = await Promise.all([save(second.id, null, "NOT_APPLICABLE"), save(visit.round.items[2].id, null)]);
    expect([x.ok, y.ok]).toEqual([true, true]);
    // Five phones giving one item its first answer at once: one answer, the others told.
    const third = visit.round.items[3];
    const firsts = await Promise.all(Array.from({ length: 5 }, () => save(third.id, null, "NOT_MET")));
    expect(firsts.filter((r) => r.ok)).toHaveLength(1);
    for (const r of firsts.filter((r) => !r.ok)) expect(r).toMatchObject({ formError: expect.stringContaining("người khác") });
    expect(await db().visitAnswer.count({ where: { visitId, itemId: third.id } })).toBe(1);
    expect(await save(first.id, 1, "BAD")).toMatchObject({ ok: false, fieldErrors: { result: expect.any(String) } });

    const version = (await visitRow(visitId)).version;
    expect(await finishVisitAction({ id: visitId, version })).toMatchObject({
      ok: false,
      formError: `Còn ${visit.round.items.length - 4} nội dung chưa ghi kết quả`,
    });
    for (const item of visit.round.items.slice(4)) expect((await save(item.id, null)).ok).toBe(true);
    expect(await finishVisitAction({ id: visitId, version })).toMatchObject({ ok: true });
    expect(await visitRow(visitId)).toMatchObject({ status: "VISITED" });
    // A visit with findings is neither moved nor cancelled.
    await db().inspectionVisit.update({ where: { id: visitId }, data: { status: "SCHEDULED" } });
    const v = (await visitRow(visitId)).version;
    expect(await moveVisitAction({ id: visitId, version: v, visitOn: date(2) })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("đã có kết quả được ghi"),
    });
    expect(await cancelVisitAction({ id: visitId, version: v, reason: "Nhầm" })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("đã có kết quả được ghi"),
    });
    await db().inspectionVisit.update({ where: { id: visitId }, data: { status: "VISITED" } });
    // Still corrected until the conclusion; the checklist is now what was answered.
    expect(await save(second.id, 0, "MET")).toMatchObject({ ok: true });
    expect(await setChecklistAction({ roundId: id, version: await roundVersion(id), items: [] })).toMatchObject({ ok: false });
    const audit = await db().auditLog.findMany({ where: { targetId: visitId, action: "inspection.answer" } });
    expect(audit.length).toBe(visit.round.items.length + 2);
    expect((await getInspectionRound(staffViewer, id)).answered).toBe(visit.round.items.length);
  });

  it("takes no finding before the visit's day, for a cancelled visit, or from anyone but the Khối's staff", async () => {
    const id = await created();
    actingAs(a.users.staff.id);
    const later = ok<{ id: string }>(
      await scheduleVisitAction({ roundId: id, coSoId: a.coSoA.id, visitOn: date(5), requestKey: crypto.randomUUID() }),
    ).id;
    const item = (await db().checklistItem.findFirstOrThrow({ where: { roundId: id } })).id;
    const answer = { visitId: later, itemId: item, version: null, result: "MET", note: "" };
    expect(await saveVisitAnswerAction(answer)).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Chưa đến ngày kiểm tra"),
    });
    await db().inspectionVisit.update({ where: { id: later }, data: { visitOn: dayFromToday(0), notifiedAt: new Date() } });
    actingAs(a.users.coSo.id);
    expect(await saveVisitAnswerAction(answer)).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này",
    });
    actingAs(b.users.staff.id);
    expect(await saveVisitAnswerAction(answer)).toMatchObject({ ok: false, formError: "Không tìm thấy buổi kiểm tra" });
    // An item of another round is not this visit's.
    const other = await created();
    const foreign = (await db().checklistItem.findFirstOrThrow({ where: { roundId: other } })).id;
    actingAs(a.users.staff.id);
    expect(await saveVisitAnswerAction({ ...answer, itemId: foreign })).toMatchObject({
      ok: false,
      formError: "Không tìm thấy nội dung kiểm tra",
    });
    ok(await cancelVisitAction({ id: later, version: (await visitRow(later)).version, reason: "Đổi kế hoạch" }));
    expect(await saveVisitAnswerAction(answer)).toMatchObject({ ok: false, formError: "Buổi kiểm tra đã hủy" });
    // The cơ sở told of its visit reads the checklist, never the team's findings.
    await db().inspectionVisit.update({ where: { id: later }, data: { status: "SCHEDULED" } });
    await db().visitAnswer.create({ data: { khoiId: a.khoi.id, visitId: later, itemId: item, result: "NOT_MET" } });
    const seen = await getVisit(await viewerOf(a.users.coSo.id), later);
    expect(seen.manages).toBe(false);
    expect(seen.answers).toEqual([]);
    expect(seen.round.items.length).toBeGreaterThan(0);
    await expect(getVisit(await viewerOf(coSoBSecretary.id), later)).rejects.toThrow("Không tìm thấy");
  });
});
