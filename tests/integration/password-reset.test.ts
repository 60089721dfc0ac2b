// Quên mật khẩu (issue 13): a link by e-mail, received by a real SMTP server; the same answer for
// an unknown address, an inactive account and a real one; the link works once, within 30
// minutes, ends when a newer one is asked for, and ends every session; asking is throttled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";
import { verifyPassword } from "@/lib/auth/password";
import { deliverDue } from "@/lib/data/mail-outbox";
import { RESET_ANSWER_MS, resetLinkUsable, RESET_SENT } from "@/lib/data/password-reset";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";

let a: Tenant;
let smtp: TestSmtp;
const NEW_PASSWORD = "một cụm từ dài để nhớ 2026";

beforeAll(async () => {
  a = await makeTenant(db());
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://portal.example.vn";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  await smtp.close();
});
beforeEach(async () => {
  // Every call here comes from "unknown" (no HTTP server): each test starts with fresh budgets.
  await db().rateLimiterFlexible.deleteMany({ where: { key: { startsWith: "login_reset" } } });
});

/** Asks for a link and returns the token from the e-mail the SMTP server received, if any. */
async function ask(email: string) {
  const before = smtp.received.length;
  const result = await requestPasswordResetAction({ email });
  // The action starts the delivery itself; the worker's run here finds it done or finishes it.
  await deliverDue();
  const find = () => smtp.received.slice(before).find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === email);
  for (let waited = 0; !find() && waited < 1500; waited += 50) await new Promise((r) => setTimeout(r, 50));
  const mail = find();
  const token = mail?.text?.match(/dat-lai-mat-khau\?token=([A-Za-z0-9_-]+)/)?.[1] ?? null;
  return { result, mail, token };
}

describe("asking for a link", () => {
  it("e-mails a link to the portal's public address, in Vietnamese, and stores only the token's hash", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoA, name: "Lê Hoàng Nam" });
    const { result, mail, token } = await ask(user.email);
    expect(result).toEqual({ ok: true, data: { message: RESET_SENT } });
    expect(mail?.subject).toBe("Đặt lại mật khẩu Cổng “3 trách nhiệm”");
    expect(mail?.text).toContain("Kính gửi đồng chí Lê Hoàng Nam");
    expect(mail?.text).toContain(`https://portal.example.vn/dat-lai-mat-khau?token=${token}`);
    expect(mail?.html).toContain("https://portal.example.vn/dat-lai-mat-khau?token=");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db().passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token!);
    expect(await resetLinkUsable(token!)).toBe(true);
  });

  it("takes at least the same time for any address, so the answer's timing does not tell an account exists", async () => {
    const user = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    for (const email of ["khong.co.ai@example.vn", user.email]) {
      const started = performance.now();
      expect(await requestPasswordResetAction({ email })).toEqual({ ok: true, data: { message: RESET_SENT } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    }
  });

  it("answers the same for an unknown address and an inactive account, and sends nothing", async () => {
    const inactive = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    for (const email of ["khong.ton.tai@example.vn", inactive.email]) {
      const { result, mail } = await ask(email);
      expect(result).toEqual({ ok: true, data: { message: RESET_SENT } });
      expect(mail).toBeUndefined();
    }
  });

  it("is throttled per address: the fourth ask within the hour is refused beside the field, and no mail leaves", async () => {
    const user = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA2 });
    for (let i = 0; i < 3; i++) expect((await ask(user.email)).mail).toBeDefined();
    const fourth = await ask(user.email);
    expect(fourth.result).toMatchObject({ ok: false, fieldErrors: { email: expect.stringContaining("quá nhiều lần") } });
    expect(fourth.mail).toBeUndefined();
  });

  it("refuses a malformed address beside the field", async () => {
    expect(await requestPasswordResetAction({ email: "không phải email" })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String) },
    });
  });
});

describe("using the link", () => {
  it("sets the new password once, ends every session, and a second use is refused", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
    const { token } = await ask(user.email);
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const [one, two] = await Promise.all([
      resetPasswordAction({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      resetPasswordAction({ token, newPassword: `${NEW_PASSWORD}!`, confirmPassword: `${NEW_PASSWORD}!` }),
    ]);
    expect([one.ok, two.ok].sort()).toEqual([false, true]);
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.mustChangePassword).toBe(false);
    const used = one.ok ? NEW_PASSWORD : `${NEW_PASSWORD}!`;
    expect(await verifyPassword(after.passwordHash, used)).toBe(true);
    expect(await resetPasswordAction({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("đã hết hạn hoặc đã được dùng"),
    });
    expect(await resetLinkUsable(token!)).toBe(false);
    expect(await db().auditLog.count({ where: { targetId: user.id, action: "account.passwordReset" } })).toBe(1);
  });

  it("is refused once expired, or once a newer link was asked for", async () => {
    const user = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanB1 });
    const first = (await ask(user.email)).token!;
    const second = (await ask(user.email)).token!;
    const reset = (token: string) => resetPasswordAction({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(await reset(first)).toMatchObject({ ok: false, formError: expect.stringContaining("đã hết hạn") });
    await db().passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await reset(second)).toMatchObject({ ok: false, formError: expect.stringContaining("đã hết hạn") });
    expect(await reset("x".repeat(43))).toMatchObject({ ok: false, formError: expect.stringContaining("đã hết hạn") });
  });

  it("asks for a password that is long enough, typed twice alike, and not a common one", async () => {
    const user = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    const { token } = await ask(user.email);
    expect(await resetPasswordAction({ token, newPassword: "ngắn", confirmPassword: "ngắn" })).toMatchObject({
      fieldErrors: { newPassword: expect.stringContaining("ít nhất 8 ký tự") },
    });
    expect(await resetPasswordAction({ token, newPassword: NEW_PASSWORD, confirmPassword: "khác" })).toMatchObject({
      fieldErrors: { confirmPassword: "Mật khẩu nhập lại không khớp" },
    });
    expect(await resetPasswordAction({ token, newPassword: "password123", confirmPassword: "password123" })).toMatchObject({
      fieldErrors: { newPassword: "Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác" },
    });
    // None of those used the link.
    expect(await resetLinkUsable(token!)).toBe(true);
  });
});
