// Per test file: a fresh, migrated database (PGlite in memory, or a new PostgreSQL database
// cloned from the migrated template), and a stand-in for the session cookie.
import { afterAll, beforeAll, vi } from "vitest";
import { useDatabase, type Db } from "@/lib/db/client";
import { openTestDatabase } from "../helpers/database";
import { actingAs } from "../helpers/session";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("@/lib/auth/session", async () => {
  const { currentSessionUserId } = await import("../helpers/session");
  return { getSessionUserId: async () => currentSessionUserId() };
});

let close: (() => Promise<void>) | undefined;
let client: Db;

beforeAll(async () => {
  const opened = await openTestDatabase();
  client = opened.client;
  close = opened.close;
  useDatabase(client);
  actingAs(null);
});

afterAll(async () => {
  await close?.();
});
