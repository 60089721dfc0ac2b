// Email + password sign-in, used by next-auth's credentials provider. Throttled, audited, and
// equally slow whether or not the account exists.
import { db } from "@/lib/db/client";
import { loginInput } from "@/lib/validation/auth";
import { hashPassword, verifyPassword } from "./password";
import { loginSucceeded, takeLoginAttempt } from "./throttle";
import { isDemoAccount, isDemoMode } from "./mode";
import { asSystem } from "@/lib/db/tenant-context";

export type LoginResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; error: "INVALID" | "THROTTLED"; retryAfter?: number };

let dummyHash: Promise<string> | undefined;

/** In system mode (row-level security): nobody is known yet, and the account may be any Khối's. */
export function passwordLogin(credentials: unknown, ip: string): Promise<LoginResult> {
  return asSystem(() => login(credentials, ip));
}

async function login(credentials: unknown, ip: string): Promise<LoginResult> {
  const parsed = loginInput.safeParse(credentials);
  if (!parsed.success) return { ok: false, error: "INVALID" };
  const { email, password } = parsed.data;

  const wait = await takeLoginAttempt(ip, email);
  if (wait > 0) {
    await audit(null, "auth.login.throttled", email);
    return { ok: false, error: "THROTTLED", retryAfter: wait };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, active: true, khoiId: true, passwordHash: true, sessionVersion: true },
  });
  // Verify against a dummy hash when there is no such account, so timing does not tell.
  dummyHash ??= hashPassword("dummy-password-for-timing");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const allowed = !!user && valid && user.active && (isDemoMode() || !isDemoAccount(user.email));

  if (!allowed) {
    await audit(user?.khoiId ?? null, "auth.login.failed", email, user?.id);
    return { ok: false, error: "INVALID" };
  }
  await loginSucceeded(ip, email);
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit(user.khoiId, "auth.login", email, user.id);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

async function audit(khoiId: string | null, action: string, email: string, userId?: string) {
  await db().auditLog.create({
    data: { khoiId, actorId: userId ?? null, action, targetType: "User", targetId: userId ?? null, after: { email } },
  });
}
