// Periodic reports, part 5: the Khối's compiled report and what the reviewers found. The compiled
// report shows the Khối's totals (typed figures from accepted reports too); a Khối officer who is
// also a cơ sở secretary opens the Khối's report when asking for it; a cơ sở's own per-cơ sở
// figure is judged against its own target; months-bound indicators are cut to the period; and
// once a cơ sở has reported, the period's months and indicators stay.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { updatePeriod } from "@/lib/data/report-periods";
import { reportDetail } from "@/lib/data/report-reads";
import { reportNumbers } from "@/lib/data/report-numbers";
import { correctReport, openReport } from "@/lib/data/reports";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import {
  acceptedReport,
  failure,
  makeReportPlan,
  openTestPeriod,
  periodForm,
  reportPeople,
  reportVersion,
  thisYear,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import { periodUpdateInput, reportCorrectInput, reportOpenInput } from "@/lib/validation/reports";

let t: Tenant;
let plan: ReportPlan;
let v: Record<PeopleKey, Viewer>;

beforeAll(async () => {
  t = await makeTenant(db());
  ({ v } = await reportPeople(t, await makeTenant(db())));
  plan = await makeReportPlan(t);
});

describe("the Khối's compiled report", () => {
  it("shows the Khối totals of typed figures from accepted reports, and each cơ sở its own with its verdict", async () => {
    const period = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money, plan.ind.people] });
    const a = await acceptedReport(v.coSo, v.staff, period, { [plan.ind.money]: "6.000.000", [plan.ind.people]: "1" });
    const khoi = await openReport(v.staff, reportOpenInput.parse({ periodId: period, khoi: true }));
    const compiled = await reportDetail(v.staff, khoi.id);
    expect(compiled.report.coSoId).toBeNull();
    expect(compiled.numbers.find((n) => n.indicatorId === plan.ind.money)).toMatchObject({
      value: 6_000_000,
      target: 5_000_000,
      status: "EXCEEDED",
    });
    // "Mỗi cơ sở giới thiệu ít nhất 3": A sent 1 (not reached), B nothing: 0 of 2 cơ sở.
    expect(compiled.numbers.find((n) => n.indicatorId === plan.ind.people)).toMatchObject({
      value: 0,
      target: 2,
      status: "NOT_MET",
    });
    const own = await reportDetail(v.coSo, a);
    expect(own.numbers.find((n) => n.indicatorId === plan.ind.people)).toMatchObject({ value: 1, target: 3, status: "NOT_MET" });
  });

  it("is the one a Khối officer who is also a cơ sở secretary opens when asking for the Khối's", async () => {
    const period = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.ideas] });
    const khoi = await openReport(v.twoHats, reportOpenInput.parse({ periodId: period, khoi: true }));
    const coSo = await openReport(v.twoHats, reportOpenInput.parse({ periodId: period }));
    expect(await db().report.findUniqueOrThrow({ where: { id: khoi.id }, select: { coSoId: true, unitId: true } })).toEqual({
      coSoId: null,
      unitId: t.khoi.id,
    });
    expect(await db().report.findUniqueOrThrow({ where: { id: coSo.id }, select: { coSoId: true } })).toEqual({
      coSoId: t.coSoA.id,
    });
    expect((await failure(openReport(v.coSo, reportOpenInput.parse({ periodId: period, khoi: true })))).code).toBe("FORBIDDEN");
  });
});

describe("a period", () => {
  it("keeps its kind, months and indicators once a cơ sở has sent its report; its title, deadline and note still change", async () => {
    const period = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money, plan.ind.ideas] });
    const form = async (over: Partial<ReturnType<typeof periodForm>>) => ({
      ...periodForm(plan, { indicatorIds: [plan.ind.money, plan.ind.ideas] }),
      id: period,
      version: (await db().reportPeriod.findUniqueOrThrow({ where: { id: period } })).version,
      ...over,
    });
    await updatePeriod(v.staff, periodUpdateInput.parse(await form({ toMonth: 5 })));
    await acceptedReport(v.coSo, v.staff, period, { [plan.ind.money]: "1.000.000" });
    const refused = await failure(updatePeriod(v.staff, periodUpdateInput.parse(await form({ toMonth: 12 }))));
    expect(refused.fieldErrors.indicatorIds).toContain("Đã có cơ sở gửi báo cáo");
    expect(
      (await failure(updatePeriod(v.staff, periodUpdateInput.parse(await form({ toMonth: 5, indicatorIds: [plan.ind.money] })))))
        .code,
    ).toBe("INVALID");
    await updatePeriod(
      v.staff,
      periodUpdateInput.parse(
        await form({
          toMonth: 5,
          title: "Báo cáo 5 tháng đầu năm",
          dueOn: formatVietnameseDate(new Date(Date.UTC(thisYear, 11, 20))),
        }),
      ),
    );
    expect(await db().reportPeriod.findUniqueOrThrow({ where: { id: period }, select: { title: true, toMonth: true } })).toEqual({
      title: "Báo cáo 5 tháng đầu năm",
      toMonth: 5,
    });
  });
});

describe("an indicator bound to given months", () => {
  it("counts only the months inside the period (a sơ kết counts March and May, not July and September)", async () => {
    const peak = await makePlan(db(), t.khoi, {
      status: "PUBLISHED",
      indicators: [
        { code: "CĐ", measure: "RECORD_COUNT", recordKind: "ACTIVITY", target: 4, unitLabel: "hoạt động", period: "MONTHS" },
      ],
    });
    const indicatorId = peak.indicators[0].id;
    await db().indicator.update({ where: { id: indicatorId }, data: { months: [3, 5, 7, 9] } });
    for (const month of [3, 5, 7, 9]) {
      const a = await makeActivity(db(), peak, { indicatorIds: [indicatorId] });
      await db().activity.update({ where: { id: a.id }, data: { startsOn: new Date(Date.UTC(thisYear, month - 1, 15)) } });
    }
    const count = async (fromMonth: number, toMonth: number) =>
      (
        await reportNumbers(v.staff, { planId: peak.id, year: thisYear, fromMonth, toMonth, indicatorIds: [indicatorId] }, null)
      )[0].value;
    expect(await count(1, 6)).toBe(2);
    expect(await count(1, 2)).toBe(0);
    expect(await count(1, 12)).toBe(4);
    expect(await count(5, 7)).toBe(2);
  });
});

describe("a correction's form", () => {
  it("does not warn that sending it will be late", async () => {
    const period = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.ideas], dueIn: -3 });
    const a = await acceptedReport(v.coSo, v.staff, period);
    expect((await reportDetail(v.coSo, a)).report.late).toBe(true);
    const fix = await correctReport(
      v.coSo,
      reportCorrectInput.parse({ id: a, version: await reportVersion(a), correctionNote: "Sửa số liệu" }),
    );
    expect((await reportDetail(v.coSo, fix.id)).sendsLate).toBe(false);
  });
});
