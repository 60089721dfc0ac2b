// The one Prisma client of the process: PGlite in `.data/` when DATABASE_URL is unset, the
// PostgreSQL server otherwise. Only lib/data, lib/auth, the seed and the tests import it.
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { PGlite } from "@electric-sql/pglite";
import { openPGlite, pgliteAdapter, postgresAdapter } from "./adapters";
import { WRAPPED_QUERY_LIMITS, withTenantRls, type RlsOptions } from "./tenant-rls";
import { watchReplica } from "./replica";

// Password hashes never leave the database unless a query asks for them explicitly
// (only lib/auth selects it explicitly).
const omit = { user: { passwordHash: true } } as const;

export type BaseClient = PrismaClient<never, typeof omit>;

const baseClient = (adapter: SqlDriverAdapterFactory): BaseClient =>
  new PrismaClient({ adapter, omit, transactionOptions: WRAPPED_QUERY_LIMITS });

/** Every query carries the tenant of lib/db/tenant-context.ts for row-level security (tenant-rls.ts). */
export function createPrismaClient(adapter: SqlDriverAdapterFactory, rls: RlsOptions = {}) {
  return withTenantRls(baseClient(adapter), rls);
}

/**
 * The PostgreSQL primary with a streaming replica for page views' reads (lib/db/replica.ts);
 * `maxLagMs` defaults to DATABASE_REPLICA_MAX_LAG_MS, else 2,000.
 */
export function createReplicatedClient(
  primaryUrl: string,
  replicaUrl: string,
  options: { maxLagMs?: number; everyMs?: number } = {},
) {
  const maxLagMs = options.maxLagMs ?? Number(process.env.DATABASE_REPLICA_MAX_LAG_MS ?? 2_000);
  const watch = watchReplica(primaryUrl, replicaUrl, { maxLagMs, everyMs: options.everyMs });
  const client = createPrismaClient(postgresAdapter(primaryUrl), {
    replica: { client: baseClient(postgresAdapter(replicaUrl)), watch },
  });
  return { client, watch };
}

export type Db = ReturnType<typeof createPrismaClient>;

// One instance per process: `next dev` reloads modules, and two PGlite instances on one data
// folder corrupt it.
const holder = globalThis as unknown as { __prisma?: Db; __pglite?: PGlite };

export function db(): Db {
  if (!holder.__prisma) {
    const url = process.env.DATABASE_URL;
    const replicaUrl = process.env.DATABASE_REPLICA_URL;
    if (url && replicaUrl) {
      holder.__prisma = createReplicatedClient(url, replicaUrl).client;
    } else if (url) {
      holder.__prisma = createPrismaClient(postgresAdapter(url));
    } else {
      holder.__pglite = openPGlite();
      // No other process opens this folder: the client counts its writes (tenant-rls.ts).
      holder.__prisma = createPrismaClient(pgliteAdapter(holder.__pglite), { writeCount: { writes: 0 } });
    }
  }
  return holder.__prisma;
}

/** Closes the connection, and the embedded database so its folder is free for the next process. */
export async function closeDb() {
  await holder.__prisma?.$disconnect();
  await holder.__pglite?.close();
  holder.__prisma = undefined;
  holder.__pglite = undefined;
}

/** Tests point the app at their own database. */
export function switchDatabase(client: Db) {
  holder.__prisma = client;
}
