import "server-only";
// The only place that reads the session cookie. Tests replace this module to act as a user.
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

export type SessionClaims = { userId: string; sessionVersion: number | null; sessionId: string | null };

export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sv?: unknown; sid?: unknown } | undefined;
  if (typeof user?.id !== "string") return null;
  return {
    userId: user.id,
    sessionVersion: typeof user.sv === "number" ? user.sv : null,
    sessionId: typeof user.sid === "string" ? user.sid : null,
  };
}
