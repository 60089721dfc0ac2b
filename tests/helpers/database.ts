// Test databases. PGlite: in memory, migrated by running prisma/migrations/*/migration.sql in
// order. PostgreSQL: a new database per test file, cloned from the template that the global
// setup migrated with `prisma migrate deploy` (tests/setup/postgres-cluster.ts).
// The client connects the way the app does, as the app role under row-level security. Test code
// runs outside any request, so it reads in system mode (every row) unless it sets a tenant;
// runAction sets the viewer's, so the action tests run under the real policies.
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { newPGlite, pgliteAdapter, postgresAdapter } from "@/lib/db/adapters";
import { APP_ROLE } from "@/lib/db/app-role";
import type { RlsOptions, WriteCount } from "@/lib/db/tenant-rls";
import { migrationScripts } from "./migrations";

type Opened = {
  client: Db;
  close: () => Promise<void>;
  kind: "pglite" | "postgres";
  /** SQL as the owner (DDL the app role may not run), e.g. a trigger that makes a write fail. */
  asOwner: (sql: string) => Promise<void>;
  /** Another client on the same database, e.g. one with no system fallback. */
  newClient: (rls: RlsOptions) => Db;
};

const TEST_RLS: RlsOptions = { outsideContext: "system" };

export async function openTestDatabase(): Promise<Opened> {
  if (process.env.TEST_DB === "postgres") {
    const admin = inject("pgAdminUrl");
    if (!admin) throw new Error("pgAdminUrl is not provided: the PostgreSQL global setup did not run");
    const name = `t_${crypto.randomUUID().replace(/-/g, "")}`;
    const adminClient = new pg.Client({ connectionString: admin });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE ${name} TEMPLATE app_template`);
    await adminClient.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const clients: Db[] = [];
    const newClient = (rls: RlsOptions) => {
      const c = createPrismaClient(postgresAdapter(url.toString()), rls);
      clients.push(c);
      return c;
    };
    const client = newClient(TEST_RLS);
    const asOwner = async (sql: string) => {
      const owner = new pg.Client({ connectionString: url.toString() });
      await owner.connect();
      try {
        await owner.query(sql);
      } finally {
        await owner.end();
      }
    };
    return {
      client,
      kind: "postgres",
      asOwner,
      newClient,
      close: () => closeReportingStuck(name, admin, Promise.all(clients.map((c) => c.$disconnect()))),
    };
  }
  const pglite = newPGlite();
  for (const sql of migrationScripts()) await pglite.exec(sql);
  // As the app's clients on PGlite: every write through them, or as the owner, is counted, so reads
  // kept until the next write (lib/data/read-cache.ts) are exercised by every test here.
  const writeCount: WriteCount = { writes: 0 };
  const client = createPrismaClient(pgliteAdapter(pglite), { ...TEST_RLS, writeCount });
  // PGlite has one session, which the client turned into the app role: step out and back.
  const asOwner = async (sql: string) => {
    await pglite.exec("RESET ROLE");
    try {
      await pglite.exec(sql);
    } finally {
      await pglite.exec(`SET ROLE ${APP_ROLE}`);
      writeCount.writes++;
    }
  };
  const newClient = (rls: RlsOptions) => createPrismaClient(pgliteAdapter(pglite), { writeCount, ...rls });
  return {
    client,
    kind: "pglite",
    asOwner,
    newClient,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * Closing a pool waits for every connection it lent. Once in CI that wait outlasted the 60 s hook
 * after a file whose tests had all passed: if it takes over 20 s, say which sessions of this
 * database are still busy and on what (to find the leak), end them, and let the file finish.
 */
async function closeReportingStuck(name: string, admin: string, disconnect: Promise<unknown>) {
  const late = Symbol("late");
  const first = await Promise.race([disconnect, new Promise((r) => setTimeout(() => r(late), 20_000))]);
  if (first !== late) return;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  try {
    const { rows } = await adminClient.query(
      `SELECT pid, state, wait_event_type, wait_event, now() - xact_start AS in_transaction_for, left(query, 300) AS query
         FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [name],
    );
    console.error(`[test database] closing ${name} waited 20 s on these sessions; ending them`, rows);
    await adminClient.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  } finally {
    await adminClient.end();
  }
  await Promise.race([disconnect, new Promise((r) => setTimeout(r, 10_000))]);
}

// The database of the running test file (tests/setup/integration.ts opens it).
let current: Opened | undefined;
export const useTestDatabase = (opened: Opened) => void (current = opened);
export function testDatabase(): Opened {
  if (!current) throw new Error("no test database: tests/setup/integration.ts did not run");
  return current;
}
