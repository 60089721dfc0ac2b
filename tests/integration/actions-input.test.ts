// Writes take allow-listed fields only (SECURITY.md #6) and reads return DTOs (#7): a forged POST
// that adds `khoiId`, `coSoId`, `active`, `version`, `userId` or `role` changes none of them, and
// no read hands out a password hash or an internal column.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMemberAction, deactivateMemberAction, updateMemberAction } from "@/lib/actions/members";
import { createUnitAction, renameUnitAction } from "@/lib/actions/units";
import { changePasswordAction, createAccountAction, setAccountActiveAction } from "@/lib/actions/accounts";
import { exportMembers, getMember, getOwnProfile, listMembers } from "@/lib/data/members";
import { listAccounts } from "@/lib/data/accounts";
import { getUnitTrees } from "@/lib/data/units";
import { makeMember, makeTenant, unique, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});

/** What a forged form adds: another tenant's ids, and columns the server alone decides. */
const forged = () => ({
  khoiId: b.khoi.id,
  coSoId: b.coSoA.id,
  active: false,
  version: 41,
  userId: b.users.admin.id,
  role: "KHOI_ADMIN",
  kind: "KHOI",
  searchName: "gia mao",
  passwordHash: "$argon2id$forged",
  mustChangePassword: false,
  parentId: b.khoi.id,
  id: crypto.randomUUID(),
});

const okId = (result: { ok: boolean; data?: unknown }) => {
  expect(result).toMatchObject({ ok: true });
  return (result.data as { id: string }).id;
};

describe("extra fields in a posted form are ignored", () => {
  it("creating a member keeps the tenant, cơ sở, status, version and account the server decides", async () => {
    actingAs(a.users.admin.id);
    const { version: _v, id: _id, ...extra } = forged();
    const id = okId(
      await createMemberAction({
        requestKey: crypto.randomUUID(),
        ...extra,
        fullName: "Nguyễn Thị Giả Mạo",
        chiDoanId: a.chiDoanA2.id,
      }),
    );
    const row = await db().member.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      chiDoanId: a.chiDoanA2.id,
      active: true,
      version: 0,
      userId: null,
    });
    expect(row.searchName).toBe("nguyen thi gia mao");
  });

  it("editing a member bumps the version by one and leaves tenant, cơ sở, status and account alone", async () => {
    actingAs(a.users.admin.id);
    const m = await makeMember(db(), a.chiDoanA1);
    const { version: _v, id: _id, ...extra } = forged();
    const result = await updateMemberAction({ ...extra, id: m.id, version: 0, fullName: "Tên Mới", chiDoanId: a.chiDoanA1.id });
    expect(result).toMatchObject({ ok: true });
    const row = await db().member.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({
      fullName: "Tên Mới",
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      active: true,
      version: 1,
      userId: null,
    });
  });

  it("archiving a member changes only its status and version", async () => {
    actingAs(a.users.admin.id);
    const m = await makeMember(db(), a.chiDoanA1, { fullName: "Người Ở Lại" });
    const { version: _v, id: _id, ...extra } = forged();
    expect(await deactivateMemberAction({ ...extra, id: m.id, version: 0, fullName: "Đổi Tên Lén" })).toMatchObject({ ok: true });
    const row = await db().member.findUniqueOrThrow({ where: { id: m.id } });
    expect(row).toMatchObject({ fullName: "Người Ở Lại", khoiId: a.khoi.id, active: false, version: 1 });
  });

  it("creating a unit takes its kind, tenant and cơ sở from the parent, not from the form", async () => {
    actingAs(a.users.admin.id);
    const { id: _id, ...extra } = forged();
    const id = okId(
      await createUnitAction({ requestKey: crypto.randomUUID(), ...extra, parentId: a.coSoA.id, name: "Chi đoàn Lạ" }),
    );
    const row = await db().unit.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      kind: "CHI_DOAN",
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      parentId: a.coSoA.id,
      active: true,
      version: 0,
    });
  });

  it("renaming a unit changes only its name and version", async () => {
    actingAs(a.users.admin.id);
    const { version: _v, id: _id, ...extra } = forged();
    expect(await renameUnitAction({ ...extra, id: a.chiDoanA2.id, version: 0, name: "Chi đoàn A2 mới" })).toMatchObject({
      ok: true,
    });
    const row = await db().unit.findUniqueOrThrow({ where: { id: a.chiDoanA2.id } });
    expect(row).toMatchObject({
      name: "Chi đoàn A2 mới",
      kind: "CHI_DOAN",
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      parentId: a.coSoA.id,
      active: true,
      version: 1,
    });
  });

  it("creating an account ignores a posted tenant, status, password hash and “no password change needed”", async () => {
    actingAs(a.users.admin.id);
    const { role: _r, id: _id, ...extra } = forged();
    const email = `${unique("gia-mao")}@test.vn`;
    const id = okId(
      await createAccountAction({
        requestKey: crypto.randomUUID(),
        ...extra,
        email,
        name: "Giả Mạo",
        role: "CHI_DOAN_SECRETARY",
        unitId: a.chiDoanA2.id,
      }),
    );
    const user = await db().user.findUniqueOrThrow({
      where: { id },
      omit: { passwordHash: false },
      include: { memberships: true },
    });
    expect(user).toMatchObject({ email, khoiId: a.khoi.id, active: true, mustChangePassword: true, version: 0 });
    expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(user.passwordHash).not.toBe("$argon2id$forged");
    expect(user.memberships.map((m) => [m.role, m.unitId])).toEqual([["CHI_DOAN_SECRETARY", a.chiDoanA2.id]]);
  });

  it("disabling an account does not let a posted role or tenant through", async () => {
    actingAs(a.users.admin.id);
    const before = await db().membership.findMany({ where: { userId: a.users.staff.id }, orderBy: { id: "asc" } });
    const { id: _id, userId: _u, active: _a, ...extra } = forged();
    expect(await setAccountActiveAction({ ...extra, userId: a.users.staff.id, active: false })).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { id: a.users.staff.id } });
    expect(user).toMatchObject({ active: false, khoiId: a.khoi.id });
    expect(await db().membership.findMany({ where: { userId: a.users.staff.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("changing a password changes the caller's own, whatever userId the form carries", async () => {
    actingAs(a.users.coSo.id);
    const victim = () => db().user.findUniqueOrThrow({ where: { id: b.users.admin.id }, omit: { passwordHash: false } });
    const before = await victim();
    const fresh = "Mot-cau-mat-khau-that-dai-2026";
    const result = await changePasswordAction({
      userId: b.users.admin.id,
      id: b.users.admin.id,
      currentPassword: "Mat-khau-thu-nghiem-2026",
      newPassword: fresh,
      confirmPassword: fresh,
    });
    expect(result).toMatchObject({ ok: true });
    expect(await victim()).toEqual(before);
    const own = await db().user.findUniqueOrThrow({ where: { id: a.users.coSo.id }, omit: { passwordHash: false } });
    expect(own.version).toBe(1);
  });
});

describe("a duplicate email", () => {
  it("on a member of the same Khối is a field error, not an unexpected error, and saves nothing", async () => {
    actingAs(a.users.admin.id);
    const email = `${unique("trung")}@test.vn`;
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Người Thứ Nhất", chiDoanId: a.chiDoanA1.id, email }),
    ).toMatchObject({ ok: true });
    const second = await createMemberAction({
      requestKey: crypto.randomUUID(),
      fullName: "Người Thứ Hai",
      chiDoanId: a.chiDoanA2.id,
      email: email.toUpperCase(),
    });
    expect(second).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("đã được dùng") } });
    const m = await makeMember(db(), a.chiDoanA1);
    const edit = await updateMemberAction({ id: m.id, version: 0, fullName: "Người Thứ Ba", chiDoanId: a.chiDoanA1.id, email });
    expect(edit).toMatchObject({ ok: false, fieldErrors: { email: expect.any(String) } });
    expect(await db().member.count({ where: { email } })).toBe(1);
  });

  it("is allowed in another Khối (the email is unique per tenant)", async () => {
    const email = `${unique("hai-khoi")}@test.vn`;
    actingAs(a.users.admin.id);
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Ở Khối A", chiDoanId: a.chiDoanA1.id, email }),
    ).toMatchObject({ ok: true });
    actingAs(b.users.admin.id);
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Ở Khối B", chiDoanId: b.chiDoanB1.id, email }),
    ).toMatchObject({ ok: true });
  });
});

/** Every key of a value, at any depth. */
function deepKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => deepKeys(v, into));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      deepKeys(v, into);
    }
  }
  return into;
}
const INTERNAL = ["passwordHash", "searchName", "searchText", "requestKey", "khoiId"];

describe("reads return DTOs without internal columns", () => {
  it("listMembers rows carry no password hash, search key, request key or tenant id", async () => {
    const result = await listMembers(await viewerOf(a.users.admin.id), { q: "", page: 1 });
    expect(result.rows.length).toBeGreaterThan(0);
    const keys = deepKeys(result);
    for (const k of INTERNAL) expect(keys.has(k)).toBe(false);
  });

  it("getMember, getOwnProfile and the export rows carry none of them either", async () => {
    const admin = await viewerOf(a.users.admin.id);
    const own = await getOwnProfile(await viewerOf(a.users.member.id));
    expect(own?.id).toBe(a.members.a1.id);
    for (const value of [
      await getMember(admin, a.members.a1.id),
      own,
      (await exportMembers(admin, { q: "", chiDoan: undefined }).next()).value,
    ]) {
      const keys = deepKeys(value);
      expect(keys.has("fullName")).toBe(true);
      for (const k of INTERNAL) expect(keys.has(k)).toBe(false);
    }
  });

  it("listAccounts carries no password hash, request key or tenant id", async () => {
    const { rows: accounts } = await listAccounts(await viewerOf(a.users.admin.id), { q: "", page: 1 });
    expect(accounts.length).toBeGreaterThan(0);
    const keys = deepKeys(accounts);
    expect(keys.has("email")).toBe(true);
    for (const k of INTERNAL) expect(keys.has(k)).toBe(false);
  });

  it("listAccounts shows only accounts of the admin's own Khối", async () => {
    const { rows: accounts } = await listAccounts(await viewerOf(a.users.admin.id), { q: "", page: 1 });
    const ids = new Set(accounts.map((u) => u.id));
    for (const u of Object.values(b.users)) expect(ids.has(u.id)).toBe(false);
    expect(ids.has(a.users.member.id)).toBe(true);
    expect(ids.has(a.users.city.id)).toBe(false);
  });

  it("the unit tree shows the city viewer counts but no person's name", async () => {
    const trees = await getUnitTrees(await viewerOf(a.users.city.id));
    expect(JSON.stringify(trees)).not.toContain(a.members.a1.fullName);
    for (const k of ["passwordHash", "searchName", "requestKey", "fullName", "email"]) expect(deepKeys(trees).has(k)).toBe(false);
  });
});
