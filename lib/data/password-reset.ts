import "server-only";
// Quên mật khẩu (SECURITY.md, account recovery): an e-mail with a single-use link that lasts 30
// minutes. Only the token's SHA-256 is stored; asking again ends the earlier link; the answer is
// the same whether the address has an account or not, and both paths are throttled. Setting the
// new password ends every session of the account. All of it runs signed out, in system mode.
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { hashPassword, isCommonPassword } from "@/lib/auth/password";
import { takeResetRequest, takeResetUse } from "@/lib/auth/throttle";
import { firstSignInMessage, passwordResetMessage, publicUrl } from "@/lib/mail/messages";
import type { resetPasswordInput, resetRequestInput } from "@/lib/validation/auth";
import { recordAudit } from "./audit";
import { invalid } from "./errors";
import { deliverDue, enqueueMail, enqueueMails } from "./mail-outbox";

export const RESET_MINUTES = 30;
export const RESET_SENT =
  "Nếu địa chỉ này có tài khoản trên Cổng, một thư hướng dẫn đặt lại mật khẩu vừa được gửi tới. Vui lòng kiểm tra hộp thư (cả mục thư rác).";
const EXPIRED = "Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.";

/**
 * The least time an ask takes, whatever the address: an unknown one (one lookup) would otherwise
 * answer a few milliseconds sooner than a real one (a transaction), and tell which is which.
 */
export const RESET_ANSWER_MS = 400;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const waitMessage = (seconds: number) => `Bạn đã yêu cầu quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`;

/** Sends the link if the address has an active account; says the same either way. */
export async function requestPasswordReset(input: z.output<typeof resetRequestInput>, client: { address: string }) {
  const email = input.email.toLowerCase();
  const wait = await takeResetRequest(client.address, email);
  if (wait > 0) throw invalid({ email: waitMessage(wait) });
  const started = performance.now();
  const queued = await asSystem(async () => {
    const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, khoiId: true, active: true } });
    if (!user?.active) return false;
    const token = randomBytes(32).toString("base64url");
    await db().$transaction(async (tx) => {
      // One live link at a time: asking again ends the earlier one.
      await tx.passwordReset.updateMany({
        where: { userId: user.id, khoiId: user.khoiId, usedAt: null },
        data: { usedAt: new Date() },
      });
      await tx.passwordReset.create({
        data: {
          userId: user.id,
          khoiId: user.khoiId,
          tokenHash: hashOf(token),
          expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
        },
      });
      const message = passwordResetMessage(user, publicUrl(`/dat-lai-mat-khau?token=${token}`), RESET_MINUTES);
      await enqueueMail(tx, { khoiId: user.khoiId, userId: user.id, to: email, kind: "password-reset", ...message });
      await recordAudit(
        { khoiId: user.khoiId, actorId: user.id, action: "account.passwordReset.request", targetType: "User", targetId: user.id },
        tx,
      );
    });
    return true;
  });
  // Delivered now rather than at the worker's next wake-up; a failure is retried by the worker.
  if (queued)
    void deliverDue().catch((error) => console.error("[mail] delivery failed", error instanceof Error ? error.message : error));
  const rest = RESET_ANSWER_MS - (performance.now() - started);
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  return { message: RESET_SENT };
}

/** Whether a link can still be used (the page shows the form, or says to ask again). */
export async function resetLinkUsable(token: string): Promise<boolean> {
  if (token.length < 20 || token.length > 200) return false;
  return asSystem(async () => {
    const found = await db().passwordReset.count({
      where: { tokenHash: hashOf(token), usedAt: null, expiresAt: { gt: new Date() }, user: { active: true } },
    });
    return found > 0;
  });
}

/** Sets the new password through a live link, once; every session of the account ends. */
export async function resetPassword(input: z.output<typeof resetPasswordInput>, client: { address: string }) {
  const wait = await takeResetUse(client.address);
  if (wait > 0) throw invalid({}, waitMessage(wait));
  if (isCommonPassword(input.newPassword)) throw invalid({ newPassword: "Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác" });
  const passwordHash = await hashPassword(input.newPassword);
  await asSystem(async () => {
    const reset = await db().passwordReset.findUnique({
      where: { tokenHash: hashOf(input.token) },
      select: { id: true, userId: true, khoiId: true, user: { select: { active: true } } },
    });
    if (!reset?.user.active) throw invalid({}, EXPIRED);
    await db().$transaction(async (tx) => {
      // Used once: of two uses at once, one finds it live.
      const { count } = await tx.passwordReset.updateMany({
        where: { id: reset.id, khoiId: reset.khoiId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      if (count === 0) throw invalid({}, EXPIRED);
      await tx.user.update({
        where: { id: reset.userId, khoiId: reset.khoiId },
        data: { passwordHash, mustChangePassword: false, version: { increment: 1 }, sessionVersion: { increment: 1 } },
      });
      await recordAudit(
        {
          khoiId: reset.khoiId,
          actorId: reset.userId,
          action: "account.passwordReset",
          targetType: "User",
          targetId: reset.userId,
        },
        tx,
      );
    });
  });
}

// ───────────── Thư mời đăng nhập lần đầu (accounts made in bulk, issue 16 point 9) ─────────────

/** A first-sign-in link lasts longer than a reset: the member may read the mail days later. */
export const FIRST_SIGN_IN_DAYS = 7;

/**
 * For accounts just made (in the caller's transaction): a single-use link each, through the same
 * token machinery as "quên mật khẩu" (only the SHA-256 stored), and the invitation in the outbox.
 * Nobody, the admin included, ever learns a password: the member sets it through the link.
 */
export async function issueFirstSignInLinks(
  tx: Prisma.TransactionClient,
  users: { id: string; name: string; email: string; khoiId: string }[],
) {
  if (!users.length) return;
  const expiresAt = new Date(Date.now() + FIRST_SIGN_IN_DAYS * 86_400_000);
  const links = users.map((user) => ({ user, token: randomBytes(32).toString("base64url") }));
  await tx.passwordReset.createMany({
    data: links.map(({ user, token }) => ({ userId: user.id, khoiId: user.khoiId, tokenHash: hashOf(token), expiresAt })),
  });
  await enqueueMails(
    tx,
    links.map(({ user, token }) => ({
      khoiId: user.khoiId,
      userId: user.id,
      to: user.email,
      kind: "account-invitation",
      ...firstSignInMessage(user, publicUrl(`/dat-lai-mat-khau?token=${token}`), FIRST_SIGN_IN_DAYS),
    })),
  );
}
