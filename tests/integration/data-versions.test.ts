// Data versions and the reads kept under them (migration `…_data_versions`, lib/data/read-cache.ts):
// every transaction that writes a Khối's rows raises that Khối's version once, as it commits; a
// kept dashboard is served only while the versions it was computed under stand, so it is never
// older than the viewer's own last write, and a write in another Khối leaves it alone.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setRequestTenant, withTenant, tenantOf } from "@/lib/db/tenant-context";
import { newRequestBox, requestStorage, type RequestBox } from "@/lib/server/request-store.mjs";
import { cachedPerKhoi, cachedRead, freshReads } from "@/lib/data/read-cache";
import { coSoDashboard, khoiDashboard } from "@/lib/data/dashboard-views";
import { getUnitTrees } from "@/lib/data/units";
import { listMembers } from "@/lib/data/members";
import { memberListQuery } from "@/lib/validation/members";
import { confirmEntries, returnEntry } from "@/lib/data/entry-reviews";
import { entryConfirmInput, entryReturnInput } from "@/lib/validation/entries";
import { passwordLogin } from "@/lib/auth/password-login";
import type { Viewer } from "@/lib/authz";
import { makeMember, makePlan, makeTenant, TEST_PASSWORD, type Tenant } from "../factories";
import { makeEntry, memberRow } from "../helpers/entries";
import { testDatabase } from "../helpers/database";
import { viewerOf } from "../helpers/viewers";

// The logs no cached read looks at: written on every action, they would only empty the cache.
// EntryMonthCount and EntryMemberYear are written only by MemberEntry's triggers, and
// EntryMemberSpanCount by theirs and Member's: those tables' version triggers raise the Khối's.
const UNVERSIONED = [
  "AuditLog",
  "DataVersion",
  "DeadlineReminder",
  "EntryMemberSpanCount",
  "EntryMemberYear",
  "EntryMonthCount",
  "MailMessage",
  "Notification",
  "PasswordReset",
];

let a: Tenant;
let b: Tenant;
let staffA: Viewer;
let coSoA: Viewer;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  for (const t of [a, b]) await makePlan(db(), { ...t.khoi, kind: "KHOI" }, { status: "PUBLISHED", indicators: [{}] });
  staffA = await viewerOf(a.users.staff.id);
  coSoA = await viewerOf(a.users.coSo.id);
});

const versionOf = async (khoiId: string) =>
  (await db().dataVersion.findUnique({ where: { khoiId }, select: { version: true } }))?.version ?? 0n;

describe("data versions", () => {
  it("every table with a Khối, but the logs, raises its Khối's version", async () => {
    const rows = await db().$queryRaw<{ table: string; versioned: boolean }[]>`
      SELECT c.relname::text AS "table",
             EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_data_version') AS versioned
        FROM pg_class c JOIN pg_attribute at ON at.attrelid = c.oid AND at.attname = 'khoiId' AND NOT at.attisdropped
       WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace`;
    const missing = rows.filter((r) => !r.versioned && !UNVERSIONED.includes(r.table)).map((r) => r.table);
    expect(missing).toEqual([]);
    // Sanity: the catalog query sees the tables at all.
    expect(rows.filter((r) => r.versioned).length).toBeGreaterThan(40);
  });

  it("a transaction raises its own Khối's version once, whatever it writes; another Khối's stays", async () => {
    const [beforeA, beforeB] = [await versionOf(a.khoi.id), await versionOf(b.khoi.id)];
    await db().$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await tx.memberEntry.create({ data: entryData(a, `Ý tưởng ${i}`) });
    });
    expect(await versionOf(a.khoi.id)).toBe(beforeA + 1n);
    expect(await versionOf(b.khoi.id)).toBe(beforeB);
  });

  it("a transaction that rolls back raises nothing", async () => {
    const before = await versionOf(a.khoi.id);
    await expect(
      db().$transaction(async (tx) => {
        await tx.memberEntry.create({ data: entryData(a, "Sẽ bị huỷ") });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await versionOf(a.khoi.id)).toBe(before);
  });

  it("a deletion raises the version of the Khối the row was in", async () => {
    const entry = await makeEntry(memberRow(a.members.a2), "IDEA");
    const before = await versionOf(a.khoi.id);
    await db().memberEntry.delete({ where: { id: entry.id } });
    expect(await versionOf(a.khoi.id)).toBe(before + 1n);
  });

  it("a sign-in raises nothing (no kept read shows it); any other change to the account does", async () => {
    const staff = await db().user.findUniqueOrThrow({ where: { id: a.users.staff.id } });
    const before = await versionOf(a.khoi.id);
    const signedIn = await passwordLogin({ email: staff.email, password: TEST_PASSWORD }, { address: "10.9.9.9" });
    expect(signedIn.ok).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: staff.id } })).lastLoginAt).not.toEqual(staff.lastLoginAt);
    expect(await versionOf(a.khoi.id)).toBe(before);
    await db().user.update({ where: { id: staff.id }, data: { name: `${staff.name} ` } });
    expect(await versionOf(a.khoi.id)).toBe(before + 1n);
    await db().user.update({ where: { id: staff.id }, data: { active: staff.active, name: staff.name } });
    expect(await versionOf(a.khoi.id)).toBe(before + 2n);
  });

  it("the app reads its own Khối's versions and the city's, writes none", async () => {
    const app = testDatabase().newClient({});
    try {
      const seen = await withTenant(tenantOf(staffA), () => app.dataVersion.findMany({ select: { khoiId: true } }));
      expect(seen.map((r) => r.khoiId).filter((k) => k !== "")).toEqual([a.khoi.id]);
      await expect(
        withTenant(tenantOf(staffA), () => app.dataVersion.update({ where: { khoiId: a.khoi.id }, data: { version: 0 } })),
      ).rejects.toThrow();
      expect(await versionOf(a.khoi.id)).toBeGreaterThan(0n);
    } finally {
      await app.$disconnect();
    }
  });
});

describe("reads kept under the versions", () => {
  it("serves the kept answer while nothing changed, and counts again after any write in the Khối", async () => {
    let reads = 0;
    const read = () => cachedRead("test.count", staffA, [1], async () => ++reads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    // Another Khối's write leaves this one's answer standing.
    await makeEntry(memberRow(b.members.a1), "IDEA");
    expect(await read()).toBe(1);
    await makeEntry(memberRow(a.members.a1), "IDEA");
    expect(await read()).toBe(2);
    // Other arguments, another viewer: answers of their own.
    expect(await cachedRead("test.count", staffA, [2], async () => ++reads)).toBe(3);
    expect(await cachedRead("test.count", coSoA, [1], async () => ++reads)).toBe(4);
  });

  it("per Khối: asks only for the Khối written since, and keeps the others' answers", async () => {
    const asked: string[][] = [];
    let reads = 0;
    const read = () =>
      cachedPerKhoi("test.perKhoi", staffA, [1], [a.khoi.id, b.khoi.id], async (khoiIds) => {
        asked.push([...khoiIds].sort());
        reads++;
        return new Map(khoiIds.map((k) => [k, `${k}#${reads}`]));
      });
    const first = await read();
    expect(asked).toEqual([[a.khoi.id, b.khoi.id].sort()]);
    expect(await read()).toEqual(first);
    expect(asked).toHaveLength(1);
    await makeEntry(memberRow(b.members.a1), "IDEA");
    const afterB = await read();
    expect(asked[1]).toEqual([b.khoi.id]);
    expect([afterB.get(a.khoi.id), afterB.get(b.khoi.id)]).toEqual([`${a.khoi.id}#1`, `${b.khoi.id}#2`]);
    // Counted anew inside freshReads, Khối by Khối all the same.
    await freshReads(read);
    expect(asked[2]).toEqual([a.khoi.id, b.khoi.id].sort());
  });

  it("a page view (GET) reads the versions once for all its kept reads; a server action (POST) again after its write", async () => {
    let reads = 0;
    const read = () => cachedRead("test.request", staffA, [], async () => ++reads);
    // Re-entering the same box is the same request going on.
    const inRequest = (box: RequestBox) =>
      requestStorage().run(box, async () => {
        setRequestTenant(tenantOf(staffA));
        return read();
      });
    const pageView = newRequestBox("127.0.0.1", undefined, "/bang-dieu-khien", "GET");
    expect(await inRequest(pageView)).toBe(1);
    await makeEntry(memberRow(a.members.a1), "IDEA");
    expect(await inRequest(pageView)).toBe(1);
    expect(await inRequest(newRequestBox("127.0.0.1", undefined, "/bang-dieu-khien", "GET"))).toBe(2);

    const action = newRequestBox("127.0.0.1", undefined, "/bang-dieu-khien", "POST");
    expect(await inRequest(action)).toBe(2);
    await makeEntry(memberRow(a.members.a1), "IDEA");
    expect(await inRequest(action)).toBe(3);
  });

  it("hands each caller a frozen copy: changing it throws, and the next one gets what was read", async () => {
    const original = { list: [1, 2, 3] };
    const first = await cachedRead("test.copy", staffA, [], async () => original);
    expect(() => first.list.push(4)).toThrow(TypeError);
    original.list.push(5);
    const again = await cachedRead("test.copy", staffA, [], async () => ({ list: [9] }));
    expect(again).toEqual({ list: [1, 2, 3] });
    expect(() => again.list.pop()).toThrow(TypeError);
    // One Khối's answer, kept per Khối, is frozen too.
    const perKhoi = await cachedPerKhoi(
      "test.copyPerKhoi",
      staffA,
      [],
      [a.khoi.id],
      async (ids) => new Map(ids.map((id) => [id, { n: [1] }])),
    );
    expect(() => perKhoi.get(a.khoi.id)!.n.push(2)).toThrow(TypeError);
  });

  it("keeps answers up to a size: one larger than the whole bound is read again each time", async () => {
    let reads = 0;
    const small = () => cachedRead("test.small", staffA, [], async () => ++reads);
    expect([await small(), await small()]).toEqual([1, 1]);
    const huge = () => cachedRead("test.huge", staffA, [], async () => ({ n: ++reads, text: "x".repeat(31_000_000) }));
    const first = (await huge()).n;
    expect((await huge()).n).toBe(first + 1);
  });

  it("the member list, kept, counts and shows a member added or leaving at the next read", async () => {
    const query = memberListQuery.parse({ q: "Kept Listed" });
    expect((await listMembers(staffA, query)).total).toBe(0);
    const added = await makeMember(db(), a.chiDoanA1, { fullName: "Kept Listed" });
    expect((await listMembers(staffA, query)).rows.map((r) => r.id)).toEqual([added.id]);
    await db().member.update({ where: { id: added.id }, data: { active: false } });
    expect((await listMembers(staffA, query)).total).toBe(0);
  });

  it("the Khối's tree, kept, shows a new member, a renamed chi đoàn and one that moved at the next read", async () => {
    const chiDoanOf = async (coSoId: string) =>
      (await getUnitTrees(staffA))[0].coSo.find((c) => c.id === coSoId)!.chiDoan.map((d) => [d.name, d.memberCount]);
    const before = await chiDoanOf(a.coSoA.id);
    expect(await getUnitTrees(staffA)).toEqual(await getUnitTrees(staffA));
    await makeMember(db(), a.chiDoanA1, { fullName: "Lê Thị Mới" });
    await db().unit.update({ where: { id: a.chiDoanA2.id }, data: { name: "Chi đoàn Đổi tên" } });
    const after = await chiDoanOf(a.coSoA.id);
    expect(after).toContainEqual(["Chi đoàn Đổi tên", expect.any(Number)]);
    const count = (rows: (string | number)[][], name: string) => rows.find((r) => r[0] === name)![1];
    expect(count(after, a.chiDoanA1.name)).toBe((count(before, a.chiDoanA1.name) as number) + 1);
    await db().unit.update({ where: { id: a.chiDoanA2.id }, data: { parentId: a.coSoB.id } });
    expect((await chiDoanOf(a.coSoB.id)).map((r) => r[0])).toContain("Chi đoàn Đổi tên");
    expect((await chiDoanOf(a.coSoA.id)).map((r) => r[0])).not.toContain("Chi đoàn Đổi tên");
    await db().unit.update({ where: { id: a.chiDoanA2.id }, data: { parentId: a.coSoA.id, name: a.chiDoanA2.name } });
  });

  it("a secretary's dashboard is never older than their own confirmation or return", async () => {
    const [x, y] = [await makeEntry(memberRow(a.members.a1), "IDEA"), await makeEntry(memberRow(a.members.a2), "TRAINING")];
    const waiting = async () => (await coSoDashboard(coSoA)).pending.entries;
    const before = await waiting();
    expect(await waiting()).toBe(before);
    await confirmEntries(coSoA, entryConfirmInput.parse({ entries: [{ id: x.id, version: x.version }] }));
    expect(await waiting()).toBe(before - 1);
    await returnEntry(coSoA, entryReturnInput.parse({ id: y.id, version: y.version, reason: "Bổ sung minh chứng" }));
    expect(await waiting()).toBe(before - 2);
  });

  it("the Khối's trend counts a confirmation at once", async () => {
    const entry = await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { occurredDaysAgo: 0 });
    const confirmed = async () => (await khoiDashboard(staffA)).trend.reduce((n, m) => n + m.ideas, 0);
    const before = await confirmed();
    await confirmEntries(coSoA, entryConfirmInput.parse({ entries: [{ id: entry.id, version: entry.version }] }));
    expect(await confirmed()).toBe(before + 1);
  });
});

function entryData(t: Tenant, title: string) {
  const m = t.members.a2;
  return {
    khoiId: m.khoiId,
    coSoId: m.coSoId,
    chiDoanId: m.chiDoanId,
    memberId: m.id,
    kind: "VOLUNTEER" as const,
    hours: 4,
    title,
    searchText: title.toLowerCase(),
    occurredOn: new Date(),
  };
}
