// Account management by a Khối admin: one-time passwords, roles that fit the unit, no reach into
// another Khối, no locking oneself out.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  createAccountAction,
  grantRoleAction,
  resetAccountPasswordAction,
  revokeRoleAction,
  setAccountActiveAction,
} from "@/lib/actions/accounts";
import { createMemberAction } from "@/lib/actions/members";
import { passwordLogin } from "@/lib/auth/password-login";
import { EMAIL_UNAVAILABLE } from "@/lib/data/accounts";
import { makeMember, makeTenant, makeUser, unique, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { messagesOf } from "../helpers/action-probes";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});

const newEmail = () => `${unique("tk")}@test.vn`;
type Created = { id: string; temporaryPassword: string };
const roleRows = (userId: string) =>
  db().membership.findMany({ where: { userId }, select: { role: true, unitId: true, khoiId: true } });

describe("creating an account", () => {
  it("returns a one-time password that signs in, and the user must change it and holds the role", async () => {
    actingAs(a.users.admin.id);
    const email = newEmail();
    const result = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email,
      name: "Bí Thư Mới",
      role: "CO_SO_SECRETARY",
      unitId: a.coSoB.id,
    });
    expect(result.ok).toBe(true);
    const { id, temporaryPassword } = (result as { data: Created }).data;
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    const user = await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email, mustChangePassword: true, active: true, khoiId: a.khoi.id });
    expect(user.passwordHash).not.toContain(temporaryPassword);
    expect(await roleRows(id)).toEqual([{ role: "CO_SO_SECRETARY", unitId: a.coSoB.id, khoiId: a.khoi.id }]);
    expect(await passwordLogin({ email, password: temporaryPassword }, { address: "10.9.0.1" })).toMatchObject({
      ok: true,
      userId: id,
      sessionVersion: 0,
    });
    actingAs(id);
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Chưa Được Đâu", chiDoanId: a.chiDoanB1.id }),
    ).toMatchObject({ ok: false });
  });

  it("gives two accounts two different temporary passwords", async () => {
    actingAs(a.users.admin.id);
    const make = () =>
      createAccountAction({
        requestKey: crypto.randomUUID(),
        email: newEmail(),
        name: "Cán Bộ",
        role: "KHOI_STAFF",
        unitId: a.khoi.id,
      });
    const [r1, r2] = [await make(), await make()];
    expect((r1 as { data: Created }).data.temporaryPassword).not.toBe((r2 as { data: Created }).data.temporaryPassword);
  });

  it("links a member account to the member profile with the same email in that chi đoàn", async () => {
    actingAs(a.users.admin.id);
    const email = newEmail();
    const member = await makeMember(db(), a.chiDoanA2, { email });
    const result = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email,
      name: "Đoàn Viên",
      role: "MEMBER",
      unitId: a.chiDoanA2.id,
    });
    const { id } = (result as { data: Created }).data;
    expect((await db().member.findUniqueOrThrow({ where: { id: member.id } })).userId).toBe(id);
  });

  it("refuses an email that already has an account, with a field error and no second row", async () => {
    actingAs(a.users.admin.id);
    const result = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email: a.users.coSo.email.toUpperCase(),
      name: "Trùng",
      role: "KHOI_STAFF",
      unitId: a.khoi.id,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("đã có tài khoản") } });
    expect(await db().user.count({ where: { email: a.users.coSo.email } })).toBe(1);
  });

  it("tells another Khối's admin only that the address cannot be used, never that it has an account elsewhere (finding 11)", async () => {
    actingAs(b.users.admin.id);
    // Tenant A's account, and a city-level account (no Khối): the same neutral answer for both.
    for (const taken of [a.users.staff.email, a.users.city.email]) {
      const result = await createAccountAction({
        requestKey: crypto.randomUUID(),
        email: taken,
        name: "Trùng Khối Khác",
        role: "KHOI_STAFF",
        unitId: b.khoi.id,
      });
      expect(result).toMatchObject({ ok: false, fieldErrors: { email: EMAIL_UNAVAILABLE } });
      expect(JSON.stringify(result)).not.toMatch(/đã có tài khoản|Khối|Thành Đoàn/);
      expect(await db().user.count({ where: { email: taken } })).toBe(1);
    }
    // The probing is on B's audit trail, without the address typed.
    const refused = await db().auditLog.findMany({ where: { actorId: b.users.admin.id, action: "action.refused" } });
    expect(refused.filter((r) => (r.after as { code?: string }).code === "EMAIL_UNAVAILABLE")).toHaveLength(2);
    expect(JSON.stringify(refused)).not.toContain(a.users.staff.email);
    // Inside B, an address of B's own says so.
    const own = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email: b.users.coSo.email,
      name: "Trùng",
      role: "KHOI_STAFF",
      unitId: b.khoi.id,
    });
    expect(own).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("đã có tài khoản trong Đoàn Khối") } });
  });

  it("refuses a role that does not fit the unit's level", async () => {
    actingAs(a.users.admin.id);
    for (const [role, unitId] of [
      ["KHOI_ADMIN", a.coSoA.id],
      ["CHI_DOAN_SECRETARY", a.coSoA.id],
      ["CO_SO_SECRETARY", a.chiDoanA1.id],
      ["CITY_VIEWER", a.khoi.id],
    ] as const) {
      const email = newEmail();
      expect(await createAccountAction({ requestKey: crypto.randomUUID(), email, name: "Sai Cấp", role, unitId })).toMatchObject({
        ok: false,
        fieldErrors: { role: expect.any(String) },
      });
      expect(await db().user.count({ where: { email } })).toBe(0);
    }
  });

  it("cannot create an account on the other Khối's unit (not found)", async () => {
    actingAs(b.users.admin.id);
    const email = newEmail();
    const result = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email,
      name: "Xâm Nhập",
      role: "KHOI_ADMIN",
      unitId: a.khoi.id,
    });
    expect(messagesOf(result)).toContain("Không tìm thấy đơn vị");
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});

describe("granting and revoking roles", () => {
  it("grants a fitting role on a unit of the admin's own Khối", async () => {
    actingAs(a.users.admin.id);
    const user = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA1 });
    expect(await grantRoleAction({ userId: user.id, role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanB1.id })).toMatchObject({
      ok: true,
    });
    expect(await roleRows(user.id)).toContainEqual({ role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanB1.id, khoiId: a.khoi.id });
  });

  it("cannot grant a role on the other Khối's unit, even to its own user (not found)", async () => {
    actingAs(a.users.admin.id);
    const mine = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA1 });
    const result = await grantRoleAction({ userId: mine.id, role: "KHOI_ADMIN", unitId: b.khoi.id });
    expect(messagesOf(result).some((m) => m.startsWith("Không tìm thấy"))).toBe(true);
    actingAs(b.users.admin.id);
    const theirs = await grantRoleAction({ userId: b.users.staff.id, role: "KHOI_ADMIN", unitId: a.khoi.id });
    expect(messagesOf(theirs).some((m) => m.startsWith("Không tìm thấy"))).toBe(true);
    expect(await db().membership.count({ where: { unitId: a.khoi.id, userId: b.users.staff.id } })).toBe(0);
    expect(await db().membership.count({ where: { unitId: b.khoi.id, userId: mine.id } })).toBe(0);
  });

  it("cannot grant tenant B's user a role on tenant A's unit", async () => {
    actingAs(a.users.admin.id);
    const result = await grantRoleAction({ userId: b.users.staff.id, role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanA1.id });
    expect(messagesOf(result).some((m) => m.startsWith("Không tìm thấy"))).toBe(true);
    expect(await db().membership.count({ where: { userId: b.users.staff.id, unitId: a.chiDoanA1.id } })).toBe(0);
  });

  it("refuses a role that does not fit the unit kind", async () => {
    actingAs(a.users.admin.id);
    const user = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    for (const [role, unitId] of [
      ["KHOI_ADMIN", a.chiDoanA1.id],
      ["CO_SO_SECRETARY", a.khoi.id],
      ["MEMBER", a.khoi.id],
      ["CHI_DOAN_SECRETARY", a.coSoA.id],
    ] as const) {
      expect(await grantRoleAction({ userId: user.id, role, unitId })).toMatchObject({
        ok: false,
        fieldErrors: { role: expect.any(String) },
      });
    }
    expect(await roleRows(user.id)).toEqual([{ role: "KHOI_STAFF", unitId: a.khoi.id, khoiId: a.khoi.id }]);
  });

  it("does not let an admin revoke their own Khối admin role", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: a.khoi });
    const own = await db().membership.findFirstOrThrow({ where: { userId: admin.id } });
    actingAs(admin.id);
    expect(await revokeRoleAction({ membershipId: own.id })).toMatchObject({ ok: false });
    expect(await db().membership.count({ where: { id: own.id } })).toBe(1);
  });

  it("lets an admin revoke another admin's role, and not a role in the other Khối", async () => {
    const other = await makeUser(db(), { role: "KHOI_ADMIN", unit: a.khoi });
    const theirs = await db().membership.findFirstOrThrow({ where: { userId: other.id } });
    actingAs(b.users.admin.id);
    expect(messagesOf(await revokeRoleAction({ membershipId: theirs.id }))).toContain("Không tìm thấy vai trò");
    expect(await db().membership.count({ where: { id: theirs.id } })).toBe(1);
    actingAs(a.users.admin.id);
    expect(await revokeRoleAction({ membershipId: theirs.id })).toMatchObject({ ok: true });
    expect(await db().membership.count({ where: { id: theirs.id } })).toBe(0);
  });
});

describe("disabling accounts and resetting passwords", () => {
  it("does not let an admin disable their own account", async () => {
    actingAs(a.users.admin.id);
    expect(await setAccountActiveAction({ userId: a.users.admin.id, active: false })).toMatchObject({ ok: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: a.users.admin.id } })).active).toBe(true);
  });

  it("resets a password to a new one-time password that must be changed", async () => {
    actingAs(a.users.admin.id);
    const user = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA2 });
    const result = await resetAccountPasswordAction({ userId: user.id });
    const { temporaryPassword } = (result as { data: { temporaryPassword: string } }).data;
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
    expect(await passwordLogin({ email: user.email, password: temporaryPassword }, { address: "10.9.0.2" })).toMatchObject({
      ok: true,
    });
  });

  it("cannot reset the password of the other Khối's admin (not found)", async () => {
    actingAs(b.users.admin.id);
    const before = await db().user.findUniqueOrThrow({ where: { id: a.users.admin.id }, omit: { passwordHash: false } });
    expect(messagesOf(await resetAccountPasswordAction({ userId: a.users.admin.id }))).toContain("Không tìm thấy tài khoản");
    expect(await db().user.findUniqueOrThrow({ where: { id: a.users.admin.id }, omit: { passwordHash: false } })).toEqual(before);
  });
});
