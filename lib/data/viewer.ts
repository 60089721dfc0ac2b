import "server-only";
// Builds the Viewer from the database on every request (or from its answer kept until the next
// write, lib/data/read-cache.ts): roles and the account's status are never taken from the session
// token (SECURITY.md #8).
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import type { Grant, Viewer } from "@/lib/authz";
import { sessionIsLive } from "@/lib/auth/sessions";
import { keptUntilWrite } from "./read-cache";

/**
 * `sessionVersion` is the version the session token was issued for; when given, a token from
 * before the last password change or reset no longer yields a viewer. `sessionId` is the
 * server-side session the token names; when given (null: the token names none), it must be live:
 * not signed out, not idle too long, not past its absolute end (lib/auth/sessions.ts).
 * In system mode (row-level security): which Khối this user reaches is what it finds out, and the
 * account and its roles may sit above any Khối (a city viewer's).
 */
export function loadViewer(userId: string, sessionVersion?: number, sessionId?: string | null): Promise<Viewer | null> {
  return asSystem(() => readViewer(userId, sessionVersion, sessionId));
}

async function readViewer(userId: string, sessionVersion?: number, sessionId?: string | null): Promise<Viewer | null> {
  // Kept until the next write (lib/data/read-cache.ts): signing out, a password change or a
  // changed role is a write, and the session's clock is checked below at every request.
  const { user, khoisOfCity } = await keptUntilWrite(`viewer:${userId}:${sessionId}`, () => readAccount(userId, sessionId));
  if (!user || !user.active) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  if (sessionId !== undefined && !(await sessionIsLive(sessionId ? user.sessions?.[0] : undefined))) return null;

  const grants: Grant[] = user.memberships.map((m) => ({
    role: m.role,
    unitId: m.unit.id,
    unitKind: m.unit.kind,
    unitName: m.unit.name,
    coSoId: m.unit.coSoId,
    khoiIds:
      m.unit.kind === "CITY"
        ? khoisOfCity.filter((k) => k.parentId === m.unit.id).map((k) => k.id)
        : m.unit.khoiId
          ? [m.unit.khoiId]
          : [],
  }));

  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: user.mustChangePassword,
    grants,
  };
}

/** The account with its session and roles, and the Khối under the cities it holds a role in. */
async function readAccount(userId: string, sessionId: string | null | undefined) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      // The session is read with the account, in the same query.
      sessions: sessionId
        ? { where: { id: sessionId }, select: { id: true, lastSeenAt: true, expiresAt: true, endedAt: true } }
        : false,
      memberships: {
        where: { unit: { active: true } },
        select: { role: true, unit: { select: { id: true, kind: true, name: true, khoiId: true, coSoId: true } } },
      },
    },
  });
  const cityIds = user?.memberships.filter((m) => m.unit.kind === "CITY").map((m) => m.unit.id) ?? [];
  const khoisOfCity = cityIds.length
    ? await db().unit.findMany({
        where: { kind: "KHOI", parentId: { in: cityIds }, active: true },
        select: { id: true, parentId: true },
      })
    : [];
  return { user, khoisOfCity };
}
