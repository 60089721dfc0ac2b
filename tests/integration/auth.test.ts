// Sign-in and passwords (SECURITY.md #10, #11, #12): throttling per address and per account,
// argon2id hashes, the password policy, and no demo accounts in production mode.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { passwordLogin } from "@/lib/auth/password-login";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { LOGIN_LIMITS } from "@/lib/auth/throttle";
import { assertNoDemoAccountsInProduction } from "@/lib/auth/startup";
import { changePasswordAction } from "@/lib/actions/accounts";
import { makeTenant, makeUser, TEST_PASSWORD, unique, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fresh account and a fresh address per test: the limiter's counters live in the database. */
async function freshAccount(opts: { email?: string; mustChangePassword?: boolean } = {}) {
  return makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA1, ...opts });
}
let addresses = 0;
const address = () => `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`;
const storedHash = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;

describe("password sign-in", () => {
  it("lets the right password in, with the email in any case", async () => {
    const user = await freshAccount();
    expect(await passwordLogin({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, address())).toEqual({ ok: true, userId: user.id, sessionVersion: 0 });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a malformed request alike", async () => {
    const user = await freshAccount();
    expect(await passwordLogin({ email: user.email, password: "sai-mat-khau" }, address())).toEqual({ ok: false, error: "INVALID" });
    expect(await passwordLogin({ email: "khong-co@test.vn", password: TEST_PASSWORD }, address())).toEqual({ ok: false, error: "INVALID" });
    expect(await passwordLogin({ email: ["x"], password: { $ne: 1 } }, address())).toEqual({ ok: false, error: "INVALID" });
    expect(await passwordLogin(null, address())).toEqual({ ok: false, error: "INVALID" });
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await freshAccount();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, address())).toMatchObject({ ok: false });
  });

  it("audits successful and failed sign-ins", async () => {
    const user = await freshAccount();
    await passwordLogin({ email: user.email, password: "sai-mat-khau" }, address());
    await passwordLogin({ email: user.email, password: TEST_PASSWORD }, address());
    const actions = (await db().auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } })).map((l) => l.action);
    expect(actions).toEqual(["auth.login.failed", "auth.login"]);
  });
});

describe("throttling", () => {
  it("after 5 wrong passwords from one address, refuses even the right one from there, but not from elsewhere", async () => {
    const user = await freshAccount();
    const here = address();
    expect(LOGIN_LIMITS.perAccount.points).toBe(5);
    for (let i = 0; i < 5; i++) expect(await passwordLogin({ email: user.email, password: `sai-${i}` }, here)).toMatchObject({ error: "INVALID" });
    const blocked = await passwordLogin({ email: user.email, password: TEST_PASSWORD }, here);
    expect(blocked).toMatchObject({ ok: false, error: "THROTTLED" });
    expect((blocked as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, address())).toEqual({ ok: true, userId: user.id, sessionVersion: 0 });
  });

  it("blocks 20 wrong passwords in a row: every attempt after the fifth is throttled", async () => {
    const user = await freshAccount();
    const here = address();
    const results = [];
    for (let i = 0; i < 20; i++) results.push((await passwordLogin({ email: user.email, password: `sai-${i}` }, here)) as { error?: string });
    expect(results.slice(0, 5).every((r) => r.error === "INVALID")).toBe(true);
    expect(results.slice(5).every((r) => r.error === "THROTTLED")).toBe(true);
    expect(await db().auditLog.count({ where: { action: "auth.login.throttled", after: { equals: { email: user.email } } } })).toBe(15);
  });

  it("blocks an address that sprays wrong passwords over many accounts", async () => {
    const here = address();
    const { points } = LOGIN_LIMITS.perAddress;
    for (let i = 0; i < points; i++) await passwordLogin({ email: `${unique("rai")}@test.vn`, password: "sai" }, here);
    const user = await freshAccount();
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, here)).toMatchObject({ error: "THROTTLED" });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, address())).toMatchObject({ ok: true });
  });

  it("forgets the failures of an address and account after a successful sign-in there", async () => {
    const user = await freshAccount();
    const here = address();
    for (let i = 0; i < 4; i++) await passwordLogin({ email: user.email, password: "sai" }, here);
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, here)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await passwordLogin({ email: user.email, password: "sai" }, here);
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, here)).toMatchObject({ ok: true });
  });
});

describe("password storage and policy", () => {
  it("stores argon2id hashes, salted (two hashes of one password differ)", async () => {
    const user = await freshAccount();
    expect(await storedHash(user.id)).toMatch(/^\$argon2id\$/);
    const [h1, h2] = await Promise.all([hashPassword("cung-mot-mat-khau"), hashPassword("cung-mot-mat-khau")]);
    expect(h1).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(h1).not.toBe(h2);
  });

  it("knows the common passwords of the list, whatever their case", () => {
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("PassWord123")).toBe(true);
    expect(isCommonPassword("Mot-cau-mat-khau-rieng-2026")).toBe(false);
  });

  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
    changePasswordAction({ currentPassword, newPassword, confirmPassword });

  it("refuses a common password, a short one, a mismatched confirmation and a wrong current password", async () => {
    const user = await freshAccount({ mustChangePassword: true });
    const before = await storedHash(user.id);
    actingAs(user.id);
    expect(await change(TEST_PASSWORD, "password123")).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining("phổ biến") } });
    expect(await change(TEST_PASSWORD, "Ngan-7")).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.stringContaining("8 ký tự") } });
    expect(await change(TEST_PASSWORD, "Du-dai-va-rieng-2026", "khac")).toMatchObject({ ok: false, fieldErrors: { confirmPassword: expect.any(String) } });
    expect(await change("sai-mat-khau-hien-tai", "Du-dai-va-rieng-2026")).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(String) } });
    expect(await change(TEST_PASSWORD, "x".repeat(129))).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(String) } });
    expect(await storedHash(user.id)).toBe(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("accepts a long passphrase with no composition rules, clears “must change”, and the new password signs in", async () => {
    const user = await freshAccount({ mustChangePassword: true });
    actingAs(user.id);
    const phrase = "bon con meo ngoi tren mai nha xanh";
    expect(await change(TEST_PASSWORD, phrase)).toEqual({ ok: true, data: undefined });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.mustChangePassword).toBe(false);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await passwordLogin({ email: user.email, password: phrase }, address())).toMatchObject({ ok: true });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, address())).toMatchObject({ ok: false });
  });
});

describe("production mode", () => {
  it("refuses a demo account's sign-in in production, and allows it in demo mode", async () => {
    const demo = await freshAccount({ email: `${unique("bi-thu")}@demo.vn` });
    vi.stubEnv("APP_MODE", "production");
    expect(await passwordLogin({ email: demo.email, password: TEST_PASSWORD }, address())).toEqual({ ok: false, error: "INVALID" });
    vi.stubEnv("APP_MODE", "demo");
    expect(await passwordLogin({ email: demo.email, password: TEST_PASSWORD }, address())).toMatchObject({ ok: true });
    await db().user.delete({ where: { id: demo.id } });
  });

  it("lets production start when there is no demo account", async () => {
    vi.stubEnv("APP_MODE", "production");
    await expect(assertNoDemoAccountsInProduction(db())).resolves.toBeUndefined();
  });

  it("refuses to start in production while a demo account exists, whatever the case of its email", async () => {
    // Written straight to the database, as an import or a hand-made row might, in capitals.
    const demo = await db().user.create({ data: { email: `${unique("Quan-Tri")}@DEMO.VN`, name: "Demo", passwordHash: "x" } });
    vi.stubEnv("APP_MODE", "production");
    await expect(assertNoDemoAccountsInProduction(db())).rejects.toThrow(/demo/i);
    vi.stubEnv("APP_MODE", "");
    vi.stubEnv("DATABASE_URL", "postgresql://db.example/app");
    await expect(assertNoDemoAccountsInProduction(db())).rejects.toThrow(/demo/i);
    vi.stubEnv("APP_MODE", "demo");
    await expect(assertNoDemoAccountsInProduction(db())).resolves.toBeUndefined();
    await db().user.delete({ where: { id: demo.id } });
  });
});
