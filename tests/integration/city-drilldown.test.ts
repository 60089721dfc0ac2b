// Issue 16 point 12: the city (Thành Đoàn) reads down into each Khối under it: the Khối's
// aggregates (its plan's indicators) and its compiled reports (the Khối's own report of each
// period), which the city could not read before. Exactly the city's own Khối: another city's
// Khối, a cơ sở id or a Khối's own staff asking for the city's page are "not found". Also the
// dashboards' year picker: the years offered are those of the viewer's own plans.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { compiledReportScope, reportScope } from "@/lib/authz";
import { dashboardYears } from "@/lib/data/dashboard";
import { khoiDrillDown } from "@/lib/data/dashboard-khoi";
import { cityDashboard, khoiDashboard } from "@/lib/data/dashboard-views";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { makePeriodRow, makeReportPlan, makeReportRow, thisYear, type ReportPlan } from "../helpers/reports";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let planA: ReportPlan;
let khoiReportA: string;
let khoiReportB: string;
let coSoReportA: string;

/** The Khối's own compiled report of a period, as its staff save it (never sent for review). */
async function compiledReport(t: Tenant, period: { id: string; khoiId: string }, text: string) {
  const row = await db().report.create({
    data: {
      khoiId: t.khoi.id,
      periodId: period.id,
      unitId: t.khoi.id,
      coSoId: null,
      narratives: [text, "", "Trụ cột 3 của Khối"],
      strengths: "Các cơ sở chủ động",
      proposals: "Đề nghị Thành Đoàn hỗ trợ kinh phí",
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planA = await makeReportPlan(a);
  const planB = await makeReportPlan(b);
  const periodA = await makePeriodRow(planA, { indicatorIds: Object.values(planA.ind) });
  const periodB = await makePeriodRow(planB, { indicatorIds: Object.values(planB.ind) });
  coSoReportA = (await makeReportRow(periodA, a.coSoA.id, "ACCEPTED")).id;
  await makeReportRow(periodA, a.coSoB.id, "SUBMITTED");
  khoiReportA = await compiledReport(a, periodA, "Toàn Khối A đã tổ chức 12 hoạt động");
  khoiReportB = await compiledReport(b, periodB, "Toàn Khối B: nội dung riêng");
  // An older plan of Khối A (two years back) and one of Khối B (three years back): the year
  // picker offers each viewer its own years only.
  await makePlan(db(), a.khoi, { status: "PUBLISHED", startYear: thisYear - 2, subject: "Kế hoạch cũ của Khối A" });
  await makePlan(db(), b.khoi, { status: "PUBLISHED", startYear: thisYear - 3 });
});

describe("the city reads down into its own Khối", () => {
  it.each(["city", "cityStaff"] as const)(
    "%s sees the Khối's indicators and its compiled report, text and counts",
    async (who) => {
      const viewer = await viewerOf(a.users[who].id);
      const d = await khoiDrillDown(viewer, a.khoi.id);
      expect(d.khoi).toEqual({ id: a.khoi.id, name: a.khoi.name });
      expect(d.progress?.plan.id).toBe(planA.id);
      expect(d.progress?.indicators.map((i) => i.code)).toEqual(["CT1", "CT2", "CT3", "CT4"]);
      expect(d.reports.map((r) => r.id)).toEqual([khoiReportA]);
      const [report] = d.reports;
      expect(report.sections).toEqual([
        { heading: "Trách nhiệm với bản thân", text: "Toàn Khối A đã tổ chức 12 hoạt động" },
        { heading: "Trách nhiệm với cộng đồng", text: "Trụ cột 3 của Khối" },
        { heading: "Ưu điểm", text: "Các cơ sở chủ động" },
        { heading: "Đề xuất, kiến nghị", text: "Đề nghị Thành Đoàn hỗ trợ kinh phí" },
      ]);
      // Counts of the cơ sở reports behind it, never the cơ sở reports themselves.
      expect(report.coSoReports).toEqual({ sent: 2, accepted: 1 });
      expect(JSON.stringify(d)).not.toContain(coSoReportA);
    },
  );

  it("another city's Khối, a cơ sở id and an unknown id are not found", async () => {
    const city = await viewerOf(a.users.city.id);
    for (const id of [b.khoi.id, a.coSoA.id, crypto.randomUUID()])
      await expect(khoiDrillDown(city, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(khoiDrillDown(await viewerOf(b.users.cityStaff.id), a.khoi.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is the city's page: the Khối's own staff and a secretary are not found there", async () => {
    for (const id of [a.users.admin.id, a.users.staff.id, a.users.coSo.id])
      await expect(khoiDrillDown(await viewerOf(id), a.khoi.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("compiledReportScope covers the city's own Khối's compiled reports only, never a cơ sở's report", async () => {
    const ids = async (userId: string) =>
      (
        await db().report.findMany({
          where: { AND: [compiledReportScope(await viewerOf(userId)), { id: { in: [khoiReportA, khoiReportB, coSoReportA] } }] },
          select: { id: true },
        })
      ).map((r) => r.id);
    expect(await ids(a.users.city.id)).toEqual([khoiReportA]);
    expect(await ids(b.users.cityStaff.id)).toEqual([khoiReportB]);
    // Below the city the scope gives nothing: the Khối and cơ sở read reports through reportScope.
    for (const userId of [a.users.admin.id, a.users.staff.id, a.users.coSo.id, a.users.chiDoan.id, a.users.member.id])
      expect(await ids(userId)).toEqual([]);
    // The city still holds no report.read: the drill-down is the only way it reads them.
    expect(
      await db().report.count({
        where: { AND: [reportScope(await viewerOf(a.users.city.id), "report.read"), { khoiId: a.khoi.id }] },
      }),
    ).toBe(0);
  });
});

describe("the dashboards' year picker", () => {
  it("offers the current year and the years of the viewer's own plans, newest first", async () => {
    expect(await dashboardYears(await viewerOf(a.users.admin.id))).toEqual([thisYear, thisYear - 2]);
    expect(await dashboardYears(await viewerOf(a.users.city.id))).toEqual([thisYear, thisYear - 2]);
    expect(await dashboardYears(await viewerOf(b.users.admin.id))).toEqual([thisYear, thisYear - 3]);
  });

  it("a picked year shows that year's plan on the Khối and the city dashboards", async () => {
    const old = await khoiDashboard(await viewerOf(a.users.staff.id), thisYear - 2);
    expect(old.year).toBe(thisYear - 2);
    expect(old.progress?.plan.subject).toBe("Kế hoạch cũ của Khối A");
    const current = await khoiDashboard(await viewerOf(a.users.staff.id));
    expect(current.progress?.plan.id).toBe(planA.id);
    const city = await cityDashboard(await viewerOf(a.users.city.id), thisYear - 2);
    expect(city.khois.map((k) => k.planTitle)).toEqual([expect.stringContaining("Kế hoạch cũ của Khối A")]);
  });
});
