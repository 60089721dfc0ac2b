// Server-side sessions (hardening finding 3): sign-out ends the session on the server, and a
// session has an idle and an absolute lifetime, whatever refreshes its cookie.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadViewer } from "@/lib/data/viewer";
import { endSession, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, startSession } from "@/lib/auth/sessions";
import { createMemberAction } from "@/lib/actions/members";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
});

const versionOf = async (userId: string) => (await db().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);

describe("server-side sessions", () => {
  it("a cookie saved before sign-out opens nothing after it", async () => {
    const user = a.users.coSo;
    const sessionId = await startSession(user.id, { address: "10.1.1.1" });
    const version = await versionOf(user.id);
    expect(await loadViewer(user.id, version, sessionId)).not.toBeNull();
    actingAs(user.id, version, sessionId);
    expect(
      (await createMemberAction({ fullName: "Trước Đăng Xuất", chiDoanId: a.chiDoanA1.id, requestKey: crypto.randomUUID() })).ok,
    ).toBe(true);

    await endSession(sessionId);
    expect(await loadViewer(user.id, version, sessionId)).toBeNull();
    const replayed = await createMemberAction({
      fullName: "Sau Đăng Xuất",
      chiDoanId: a.chiDoanA1.id,
      requestKey: crypto.randomUUID(),
    });
    expect(replayed).toMatchObject({ ok: false });
    expect(await db().member.count({ where: { fullName: "Sau Đăng Xuất" } })).toBe(0);
    // Another session of the same account is untouched.
    expect(await loadViewer(user.id, version, await startSession(user.id, { address: "10.1.1.2" }))).not.toBeNull();
  });

  it("ends after its absolute lifetime even while in use, and after being idle too long", async () => {
    const user = a.users.staff;
    const version = await versionOf(user.id);
    const old = await startSession(user.id, { address: "10.1.1.3" });
    await db().session.update({
      where: { id: old },
      data: { createdAt: ago(SESSION_ABSOLUTE_SECONDS + 60), lastSeenAt: new Date(), expiresAt: ago(60) },
    });
    expect(await loadViewer(user.id, version, old)).toBeNull();

    const idle = await startSession(user.id, { address: "10.1.1.4" });
    await db().session.update({ where: { id: idle }, data: { lastSeenAt: ago(SESSION_IDLE_SECONDS + 60) } });
    expect(await loadViewer(user.id, version, idle)).toBeNull();
  });

  it("keeps a session in use alive, refreshing its idle clock every few minutes", async () => {
    const user = a.users.admin;
    const version = await versionOf(user.id);
    const id = await startSession(user.id, { address: "10.1.1.5" });
    await db().session.update({ where: { id }, data: { lastSeenAt: ago(SESSION_IDLE_SECONDS - 60) } });
    expect(await loadViewer(user.id, version, id)).not.toBeNull();
    const seen = (await db().session.findUniqueOrThrow({ where: { id } })).lastSeenAt;
    expect(Date.now() - seen.getTime()).toBeLessThan(60_000);
  });

  it("refuses a token naming no session, or another account's session", async () => {
    const version = await versionOf(a.users.member.id);
    expect(await loadViewer(a.users.member.id, version, null)).toBeNull();
    const others = await startSession(a.users.coSo.id, { address: "10.1.1.6" });
    expect(await loadViewer(a.users.member.id, version, others)).toBeNull();
  });
});
