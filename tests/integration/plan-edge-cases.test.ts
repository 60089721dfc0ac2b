// Edge cases of plans, cơ sở plans and activities found in review: revised plans under existing
// activities, late withdrawals, archiving beside a draft revision, a cơ sở plan's year, basis and
// slot, terms that leave yearly targets behind, and per-cơ sở minimums.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlanAction } from "@/lib/actions/plans";
import { cancelActivity, createActivity, updateActivity } from "@/lib/data/activities";
import { registerForActivity, reportParticipation, withdrawRegistration } from "@/lib/data/activity-registrations";
import { createCoSoPlan } from "@/lib/data/co-so-plans";
import { getPlan, type PlanDto } from "@/lib/data/plans";
import { archivePlan, createPlan, publishPlan, revisePlan, updatePlan } from "@/lib/data/plan-writes";
import { coSoPlanSlotKey } from "@/lib/domain/co-so-plan";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import type { PlanCreateInput, PlanUpdateInput } from "@/lib/validation/plans";
import type { Viewer } from "@/lib/authz";
import { dayFromToday, makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import {
  activityCancelInput,
  activityCreateInput,
  activityUpdateInput,
  participationReportInput,
  registrationCreateInput,
  registrationWithdrawInput,
} from "@/lib/validation/activities";
import { coSoPlanCreateInput, planArchiveInput, planCreateInput, planRefInput, planUpdateInput } from "@/lib/validation/plans";

let a: Tenant;
let staff: Viewer;
let secretary: Viewer;

beforeAll(async () => {
  a = await makeTenant(db());
  staff = await viewerOf(a.users.staff.id);
  secretary = await viewerOf(a.users.coSo.id);
});

const YEAR = todayInVietnam().getUTCFullYear();
const khoi = () => ({ id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const });
const date = (days: number) => formatVietnameseDate(dayFromToday(days));
const newKey = () => crypto.randomUUID();

const planFields = (over: Partial<PlanCreateInput> = {}): PlanCreateInput => ({
  kind: "PLAN",
  subject: "Thực hiện phong trào “3 trách nhiệm”",
  startYear: YEAR,
  endYear: YEAR,
  pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
  sections: [],
  requestKey: newKey(),
  ...over,
});
type IndicatorInput = NonNullable<PlanCreateInput["indicators"]>[number];
const indicator = (code: string, over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code,
  wording: "Tổ chức ít nhất 4 hoạt động cao điểm",
  measure: "ENTERED",
  targetKind: "AT_LEAST",
  target: 4,
  unitLabel: "hoạt động",
  appliesTo: "KHOI",
  period: "YEAR",
  ...over,
});

/** The edit form of a plan as read back, with some fields changed. */
const editOf = (p: PlanDto, over: Partial<PlanUpdateInput> = {}): PlanUpdateInput => ({
  id: p.id,
  version: p.version,
  kind: p.kind,
  number: p.number,
  subject: p.subject,
  startYear: p.startYear,
  endYear: p.endYear,
  basisPlanId: p.basisPlanId ?? "",
  pillars: p.pillars as string[],
  sections: p.sections,
  ...over,
});

describe("an activity under a plan that was revised", () => {
  it("can still be edited, serving indicators of its own plan only", async () => {
    const plan = await makePlan(db(), khoi(), { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
    const activity = {
      kind: "PEAK_DAY",
      name: "Ngày thứ 7 tình nguyện",
      startsOn: date(30),
      organiser: "Đoàn Khối",
      registrationDeadline: date(10),
    } as const;
    const { id } = await createActivity(
      staff,
      activityCreateInput.parse({
        requestKey: crypto.randomUUID(),
        ...activity,
        planId: plan.id,
        indicatorIds: [plan.indicators[0].id],
      }),
    );
    const rev = await revisePlan(staff, planRefInput.parse({ id: plan.id, version: 0 }));
    await publishPlan(staff, planRefInput.parse({ id: rev.id, version: (await getPlan(staff, rev.id)).version }));
    expect(await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "SUPERSEDED" });

    await updateActivity(
      staff,
      activityUpdateInput.parse({
        ...activity,
        id,
        version: 0,
        name: "Ngày thứ 7 đổi tên",
        indicatorIds: [plan.indicators[0].id],
      }),
    );
    expect(await db().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Ngày thứ 7 đổi tên",
      planId: plan.id,
      version: 1,
    });

    const revIndicator = (await getPlan(staff, rev.id)).indicators[0].id;
    await expect(
      updateActivity(staff, activityUpdateInput.parse({ ...activity, id, version: 1, indicatorIds: [revIndicator] })),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" },
    });
    expect(await db().activityIndicator.findMany({ where: { activityId: id }, select: { indicatorId: true } })).toEqual([
      { indicatorId: plan.indicators[0].id },
    ]);
  });
});

describe("a registration once the activity is cancelled or has taken place", () => {
  const report = { people: 5, participations: 5, evidence: "Ảnh: https://example.vn/minh-chung" };

  it("refuses a participation report on a cancelled activity", async () => {
    const plan = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    const act = await makeActivity(db(), plan, { startsIn: 5, deadlineIn: 10 });
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: act.id }));
    await cancelActivity(staff, activityCancelInput.parse({ id: act.id, version: 0 }));
    await db().activity.update({ where: { id: act.id }, data: { startsOn: dayFromToday(-1) } });
    await expect(
      reportParticipation(secretary, participationReportInput.parse({ id: reg.id, version: 0, ...report })),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Hoạt động đã bị hủy, không báo cáo được",
    });
    expect(await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({
      people: null,
      reportedAt: null,
    });
  });

  it("refuses a withdrawal after the start, or after a report, while the deadline is still open", async () => {
    const plan = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    const act = await makeActivity(db(), plan, { startsIn: 5, deadlineIn: 10 });
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: act.id }));
    await db().activity.update({ where: { id: act.id }, data: { startsOn: dayFromToday(-1) } });
    const tooLate = { code: "INVALID", message: "Hoạt động đã diễn ra, không rút đăng ký được" };
    await expect(
      withdrawRegistration(secretary, registrationWithdrawInput.parse({ id: reg.id, version: 0 })),
    ).rejects.toMatchObject(tooLate);

    await reportParticipation(secretary, participationReportInput.parse({ id: reg.id, version: 0, ...report }));
    await db().activity.update({ where: { id: act.id }, data: { startsOn: dayFromToday(5) } });
    await expect(
      withdrawRegistration(secretary, registrationWithdrawInput.parse({ id: reg.id, version: 1 })),
    ).rejects.toMatchObject(tooLate);
    expect(await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({
      status: "REGISTERED",
      people: 5,
    });
  });
});

describe("archiving beside a revision", () => {
  it("refuses to archive a plan whose series has a draft revision", async () => {
    const plan = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    await revisePlan(staff, planRefInput.parse({ id: plan.id, version: 0 }));
    await expect(
      archivePlan(staff, planArchiveInput.parse({ id: plan.id, version: 0, comment: "Rút kế hoạch" })),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "Kế hoạch đang có bản sửa đổi chưa ban hành: hãy xóa bản sửa đổi đó trước khi lưu trữ",
    });
    expect(await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ status: "PUBLISHED", version: 0 });
  });

  it("refuses to publish a revision when no revision of the series is in force", async () => {
    const plan = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    const rev = await revisePlan(staff, planRefInput.parse({ id: plan.id, version: 0 }));
    await db().plan.update({ where: { id: plan.id }, data: { status: "ARCHIVED" } });
    await expect(publishPlan(staff, planRefInput.parse({ id: rev.id, version: 0 }))).rejects.toMatchObject({
      code: "INVALID",
      message: "Kế hoạch này đã được lưu trữ; bản sửa đổi không ban hành được",
    });
    const rows = await db().plan.findMany({
      where: { seriesId: plan.id },
      orderBy: { revision: "asc" },
      select: { status: true },
    });
    expect(rows.map((r) => r.status)).toEqual(["ARCHIVED", "DRAFT"]);
  });
});

describe("a cơ sở plan built on a Khối plan", () => {
  const programme = async (startYear: number, endYear: number, years: number[]) => {
    const prog = await makePlan(db(), khoi(), {
      status: "PUBLISHED",
      kind: "PROGRAMME",
      startYear,
      endYear,
      indicators: [{ code: "CT1", appliesTo: "EACH_CO_SO", period: "TERM", target: 100 }],
    });
    await db().indicatorYearTarget.createMany({
      data: years.map((year) => ({ khoiId: a.khoi.id, indicatorId: prog.indicators[0].id, year, target: year - 2000 })),
    });
    return prog;
  };

  it("on a running programme is for this year, with this year's target", async () => {
    const prog = await programme(YEAR - 1, YEAR + 3, [YEAR - 1, YEAR, YEAR + 1]);
    const plan = await getPlan(
      secretary,
      (await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: prog.id, requestKey: newKey() }))).id,
    );
    expect(plan).toMatchObject({ startYear: YEAR, endYear: YEAR, basisPlanId: prog.id });
    expect(plan.indicators[0]).toMatchObject({ code: "CT1", target: YEAR - 2000, period: "YEAR" });
  });

  it("on a programme that has not started is for its first year", async () => {
    const prog = await programme(YEAR + 1, YEAR + 3, [YEAR + 1, YEAR + 2]);
    const plan = await getPlan(
      secretary,
      (await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: prog.id, requestKey: newKey() }))).id,
    );
    expect(plan).toMatchObject({ startYear: YEAR + 1, endYear: YEAR + 1 });
    expect(plan.indicators[0].target).toBe(YEAR + 1 - 2000);
  });

  it("keeps its basis when the secretary saves another one, and stays the one plan on it", async () => {
    const k1 = await makePlan(db(), khoi(), {
      status: "PUBLISHED",
      indicators: [{ code: "CT1", appliesTo: "EACH_CO_SO", target: 5, minTarget: 3 }],
    });
    const k2 = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    const { id } = await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: k1.id, requestKey: newKey() }));
    await updatePlan(
      secretary,
      planUpdateInput.parse(editOf(await getPlan(secretary, id), { basisPlanId: k2.id, subject: "Kế hoạch của cơ sở" })),
    );
    expect(await getPlan(secretary, id)).toMatchObject({ basisPlanId: k1.id, subject: "Kế hoạch của cơ sở", version: 1 });
    expect(await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: k1.id, requestKey: newKey() }))).toEqual({
      id,
    });
  });

  it("is made once from five parallel clicks, anew after archiving, and is the revision in force after one", async () => {
    const k = await makePlan(db(), khoi(), { status: "PUBLISHED" });
    const build = () => createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: k.id, requestKey: newKey() }));
    const results = await Promise.all(Array.from({ length: 5 }, build));
    const rows = await db().plan.findMany({ where: { basisPlanId: k.id, coSoId: a.coSoA.id }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(results).toEqual(Array(5).fill({ id: rows[0].id }));

    await publishPlan(secretary, planRefInput.parse({ id: rows[0].id, version: 0 }));
    await archivePlan(secretary, planArchiveInput.parse({ id: rows[0].id, version: 1, comment: "Xây dựng lại kế hoạch" }));
    const second = await build();
    expect(second.id).not.toBe(rows[0].id);

    await publishPlan(secretary, planRefInput.parse({ id: second.id, version: 0 }));
    const rev = await revisePlan(secretary, planRefInput.parse({ id: second.id, version: 1 }));
    expect(await build()).toEqual(second);
    await publishPlan(secretary, planRefInput.parse({ id: rev.id, version: 0 }));
    expect(await build()).toEqual(rev);
    expect(await db().plan.findUniqueOrThrow({ where: { id: rev.id } })).toMatchObject({
      status: "PUBLISHED",
      requestKey: coSoPlanSlotKey(a.coSoA.id, k.seriesId),
    });
    expect(await db().plan.count({ where: { basisPlanId: k.id, coSoId: a.coSoA.id } })).toBe(3);
  });
});

describe("checks on a plan's form", () => {
  it("puts a blank pillar and a repeated indicator code on their own fields", async () => {
    actingAs(a.users.staff.id);
    const blank = await createPlanAction(planFields({ subject: "Nhóm trống", pillars: ["Trách nhiệm với bản thân", ""] }));
    expect(blank).toMatchObject({ ok: false, fieldErrors: { "pillars.1": "Vui lòng nhập tên nhóm trách nhiệm" } });
    const twice = await createPlanAction(planFields({ subject: "Trùng mã", indicators: [indicator("CT1"), indicator("ct1")] }));
    expect(twice).toMatchObject({ ok: false, fieldErrors: { "indicators.1.code": "Mã chỉ tiêu bị trùng" } });
    expect(await db().plan.count({ where: { khoiId: a.khoi.id, subject: { in: ["Nhóm trống", "Trùng mã"] } } })).toBe(0);
  });

  it("refuses a term that leaves an indicator's yearly target outside it", async () => {
    const yearly = indicator("CT1", { target: 10, period: "TERM", yearTargets: [{ year: YEAR, target: 2 }] });
    const { id } = await createPlan(
      staff,
      planCreateInput.parse(planFields({ kind: "PROGRAMME", startYear: YEAR, endYear: YEAR + 4, indicators: [yearly] })),
    );
    const p = await getPlan(staff, id);
    await expect(updatePlan(staff, planUpdateInput.parse(editOf(p, { startYear: YEAR + 1 })))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { endYear: "Có chỉ tiêu đặt mục tiêu cho năm nằm ngoài giai đoạn này; hãy sửa chỉ tiêu trước" },
    });
    expect(await getPlan(staff, id)).toMatchObject({ startYear: YEAR, endYear: YEAR + 4, version: 0 });
    await updatePlan(staff, planUpdateInput.parse(editOf(p, { endYear: YEAR + 2 })));
    expect(await getPlan(staff, id)).toMatchObject({ startYear: YEAR, endYear: YEAR + 2, version: 1 });
  });

  it("refuses a per-cơ sở minimum on a share-of-cơ sở indicator and ignores a minimum on a Khối-wide one", async () => {
    actingAs(a.users.staff.id);
    const share = indicator("CT1", {
      measure: "UNIT_SHARE",
      recordKind: "PROJECT",
      targetKind: "PERCENT",
      target: 100,
      minTarget: 80,
      appliesTo: "EACH_CO_SO",
    });
    expect(await createPlanAction(planFields({ subject: "Tỉ lệ cơ sở", indicators: [share] }))).toMatchObject({
      ok: false,
      fieldErrors: { "indicators.0.minTarget": "Chỉ tiêu tỉ lệ cơ sở không đặt mức tối thiểu cho từng cơ sở" },
    });
    const khoiWide = await createPlanAction(
      // confirmDuplicate: the Khối has a plan of this year already (a second one is asked about first).
      planFields({ subject: "Toàn Khối", indicators: [indicator("CT1", { target: 5, minTarget: 50 })], confirmDuplicate: true }),
    );
    if (!khoiWide.ok) throw new Error(JSON.stringify(khoiWide));
    const { id } = khoiWide.data as { id: string };
    expect((await getPlan(staff, id)).indicators[0]).toMatchObject({ target: 5, minTarget: null, appliesTo: "KHOI" });
  });
});
