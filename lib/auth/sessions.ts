// Server-side sessions (hardening finding 3): the session cookie names a Session row, and every
// request checks that row, so "Đăng xuất" ends the session on the server (a copy of the cookie
// saved before stops working), and no amount of refreshing stretches it past its absolute end.
import { AsyncLocalStorage } from "node:async_hooks";
import { db } from "@/lib/db/client";

/** Ends after this long without a request (the cookie's own lifetime is the same). */
export const SESSION_IDLE_SECONDS = 4 * 60 * 60;
/** Ends this long after sign-in, however busy: one working day and its evening. */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** lastSeenAt is written at most this often: one small update per session every few minutes. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionClient = { address: string; userAgent?: string | null };

export async function startSession(userId: string, client: SessionClient): Promise<string> {
  const now = new Date();
  const session = await db().session.create({
    data: {
      userId,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_SECONDS * 1000),
      clientAddress: client.address.slice(0, 64),
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
  // Sessions long over are of no use: clear this account's, so the table stays small.
  await db().session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } } });
  return session.id;
}

export async function endSession(sessionId: string) {
  await db().session.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

type SessionRow = { id: string; lastSeenAt: Date; expiresAt: Date; endedAt: Date | null };

/** Whether a session row still admits requests now; refreshes its idle clock when due. */
export async function sessionIsLive(session: SessionRow | undefined, now = new Date()): Promise<boolean> {
  if (!session || session.endedAt) return false;
  if (session.expiresAt <= now) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_SECONDS * 1000) return false;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db().session.updateMany({ where: { id: session.id, endedAt: null }, data: { lastSeenAt: now } });
  }
  return true;
}

// getViewer reads the session row with the account, right after next-auth has decoded the cookie
// (lib/data/viewer.ts): next-auth's own check of the same row would be a second read per page.
const checkedByCaller = new AsyncLocalStorage<true>();

/** Runs `fn` (a cookie's decoding) for a caller that checks the session row itself, with the account. */
export function sessionCheckedByCaller<T>(fn: () => Promise<T>): Promise<T> {
  return checkedByCaller.run(true, fn);
}

/** Whether the session row still has to be checked here: not when the caller checks it itself. */
export const sessionLeftToCheck = () => !checkedByCaller.getStore();

/** Whether the session a token names is live, without refreshing it (next-auth's refresh asks this). */
export async function sessionExists(sessionId: unknown): Promise<boolean> {
  if (typeof sessionId !== "string") return false;
  const session = await db().session.findUnique({
    where: { id: sessionId },
    select: { lastSeenAt: true, expiresAt: true, endedAt: true },
  });
  const now = Date.now();
  return (
    !!session &&
    !session.endedAt &&
    session.expiresAt.getTime() > now &&
    now - session.lastSeenAt.getTime() <= SESSION_IDLE_SECONDS * 1000
  );
}
