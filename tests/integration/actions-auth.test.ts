// Every server action, called the way a forged POST would call it (SECURITY.md #1, #3, #4, #8):
// signed out, with a role that does not reach the record, and as the other Khối's admin. A
// refusal must leave every row as it was. The last block checks the same calls succeed for the
// right person, so that the refusals above are refusals and not broken probes.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES } from "@/lib/actions/run";
import { createMemberAction } from "@/lib/actions/members";
import { changePasswordAction, setAccountActiveAction } from "@/lib/actions/accounts";
import { renameUnitAction } from "@/lib/actions/units";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { makeProbeFixture, messagesOf, probes, snapshot, type Probe, type ProbeFixture } from "../helpers/action-probes";

let a: Tenant;
let b: Tenant;
let f: ProbeFixture;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  f = await makeProbeFixture(a);
});

// Probes are built lazily: the fixture exists only once beforeAll has run.
const PROBE_NAMES = [
  "createMemberAction",
  "updateMemberAction",
  "deactivateMemberAction",
  "createUnitAction",
  "renameUnitAction",
  "moveUnitAction",
  "setUnitClusterAction",
  "deactivateUnitAction",
  "createAccountAction",
  "grantRoleAction",
  "revokeRoleAction",
  "setAccountActiveAction",
  "resetAccountPasswordAction",
  "changePasswordAction",
];
const probe = (name: string): Probe => probes(f).find((p) => p.name === name)!;
const TARGETED = PROBE_NAMES.filter((n) => n !== "changePasswordAction");

async function expectRefusedAndUnchanged(userId: string | null, name: string) {
  actingAs(userId);
  const p = probe(name);
  const input = await p.input();
  const before = await snapshot();
  const result = await p.action(input);
  expect(result.ok).toBe(false);
  expect(await snapshot()).toEqual(before);
  return result;
}

describe("the probe list", () => {
  it("covers every server action exported from lib/actions (the member import has its own tests)", async () => {
    const dir = path.resolve(__dirname, "../../lib/actions");
    const files = fs.readdirSync(dir).filter((n) => n.endsWith(".ts") && n !== "run.ts" && !/member-(import|sheet)/.test(n));
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      exported.push(...Object.keys(mod).filter((k) => typeof mod[k] === "function" && !/import/i.test(k)));
    }
    expect(exported.sort()).toEqual([...PROBE_NAMES].sort());
    expect(probes(f).map((p) => p.name).sort()).toEqual([...PROBE_NAMES].sort());
  });
});

describe("with no session", () => {
  it.each(PROBE_NAMES)("%s is refused with the signed-out message and changes nothing", async (name) => {
    const result = await expectRefusedAndUnchanged(null, name);
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
  });

  it.each(TARGETED)("%s is refused for a session whose user no longer exists", async (name) => {
    const result = await expectRefusedAndUnchanged(crypto.randomUUID(), name);
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
  });
});

describe("with a role that does not reach tenant A's cơ sở A", () => {
  const people: [string, () => string, (name: string) => boolean][] = [
    ["a member", () => a.users.member.id, () => true],
    ["the city viewer", () => a.users.city.id, () => true],
    ["the secretary of cơ sở B", () => f.coSoBSecretary.id, () => true],
    ["the secretary of chi đoàn A1", () => a.users.chiDoan.id, () => true],
    ["the Khối staff", () => a.users.staff.id, (n) => !/Member/.test(n)],
    ["the secretary of cơ sở A", () => a.users.coSo.id, (n) => /Account|Role/.test(n)],
  ];
  const cases = people.flatMap(([who, id, applies]) => TARGETED.filter(applies).map((name) => ({ who, id, name })));

  it.each(cases)("$name by $who is refused and changes nothing", async ({ id, name }) => {
    await expectRefusedAndUnchanged(id(), name);
  });
});

describe("with the other Khối's admin on tenant A's ids", () => {
  it.each(TARGETED)("%s says “not found” (never “forbidden”) and changes nothing", async (name) => {
    const result = await expectRefusedAndUnchanged(b.users.admin.id, name);
    const messages = messagesOf(result);
    expect(messages.some((m) => m.startsWith("Không tìm thấy"))).toBe(true);
    expect(messages.join(" ")).not.toMatch(/quyền|forbidden|không được phép/i);
  });
});

describe("after a role is removed or an account disabled (the next call is refused)", () => {
  it("refuses a Khối admin whose admin role was just deleted", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    actingAs(admin.id);
    const v0 = (await db().unit.findUniqueOrThrow({ where: { id: b.chiDoanB1.id } })).version;
    expect(await renameUnitAction({ id: b.chiDoanB1.id, name: "Lần một", version: v0 })).toMatchObject({ ok: true });

    await db().membership.deleteMany({ where: { userId: admin.id } });
    const result = await renameUnitAction({ id: b.chiDoanB1.id, name: "Lần hai", version: v0 + 1 });
    expect(result.ok).toBe(false);
    expect((await db().unit.findUniqueOrThrow({ where: { id: b.chiDoanB1.id } })).name).toBe("Lần một");
  });

  it("refuses a Khối admin whose account was just disabled", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    const other = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    actingAs(admin.id);
    expect(await createMemberAction({ fullName: "Trước Khi Khoá", chiDoanId: b.chiDoanB1.id })).toMatchObject({ ok: true });

    actingAs(other.id);
    expect(await setAccountActiveAction({ userId: admin.id, active: false })).toMatchObject({ ok: true });
    actingAs(admin.id);
    const result = await createMemberAction({ fullName: "Sau Khi Khoá", chiDoanId: b.chiDoanB1.id });
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
    expect(await db().member.count({ where: { fullName: "Sau Khi Khoá" } })).toBe(0);
  });

  it("refuses everything but the password change while a password change is required", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi, mustChangePassword: true });
    actingAs(admin.id);
    expect(await createMemberAction({ fullName: "Chưa Đổi Mật Khẩu", chiDoanId: b.chiDoanB1.id })).toEqual({
      ok: false,
      formError: MESSAGES.mustChangePassword,
    });
    expect(await db().member.count({ where: { fullName: "Chưa Đổi Mật Khẩu" } })).toBe(0);
    const fresh = "Mat-khau-rieng-cua-toi-2026";
    const changed = await changePasswordAction({ currentPassword: "Mat-khau-thu-nghiem-2026", newPassword: fresh, confirmPassword: fresh });
    expect(changed).toMatchObject({ ok: true });
    expect(await createMemberAction({ fullName: "Đã Đổi Mật Khẩu", chiDoanId: b.chiDoanB1.id })).toMatchObject({ ok: true });
  });
});

describe("the same calls by tenant A's own admin", () => {
  it.each(PROBE_NAMES)("%s succeeds and changes something (so the probes above are real)", async (name) => {
    actingAs(a.users.admin.id);
    const p = probe(name);
    const input = await p.input();
    const before = await snapshot();
    const result = await p.action(input);
    expect(messagesOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(await snapshot()).not.toEqual(before);
  });
});
