// The national benchmark (issue 18), PostgreSQL only: `npm run bench:national` starts a throw-away
// cluster (or uses DATABASE_URL, which must hold an empty or freshly migrated database), runs the
// product's migrations, generates the national data set (national-data.ts, national-plans.ts) at
// NATIONAL_SCALE (default 1: 60 Khối, 1,000,000 members, ~20,000,000 records), ANALYZEs, prints
// what was made and how long each step took, then times the Khối and city dashboards beside one
// hand-written SQL query each (BENCH_RUNS timed runs, default 10), then the lists, the pre-fill,
// /ca-nhan and the member export (national-pages.ts). NATIONAL_TIMINGS=dashboards or pages runs
// only those, NATIONAL_TIMINGS=0 none.
// Other bench files reuse the data set through openNational().
// NATIONAL_FK=on keeps foreign-key checks during the load (slower; proves the generator consistent).
// A DATABASE_URL already holding a set this benchmark generated is measured again without generating.
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/auth/mode";
import { createPrismaClient, switchDatabase, type Db } from "@/lib/db/client";
import { postgresAdapter } from "@/lib/db/adapters";
import { todayInVietnam } from "@/lib/domain/dates";
import { migrationScripts } from "@/tests/helpers/migrations";
import pg from "pg";
import { fmt, peakRssMb, rawPg, startPgCluster, timeIt, type Raw, type Stat } from "./bench-kit";
import {
  buildActivities,
  buildCommitments,
  buildEntries,
  buildMembers,
  buildProjects,
  buildTree,
  dropScratch,
  ids,
  nationalSize,
  prepareScratch,
  type NationalSize,
} from "./national-data";
import { buildHonours, buildPlans, buildReports, position } from "./national-plans";

/** The big tables: their secondary indexes are dropped for the load and rebuilt from the product's own definitions. */
const BULK_TABLES = [
  "MemberEntry",
  "Member",
  "Commitment",
  "YouthProject",
  "ProjectMember",
  "ProjectUpdate",
  "User",
  "Membership",
];

export type NationalIds = {
  year: number;
  largestKhoiId: string;
  medianKhoiId: string;
  cityId: string;
  coSoId: string;
  memberId: string;
  /** Sign-in accounts (password Demo@2026): Khối staff of the largest and the median Khối, the cơ sở's secretary, the member, a city viewer */
  users: { largestKhoiStaff: string; medianKhoiStaff: string; coSoSecretary: string; member: string; city: string };
  emails: Record<keyof NationalIds["users"], string>;
};

const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  const out = await fn();
  console.log(`  ${label.padEnd(52)} ${((performance.now() - t) / 1000).toFixed(1).padStart(7)} s`);
  return out;
};

async function deferIndexes(raw: Raw) {
  const rows = await raw.query(
    // Kept: the primary keys, and the unique indexes a foreign key refers to (id, khoiId).
    `SELECT ix.relname AS name, pg_get_indexdef(ix.oid) AS def
     FROM pg_index x JOIN pg_class ix ON ix.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1) AND NOT x.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.oid)`,
    [BULK_TABLES],
  );
  for (const r of rows) await raw.exec(`DROP INDEX "${String(r.name)}"`);
  return async () => {
    for (const r of rows) await raw.exec(String(r.def));
  };
}

/** Sign-in accounts for the benchmark (and for trying the pages by hand), as in the demo. */
async function benchAccounts(raw: Raw, hash: string, year: number): Promise<NationalIds> {
  const [median] = await raw.query(
    "SELECT k, id FROM nat.khoi ORDER BY m_hi - m_lo, k LIMIT 1 OFFSET (SELECT count(*) / 2 FROM nat.khoi)",
  );
  const [largest] = await raw.query("SELECT k, id, city FROM nat.khoi ORDER BY m_hi - m_lo DESC, k LIMIT 1");
  const [coSo] = await raw.query("SELECT j, id FROM nat.co_so WHERE k = $1 ORDER BY m_hi - m_lo DESC, j LIMIT 1", [largest.k]);
  const [member] = await raw.query(
    `SELECT m.id, u.id AS "userId", u.email FROM nat.member n JOIN "Member" m ON m.id = n.id JOIN "User" u ON u.id = m."userId"
     WHERE n.j = $1 ORDER BY n.n LIMIT 1`,
    [coSo.j],
  );
  const [skew] = await raw.query(
    `SELECT max(m_hi - m_lo + 1)::int AS largest, percentile_disc(0.5) WITHIN GROUP (ORDER BY m_hi - m_lo + 1)::int AS median,
       min(m_hi - m_lo + 1)::int AS smallest FROM nat.khoi`,
  );
  console.log(`    members per Khối: largest ${skew.largest}, median ${skew.median}, smallest ${skew.smallest}`);
  const cityId = ids.city(Number(largest.city));
  const accounts = [
    ["largestKhoiStaff", BENCH_EMAILS.largestKhoiStaff, "Cán bộ Khối lớn nhất", "KHOI_STAFF", largest.id, largest.id],
    ["medianKhoiStaff", BENCH_EMAILS.medianKhoiStaff, "Cán bộ Khối trung vị", "KHOI_STAFF", median.id, median.id],
    ["coSoSecretary", BENCH_EMAILS.coSoSecretary, "Bí thư cơ sở", "CO_SO_SECRETARY", coSo.id, largest.id],
    ["city", BENCH_EMAILS.city, "Cán bộ Thành Đoàn", "CITY_VIEWER", cityId, null],
  ] as const;
  const users = { member: String(member.userId) } as NationalIds["users"];
  const emails = { member: String(member.email) } as NationalIds["emails"];
  for (const [key, email, name, role, unitId, khoiId] of accounts) {
    const [u] = await raw.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", "mustChangePassword", "khoiId", "updatedAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, false, $4, now()) RETURNING id`,
      [email, name, hash, khoiId],
    );
    await raw.query(
      `INSERT INTO "Membership" (id, "userId", "unitId", role, "khoiId") VALUES (gen_random_uuid()::text, $1, $2, $3::"Role", $4)`,
      [u.id, unitId, role, khoiId],
    );
    users[key] = String(u.id);
    emails[key] = email;
  }
  return {
    year,
    largestKhoiId: String(largest.id),
    medianKhoiId: String(median.id),
    cityId,
    coSoId: String(coSo.id),
    memberId: String(member.id),
    users,
    emails,
  };
}

const BENCH_EMAILS = {
  largestKhoiStaff: "nat.khoi.lon@bench.vn",
  medianKhoiStaff: "nat.khoi.giua@bench.vn",
  coSoSecretary: "nat.coso@bench.vn",
  city: "nat.thanhdoan@bench.vn",
} as const;

/** The ids of a data set generated earlier, found from its bench accounts; null when there are none. */
async function nationalIdsIn(raw: Raw): Promise<NationalIds | null> {
  const rows = await raw.query(
    `SELECT u.id, u.email, u."khoiId", m."unitId" FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE u.email = ANY($1)`,
    [Object.values(BENCH_EMAILS)],
  );
  const of = (email: string) => rows.find((r) => r.email === email);
  const [largest, median, coSo, city] = Object.values(BENCH_EMAILS).map(of);
  if (!largest || !median || !coSo || !city) return null;
  const [member] = await raw.query(
    `SELECT m.id, u.id AS "userId", u.email FROM "Member" m JOIN "User" u ON u.id = m."userId" WHERE m."coSoId" = $1 ORDER BY u.email LIMIT 1`,
    [coSo.unitId],
  );
  return {
    year: todayInVietnam().getUTCFullYear(),
    largestKhoiId: String(largest.khoiId),
    medianKhoiId: String(median.khoiId),
    cityId: String(city.unitId),
    coSoId: String(coSo.unitId),
    memberId: String(member.id),
    users: {
      largestKhoiStaff: String(largest.id),
      medianKhoiStaff: String(median.id),
      coSoSecretary: String(coSo.id),
      city: String(city.id),
      member: String(member.userId),
    },
    emails: { ...BENCH_EMAILS, member: String(member.email) },
  };
}

/** Generates the whole data set into a migrated, empty database; times each step, prints row counts. */
export async function generateNational(raw: Raw, size: NationalSize): Promise<NationalIds> {
  const t0 = performance.now();
  const today = todayInVietnam().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const now = new Date().toISOString();
  await raw.exec(
    "SET TimeZone = 'UTC'; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off",
  );
  if (process.env.NATIONAL_FK !== "on")
    await raw.exec("SET session_replication_role = replica").then(
      () =>
        console.log("  foreign-key checks off during the load (session_replication_role = replica; NATIONAL_FK=on keeps them)"),
      () => console.log("  not a superuser: foreign keys are checked during the load"),
    );
  const hash = await hashPassword(DEMO_PASSWORD);
  const restoreIndexes = await deferIndexes(raw);
  await prepareScratch(raw);
  await step("tree (cities, Khối, cơ sở, chi đoàn)", () => buildTree(raw, size, now));
  await step("members, accounts (10%)", () => buildMembers(raw, size, now, hash));
  await step("plans and indicators (Khối, cơ sở)", () => buildPlans(raw, year));
  await step("activities and registrations", () =>
    buildActivities(raw, size, today, year, now, [position("CT7"), position("CT8"), position("CT9")]),
  );
  await step(`members' entries (${size.entries.toLocaleString("en")})`, () =>
    buildEntries(raw, size, today, (done) =>
      console.log(`    … ${done.toLocaleString("en")} entries, ${((performance.now() - t0) / 1000).toFixed(0)} s since start`),
    ),
  );
  await step("commitments", () => buildCommitments(raw, year, today));
  await step("projects, steps, participations, joins", () =>
    buildProjects(raw, size, today, year, [position("CT3"), position("CT4")]),
  );
  await step("honours", () => buildHonours(raw, year, today));
  await step("report periods and reports", () => buildReports(raw, year, today));
  const out = await step("bench accounts", () => benchAccounts(raw, hash, year));
  await raw.exec("RESET session_replication_role").catch(() => undefined);
  // The accounts' search form is kept by a trigger, off during the load.
  await step("accounts' search form (user_search_text)", () =>
    raw.exec(`UPDATE "User" SET "searchText" = user_search_text("name", "email")`),
  );
  await step("drop scratch schema", () => dropScratch(raw));
  await step("indexes of the big tables (product's definitions)", restoreIndexes);
  // The load ran with the triggers off: the kept counts (per month, per member, members with
  // entries per span) are made from the entries, as `npm run db:recount -- --fix` would.
  await step("kept entry counts (recount_entry_counts)", () => raw.exec("SELECT recount_entry_counts()"));
  await step("VACUUM ANALYZE", () => raw.exec("VACUUM ANALYZE"));
  console.log(`  generation in all ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await printCounts(raw);
  return out;
}

async function printCounts(raw: Raw) {
  const tables = await raw.query(
    `SELECT relname AS t FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname <> '_prisma_migrations' ORDER BY relname`,
  );
  const counts: [string, number][] = [];
  for (const { t } of tables) {
    const [{ n }] = await raw.query(`SELECT count(*)::bigint AS n FROM "${String(t)}"`);
    if (Number(n)) counts.push([String(t), Number(n)]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  console.log("\n  rows per table:");
  for (const [t, n] of counts) console.log(`    ${t.padEnd(28)} ${n.toLocaleString("en").padStart(12)}`);
  const records = counts
    .filter(([t]) =>
      [
        "MemberEntry",
        "Commitment",
        "YouthProject",
        "ProjectUpdate",
        "ProjectMember",
        "ProjectJoin",
        "Activity",
        "ActivityRegistration",
        "Nomination",
        "Honour",
        "Report",
      ].includes(t),
    )
    .reduce((s, [, n]) => s + n, 0);
  console.log(`    ${"records (logged work, reports, honours)".padEnd(28)} ${records.toLocaleString("en").padStart(12)}`);
}

export type National = { client: Db; raw: Raw; ids: NationalIds; url: string; stop: () => Promise<void> };

/**
 * The data set, ready to read: a throw-away cluster (or DATABASE_URL), migrated, generated at
 * NATIONAL_SCALE, ANALYZEd. `client` is the app's (row-level security, portal_app role); call
 * `switchDatabase(client)` before the data functions; `stop()` ends it and removes the cluster.
 */
export async function openNational(): Promise<National> {
  const size = nationalSize(Number(process.env.NATIONAL_SCALE ?? 1));
  let url: string;
  let raw: Raw;
  let stopDb: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    url = process.env.DATABASE_URL;
    const conn = new pg.Client({ connectionString: url });
    await conn.connect();
    raw = rawPg(conn);
    const [{ t }] = await raw.query(`SELECT to_regclass('"Unit"') IS NOT NULL AS t`);
    if (!t) for (const sql of migrationScripts()) await raw.exec(sql);
    else if ((await raw.query(`SELECT 1 FROM "Unit" LIMIT 1`)).length) {
      // A data set generated by an earlier run: measured again as it is.
      const ids = await nationalIdsIn(raw);
      if (!ids) throw new Error("DATABASE_URL must be an empty database or one this benchmark generated");
      console.log(`reusing the national data set already in DATABASE_URL`);
      const client = createPrismaClient(postgresAdapter(url));
      return { client, raw, ids, url, stop: async () => (await client.$disconnect(), await conn.end()) };
    }
    stopDb = () => conn.end();
  } else {
    const cluster = await startPgCluster();
    console.log(`  PostgreSQL cluster on ${cluster.url} (data under /tmp, removed at the end)`);
    url = cluster.url;
    raw = rawPg(cluster.raw);
    stopDb = cluster.stop;
  }
  console.log(
    `national data set at NATIONAL_SCALE=${size.scale}: ${size.khoi} Khối, ${size.coSo.toLocaleString("en")} cơ sở, ` +
      `${size.chiDoan.toLocaleString("en")} chi đoàn, ${size.members.toLocaleString("en")} members, ${size.entries.toLocaleString("en")} entries`,
  );
  try {
    const nationalIds = await generateNational(raw, size);
    const client = createPrismaClient(postgresAdapter(url));
    return {
      client,
      raw,
      ids: nationalIds,
      url,
      stop: async () => {
        await client.$disconnect();
        await stopDb();
      },
    };
  } catch (e) {
    await stopDb();
    throw e;
  }
}

// ───────── timings: the dashboards beside one hand-written query each ─────────

/** The city's counts by hand: confirmed entries per Khối × kind and counted projects per Khối, in one query. */
function handCity(client: Db, khoiIds: string[], year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return client.$queryRaw<{ khoiId: string; what: string; n: number }[]>`
    SELECT "khoiId", kind::text AS what, count(*)::int AS n FROM "MemberEntry"
    WHERE "khoiId" = ANY(${khoiIds}) AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date
    GROUP BY 1, 2
    UNION ALL
    SELECT "khoiId", 'PROJECT', count(*)::int FROM "YouthProject"
    WHERE "khoiId" = ANY(${khoiIds}) AND status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED')
      AND "startsOn" >= ${from}::date AND "startsOn" < ${to}::date
    GROUP BY 1`;
}

async function timeDashboards(n: National) {
  const runs = Number(process.env.BENCH_RUNS ?? 10);
  const { loadViewer } = await import("@/lib/data/viewer");
  const { withTenant, tenantOf } = await import("@/lib/db/tenant-context");
  const { khoiDashboard, cityDashboard } = await import("@/lib/data/dashboard-views");
  const { freshReads } = await import("@/lib/data/read-cache");
  const { handRollup, handMonthly } = await import("./large-tenant-sql");
  // The dashboards answer from the read cache (lib/data/read-cache.ts) while nothing changed:
  // "counted" is the first view after a change (freshReads), "kept" every later one; the live
  // roll-up underneath (planProgress + monthlyTrend, as the dashboards call it) is timed too.
  const { currentKhoiPlanId, planProgress, monthlyTrend } = await import("@/lib/data/indicator-rollup");
  const { currentKhoiPlans } = await import("@/lib/data/dashboard");
  switchDatabase(n.client);
  const { year, users } = n.ids;
  const rows: [string, Stat, Stat][] = [];
  console.log(`\n  timings after ANALYZE (${runs} runs after 2 warm-ups):`);
  for (const [label, userId, khoiId] of [
    ["largest Khối", users.largestKhoiStaff, n.ids.largestKhoiId],
    ["median Khối", users.medianKhoiStaff, n.ids.medianKhoiId],
  ] as const) {
    const viewer = (await loadViewer(userId))!;
    await withTenant(tenantOf(viewer), async () => {
      const counted = await timeIt(`khoiDashboard counted, ${label}`, () => freshReads(() => khoiDashboard(viewer, year)), runs);
      const app = await timeIt(`khoiDashboard kept, ${label}`, () => khoiDashboard(viewer, year), runs);
      const planId = (await currentKhoiPlanId(viewer))!;
      const live = await timeIt(
        `live roll-up (plan + trend), ${label}`,
        () => Promise.all([planProgress(viewer, planId), monthlyTrend(viewer, year)]),
        runs,
      );
      const hand = await timeIt(
        `hand SQL (roll-up + monthly), ${label}`,
        () => Promise.all([handRollup(n.client, khoiId, year), handMonthly(n.client, khoiId, year)]),
        runs,
      );
      rows.push(
        [`khoiDashboard counted, ${label}`, counted, hand],
        [`khoiDashboard kept, ${label}`, app, hand],
        [`live roll-up, ${label}`, live, hand],
      );
    });
  }
  const city = (await loadViewer(users.city))!;
  const khoiIds = (await n.raw.query(`SELECT id FROM "Unit" WHERE kind = 'KHOI' AND "parentId" = $1`, [n.ids.cityId])).map((r) =>
    String(r.id),
  );
  await withTenant(tenantOf(city), async () => {
    const counted = await timeIt(`cityDashboard counted`, () => freshReads(() => cityDashboard(city, year)), runs);
    const app = await timeIt(`cityDashboard kept (${khoiIds.length} Khối)`, () => cityDashboard(city, year), runs);
    // A confirmation in the city's largest Khối (its version raised, as the commit would): only
    // that Khối is counted again, the others' plans are kept under their own versions.
    const oneChanged = await timeIt(
      "cityDashboard after a change in its largest Khối",
      async () => {
        await n.raw.query(
          `INSERT INTO "DataVersion" ("khoiId", "version") VALUES ($1, 1)
           ON CONFLICT ("khoiId") DO UPDATE SET "version" = "DataVersion"."version" + 1`,
          [n.ids.largestKhoiId],
        );
        await cityDashboard(city, year);
      },
      runs,
    );
    const live = await timeIt(
      "live roll-up of every Khối of the city",
      async () => {
        const plans = await currentKhoiPlans(city, year);
        await Promise.all(plans.map((k) => k.planId && planProgress(city, k.planId)));
      },
      runs,
    );
    const hand = await timeIt("hand SQL (city, one query)", () => handCity(n.client, khoiIds, year), runs);
    rows.push(
      [`cityDashboard counted (${khoiIds.length} Khối)`, counted, hand],
      [`cityDashboard kept`, app, hand],
      ["cityDashboard, one Khối changed", oneChanged, hand],
      ["live roll-up, city", live, hand],
    );
  });
  console.log(`\n  ${"what".padEnd(40)} ${"app med / p95 ms".padStart(18)} ${"hand med / p95 ms".padStart(18)}  ratio (medians)`);
  for (const [label, app, hand] of rows)
    console.log(
      `  ${label.padEnd(40)} ${`${fmt(app.median)} / ${fmt(app.p95)}`.padStart(18)} ${`${fmt(hand.median)} / ${fmt(hand.p95)}`.padStart(18)}  ×${(app.median / hand.median).toFixed(1)}`,
    );
}

async function main() {
  const t0 = performance.now();
  const n = await openNational();
  try {
    console.log(`\n  sign-in accounts (password ${DEMO_PASSWORD}): ${Object.values(n.ids.emails).join(", ")}`);
    const timings = process.env.NATIONAL_TIMINGS ?? "all";
    if (timings === "all" || timings === "dashboards") await timeDashboards(n);
    if (timings === "all" || timings === "pages") await (await import("./national-pages")).timePages(n);
  } finally {
    await n.stop();
  }
  console.log(
    `\n  whole run ${((performance.now() - t0) / 1000).toFixed(1)} s; peak RSS of this process ${peakRssMb().toFixed(0)} MB`,
  );
}

if (process.argv[1]?.endsWith("national.ts"))
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
