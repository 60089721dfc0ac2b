// What row-level security costs per query (SECURITY.md #9): the same calls through the owner's
// client (no role, no tenant settings) and through the app's (SET ROLE portal_app, each query in a
// transaction that sets the tenant), in alternating blocks so the machine's drift hits both alike.
// On PGlite (in memory) and a throw-away PostgreSQL cluster. Run: npm run bench:rls
import { PGlite } from "@electric-sql/pglite";
import { createPrismaClient, switchDatabase, type Db } from "@/lib/db/client";
import { newPGlite, PGLITE_EXTENSIONS, pgliteAdapter, postgresAdapter } from "@/lib/db/adapters";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { listMembers } from "@/lib/data/members";
import { migrationScripts } from "@/tests/helpers/migrations";
import { makeTenant } from "@/tests/factories";
import { viewerOf } from "@/tests/helpers/viewers";
import { startPgCluster } from "./bench-kit";

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 10);
const PER_BLOCK = 50;

type Pair = { owner: Db; app: Db };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function compare(label: string, pair: Pair, call: (client: Db) => Promise<unknown>) {
  const per: Record<keyof Pair, number[]> = { owner: [], app: [] };
  for (let b = 0; b < BLOCKS * 2; b++) {
    const side: keyof Pair = b % 2 ? "app" : "owner";
    switchDatabase(pair[side]);
    const t = performance.now();
    for (let i = 0; i < PER_BLOCK; i++) await call(pair[side]);
    per[side].push((performance.now() - t) / PER_BLOCK);
  }
  const [o, a] = [median(per.owner), median(per.app)];
  console.log(
    `  ${label.padEnd(44)} owner ${o.toFixed(2).padStart(6)} ms   app role + RLS ${a.toFixed(2).padStart(6)} ms   +${(a - o).toFixed(2)} ms (×${(a / o).toFixed(2)})`,
  );
}

type Seeded = Awaited<ReturnType<typeof makeTenant>>;

async function run(pair: Pair, t: Seeded) {
  switchDatabase(pair.owner);
  const viewer = await viewerOf(t.users.admin.id);
  await withTenant(tenantOf(viewer), async () => {
    await compare("member.findUnique by id", pair, (c) => c.member.findUnique({ where: { id: t.members.a1.id } }));
    await compare("listMembers page 1 (2 queries)", pair, () => listMembers(viewer, { q: "", page: 1 }));
    await compare("interactive transaction (2 queries)", pair, (c) =>
      c.$transaction(async (tx) => [
        await tx.member.count({ where: { khoiId: t.khoi.id } }),
        await tx.unit.count({ where: { khoiId: t.khoi.id } }),
      ]),
    );
  });
}

async function main() {
  console.log(`rls-overhead: ${BLOCKS} alternating blocks of ${PER_BLOCK} calls per side; medians per call`);
  if (process.env.BENCH_ONLY !== "postgres") {
    console.log("── PGlite (in memory; the owner's database and a copy of it for the app) ──");
    // PGlite has one session, which SET ROLE changes for every client on it: two copies instead.
    const a = newPGlite();
    for (const sql of migrationScripts()) await a.exec(sql);
    const owner = createPrismaClient(pgliteAdapter(a, { appRole: false }), { enabled: false });
    const t = await makeTenant(owner);
    const b = await PGlite.create({ loadDataDir: await a.dumpDataDir("gzip"), extensions: PGLITE_EXTENSIONS });
    await run({ owner, app: createPrismaClient(pgliteAdapter(b)) }, t);
  }
  if (process.env.BENCH_ONLY !== "pglite") {
    console.log("── PostgreSQL 15 (throw-away cluster, fsync off; one database, two pools) ──");
    const pg = await startPgCluster();
    try {
      const owner = createPrismaClient(postgresAdapter(pg.url, { appRole: false }), { enabled: false });
      await run({ owner, app: createPrismaClient(postgresAdapter(pg.url)) }, await makeTenant(owner));
    } finally {
      await pg.stop();
    }
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
