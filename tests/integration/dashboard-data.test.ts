// The dashboards' own data (lib/data/dashboard.ts, lib/data/dashboard-views.ts) on a hand-built
// tenant: one cơ sở in reach (or not found), its monthly trend, what waits for a secretary, each
// Khối's current plan for the city, and the per-role loaders. The other tenant sees nothing.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { coSoInReach, coSoMonthlyTrend, currentKhoiPlans, pendingWork } from "@/lib/data/dashboard";
import { recommendationsByCoSo } from "@/lib/data/inspection-conclusions";
import { cityDashboard, coSoDashboard, coSoDrillDown, khoiDashboard, memberDashboard } from "@/lib/data/dashboard-views";
import { todayInVietnam } from "@/lib/domain/dates";
import { makeConcludedRound, makeInspectionRound } from "../helpers/inspection-probes";
import { CityDashboard } from "@/components/dashboard/city-dashboard";
import { CoSoDashboard } from "@/components/dashboard/co-so-dashboard";
import { KhoiDashboard } from "@/components/dashboard/khoi-dashboard";
import { MemberDashboard } from "@/components/dashboard/member-dashboard";
import { dayFromToday, makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeCommitment } from "../helpers/commitments";
import { makeEntry, memberRow } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";

let t: Tenant;
let other: Tenant;
let planId: string;
const year = todayInVietnam().getUTCFullYear();
const on = (month: number) => new Date(Date.UTC(year, month - 1, 10));

beforeAll(async () => {
  t = await makeTenant(db());
  other = await makeTenant(db());
  const plan = await makePlan(db(), t.khoi, {
    status: "PUBLISHED",
    indicators: [
      { code: "CT1", measure: "RECORD_COUNT", recordKind: "IDEA", appliesTo: "EACH_CO_SO", target: 1, unitLabel: "ý tưởng" },
      { code: "CT2", measure: "RECORD_COUNT", recordKind: "IDEA", target: 100, unitLabel: "ý tưởng" },
    ],
  });
  planId = plan.id;
  await makePlan(db(), other.khoi, {
    status: "PUBLISHED",
    indicators: [{ code: "CT1", measure: "RECORD_COUNT", recordKind: "IDEA", appliesTo: "EACH_CO_SO", target: 1 }],
  });

  const [a1, a2, b1] = [memberRow(t.members.a1), memberRow(t.members.a2), memberRow(t.members.b1)];
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: on(2) });
  await makeEntry(a1, "VOLUNTEER", "CONFIRMED", { occurredOn: on(2), hours: 4 });
  await makeEntry(a1, "IDEA", "SUBMITTED", { occurredOn: on(3) });
  await makeEntry(a2, "TRAINING", "SUBMITTED", { occurredOn: on(3) });
  await makeEntry(b1, "IDEA", "CONFIRMED", { occurredOn: on(3) });
  await makeEntry(b1, "IDEA", "SUBMITTED", { occurredOn: on(3) });
  await makeCommitment(a2, { year, status: "SUBMITTED" });
  await makeCommitment(a1, { year: year - 1, status: "CONFIRMED", assessmentStatus: "SUBMITTED" });

  const owner = { khoiId: t.khoi.id, planId };
  await makeProject(db(), { ...owner, coSoId: t.coSoA.id }, { status: "APPROVED", startsOn: on(4) });
  await makeProject(db(), { ...owner, coSoId: t.coSoA.id }, { status: "RETURNED", startsOn: on(4) });
  await makeProject(db(), { ...owner, coSoId: t.coSoB.id }, { status: "RETURNED", startsOn: on(5) });
  // The other tenant's work never shows here.
  await makeEntry(memberRow(other.members.a1), "IDEA", "SUBMITTED", { occurredOn: on(2) });
});

describe("one cơ sở in reach", () => {
  it("is found by the Khối, the city above it and its own secretary", async () => {
    for (const user of [t.users.staff, t.users.city, t.users.coSo]) {
      expect(await coSoInReach(await viewerOf(user.id), t.coSoA.id)).toEqual({
        id: t.coSoA.id,
        name: t.coSoA.name,
        khoiId: t.khoi.id,
      });
    }
  });

  it("is not found for another cơ sở's secretary, another tenant, or an id that is not a cơ sở", async () => {
    await expect(coSoInReach(await viewerOf(t.users.coSo.id), t.coSoB.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(coSoInReach(await viewerOf(other.users.admin.id), t.coSoA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(coSoInReach(await viewerOf(other.users.city.id), t.coSoA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(coSoInReach(await viewerOf(t.users.staff.id), t.chiDoanA1.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(coSoMonthlyTrend(await viewerOf(other.users.admin.id), t.coSoA.id, year)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("has its own month-by-month trend of confirmed work and counted projects", async () => {
    const trend = await coSoMonthlyTrend(await viewerOf(t.users.staff.id), t.coSoA.id, year);
    expect(trend.map((m) => m.ideas)).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(trend.map((m) => m.volunteerHours)).toEqual([0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(trend.map((m) => m.projects)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(trend.every((m) => m.trainings === 0)).toBe(true);
  });
});

describe("what waits for a secretary", () => {
  it("counts what the cơ sở secretary may review and the cơ sở's returned projects, as the linked lists filter them", async () => {
    expect(await pendingWork(await viewerOf(t.users.coSo.id))).toEqual({
      year,
      entries: 2,
      commitments: 1,
      assessments: 0,
      lastYearAssessments: 1,
      returnedProjects: 1,
      nextVisit: null,
      recommendations: { owed: 0, overdue: 0 },
      plansDue: [],
    });
  });

  it("counts the recommendations the cơ sở still owes after an inspection, overdue among them; the Khối sees them per cơ sở", async () => {
    const plan = await makePlan(db(), t.khoi, { status: "PUBLISHED", startYear: year - 3 });
    const round = await makeConcludedRound(t, plan.id, ["OPEN", "OPEN", "RESPONDED", "ACCEPTED"]);
    await db().inspectionRecommendation.update({ where: { id: round.recs[0] }, data: { dueOn: dayFromToday(-1) } });
    expect((await pendingWork(await viewerOf(t.users.coSo.id))).recommendations).toEqual({ owed: 2, overdue: 1 });
    // Another cơ sở's or Khối's, and a chi đoàn's secretary: nothing to answer.
    expect((await pendingWork(await viewerOf(t.users.chiDoan.id))).recommendations).toEqual({ owed: 0, overdue: 0 });
    expect((await pendingWork(await viewerOf(other.users.coSo.id))).recommendations).toEqual({ owed: 0, overdue: 0 });
    expect(await recommendationsByCoSo(await viewerOf(t.users.staff.id))).toEqual([
      { coSoId: t.coSoA.id, name: t.coSoA.name, owed: 2, overdue: 1, awaiting: 1 },
    ]);
    expect(await recommendationsByCoSo(await viewerOf(other.users.staff.id))).toEqual([]);
    expect(await recommendationsByCoSo(await viewerOf(t.users.coSo.id))).toEqual([]);
    await db().inspectionRecommendation.deleteMany({ where: { khoiId: t.khoi.id } });
    await db().inspectionConclusion.deleteMany({ where: { khoiId: t.khoi.id } });
    await db().inspectionVisit.deleteMany({ where: { khoiId: t.khoi.id } });
    await db().inspectionRound.deleteMany({ where: { khoiId: t.khoi.id } });
  });

  it("shows a secretary the next inspection visit its cơ sở was told of, never one still planned or past", async () => {
    // A plan of years ago: the dashboards' current plan stays the one this file made.
    const plan = await makePlan(db(), t.khoi, { status: "PUBLISHED", startYear: year - 3 });
    const told = await makeInspectionRound(t, plan.id, {
      visits: [
        { coSoId: t.coSoA.id, days: 9, told: true },
        { coSoId: t.coSoB.id, days: 2, told: true },
      ],
    });
    await makeInspectionRound(t, plan.id, { visits: [{ coSoId: t.coSoA.id, days: 3 }] }); // not told yet
    await makeInspectionRound(t, plan.id, { visits: [{ coSoId: t.coSoA.id, days: -1, told: true }] }); // past
    expect((await pendingWork(await viewerOf(t.users.coSo.id))).nextVisit).toEqual({
      roundId: told.id,
      visitOn: dayFromToday(9),
    });
    expect((await pendingWork(await viewerOf(t.users.chiDoan.id))).nextVisit).toBeNull();
    expect((await pendingWork(await viewerOf(other.users.coSo.id))).nextVisit).toBeNull();
    await db().inspectionVisit.deleteMany({ where: { khoiId: t.khoi.id } });
    await db().inspectionRound.deleteMany({ where: { khoiId: t.khoi.id } });
  });

  it("counts only the chi đoàn's members for a chi đoàn secretary, and only its own tenant's for another", async () => {
    expect(await pendingWork(await viewerOf(t.users.chiDoan.id))).toMatchObject({
      entries: 1,
      commitments: 0,
      lastYearAssessments: 1,
      returnedProjects: 0,
    });
    // The other tenant's one waiting idea; none of this tenant's.
    expect(await pendingWork(await viewerOf(other.users.coSo.id))).toMatchObject({
      entries: 1,
      commitments: 0,
      lastYearAssessments: 0,
      returnedProjects: 0,
    });
  });
});

describe("the current plan of each Khối", () => {
  it("gives the city its own Khối with this year's published plan, never another city's", async () => {
    const plans = await currentKhoiPlans(await viewerOf(t.users.city.id));
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ khoiId: t.khoi.id, khoiName: t.khoi.name, planId });
  });
});

describe("the loaders of each section", () => {
  it("gives the Khối its plan's progress, the ranking and the trend", async () => {
    const d = await khoiDashboard(await viewerOf(t.users.staff.id));
    expect(d.progress?.plan.id).toBe(planId);
    expect(d.ranks.map((r) => [r.coSoId, r.met])).toEqual([
      [t.coSoA.id, 1],
      [t.coSoB.id, 1],
    ]);
    expect(d.trend.reduce((n, m) => n + m.ideas, 0)).toBe(2);
  });

  it("gives a cơ sở secretary their cơ sở, the plan counted in it, and what waits", async () => {
    const d = await coSoDashboard(await viewerOf(t.users.coSo.id));
    expect(d.coSo.map((c) => c.ref.id)).toEqual([t.coSoA.id]);
    expect(d.progress?.indicators.find((i) => i.code === "CT2")?.total).toBe(1);
    expect(d.pending.entries).toBe(2);
  });

  it("gives a member their own year", async () => {
    const d = await memberDashboard(await viewerOf(t.users.member.id));
    expect(d.commitment.isMember).toBe(true);
    expect(d.summary.byKind.find((k) => k.kind === "IDEA")).toEqual({ kind: "IDEA", confirmed: 1, waiting: 1, returned: 0 });
    expect(d.summary.volunteerHours).toBe(4);
  });

  it("gives the city each Khối's indicators, and the drill-down the cơ sở's plan", async () => {
    const city = await cityDashboard(await viewerOf(t.users.city.id));
    expect(city.khois.map((k) => [k.khoiId, k.indicators?.map((i) => i.code)])).toEqual([[t.khoi.id, ["CT1", "CT2"]]]);
    for (const user of [t.users.staff, t.users.coSo]) {
      const d = await coSoDrillDown(await viewerOf(user.id), t.coSoA.id);
      expect(d.progress?.plan.id).toBe(planId);
    }
    await expect(coSoDrillDown(await viewerOf(other.users.staff.id), t.coSoA.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the sections render the loaders' numbers", () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  it("shows the Khối its indicators, each cơ sở linked to its drill-down, and the year's ideas", async () => {
    const html = renderToStaticMarkup(
      h(KhoiDashboard, { data: await khoiDashboard(await viewerOf(t.users.staff.id)), canPublish: true }),
    );
    expect(text(html)).toContain("CT2 Chỉ tiêu CT2 2 ý tưởng Ít nhất 100 ý tưởng 2% Chưa đạt");
    expect(text(html)).toContain("CT1 Chỉ tiêu CT1 2 cơ sở đạt 2 cơ sở 100% Đạt");
    expect(html).toContain(`href="/bang-dieu-khien/co-so/${t.coSoA.id}"`);
    expect(text(html)).toContain("Cả năm 2 0 1 4");
  });

  it("shows a secretary what waits, with links to the lists", async () => {
    const html = renderToStaticMarkup(
      h(CoSoDashboard, {
        data: await coSoDashboard(await viewerOf(t.users.coSo.id)),
        links: { projects: true, entries: true },
        contributions: true,
      }),
    );
    expect(text(html)).toContain("2 ghi nhận ý tưởng, học tập, tình nguyện chờ xác nhận");
    expect(html).toContain(`href="/cam-ket?year=${year}&amp;status=SUBMITTED"`);
    expect(html).toContain(`href="/ghi-nhan?coSo=${t.coSoA.id}&amp;status=all"`);
    expect(text(html)).toContain("Đóng góp vào chỉ tiêu chung của Đoàn Khối");
  });

  it("shows a member their pledges and counts, and the city each Khối", async () => {
    const member = renderToStaticMarkup(
      h(MemberDashboard, { data: await memberDashboard(await viewerOf(t.users.member.id)), isMember: true }),
    );
    expect(text(member)).toContain("Ý tưởng, sáng kiến 1 1 0");
    const city = renderToStaticMarkup(h(CityDashboard, { data: await cityDashboard(await viewerOf(t.users.city.id)) }));
    expect(text(city)).toContain(t.khoi.name);
  });
});
