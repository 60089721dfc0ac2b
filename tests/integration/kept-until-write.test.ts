// Reads kept until the next write (lib/data/read-cache.ts keptUntilWrite): on the embedded
// database the app's client is the only one and counts every statement that may write, so what
// every page view reads (the viewer, their unread notices, the data versions) costs no query
// until something is written. These tests run with such a client as the app's, on both
// databases: the counting is the client's, whatever database is under it. A write through
// `other`, a client counted nowhere, shows what is kept: it stays unseen until the app's client
// writes.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db, switchDatabase, type Db } from "@/lib/db/client";
import { keptUntilWrite } from "@/lib/data/read-cache";
import { loadViewer } from "@/lib/data/viewer";
import { unreadNotices } from "@/lib/data/notifications";
import { endSession, SESSION_IDLE_SECONDS, startSession } from "@/lib/auth/sessions";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { testDatabase } from "../helpers/database";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let shared: Db;
let sole: Db;
let other: Db;

beforeAll(async () => {
  shared = db();
  sole = testDatabase().newClient({ outsideContext: "system", writeCount: { writes: 0 } });
  other = testDatabase().newClient({ outsideContext: "system", writeCount: undefined });
  switchDatabase(sole);
  a = await makeTenant(db());
});

afterAll(async () => {
  switchDatabase(shared);
  await sole.$disconnect();
  await other.$disconnect();
});

afterEach(() => {
  vi.useRealTimers();
});

/** Any write the app's client counts. */
const someWrite = (action = "test.write") =>
  db().auditLog.create({ data: { khoiId: a.khoi.id, actorId: a.users.staff.id, action, targetType: "Test" } });

describe("the app's client counts what may write", () => {
  it("reads leave the count, every kind of write raises it, a failed write too", async () => {
    const count = () => sole.$writesSoFar()!;
    const start = count();
    await sole.user.findMany({ take: 1 });
    await sole.user.findUnique({ where: { id: a.users.staff.id } });
    await sole.member.count();
    await sole.notification.groupBy({ by: ["link"], _count: { _all: true } });
    await sole.member.aggregate({ _count: { _all: true } });
    expect(count()).toBe(start);

    const notice = await sole.notification.create({
      data: { khoiId: a.khoi.id, userId: a.users.staff.id, title: "Đếm lần ghi", link: "/thong-bao" },
    });
    expect(count()).toBe(start + 1);
    await sole.notification.updateMany({ where: { id: notice.id }, data: { readAt: new Date() } });
    expect(count()).toBe(start + 2);
    await sole.$executeRaw`UPDATE "Notification" SET "readAt" = NULL WHERE id = ${notice.id}`;
    expect(count()).toBe(start + 3);
    // Raw SQL may call a function that writes: counted whatever it says.
    await sole.$queryRaw`SELECT 1`;
    expect(count()).toBe(start + 4);
    await sole.$transaction(async (tx) => tx.notification.delete({ where: { id: notice.id } }));
    expect(count()).toBe(start + 5);
    await expect(sole.notification.delete({ where: { id: notice.id } })).rejects.toThrow();
    expect(count()).toBe(start + 6);
  });

  it("a client that is not its database's only one says so, and keeps nothing", async () => {
    expect(other.$writesSoFar()).toBeNull();
    switchDatabase(other);
    try {
      let reads = 0;
      const read = () => keptUntilWrite("test.shared", async () => ++reads);
      expect([await read(), await read()]).toEqual([1, 2]);
    } finally {
      switchDatabase(sole);
    }
  });
});

describe("keptUntilWrite", () => {
  it("serves the answer until any write, then reads again", async () => {
    let reads = 0;
    const read = () => keptUntilWrite("test.count", async () => ({ reads: ++reads }));
    expect(await read()).toEqual({ reads: 1 });
    expect(await read()).toEqual({ reads: 1 });
    // Each key its own answer.
    expect(await keptUntilWrite("test.other", async () => ({ reads: ++reads }))).toEqual({ reads: 2 });
    // A write anywhere, in any Khối.
    await someWrite();
    expect(await read()).toEqual({ reads: 3 });
    expect(await read()).toEqual({ reads: 3 });
  });

  it("does not keep an answer when a write ended while it was read", async () => {
    let reads = 0;
    const read = () =>
      keptUntilWrite("test.during", async () => {
        reads++;
        if (reads === 1) await someWrite("test.during");
        return reads;
      });
    expect(await read()).toBe(1);
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  it("hands callers a frozen copy: changing it throws, on the read that computed it and on later ones", async () => {
    const original = { list: [1, 2], at: { day: 1 } };
    const read = () => keptUntilWrite("test.copy", async () => original);
    const first = await read();
    expect(() => first.list.push(3)).toThrow(TypeError);
    const second = await read();
    expect(() => {
      second.at.day = 2;
    }).toThrow(TypeError);
    expect(await read()).toEqual({ list: [1, 2], at: { day: 1 } });
    // The original stays the reader's own, unfrozen.
    original.list.push(3);
    expect(await read()).toEqual({ list: [1, 2], at: { day: 1 } });
  });

  it("refuses to keep a Map or a Set, which freezing would not protect", async () => {
    await expect(keptUntilWrite("test.map", async () => ({ byId: new Map([["a", 1]]) }))).rejects.toThrow(/plain data/);
  });
});

describe("the viewer, kept until the next write", () => {
  it("is kept: a change the app's client did not write stays unseen until it writes", async () => {
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const sessionId = await startSession(user.id, { address: "10.2.2.1" });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    await other.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    await someWrite();
    expect(await loadViewer(user.id, 0, sessionId)).toBeNull();
  });

  it("signing out ends it at the next request", async () => {
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const sessionId = await startSession(user.id, { address: "10.2.2.2" });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    await endSession(sessionId);
    expect(await loadViewer(user.id, 0, sessionId)).toBeNull();
  });

  it("a role taken away, an account locked or a password changed takes effect at the next request", async () => {
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const sessionId = await startSession(user.id, { address: "10.2.2.3" });
    expect((await loadViewer(user.id, 0, sessionId))?.grants.map((g) => g.role)).toEqual(["KHOI_STAFF"]);
    await db().membership.deleteMany({ where: { userId: user.id } });
    expect((await loadViewer(user.id, 0, sessionId))?.grants).toEqual([]);
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadViewer(user.id, 0, sessionId)).toBeNull();
    expect(await loadViewer(user.id, 1, sessionId)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadViewer(user.id, 1, sessionId)).toBeNull();
  });

  it("the session's clock is checked at every request, kept or not", async () => {
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const sessionId = await startSession(user.id, { address: "10.2.2.4" });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    // Unseen by the kept row: only the clock can end this session now.
    await other.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() + 3_600_000) } });
    const writes = sole.$writesSoFar();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (SESSION_IDLE_SECONDS + 60) * 1000 });
    expect(await loadViewer(user.id, 0, sessionId)).toBeNull();
    expect(sole.$writesSoFar()).toBe(writes);
  });

  it("a kept session seen again after five minutes is refreshed once, then kept anew", async () => {
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const sessionId = await startSession(user.id, { address: "10.2.2.5" });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    const writes = sole.$writesSoFar()!;
    const later = Date.now() + 6 * 60 * 1000;
    vi.useFakeTimers({ toFake: ["Date"], now: later });
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    expect(sole.$writesSoFar()).toBe(writes + 1);
    expect((await db().session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()).toBe(later);
    expect(await loadViewer(user.id, 0, sessionId)).not.toBeNull();
    expect(sole.$writesSoFar()).toBe(writes + 1);
  });

  it("a new notice shows at the next request", async () => {
    const viewer = await viewerOf(a.users.coSo.id);
    const before = (await unreadNotices(viewer)).total;
    await other.notification.create({ data: { khoiId: a.khoi.id, userId: a.users.coSo.id, title: "Khác", link: "/bao-cao" } });
    expect((await unreadNotices(viewer)).total).toBe(before);
    await db().notification.create({ data: { khoiId: a.khoi.id, userId: a.users.coSo.id, title: "Mới", link: "/ke-hoach" } });
    expect((await unreadNotices(viewer)).total).toBe(before + 2);
  });
});
