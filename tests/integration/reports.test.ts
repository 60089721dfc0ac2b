// Periodic reports, part 1: opening a period (đợt báo cáo), who finds which report (SECURITY.md
// #3, #4, #5), saving drafts with typed numbers, concurrent saves (#24), and submitting on time,
// late and ten times at once (#23). The workflow table and corrections are in
// reports-workflow.test.ts, the numbers in reports-rollup.test.ts, the Khối's follow-up in
// reports-follow-up.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { reportScope } from "@/lib/authz";
import { MESSAGES } from "@/lib/actions/define";
import { openPeriodAction, openReportAction, saveReportAction, submitReportAction } from "@/lib/actions/reports";
import { conflict, forbidden } from "@/lib/data/errors";
import { openPeriod } from "@/lib/data/report-periods";
import { listPeriods, reportDetail } from "@/lib/data/report-reads";
import { openReport, returnReport, saveReport, submitReport } from "@/lib/data/reports";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import {
  failure,
  makeReportPlan,
  noticesOf,
  openTestPeriod,
  periodForm,
  reportForm,
  reportPeople,
  reportRow,
  reportVersion,
  sendForm,
  setDueIn,
  thisYear,
  transitionsOf,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import type { Viewer } from "@/lib/authz";
import { periodOpenInput, reportOpenInput, reportReturnInput, reportSaveInput } from "@/lib/validation/reports";

let t: Tenant;
let other: Tenant;
let plan: ReportPlan;
let otherPlan: ReportPlan;
let v: Record<PeopleKey, Viewer>;
let ids: Record<PeopleKey, string>;

beforeAll(async () => {
  t = await makeTenant(db());
  other = await makeTenant(db());
  ({ v, ids } = await reportPeople(t, other));
  plan = await makeReportPlan(t);
  otherPlan = await makeReportPlan(other);
});

const CONFLICT = conflict().message;
const times = <T>(n: number, fn: () => Promise<T>) => Promise.all(Array.from({ length: n }, fn));
const noticesAbout = async (userId: string, reportId: string) =>
  (await noticesOf(userId, "Báo cáo")).filter((n) => n.link.endsWith(reportId));
const allIndicators = () => Object.values(plan.ind);

describe("opening a period", () => {
  it("opens it on the Khối's published plan, on the timeline, and tells every cơ sở secretary (nobody else)", async () => {
    const form = periodForm(plan, { indicatorIds: [plan.ind.money, plan.ind.ideas], dueIn: 20 });
    const { id } = await openPeriod(v.staff, periodOpenInput.parse(form));
    const row = await db().reportPeriod.findUniqueOrThrow({ where: { id }, include: { indicators: true } });
    expect(row).toMatchObject({
      khoiId: t.khoi.id,
      planId: plan.id,
      kind: "SIX_MONTH",
      year: thisYear,
      fromMonth: 1,
      toMonth: 6,
      status: "OPEN",
      version: 0,
      createdById: ids.staff,
    });
    expect(row.indicators.map((i) => i.indicatorId).sort()).toEqual([plan.ind.money, plan.ind.ideas].sort());
    expect(
      await db().statusChange.count({ where: { entityType: "ReportPeriod", entityId: id, fromStatus: null, toStatus: "OPEN" } }),
    ).toBe(1);
    const notice = [{ title: `Đợt báo cáo mới: ${form.title}`, link: `/bao-cao/${id}` }];
    expect(await noticesOf(ids.coSo, "Đợt báo cáo mới")).toEqual(notice);
    expect(await noticesOf(ids.coSoB, "Đợt báo cáo mới")).toEqual(notice);
    for (const who of ["staff", "admin", "chiDoan", "member", "otherCoSo"] as const)
      expect(await noticesOf(ids[who], `Đợt báo cáo mới: ${form.title}`)).toEqual([]);
  });

  it("refuses any plan but a published Khối kế hoạch of the Khối itself", async () => {
    const draft = await makePlan(db(), t.khoi, { indicators: [{ code: "CT1" }] });
    const programme = await makePlan(db(), t.khoi, {
      status: "PUBLISHED",
      kind: "PROGRAMME",
      endYear: thisYear + 4,
      indicators: [{ code: "CT1" }],
    });
    const coSoPlan = await makePlan(db(), t.coSoA, { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
    for (const p of [draft, programme, coSoPlan, { id: otherPlan.id, indicators: [{ id: otherPlan.ind.money }] }]) {
      const before = await db().reportPeriod.count();
      expect(
        await failure(openPeriod(v.admin, periodOpenInput.parse(periodForm(p, { indicatorIds: [p.indicators[0].id] })))),
      ).toMatchObject({
        code: "INVALID",
        fieldErrors: { planId: "Không tìm thấy kế hoạch năm đã ban hành của Đoàn Khối" },
      });
      expect(await db().reportPeriod.count()).toBe(before);
    }
  });

  it("refuses an indicator of another plan, and a deadline before the period starts", async () => {
    const sibling = await makeReportPlan(t);
    expect(
      await failure(
        openPeriod(v.staff, periodOpenInput.parse(periodForm(plan, { indicatorIds: [plan.ind.money, sibling.ind.money] }))),
      ),
    ).toMatchObject({
      code: "INVALID",
      fieldErrors: { indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" },
    });
    // Months 7–12 start on 1 July: 30 June is too early, 1 July is the first day allowed.
    const form = {
      ...periodForm(plan, { indicatorIds: [plan.ind.money], fromMonth: 7, toMonth: 12 }),
      dueOn: `30/06/${thisYear}`,
    };
    expect(await failure(openPeriod(v.staff, periodOpenInput.parse(form)))).toMatchObject({
      code: "INVALID",
      fieldErrors: { dueOn: "Hạn nộp không được trước ngày bắt đầu của kỳ báo cáo" },
    });
    const { id } = await openPeriod(v.staff, periodOpenInput.parse({ ...form, dueOn: `01/07/${thisYear}` }));
    expect((await db().reportPeriod.findUniqueOrThrow({ where: { id } })).dueOn).toEqual(new Date(Date.UTC(thisYear, 6, 1)));
  });

  it("opens one period for ten parallel submits of one form, and answers each with its id", async () => {
    actingAs(ids.admin);
    const requestKey = crypto.randomUUID();
    const form = periodForm(plan, { indicatorIds: [plan.ind.money], requestKey });
    const results = await times(10, () => openPeriodAction(form));
    const rows = await db().reportPeriod.findMany({ where: { requestKey } });
    expect(rows).toHaveLength(1);
    expect(results).toEqual(Array(10).fill({ ok: true, data: { id: rows[0].id } }));
    expect(await noticesOf(ids.coSo, `Đợt báo cáo mới: ${form.title}`)).toHaveLength(1);
    expect(await db().statusChange.count({ where: { entityType: "ReportPeriod", entityId: rows[0].id } })).toBe(1);
  });

  it("is refused to a cơ sở secretary and to everyone below the Khối", async () => {
    for (const who of ["coSo", "chiDoan", "member", "city"] as const) {
      actingAs(ids[who]);
      expect(await openPeriodAction(periodForm(plan, { indicatorIds: [plan.ind.money] }))).toEqual({
        ok: false,
        formError: forbidden().message,
      });
    }
  });
});

describe("who finds which report", () => {
  let periodId: string;
  let draftA: string;
  beforeAll(async () => {
    periodId = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators() });
    draftA = (await openReport(v.coSo, reportOpenInput.parse({ periodId }))).id;
  });

  it("opens one report for ten parallel opens by the secretary of cơ sở A", async () => {
    const p = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money] });
    actingAs(ids.coSo);
    const results = await times(10, () => openReportAction({ periodId: p }));
    const rows = await db().report.findMany({ where: { periodId: p } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      khoiId: t.khoi.id,
      unitId: t.coSoA.id,
      coSoId: t.coSoA.id,
      revision: 0,
      status: "DRAFT",
      createdById: ids.coSo,
    });
    expect(results).toEqual(Array(10).fill({ ok: true, data: { id: rows[0].id } }));
    expect(await transitionsOf(rows[0].id)).toEqual(["∅→DRAFT"]);
  });

  it("shows a draft to its own cơ sở only: not to a sibling cơ sở, the Khối, the other Khối or anyone below", async () => {
    expect((await reportDetail(v.coSo, draftA)).report).toMatchObject({ id: draftA, status: "DRAFT" });
    for (const who of ["coSoB", "staff", "admin", "chiDoan", "member", "city", "otherAdmin", "otherCoSo"] as const)
      expect(await failure(reportDetail(v[who], draftA))).toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy báo cáo" });
    // The scopes the lists use say the same.
    const scoped = async (who: PeopleKey, action: "report.read" | "report.review") =>
      (await db().report.findMany({ where: { AND: [reportScope(v[who], action), { periodId }] }, select: { id: true } })).map(
        (r) => r.id,
      );
    expect(await scoped("coSo", "report.read")).toEqual([draftA]);
    for (const who of ["coSoB", "staff", "admin", "otherAdmin", "city", "member"] as const)
      expect(await scoped(who, "report.read")).toEqual([]);
    expect(await scoped("staff", "report.review")).toEqual([]);
  });

  it("lets the sibling cơ sở open its own report, never find A's to save or submit it", async () => {
    const b = await openReport(v.coSoB, reportOpenInput.parse({ periodId }));
    expect(b.id).not.toBe(draftA);
    expect(await db().report.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      coSoId: t.coSoB.id,
      unitId: t.coSoB.id,
    });
    const before = await reportRow(draftA);
    expect(
      await failure(saveReport(v.coSoB, reportSaveInput.parse(await reportForm(draftA, { strengths: "Sửa hộ" })))),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(submitReport(v.coSoB, reportSaveInput.parse(await sendForm(draftA))))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await failure(openReport(v.coSoB, reportOpenInput.parse({ periodId, coSoId: t.coSoA.id })))).toMatchObject({
      code: "NOT_FOUND",
    });
    // Khối staff cannot write a cơ sở's report either.
    expect(await failure(saveReport(v.staff, reportSaveInput.parse(await reportForm(draftA))))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await reportRow(draftA)).toEqual(before);
  });

  it("refuses a member, a chi đoàn secretary, the city and the other Khối the period itself", async () => {
    for (const who of ["member", "chiDoan", "city", "otherAdmin", "otherCoSo"] as const) {
      expect(await failure(openReport(v[who], reportOpenInput.parse({ periodId })))).toMatchObject({
        code: "NOT_FOUND",
        message: "Không tìm thấy đợt báo cáo",
      });
      expect(await listPeriods(v[who])).toEqual([]);
    }
    expect(await db().report.count({ where: { periodId } })).toBe(2);
  });

  it("shows the Khối a report once it is sent, with the numbers as sent", async () => {
    const p = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators() });
    const id = (await openReport(v.coSo, reportOpenInput.parse({ periodId: p }))).id;
    await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id, { values: { [plan.ind.money]: "2.000.000" } })));
    for (const who of ["staff", "admin"] as const)
      expect((await reportDetail(v[who], id)).report).toMatchObject({ id, status: "SUBMITTED" });
    expect(await failure(reportDetail(v.coSoB, id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(reportDetail(v.otherAdmin, id))).toMatchObject({ code: "NOT_FOUND" });
    const detail = await reportDetail(v.staff, id);
    expect(detail.numbers.find((n) => n.indicatorId === plan.ind.money)).toMatchObject({ typed: true, value: 2_000_000 });
    expect(detail.abilities).toEqual({ save: false, submit: false, withdraw: false, accept: true, return: true, correct: false });
    // The cơ sở may take it back while the Khối has not acted on it.
    expect((await reportDetail(v.coSo, id)).abilities).toEqual({
      save: false,
      submit: false,
      withdraw: true,
      accept: false,
      return: false,
      correct: false,
    });
  });
});

describe("saving a draft", () => {
  let periodId: string;
  beforeAll(async () => {
    periodId = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators() });
  });

  it("keeps the text and the typed numbers written the Vietnamese way; a blank number is not stored", async () => {
    const { id } = await openReport(v.coSoB, reportOpenInput.parse({ periodId }));
    actingAs(ids.coSoB);
    const form = await reportForm(id, { values: { [plan.ind.money]: "1.500.000", [plan.ind.people]: "2,5" } });
    expect(await saveReportAction(form)).toEqual({ ok: true, data: { id, version: 1 } });
    const row = await reportRow(id);
    expect(row).toMatchObject({
      status: "DRAFT",
      version: 1,
      narratives: form.narratives,
      strengths: form.strengths,
      weaknesses: form.weaknesses,
      proposals: form.proposals,
    });
    expect(row.values.map((x) => [x.indicatorId, x.value]).sort()).toEqual(
      [
        [plan.ind.money, 1_500_000],
        [plan.ind.people, 2.5],
      ].sort(),
    );
    // Saved again with the money left blank: only the other number stays.
    expect(
      await saveReportAction(await reportForm(id, { values: { [plan.ind.money]: "", [plan.ind.people]: "3" } })),
    ).toMatchObject({ ok: true });
    expect((await reportRow(id)).values.map((x) => [x.indicatorId, x.value])).toEqual([[plan.ind.people, 3]]);
  });

  it("refuses a typed number for a counted indicator or one the period does not ask for, and a number not written the Vietnamese way", async () => {
    const narrow = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.ideas, plan.ind.people] });
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId: narrow }));
    for (const counted of [plan.ind.ideas, plan.ind.money])
      expect(
        await failure(
          saveReport(v.coSo, reportSaveInput.parse(await reportForm(id, { values: { [plan.ind.people]: "2", [counted]: "3" } }))),
        ),
      ).toEqual({
        code: "INVALID",
        message: "Vui lòng kiểm tra lại các ô được đánh dấu",
        fieldErrors: { [`values.${counted}`]: "Chỉ tiêu này không nhập tay" },
      });
    actingAs(ids.coSo);
    expect(await saveReportAction(await reportForm(id, { values: { [plan.ind.people]: "1.5" } }))).toEqual({
      ok: false,
      formError: MESSAGES.invalid,
      fieldErrors: { [`values.${plan.ind.people}`]: "Nhập một số, ví dụ 1.500 hoặc 2,5" },
    });
    expect(await saveReportAction(await reportForm(id, { values: { [plan.ind.people]: "-2" } }))).toMatchObject({
      ok: false,
      fieldErrors: { [`values.${plan.ind.people}`]: "Số liệu không được âm" },
    });
    // Twenty-one digits: a figure too large, said as such (not "write it like this").
    expect(
      await saveReportAction(await reportForm(id, { values: { [plan.ind.people]: "123456789012345678901" } })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { [`values.${plan.ind.people}`]: "Số liệu quá lớn (tối đa 1.000 tỷ)" },
    });
    expect(await reportRow(id)).toMatchObject({ version: 0, values: [] });
  });

  it("gives one of two saves from the same version a conflict, and keeps the other", async () => {
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId }));
    actingAs(ids.coSo);
    const save = async (strengths: string) =>
      saveReportAction(
        await reportForm(id, {
          version: 0,
          strengths,
          values: { [plan.ind.money]: strengths === "Bản của Lan" ? "100" : "200" },
        }),
      );
    const results = await Promise.all([save("Bản của Lan"), save("Bản của Minh")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: CONFLICT }]);
    const row = await reportRow(id);
    const lanWon = results[0].ok;
    expect(row).toMatchObject({ version: 1, strengths: lanWon ? "Bản của Lan" : "Bản của Minh" });
    expect(row.values.map((x) => x.value)).toEqual([lanWon ? 100 : 200]);
    // Saved afterwards from the old version: still a conflict, nothing changes.
    expect(await saveReportAction(await reportForm(id, { version: 0, strengths: "Muộn" }))).toEqual({
      ok: false,
      formError: CONFLICT,
    });
    expect(await reportVersion(id)).toBe(1);
  });
});

describe("submitting", () => {
  it("on the deadline day is on time; the Khối is told", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators(), dueIn: 0 });
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId }));
    expect(
      await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id, { values: { [plan.ind.money]: "3.000.000" } }))),
    ).toEqual({ id, status: "SUBMITTED", late: false });
    expect(await reportRow(id)).toMatchObject({ status: "SUBMITTED", late: false, submittedById: ids.coSo, version: 1 });
    expect(await transitionsOf(id)).toEqual(["DRAFT→SUBMITTED", "∅→DRAFT"]);
    for (const who of ["staff", "admin"] as const)
      expect(await noticesAbout(ids[who], id)).toEqual([
        { title: expect.stringMatching(`^Báo cáo mới: ${t.coSoA.name} – `), link: `/bao-cao/${periodId}/don-vi/${id}` },
      ]);
    expect(await noticesAbout(ids.coSoB, id)).toEqual([]);
  });

  it("after the deadline is marked late and still accepted for review; fields the client adds are ignored", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators(), dueIn: -1 });
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId }));
    actingAs(ids.coSo);
    const forged = {
      ...(await sendForm(id)),
      status: "ACCEPTED",
      late: false,
      coSoId: t.coSoB.id,
      khoiId: other.khoi.id,
      computed: { x: 1 },
      revision: 5,
    };
    expect(await submitReportAction(forged)).toEqual({ ok: true, data: { id, status: "SUBMITTED", late: true } });
    expect(await reportRow(id)).toMatchObject({
      status: "SUBMITTED",
      late: true,
      coSoId: t.coSoA.id,
      khoiId: t.khoi.id,
      revision: 0,
    });
    expect(
      await db().statusChange.findFirst({ where: { entityId: id, toStatus: "SUBMITTED" }, select: { comment: true } }),
    ).toEqual({ comment: "Gửi sau hạn nộp (trễ hạn)" });
    // The Khối can still review it.
    expect((await reportDetail(v.staff, id)).abilities).toMatchObject({ accept: true, return: true });
  });

  it("ten times at once from the same version: submitted once, one status change, every answer ok or a conflict", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: allIndicators() });
    const { id } = await openReport(v.coSoB, reportOpenInput.parse({ periodId }));
    actingAs(ids.coSoB);
    const form = await sendForm(id, { values: { [plan.ind.money]: "750.000", [plan.ind.people]: "3" } });
    const results = await times(10, () => submitReportAction(form));
    for (const r of results)
      expect(r.ok ? r : r.formError).toEqual(r.ok ? { ok: true, data: { id, status: "SUBMITTED", late: false } } : CONFLICT);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await reportRow(id)).toMatchObject({
      status: "SUBMITTED",
      version: 1,
    });
    expect((await reportRow(id)).values.map((x) => Number(x.value)).sort((x, y) => x - y)).toEqual([3, 750_000]);
    expect(await transitionsOf(id)).toEqual(["DRAFT→SUBMITTED", "∅→DRAFT"]);
    expect(await db().report.count({ where: { periodId } })).toBe(1);
    expect(await noticesAbout(ids.staff, id)).toHaveLength(1);
    // A retry afterwards answers as the first did and changes nothing.
    expect(await submitReportAction(form)).toEqual({ ok: true, data: { id, status: "SUBMITTED", late: false } });
    expect(await reportVersion(id)).toBe(1);
  });

  it("keeps the late mark when a report returned after a late submission is sent again", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money], dueIn: -2 });
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId }));
    await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)));
    await setDueIn(periodId, 10); // the Khối extends the deadline after the return
    await returnReport(v.staff, reportReturnInput.parse({ id, version: await reportVersion(id), comment: "Thiếu số liệu" }));
    expect(await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)))).toEqual({
      id,
      status: "SUBMITTED",
      late: true,
    });
  });
});
