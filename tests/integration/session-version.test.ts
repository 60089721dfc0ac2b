import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changePasswordAction, resetAccountPasswordAction } from "@/lib/actions/accounts";
import { listMembers } from "@/lib/data/members";
import { loadViewer } from "@/lib/data/viewer";
import { createMemberAction } from "@/lib/actions/members";
import { makeTenant, makeUser, TEST_PASSWORD, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
});

async function versionOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
}

describe("sessions after a password change", () => {
  it("a token issued before the user changed their password no longer works", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoA });
    const before = await versionOf(user.id);
    actingAs(user.id, before);
    const changed = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: "mot cau rat dai de nho 2026",
      confirmPassword: "mot cau rat dai de nho 2026",
    });
    expect(changed.ok).toBe(true);
    expect(await versionOf(user.id)).toBe(before + 1);

    // A stolen copy of the old session is refused at the next request.
    actingAs(user.id, before);
    const result = await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Phiên Cũ", chiDoanId: a.chiDoanA1.id });
    expect(result).toMatchObject({ ok: false });
    expect(await db().member.count({ where: { fullName: "Phiên Cũ" } })).toBe(0);
    expect(await loadViewer(user.id, before)).toBeNull();
    expect(await loadViewer(user.id, before + 1)).not.toBeNull();
  });

  it("an admin's password reset ends the user's existing sessions", async () => {
    const user = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA2 });
    const before = await versionOf(user.id);
    actingAs(a.users.admin.id);
    expect((await resetAccountPasswordAction({ userId: user.id })).ok).toBe(true);
    expect(await loadViewer(user.id, before)).toBeNull();
  });

  it("a session without a version (issued before versions existed) is treated as stale", async () => {
    const viewer = await loadViewer(a.users.staff.id, -1);
    expect(viewer).toBeNull();
    const current = await loadViewer(a.users.staff.id, await versionOf(a.users.staff.id));
    expect((await listMembers(current!, { q: "", page: 1 })).total).toBeGreaterThan(0);
  });
});
