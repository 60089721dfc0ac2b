// The live roll-up (lib/data/indicator-rollup.ts) on a hand-built tenant where the right numbers
// are known: counts of confirmed records only, "100% cơ sở có…" with Khối projects joined, each
// cơ sở against its own target, given months, per-member shares, participations, and values that
// wait for the reports. The numbers follow the viewer's units.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { currentKhoiPlanId, monthlyTrend, planProgress, rankCoSo, type PlanProgress } from "@/lib/data/indicator-rollup";
import { todayInVietnam } from "@/lib/domain/dates";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeEntry, memberRow } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";

let t: Tenant;
let other: Tenant;
let planId: string;
const year = todayInVietnam().getUTCFullYear();
const on = (month: number, day = 10) => new Date(Date.UTC(year, month - 1, day));

beforeAll(async () => {
  t = await makeTenant(db());
  other = await makeTenant(db());
  const plan = await makePlan(db(), t.khoi, {
    status: "PUBLISHED",
    indicators: [
      { code: "CT1", measure: "RECORD_COUNT", recordKind: "IDEA", target: 3, unitLabel: "ý tưởng" },
      { code: "CT2", measure: "UNIT_SHARE", recordKind: "PROJECT", targetKind: "PERCENT", target: 100 },
      { code: "CT3", measure: "RECORD_COUNT", recordKind: "IDEA", appliesTo: "EACH_CO_SO", target: 5, minTarget: 2 },
      { code: "CT4", measure: "RECORD_COUNT", recordKind: "TRAINING", target: 1, period: "MONTHS" },
      { code: "CT5", measure: "ENTERED", target: 4 },
      { code: "CT6", measure: "RECORD_COUNT", recordKind: "PARTICIPATION", target: 10, unitLabel: "lượt" },
      { code: "CT7", measure: "RECORD_COUNT", recordKind: "IDEA", appliesTo: "EACH_MEMBER", targetKind: "PERCENT", target: 50 },
    ],
  });
  planId = plan.id;
  await db().indicator.update({ where: { id: plan.indicators[3].id }, data: { months: [3] } });
  // Cơ sở A's own plan follows CT3 with its own target of 1.
  await makePlan(db(), t.coSoA, {
    status: "PUBLISHED",
    indicators: [{ code: "CT3", measure: "RECORD_COUNT", recordKind: "IDEA", target: 1, basedOnId: plan.indicators[2].id }],
  });

  const [a1, a2, b1] = [memberRow(t.members.a1), memberRow(t.members.a2), memberRow(t.members.b1)];
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: on(2) });
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: on(5) });
  await makeEntry(b1, "IDEA", "CONFIRMED", { occurredOn: on(6) });
  await makeEntry(a2, "IDEA", "SUBMITTED", { occurredOn: on(6) }); // not confirmed: not counted
  await makeEntry(a2, "IDEA", "WITHDRAWN", { occurredOn: on(6) }); // archived: not counted
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: new Date(Date.UTC(year - 1, 11, 20)) }); // last year
  await makeEntry(a1, "TRAINING", "CONFIRMED", { occurredOn: on(3), trainingKind: "IT" });
  await makeEntry(b1, "TRAINING", "CONFIRMED", { occurredOn: on(4), trainingKind: "IT" }); // April: outside CT4's months

  const owner = { khoiId: t.khoi.id, planId: plan.id };
  await makeProject(db(), { ...owner, coSoId: t.coSoA.id }, { status: "APPROVED", startsOn: on(4) });
  await makeProject(db(), { ...owner, coSoId: t.coSoB.id }, { status: "PENDING", startsOn: on(4) }); // not approved: B has none of its own
  const khoiProject = await makeProject(db(), { ...owner, coSoId: null }, { status: "APPROVED", startsOn: on(2) });
  await db().projectJoin.create({ data: { khoiId: t.khoi.id, projectId: khoiProject.id, coSoId: t.coSoB.id } });

  for (const [coSo, participations] of [
    [t.coSoA, 7],
    [t.coSoB, 5],
  ] as const) {
    const activity = await makeActivity(db(), plan);
    await db().activity.update({ where: { id: activity.id }, data: { startsOn: on(6) } });
    await db().activityRegistration.create({
      data: { khoiId: t.khoi.id, activityId: activity.id, coSoId: coSo.id, people: participations, participations },
    });
  }
  // The other tenant's ideas never count here.
  await makeEntry(memberRow(other.members.a1), "IDEA", "CONFIRMED", { occurredOn: on(2) });
});

const byCode = (p: PlanProgress) => Object.fromEntries(p.indicators.map((i) => [i.code, i]));
const row = (p: PlanProgress, code: string, coSoId: string) => byCode(p)[code].coSo.find((c) => c.coSoId === coSoId);

describe("planProgress for the Khối", () => {
  it("rolls every indicator up from confirmed records, against its target", async () => {
    const p = await planProgress(await viewerOf(t.users.staff.id), planId);
    const i = byCode(p);
    expect(i.CT1).toMatchObject({ value: 3, target: 3, status: "MET", total: 3 });
    expect(i.CT2).toMatchObject({ value: 100, target: 100, status: "MET" });
    expect(i.CT3).toMatchObject({ value: 1, target: 2, status: "NOT_MET", total: 3 });
    expect(row(p, "CT3", t.coSoA.id)).toMatchObject({ value: 2, target: 1, status: "EXCEEDED" });
    expect(row(p, "CT3", t.coSoB.id)).toMatchObject({ value: 1, target: 2, status: "NOT_MET" });
    expect(i.CT4).toMatchObject({ value: 1, target: 1, status: "MET" });
    expect(i.CT5).toMatchObject({ value: null, status: "NO_DATA" });
    expect(i.CT6).toMatchObject({ value: 12, target: 10, status: "EXCEEDED" });
    expect(i.CT7).toMatchObject({ value: 66.7, target: 50, status: "EXCEEDED" });
    expect(row(p, "CT7", t.coSoA.id)).toMatchObject({ value: 50, status: "MET" });
    expect(row(p, "CT7", t.coSoB.id)).toMatchObject({ value: 100, status: "EXCEEDED" });
  });

  it("ranks the cơ sở by the indicators they reached, and finds the plan of the year", async () => {
    const viewer = await viewerOf(t.users.staff.id);
    expect(rankCoSo(await planProgress(viewer, planId))).toEqual([
      { coSoId: t.coSoA.id, name: t.coSoA.name, met: 3, total: 3, score: 100 },
      { coSoId: t.coSoB.id, name: t.coSoB.name, met: 2, total: 3, score: 66.7 },
    ]);
    expect(await currentKhoiPlanId(viewer)).toBe(planId);
  });

  it("gives the monthly trend of confirmed work", async () => {
    const trend = await monthlyTrend(await viewerOf(t.users.staff.id), year);
    expect(trend).toHaveLength(12);
    expect(trend.map((m) => m.ideas)).toEqual([0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(trend.map((m) => m.trainings)).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(trend.map((m) => m.projects)).toEqual([0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("who sees which numbers", () => {
  it("gives the city the Khối's numbers and a cơ sở secretary only their own cơ sở", async () => {
    const staff = await planProgress(await viewerOf(t.users.staff.id), planId);
    expect(await planProgress(await viewerOf(t.users.city.id), planId)).toEqual(staff);
    const coSo = await planProgress(await viewerOf(t.users.coSo.id), planId);
    expect(byCode(coSo).CT3.coSo.map((c) => c.coSoId)).toEqual([t.coSoA.id]);
    expect(byCode(coSo).CT1).toMatchObject({ value: 2 });
  });

  it("finds nothing for the other Khối", async () => {
    await expect(planProgress(await viewerOf(other.users.admin.id), planId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
