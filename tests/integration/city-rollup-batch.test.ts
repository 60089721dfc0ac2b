// The city dashboard counts all of its Khối together (issue 18): plansProgress asks one grouped
// query per kind of count, whatever the number of Khối, and gives each Khối exactly what its own
// planProgress gives. A Khối's plan and programme are counted together the same way.
import { beforeAll, describe, expect, it } from "vitest";
import { db, switchDatabase, type Db } from "@/lib/db/client";
import { cityDashboard } from "@/lib/data/dashboard-views";
import { freshReads } from "@/lib/data/read-cache";
import { planProgress, plansProgress } from "@/lib/data/indicator-rollup";
import { todayInVietnam } from "@/lib/domain/dates";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeEntry, memberRow } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";

const year = todayInVietnam().getUTCFullYear();
const on = (month: number) => new Date(Date.UTC(year, month - 1, 10));

let tenants: Tenant[];
let planIds: string[];
let city: Viewer;

const INDICATORS = [
  { code: "CT1", measure: "RECORD_COUNT", recordKind: "IDEA", target: 10, unitLabel: "ý tưởng" },
  { code: "CT2", measure: "UNIT_SHARE", recordKind: "PROJECT", target: 100, unitLabel: "%" },
  { code: "CT3", measure: "RECORD_COUNT", recordKind: "TRAINING", appliesTo: "EACH_MEMBER", target: 50, unitLabel: "%" },
  { code: "CT4", measure: "RECORD_COUNT", recordKind: "IDEA", appliesTo: "EACH_CO_SO", target: 2, unitLabel: "ý tưởng" },
  { code: "CT5", measure: "RECORD_COUNT", recordKind: "PROJECT", target: 3, unitLabel: "công trình" },
] as const;

beforeAll(async () => {
  // Four Khối under one city, each with its own amount of work.
  tenants = [];
  for (let k = 0; k < 4; k++) tenants.push(await makeTenant(db()));
  for (const t of tenants.slice(1)) await db().unit.update({ where: { id: t.khoi.id }, data: { parentId: tenants[0].city.id } });
  planIds = [];
  for (const [k, t] of tenants.entries()) {
    const plan = await makePlan(db(), t.khoi, { status: "PUBLISHED", indicators: INDICATORS.map((i) => ({ ...i })) });
    planIds.push(plan.id);
    for (let n = 0; n <= k; n++) {
      await makeEntry(memberRow(t.members.a1), "IDEA", "CONFIRMED", { occurredOn: on(1 + n) });
      await makeEntry(memberRow(t.members.b1), "TRAINING", n % 2 ? "CONFIRMED" : "SUBMITTED", { occurredOn: on(2 + n) });
    }
    if (k % 2)
      await makeProject(
        db(),
        { khoiId: t.khoi.id, planId: plan.id, coSoId: t.coSoB.id },
        { status: "APPROVED", startsOn: on(3) },
      );
  }
  city = await viewerOf(tenants[0].users.city.id);
});

/** Runs `fn` on a client that lists every query the data layer sends. */
async function queriesOf<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const base = db();
  const counting = base.$extends({
    query: {
      $allModels: {
        $allOperations: ({ model, operation, args, query }) => (queries.push(`${model}.${operation}`), query(args)),
      },
      $queryRaw: ({ args, query }) => (queries.push("$queryRaw"), query(args)),
    },
  }) as unknown as Db;
  switchDatabase(counting);
  try {
    return { result: await fn(), queries };
  } finally {
    switchDatabase(base);
  }
}

describe("the city's Khối counted together", () => {
  it("give each Khối what its own roll-up gives", async () => {
    const together = await plansProgress(city, planIds);
    const alone = await Promise.all(planIds.map((id) => planProgress(city, id)));
    expect(together).toEqual(alone);
    // The Khối differ, so a mix-up would show: ideas 1, 2, 3, 4; projects in every other Khối.
    expect(together.map((p) => p.indicators.find((i) => i.code === "CT1")?.value)).toEqual([1, 2, 3, 4]);
    expect(together.map((p) => p.indicators.find((i) => i.code === "CT5")?.value)).toEqual([0, 1, 0, 1]);
    expect(together.map((p) => p.indicators.find((i) => i.code === "CT3")?.total)).toEqual([0, 1, 1, 1]);
  });

  it("ask as many queries for four Khối as for one", async () => {
    const one = await queriesOf(() => plansProgress(city, planIds.slice(0, 1)));
    const four = await queriesOf(() => plansProgress(city, planIds));
    expect(four.queries.length).toBe(one.queries.length);
    expect(four.queries.filter((q) => q === "EntryMonthCount.groupBy")).toHaveLength(1);
    const dashboard = await queriesOf(() => freshReads(() => cityDashboard(city, year)));
    expect(dashboard.result.khois.map((k) => k.khoiId).sort()).toEqual(tenants.map((t) => t.khoi.id).sort());
    expect(dashboard.queries.length).toBeLessThan(4 * one.queries.length);
  });

  it("after a confirmation in one Khối, show it at once, the other Khối as they were", async () => {
    const ideas = (d: Awaited<ReturnType<typeof cityDashboard>>) =>
      d.khois.map((k) => [k.khoiId, k.indicators?.find((i) => i.code === "CT1")?.value]);
    const before = await cityDashboard(city, year);
    await makeEntry(memberRow(tenants[2].members.a1), "IDEA", "CONFIRMED", { occurredOn: on(5) });
    const after = { result: await cityDashboard(city, year) };
    const expected = ideas(before).map(([k, n]) => [k, k === tenants[2].khoi.id ? (n as number) + 1 : n]);
    expect(ideas(after.result)).toEqual(expected);
    // (That only the changed Khối is counted again: data-versions.test.ts, cachedPerKhoi.)
    expect(await freshReads(() => cityDashboard(city, year))).toEqual(after.result);
  });

  it("leave out an inactive cơ sở's work, though the whole Khối is read", async () => {
    const t = tenants[3];
    await db().unit.update({ where: { id: t.coSoA.id }, data: { active: false } });
    try {
      const [progress] = await plansProgress(city, [planIds[3]]);
      // Every idea of this Khối was logged in cơ sở A.
      expect(progress.indicators.find((i) => i.code === "CT1")?.value).toBe(0);
      expect(progress.indicators.find((i) => i.code === "CT4")?.coSo.map((c) => c.coSoId)).toEqual([t.coSoB.id]);
    } finally {
      await db().unit.update({ where: { id: t.coSoA.id }, data: { active: true } });
    }
  });

  it("an unknown plan among them is not found", async () => {
    await expect(plansProgress(city, [...planIds, crypto.randomUUID()])).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await makeTenant(db());
    const foreign = await makePlan(db(), other.khoi, { status: "PUBLISHED", indicators: [{}] });
    await expect(plansProgress(city, [planIds[0], foreign.id])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
