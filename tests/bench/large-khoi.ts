// Data-layer timings at the scale the seeds mention (Đà Nẵng: 75 cơ sở, 4,000+ members), on an
// in-memory PGlite (or DATABASE_URL's server). Run: npm run bench:data
import { createPrismaClient, switchDatabase } from "@/lib/db/client";
import { newPGlite, pgliteAdapter, postgresAdapter } from "@/lib/db/adapters";
import { loadViewer } from "@/lib/data/viewer";
import { asSystem, tenantOf, withTenant } from "@/lib/db/tenant-context";
import { getUnitTrees } from "@/lib/data/units";
import { freshReads } from "@/lib/data/read-cache";
import { exportMembers, listMembers } from "@/lib/data/members";
import { memberNameFields } from "@/lib/domain/text";
import { makeUnit, makeUser } from "@/tests/factories";
import { migrationScripts } from "@/tests/helpers/migrations";
import { demoPerson, demoRandom } from "@/prisma/demo-data";

async function timeIt(label: string, fn: () => Promise<unknown>, runs = 20) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} median ${ms[runs >> 1].toFixed(1)} ms   p90 ${ms[Math.floor(runs * 0.9)].toFixed(1)} ms`);
}

// As the app runs: the rows are made in system mode, each timed call reads as its viewer (RLS).
async function main() {
  const url = process.env.DATABASE_URL;
  let client;
  if (url) client = createPrismaClient(postgresAdapter(url));
  else {
    const pglite = newPGlite();
    for (const sql of migrationScripts()) await pglite.exec(sql);
    client = createPrismaClient(pgliteAdapter(pglite));
  }
  switchDatabase(client);

  const { admin, secretary } = await asSystem(() => seed(client, url));
  const as = (viewer: NonNullable<typeof admin>) => (fn: () => Promise<unknown>) => () => withTenant(tenantOf(viewer), fn);
  const [asAdmin, asSecretary] = [as(admin!), as(secretary!)];

  await timeIt("getViewer (loadViewer)", () => loadViewer(admin!.userId));
  await timeIt(
    "Khối tree with counts (4,000 members)",
    asAdmin(() => freshReads(() => getUnitTrees(admin!))),
  );
  await timeIt(
    "member list, page 1",
    asAdmin(() => freshReads(() => listMembers(admin!, { q: "", page: 1 }))),
  );
  await timeIt(
    "member list, search “nguyen van”",
    asAdmin(() => freshReads(() => listMembers(admin!, { q: "nguyen van", page: 1 }))),
  );
  await timeIt(
    "member list, page 100",
    asAdmin(() => freshReads(() => listMembers(admin!, { q: "", page: 100 }))),
  );
  await timeIt(
    "member list as a cơ sở secretary",
    asSecretary(() => freshReads(() => listMembers(secretary!, { q: "", page: 1 }))),
  );
  await timeIt(
    "export query, all 4,000",
    asAdmin(async () => {
      for await (const batch of exportMembers(admin!, { q: "" })) void batch;
    }),
    5,
  );
  await client.$disconnect();
}

async function seed(client: ReturnType<typeof createPrismaClient>, url: string | undefined) {
  const rand = demoRandom(7);
  const city = await makeUnit(client, "CITY", "Thành Đoàn Bench");
  const khoi = await makeUnit(client, "KHOI", "Đoàn Khối Bench", city);
  const t0 = performance.now();
  const chiDoans: Awaited<ReturnType<typeof makeUnit>>[] = [];
  for (let c = 0; c < 75; c++) {
    const coSo = await makeUnit(client, "CO_SO", `Đoàn Sở ${c + 1}`, khoi);
    for (let d = 0; d < 3; d++) chiDoans.push(await makeUnit(client, "CHI_DOAN", `Chi đoàn ${d + 1} – Sở ${c + 1}`, coSo));
  }
  const rows = Array.from({ length: 4_000 }, (_, i) => {
    const p = demoPerson(rand);
    const cd = chiDoans[i % chiDoans.length];
    return {
      ...p,
      khoiId: khoi.id,
      coSoId: cd.coSoId!,
      chiDoanId: cd.id,
      ...memberNameFields(p.fullName),
      email: `b${i}@bench.vn`,
    };
  });
  for (let i = 0; i < rows.length; i += 1000) await client.member.createMany({ data: rows.slice(i, i + 1000) });
  console.log(
    `seeded 75 cơ sở, 225 chi đoàn, 4,000 members in ${(performance.now() - t0).toFixed(0)} ms (${url ? "PostgreSQL" : "PGlite"})`,
  );

  const admin = await loadViewer((await makeUser(client, { role: "KHOI_ADMIN", unit: khoi })).id);
  const secretary = await loadViewer(
    (await makeUser(client, { role: "CO_SO_SECRETARY", unit: { ...chiDoans[0], id: chiDoans[0].coSoId!, kind: "CO_SO" } })).id,
  );
  return { admin, secretary };
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
