// What the benches on the large tenant (large-tenant.ts, entry-list.ts) do before they time
// anything, so both read the same data as the same viewer, on either database.
import { createPrismaClient, switchDatabase, type Db } from "@/lib/db/client";
import { pgliteAdapter, postgresAdapter } from "@/lib/db/adapters";
import { loadViewer } from "@/lib/data/viewer";
import { asSystem } from "@/lib/db/tenant-context";
import { openTempPglite, pgliteStatements, rawPg, rawPglite, startPgCluster, type Raw } from "./bench-kit";
import { generateLargeTenant } from "./large-tenant-records";

type LargeTenant = Awaited<ReturnType<typeof setUpLargeTenant>> & { client: Db };

/** The tenant on PGlite in a temp folder, the app's client switched to it; removed once `run` is done. */
export async function withLargeTenantOnPglite<T>(
  run: (t: LargeTenant & { statements: ReturnType<typeof pgliteStatements> }) => Promise<T>,
): Promise<T> {
  const pglite = await openTempPglite();
  const client = createPrismaClient(pgliteAdapter(pglite.db));
  const statements = pgliteStatements(pglite.db);
  switchDatabase(client);
  try {
    return await run({ ...(await setUpLargeTenant(client, rawPglite(pglite.db))), client, statements });
  } finally {
    await client.$disconnect();
    await pglite.close();
  }
}

/** The tenant on a throw-away PostgreSQL cluster, the app's client switched to it; stopped once `run` is done. */
export async function withLargeTenantOnPostgres<T>(
  run: (t: LargeTenant & { raw: Raw; pg: Awaited<ReturnType<typeof startPgCluster>> }) => Promise<T>,
): Promise<T> {
  const pg = await startPgCluster();
  const raw = rawPg(pg.raw);
  const client = createPrismaClient(postgresAdapter(pg.url));
  switchDatabase(client);
  try {
    return await run({ ...(await setUpLargeTenant(client, raw)), client, raw, pg });
  } finally {
    // `run` may have switched the app to a client of its own (large-tenant's EXPLAIN pass).
    switchDatabase(client);
    await client.$disconnect();
    await pg.stop();
  }
}

/** The tenant generated into an empty, migrated database, BENCH_EXTRA_SQL run, and its Khối officer's viewer. */
async function setUpLargeTenant(client: Db, raw: Raw) {
  const { tree, generationMs } = await asSystem(() => generateLargeTenant(client, raw));
  await runExtraSql(raw);
  const viewer = (await loadViewer(tree.staffUserId))!;
  return { tree, generationMs, viewer };
}

/** BENCH_EXTRA_SQL: statements (e.g. a candidate CREATE INDEX) run after generation, to measure before/after. */
async function runExtraSql(raw: Raw) {
  const extra = process.env.BENCH_EXTRA_SQL;
  if (!extra) return;
  console.log(`  BENCH_EXTRA_SQL: ${extra}`);
  await raw.exec(extra);
  await raw.exec("VACUUM ANALYZE");
}

/** The cơ sở timed as "one cơ sở": the first by name, so every run reads the same one. */
export async function firstCoSoId(client: Db, khoiId: string) {
  const coSo = await client.unit.findFirstOrThrow({
    where: { khoiId, kind: "CO_SO" },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  return coSo.id;
}
