// Email + password sign-in, used by next-auth's credentials provider. Throttled, audited with the
// client's address, equally slow whether or not the account exists; a success starts a
// server-side session (lib/auth/sessions.ts).
import { db } from "@/lib/db/client";
import { loginInput } from "@/lib/validation/auth";
import { hashPassword, verifyPassword } from "./password";
import { loginSucceeded, takeLoginAttempt, type Attempt } from "./throttle";
import { isDemoAccount, isDemoMode } from "./mode";
import { verifyDeviceToken } from "./device";
import { startSession } from "./sessions";
import { asSystem } from "@/lib/db/tenant-context";
import { notifyUser } from "@/lib/data/notifications";

export type LoginClient = { address: string; userAgent?: string | null; deviceToken?: string | null };
export type LoginResult =
  | { ok: true; userId: string; sessionVersion: number; sessionId: string }
  | { ok: false; error: "INVALID" | "THROTTLED" | "ACCOUNT_LOCKED"; retryAfter?: number };

let dummyHash: Promise<string> | undefined;

/** In system mode (row-level security): nobody is known yet, and the account may be any Khối's. */
export function passwordLogin(credentials: unknown, client: LoginClient): Promise<LoginResult> {
  return asSystem(() => login(credentials, client));
}

async function login(credentials: unknown, client: LoginClient): Promise<LoginResult> {
  const parsed = loginInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, error: "INVALID" };
  const { email, password } = parsed.data;

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, active: true, khoiId: true, passwordHash: true, sessionVersion: true },
  });
  const attempt: Attempt = { address: client.address, email, deviceId: verifyDeviceToken(client.deviceToken, user?.id) };
  const throttle = await takeLoginAttempt(attempt);
  if (throttle.wait > 0) {
    await audit(user?.khoiId ?? null, "auth.login.throttled", email, client.address, user?.id);
    if (throttle.justLocked && user) await noticeLockedAccount(user.id, user.khoiId);
    return { ok: false, error: throttle.accountLocked ? "ACCOUNT_LOCKED" : "THROTTLED", retryAfter: throttle.wait };
  }

  // Verify against a dummy hash when there is no such account, so timing does not tell.
  dummyHash ??= hashPassword("dummy-password-for-timing");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const allowed = !!user && valid && user.active && (isDemoMode() || !isDemoAccount(user.email));

  if (!allowed) {
    await audit(user?.khoiId ?? null, "auth.login.failed", email, client.address, user?.id);
    return { ok: false, error: "INVALID" };
  }
  await loginSucceeded(attempt);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  const sessionId = await startSession(user.id, client);
  await audit(user.khoiId, "auth.login", email, client.address, user.id);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, sessionId };
}

async function audit(khoiId: string | null, action: string, email: string, address: string, userId?: string) {
  await db().auditLog.create({
    data: { khoiId, actorId: userId ?? null, action, targetType: "User", targetId: userId ?? null, after: { email, address } },
  });
}

/** Tells the account's owner, once per lock, that sign-ins from new devices are paused and why. */
async function noticeLockedAccount(userId: string, khoiId: string | null) {
  // Notices belong to a Khối; a city-level account has none to hold it (the audit row stays).
  if (!khoiId) return;
  await db().$transaction((tx) =>
    notifyUser(tx, khoiId, userId, {
      kind: "account",
      title:
        "Có nhiều lần đăng nhập sai vào tài khoản của bạn từ thiết bị lạ; đăng nhập từ thiết bị mới tạm dừng 1 giờ. Nếu không phải bạn, hãy đổi mật khẩu.",
      link: "/doi-mat-khau",
    }),
  );
}
