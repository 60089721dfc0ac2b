// Per test file: a fresh, migrated database (PGlite in memory, or a new PostgreSQL database
// cloned from the migrated template), and a stand-in for the session cookie.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import { switchDatabase, type Db } from "@/lib/db/client";
import { openTestDatabase, useTestDatabase } from "../helpers/database";
import { actingAs } from "../helpers/session";

// Evidence files of this test file go to a throw-away folder, never into the project's .data.
process.env.FILES_DIR ??= mkdtempSync(path.join(tmpdir(), "files-"));

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// The session as a freshly signed-in user's: it carries the account's current session version
// and names a live server-side session (one per user and test file, made on first use).
vi.mock("@/lib/auth/session", async () => {
  const { currentSessionUserId, currentSessionVersion, currentSessionId } = await import("../helpers/session");
  const { db } = await import("@/lib/db/client");
  const { startSession } = await import("@/lib/auth/sessions");
  const sessions = new Map<string, string>();
  return {
    getSessionClaims: async () => {
      const userId = currentSessionUserId();
      if (!userId) return null;
      const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
      let sessionId = currentSessionId() ?? sessions.get(userId) ?? null;
      // A token for an account that does not exist names no session either.
      if (!sessionId && user) sessions.set(userId, (sessionId = await startSession(userId, { address: "test" })));
      return { userId, sessionVersion: currentSessionVersion() ?? user?.sessionVersion ?? 0, sessionId };
    },
  };
});

let close: (() => Promise<void>) | undefined;
let client: Db;

beforeAll(async () => {
  const opened = await openTestDatabase();
  client = opened.client;
  close = opened.close;
  useTestDatabase(opened);
  switchDatabase(client);
  actingAs(null);
});

afterAll(async () => {
  await close?.();
});
