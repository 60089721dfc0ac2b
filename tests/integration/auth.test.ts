// Sign-in and passwords (SECURITY.md #10, #11, #12): throttling per address and per account,
// argon2id hashes, the password policy, and no demo accounts in production mode.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { passwordLogin } from "@/lib/auth/password-login";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { LOGIN_LIMITS } from "@/lib/auth/throttle";
import { issueDeviceToken } from "@/lib/auth/device";
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
const storedHash = async (id: string) =>
  (await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } })).passwordHash;

describe("password sign-in", () => {
  it("lets the right password in, with the email in any case", async () => {
    const user = await freshAccount();
    expect(
      await passwordLogin({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, { address: address() }),
    ).toMatchObject({ ok: true, userId: user.id, sessionVersion: 0 });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a malformed request alike", async () => {
    const user = await freshAccount();
    expect(await passwordLogin({ email: user.email, password: "sai-mat-khau" }, { address: address() })).toEqual({
      ok: false,
      error: "INVALID",
    });
    expect(await passwordLogin({ email: "khong-co@test.vn", password: TEST_PASSWORD }, { address: address() })).toEqual({
      ok: false,
      error: "INVALID",
    });
    expect(await passwordLogin({ email: ["x"], password: { $ne: 1 } }, { address: address() })).toEqual({
      ok: false,
      error: "INVALID",
    });
    expect(await passwordLogin(null, { address: address() })).toEqual({ ok: false, error: "INVALID" });
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await freshAccount();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: false,
    });
  });

  it("audits successful and failed sign-ins", async () => {
    const user = await freshAccount();
    await passwordLogin({ email: user.email, password: "sai-mat-khau" }, { address: address() });
    await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() });
    const actions = (await db().auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } })).map(
      (l) => l.action,
    );
    expect(actions).toEqual(["auth.login.failed", "auth.login"]);
  });
});

describe("throttling", () => {
  it("after 5 wrong passwords from one address, refuses even the right one from there, but not from elsewhere", async () => {
    const user = await freshAccount();
    const here = address();
    expect(LOGIN_LIMITS.perAddressAccount.points).toBe(5);
    for (let i = 0; i < 5; i++)
      expect(await passwordLogin({ email: user.email, password: `sai-${i}` }, { address: here })).toMatchObject({
        error: "INVALID",
      });
    const blocked = await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: here });
    expect(blocked).toMatchObject({ ok: false, error: "THROTTLED" });
    expect((blocked as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: true,
      userId: user.id,
      sessionVersion: 0,
    });
  });

  it("counts every IPv6 address of one /64 network as one place, and another /64 as another", async () => {
    const user = await freshAccount();
    // One subscriber's /64: each guess from a new address of it still spends the same budget.
    for (let i = 1; i <= 5; i++)
      expect(
        await passwordLogin({ email: user.email, password: `sai-${i}` }, { address: `2001:db8:7:1::${i.toString(16)}` }),
      ).toMatchObject({ error: "INVALID" });
    const sameNetwork = "2001:0db8:0007:0001:ffff:ffff:ffff:ffff";
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: sameNetwork })).toMatchObject({
      error: "THROTTLED",
    });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: "2001:db8:7:2::1" })).toMatchObject({
      ok: true,
      userId: user.id,
    });
  });

  it("blocks 20 wrong passwords in a row: every attempt after the fifth is throttled", async () => {
    const user = await freshAccount();
    const here = address();
    const results = [];
    for (let i = 0; i < 20; i++)
      results.push((await passwordLogin({ email: user.email, password: `sai-${i}` }, { address: here })) as { error?: string });
    expect(results.slice(0, 5).every((r) => r.error === "INVALID")).toBe(true);
    expect(results.slice(5).every((r) => r.error === "THROTTLED")).toBe(true);
    expect(
      await db().auditLog.count({ where: { action: "auth.login.throttled", after: { path: ["email"], equals: user.email } } }),
    ).toBe(15);
  });

  it("blocks an address that sprays wrong passwords over many accounts", async () => {
    const here = address();
    const { points } = LOGIN_LIMITS.perAddress;
    for (let i = 0; i < points; i++)
      await passwordLogin({ email: `${unique("rai")}@test.vn`, password: "sai" }, { address: here });
    const user = await freshAccount();
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: here })).toMatchObject({
      error: "THROTTLED",
    });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: true,
    });
  });

  it("forgets the failures of an address and account after a successful sign-in there", async () => {
    const user = await freshAccount();
    const here = address();
    for (let i = 0; i < 4; i++) await passwordLogin({ email: user.email, password: "sai" }, { address: here });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: here })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await passwordLogin({ email: user.email, password: "sai" }, { address: here });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: here })).toMatchObject({ ok: true });
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
    expect(await change(TEST_PASSWORD, "password123")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringContaining("phổ biến") },
    });
    expect(await change(TEST_PASSWORD, "Ngan-7")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.stringContaining("8 ký tự") },
    });
    expect(await change(TEST_PASSWORD, "Du-dai-va-rieng-2026", "khac")).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: expect.any(String) },
    });
    expect(await change("sai-mat-khau-hien-tai", "Du-dai-va-rieng-2026")).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: expect.any(String) },
    });
    expect(await change(TEST_PASSWORD, "x".repeat(129))).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: expect.any(String) },
    });
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
    expect(await passwordLogin({ email: user.email, password: phrase }, { address: address() })).toMatchObject({ ok: true });
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: false,
    });
  });
});

describe("production mode", () => {
  it("refuses a demo account's sign-in in production, and allows it in demo mode", async () => {
    const demo = await freshAccount({ email: `${unique("bi-thu")}@demo.vn` });
    vi.stubEnv("APP_MODE", "production");
    expect(await passwordLogin({ email: demo.email, password: TEST_PASSWORD }, { address: address() })).toEqual({
      ok: false,
      error: "INVALID",
    });
    vi.stubEnv("APP_MODE", "demo");
    expect(await passwordLogin({ email: demo.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: true,
    });
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

describe("a guess spread over many addresses (hardening finding 1)", () => {
  const { points } = LOGIN_LIMITS.perAccount;

  it("throttles one account whatever the address, tells its owner once, and still lets the owner's own browser in", async () => {
    const user = await freshAccount();
    // The owner signed in once before: their browser keeps a device token for the account.
    const deviceToken = issueDeviceToken(user.id);
    const results = [];
    for (let i = 0; i < points + 5; i++)
      results.push(await passwordLogin({ email: user.email, password: `sai-${i}` }, { address: address() }));
    expect(results.slice(0, points).every((r) => !r.ok && r.error === "INVALID")).toBe(true);
    expect(results.slice(points).every((r) => !r.ok && r.error === "ACCOUNT_LOCKED")).toBe(true);
    // The right password from yet another new address: still refused while the lock lasts.
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: false,
      error: "ACCOUNT_LOCKED",
    });
    // From the owner's browser (from any address) it works.
    expect(
      await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address(), deviceToken }),
    ).toMatchObject({ ok: true });
    // One notice, however many refusals.
    expect(await db().notification.count({ where: { userId: user.id, link: "/doi-mat-khau" } })).toBe(1);
  });

  it("does not take a device token issued for another account, or a forged one", async () => {
    const user = await freshAccount();
    const other = await freshAccount();
    for (let i = 0; i < points; i++) await passwordLogin({ email: user.email, password: `sai-${i}` }, { address: address() });
    for (const deviceToken of [issueDeviceToken(other.id), "abc.def", `${issueDeviceToken(user.id).split(".")[0]}.sai`]) {
      expect(
        await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address(), deviceToken }),
      ).toMatchObject({ error: "ACCOUNT_LOCKED" });
    }
  });

  it("records the client's address on every sign-in row", async () => {
    const user = await freshAccount();
    await passwordLogin({ email: user.email, password: "sai" }, { address: "198.51.100.23" });
    await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: "198.51.100.24" });
    const rows = await db().auditLog.findMany({
      where: { targetId: user.id, action: { startsWith: "auth.login" } },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => (r.after as { address: string }).address)).toEqual(["198.51.100.23", "198.51.100.24"]);
  });
});

describe("checking the current password to change it (hardening finding 4)", () => {
  it("after 5 wrong current passwords, refuses even the right one for a while", async () => {
    const user = await freshAccount();
    const before = await storedHash(user.id);
    actingAs(user.id);
    const change = (currentPassword: string) =>
      changePasswordAction({
        currentPassword,
        newPassword: "mot cau rat dai de nho 2026",
        confirmPassword: "mot cau rat dai de nho 2026",
      });
    const wrong = await Promise.all(Array.from({ length: 30 }, (_, i) => change(`sai-${i}`)));
    expect(wrong.every((r) => !r.ok)).toBe(true);
    expect(wrong.filter((r) => !r.ok && r.fieldErrors?.currentPassword?.includes("quá nhiều lần")).length).toBeGreaterThanOrEqual(
      25,
    );
    expect(await change(TEST_PASSWORD)).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: expect.stringContaining("quá nhiều lần") },
    });
    expect(await storedHash(user.id)).toBe(before);
    expect(await passwordLogin({ email: user.email, password: TEST_PASSWORD }, { address: address() })).toMatchObject({
      ok: true,
    });
  });
});
