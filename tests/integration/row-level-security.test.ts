// Row-level security, the backstop under lib/data's tenant filters (SECURITY.md #9). A client that
// connects as the app does (the app role, no system fallback) asks with NO tenant filter at all:
// it gets its own Khối's rows, never another's; with no tenant it gets nothing; it cannot write
// into another Khối. Runs on PGlite (SET ROLE on the one session) and on PostgreSQL (a pool).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, switchDatabase, type Db } from "@/lib/db/client";
import { asSystem, runWithRequestContext, setRequestTenant, tenantOf, withTenant, type Tenant } from "@/lib/db/tenant-context";
import { listPlans } from "@/lib/data/plans";
import { recordAudit } from "@/lib/data/audit";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeTenant, type Tenant as TestTenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeEntry, memberRow } from "../helpers/entries";
import { testDatabase } from "../helpers/database";
import { viewerOf } from "../helpers/viewers";

let a: TestTenant;
let b: TestTenant;
let app: Db; // as the portal connects: the app role, and nothing outside a context
let onlyA: Tenant;
let onlyB: Tenant;
let staffA: Viewer;

beforeAll(async () => {
  // Made through the suite's client (system mode outside a context): both Khối, every kind of row.
  a = await makeTenant(db());
  b = await makeTenant(db());
  for (const t of [a, b]) {
    const plan = await makePlan(db(), { ...t.khoi, kind: "KHOI" }, { status: "PUBLISHED", indicators: [{}] });
    await makeProject(db(), { khoiId: t.khoi.id, coSoId: t.coSoA.id, planId: plan.id });
    await makeEntry(memberRow(t.members.a1), "IDEA");
    await recordAudit({
      khoiId: t.khoi.id,
      actorId: t.users.admin.id,
      action: "test.rls",
      targetType: "Unit",
      targetId: t.khoi.id,
    });
  }
  app = testDatabase().newClient({});
  staffA = await viewerOf(a.users.staff.id);
  onlyA = tenantOf(staffA);
  onlyB = tenantOf(await viewerOf(b.users.staff.id));
});

afterAll(async () => {
  await app.$disconnect();
});

/** Every model with a khoiId the test made rows for, read with no filter: which Khối come back. */
async function khoiSeen(client: Db): Promise<Record<string, string[]>> {
  const reads = {
    plan: client.plan.findMany({ select: { khoiId: true } }),
    indicator: client.indicator.findMany({ select: { khoiId: true } }),
    member: client.member.findMany({ select: { khoiId: true } }),
    memberEntry: client.memberEntry.findMany({ select: { khoiId: true } }),
    youthProject: client.youthProject.findMany({ select: { khoiId: true } }),
    statusChange: client.statusChange.findMany({ select: { khoiId: true } }),
    auditLog: client.auditLog.findMany({ where: { action: "test.rls" }, select: { khoiId: true } }),
    unit: client.unit.findMany({ select: { khoiId: true } }),
    user: client.user.findMany({ select: { khoiId: true } }),
    membership: client.membership.findMany({ select: { khoiId: true } }),
  };
  const out: Record<string, string[]> = {};
  for (const [model, rows] of Object.entries(reads))
    out[model] = [...new Set((await rows).map((r) => r.khoiId ?? "NULL"))].sort();
  return out;
}

const everyModelSees = (seen: Record<string, string[]>, ids: string[]) =>
  Object.fromEntries(Object.keys(seen).map((m) => [m, ids]));

describe("row-level security: the app role with no tenant filter in the query", () => {
  it("connects as the app role, not as the owner", async () => {
    const [row] = await withTenant(onlyA, () => app.$queryRaw<{ role: string }[]>`SELECT current_user::text AS role`);
    expect(row.role).toBe("portal_app");
  });

  it("under Khối A's tenant, sees only A's rows of every model", async () => {
    const seen = await withTenant(onlyA, () => khoiSeen(app));
    expect(seen).toEqual(everyModelSees(seen, [a.khoi.id]));
    expect(await withTenant(onlyA, () => app.member.count())).toBe(3);
    expect(await withTenant(onlyA, () => app.member.findUnique({ where: { id: b.members.a1.id } }))).toBeNull();
  });

  it("with no context at all, or a request whose viewer is not known yet, sees nothing", async () => {
    expect(Object.values(await khoiSeen(app)).flat()).toEqual([]);
    expect(Object.values(await runWithRequestContext(() => khoiSeen(app))).flat()).toEqual([]);
    // Once the request's viewer is known (getViewer), the rest of the request reads as them.
    const seen = await runWithRequestContext(async () => {
      setRequestTenant(onlyB);
      return khoiSeen(app);
    });
    expect(seen).toEqual(everyModelSees(seen, [b.khoi.id]));
  });

  it("raw SQL is bound too", async () => {
    const count = (t: Tenant) =>
      withTenant(t, () => app.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Member" WHERE "khoiId" = ${b.khoi.id}`);
    expect((await count(onlyA))[0].n).toBe(0);
    expect((await count(onlyB))[0].n).toBe(3);
    expect((await app.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Member"`)[0].n).toBe(0);
  });

  it("refuses to write a row into another Khối, and cannot touch B's rows", async () => {
    const intoB = withTenant(onlyA, () =>
      app.notification.create({ data: { khoiId: b.khoi.id, userId: b.users.admin.id, title: "Lọt sang Khối B", link: "/" } }),
    );
    await expect(intoB).rejects.toThrow(/row-level security/);
    await expect(
      withTenant({ khoiIds: [], userId: null }, () =>
        app.notification.create({ data: { khoiId: a.khoi.id, userId: a.users.admin.id, title: "Không ai", link: "/" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    // Another Khối's rows are not there to update or delete; moving a row of A into B is refused.
    const renamed = await withTenant(onlyA, () =>
      app.member.updateMany({ where: { id: b.members.a1.id }, data: { fullName: "Đổi tên" } }),
    );
    expect(renamed.count).toBe(0);
    const notice = await withTenant(onlyA, () =>
      app.notification.create({ data: { khoiId: a.khoi.id, userId: a.users.admin.id, title: "Của A", link: "/" } }),
    );
    await expect(
      withTenant(onlyA, () => app.notification.update({ where: { id: notice.id }, data: { khoiId: b.khoi.id } })),
    ).rejects.toThrow(/row-level security/);
    expect((await asSystem(() => app.member.findUniqueOrThrow({ where: { id: b.members.a1.id } }))).fullName).toBe(
      b.members.a1.fullName,
    );
  });

  it("system mode sees every Khối, and the city-level rows", async () => {
    const seen = await asSystem(() => khoiSeen(app));
    for (const model of ["plan", "member", "memberEntry", "youthProject", "auditLog"])
      expect(seen[model]).toEqual(expect.arrayContaining([a.khoi.id, b.khoi.id].sort()));
    expect(seen.unit).toContain("NULL");
  });

  it("keeps city-level rows to system mode, except one's own account", async () => {
    const city = tenantOf(await viewerOf(a.users.city.id));
    expect(city.khoiIds).toEqual([a.khoi.id]);
    // The city viewer reads the Khối under the city and their own account, not the city unit.
    const seen = await withTenant(city, () =>
      Promise.all([
        app.unit.count({ where: { kind: "CITY" } }),
        app.user.findMany({ where: { khoiId: null }, select: { id: true } }),
      ]),
    );
    expect(seen).toEqual([0, [{ id: a.users.city.id }]]);
    // A Khối user sees no city row at all.
    expect(await withTenant(onlyA, () => app.user.count({ where: { khoiId: null } }))).toBe(0);
    // The audit row of a city-level change is written and read back by its author only.
    await withTenant(city, () =>
      app.auditLog.create({ data: { khoiId: null, actorId: a.users.city.id, action: "test.city", targetType: "User" } }),
    );
    expect(await withTenant(city, () => app.auditLog.count({ where: { action: "test.city" } }))).toBe(1);
    expect(await withTenant(onlyA, () => app.auditLog.count({ where: { action: "test.city" } }))).toBe(0);
  });

  it("an interactive transaction sets the tenant inside itself, and a throw rolls everything back", async () => {
    const before = await asSystem(() => app.notification.count());
    const run = withTenant(onlyA, () =>
      app.$transaction(async (tx) => {
        await tx.notification.create({
          data: { khoiId: a.khoi.id, userId: a.users.admin.id, title: "Trong giao dịch", link: "/" },
        });
        // One transaction: the queries on tx are not wrapped in transactions of their own.
        const [first] = await tx.$queryRaw<
          { id: string; tenant: string }[]
        >`SELECT txid_current()::text AS id, current_setting('app.khoi_ids') AS tenant`;
        const [second] = await tx.$queryRaw<{ id: string }[]>`SELECT txid_current()::text AS id`;
        expect(second.id).toBe(first.id);
        expect(first.tenant).toBe(a.khoi.id);
        expect(await tx.notification.count({ where: { title: "Trong giao dịch" } })).toBe(1);
        expect(await tx.member.count({ where: { khoiId: b.khoi.id } })).toBe(0);
        throw new Error("hỏng giữa chừng");
      }),
    );
    await expect(run).rejects.toThrow("hỏng giữa chừng");
    expect(await asSystem(() => app.notification.count())).toBe(before);
  });

  it("leaks nothing across 240 concurrent requests alternating two Khối over the pool", async () => {
    const expected = { [a.khoi.id]: await asSystem(() => app.member.count({ where: { khoiId: a.khoi.id } })), [b.khoi.id]: 3 };
    const one = async (i: number) => {
      const [tenant, khoiId] = i % 2 ? [onlyA, a.khoi.id] : [onlyB, b.khoi.id];
      return runWithRequestContext(async () => {
        setRequestTenant(tenant);
        // A request as pages make them: reads in parallel, a transaction, reads again.
        const [members, entries] = await Promise.all([
          app.member.findMany({ select: { khoiId: true } }),
          app.memberEntry.findMany({ select: { khoiId: true } }),
        ]);
        // (240 requests queue for the pool: Prisma's 2 s wait for an interactive transaction is too short.)
        const inTx = await app.$transaction(async (tx) => tx.member.findMany({ select: { khoiId: true } }), { maxWait: 30_000 });
        const again = await app.plan.findMany({ select: { khoiId: true } });
        const rows = [...members, ...entries, ...inTx, ...again];
        return {
          leaked: rows.filter((r) => r.khoiId !== khoiId).length,
          complete: members.length === expected[khoiId] && inTx.length === expected[khoiId],
        };
      });
    };
    const results = await Promise.all(Array.from({ length: 240 }, (_, i) => one(i)));
    expect(results.reduce((n, r) => n + r.leaked, 0)).toBe(0);
    expect(results.every((r) => r.complete)).toBe(true);
    // The pooled connections forget the tenant after each transaction.
    expect(await app.member.count()).toBe(0);
  });

  it("a real data function returns the same under row-level security as without it", async () => {
    const unbound = await listPlans(staffA); // the suite's client: every row, lib/data's filter alone
    const previous = db();
    switchDatabase(app);
    try {
      const bound = await withTenant(onlyA, () => listPlans(staffA));
      expect(bound).toEqual(unbound);
      expect(bound.length).toBeGreaterThan(0);
      expect(await listPlans(staffA)).toEqual([]); // no tenant: nothing, not an error
    } finally {
      switchDatabase(previous);
    }
  });
});
