// The large-tenant benchmark (issue 5, "Performance"): 1 Khối, 100 cơ sở, 10,000 members and
// ~200,000 logged records over the last 12 months, on PGlite (a temp folder) and on a throw-away
// PostgreSQL cluster; server-side timings of the counting layer, lists, the .xlsx export and the
// indicator roll-up as a Khối staff viewer, beside the same aggregate as one hand-written query.
// Run: npm run bench:rollup   (BENCH_RUNS=n instead of 20 timed runs; BENCH_ONLY=pglite|postgres;
// BENCH_ROLLUP_ONLY=1 skips the lists and export; BENCH_EXTRA_SQL='CREATE INDEX …' tries an index)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { switchDatabase, type Db } from "@/lib/db/client";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { countWork } from "@/lib/data/work-counts";
import { exportEntries, listEntries } from "@/lib/data/entry-reads";
import { freshReads } from "@/lib/data/read-cache";
import { listProjects } from "@/lib/data/projects";
import { entryListQuery } from "@/lib/validation/entries";
import { projectListQuery } from "@/lib/validation/projects";
import type { Viewer } from "@/lib/authz";
import { fmt, peakRssMb, timeIt, type Raw, type Stat } from "./bench-kit";
import { firstCoSoId, withLargeTenantOnPglite, withLargeTenantOnPostgres } from "./large-tenant-setup";
import {
  explainingClient,
  handMonthly,
  handRollup,
  handTotals,
  printStatements,
  readPlans,
  resetStatements,
  shapeOf,
  topStatements,
} from "./large-tenant-sql";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
type Results = Map<string, Stat>;
type Rollup = typeof import("@/lib/data/indicator-rollup");

/** Loaded lazily: should the roll-up module fail to load, the rest of the benchmark still runs and says so. */
async function loadRollup(): Promise<Rollup | null> {
  try {
    return await import("@/lib/data/indicator-rollup");
  } catch (e) {
    console.log(`  (lib/data/indicator-rollup.ts not usable yet: ${(e as Error).message.split("\n")[0]})`);
    return null;
  }
}

async function timeAll(client: Db, viewer: Viewer, khoiId: string, year: number, rollup: Rollup | null): Promise<Results> {
  const out: Results = new Map();
  const time = async (label: string, fn: () => Promise<unknown>) => out.set(label, await timeIt(label, fn, RUNS));
  const period = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
  const all = entryListQuery.parse({ status: "all" });
  const lists = !process.env.BENCH_ROLLUP_ONLY;
  if (lists) await time("countWork (year)", () => countWork(viewer, period));
  if (lists)
    await time("listEntries p.1 (default: chờ xác nhận)", () => freshReads(() => listEntries(viewer, entryListQuery.parse({}))));
  if (lists) await time("listEntries p.1 (all statuses)", () => freshReads(() => listEntries(viewer, all)));
  if (lists)
    await time("listEntries search “nguyen van”", () =>
      freshReads(() => listEntries(viewer, entryListQuery.parse({ q: "nguyen van", status: "all" }))),
    );
  if (lists)
    await time("exportEntries + .xlsx (20,000 rows)", async () => {
      const { page: _, ...filters } = all;
      const res = await exportEntries(viewer, filters);
      if (res.rowCount !== 20_000) throw new Error(`export made ${res.rowCount} rows`);
    });
  if (lists) await time("listProjects p.1", () => listProjects(viewer, projectListQuery.parse({})));
  await time("hand SQL (one query)", () => handRollup(client, khoiId, year));
  await time("hand SQL monthly (one query)", () => handMonthly(client, khoiId, year));
  if (!rollup) return out;
  const planId = await rollup.currentKhoiPlanId(viewer);
  if (!planId) throw new Error("no current Khối plan found for the viewer");
  checkAgainstHand(await rollup.planProgress(viewer, planId), await handRollup(client, khoiId, year));
  const [trend, monthly] = await Promise.all([rollup.monthlyTrend(viewer, year), handMonthly(client, khoiId, year)]);
  const sums = (app: number, what: string) =>
    `${app}${app === monthly.filter((m) => m.what === what).reduce((n, m) => n + m.n, 0) ? " =" : " ≠ hand SQL"}`;
  const total = (k: "ideas" | "trainings" | "projects" | "volunteerHours") => trend.reduce((n, p) => n + p[k], 0);
  console.log(
    `  check monthly trend: ideas ${sums(total("ideas"), "IDEA")}; trainings ${sums(total("trainings"), "TRAINING")}; projects ${sums(total("projects"), "PROJECT")}; volunteer hours ${sums(total("volunteerHours"), "HOURS")}`,
  );
  await time("planProgress (all indicators)", () => rollup.planProgress(viewer, planId));
  await time("monthlyTrend (year)", () => rollup.monthlyTrend(viewer, year));
  await time("Khối dashboard data (both)", () =>
    Promise.all([rollup.planProgress(viewer, planId), rollup.monthlyTrend(viewer, year)]),
  );
  // A cơ sở's report for a sơ kết (months 1–6), pre-filled from the records, as the Khối reads it.
  const { recordFigures, reportNumbers } = await import("@/lib/data/report-numbers");
  const plan = await client.plan.findFirstOrThrow({ where: { id: planId }, select: { indicators: { select: { id: true } } } });
  const coSoId = await firstCoSoId(client, khoiId);
  const half = { planId, year, fromMonth: 1, toMonth: 6, indicatorIds: plan.indicators.map((i) => i.id) };
  await time("cơ sở report pre-fill (6 months)", () =>
    Promise.all([reportNumbers(viewer, half, coSoId), recordFigures(viewer, half, coSoId)]),
  );
  // The Khối's report data for the sơ kết as .xlsx: indicators, every cơ sở, the records behind them.
  const { reportWorkbookData } = await import("@/lib/data/report-summary");
  const { buildReportWorkbook } = await import("@/lib/domain/report-workbook");
  const sixMonths = await client.reportPeriod.create({
    data: {
      khoiId,
      planId,
      kind: "SIX_MONTH",
      title: "Báo cáo sơ kết 6 tháng (bench)",
      year,
      fromMonth: 1,
      toMonth: 6,
      dueOn: new Date(Date.UTC(year, 5, 15)),
      indicators: { create: half.indicatorIds.map((indicatorId) => ({ indicatorId })) },
    },
    select: { id: true },
  });
  let rows = 0;
  await time("report data + .xlsx (sơ kết)", async () => {
    const data = await reportWorkbookData(viewer, sixMonths.id);
    rows = data.records.length;
    await buildReportWorkbook(data);
  });
  console.log(`  report .xlsx: ${rows} records`);
  return out;
}

/** The ratio only means something if both compute the same numbers. */
function checkAgainstHand(progress: Awaited<ReturnType<Rollup["planProgress"]>>, hand: Awaited<ReturnType<typeof handRollup>>) {
  const h = handTotals(hand);
  const ind = (code: string) => progress.indicators.find((i) => i.code === code);
  const pairs: [string, unknown, number][] = [
    ["ideas (CT1 total)", ind("CT1")?.total, h.ideas],
    ["trainings (CT2 total)", ind("CT2")?.total, h.trainings],
    ["projects (CT3 total)", ind("CT3")?.total, h.projects],
    ["% cơ sở có công trình (CT4)", ind("CT4")?.value, h.sharePercent],
  ];
  const line = pairs.map(([k, app, hand]) => `${k} ${app}${app === hand ? " =" : ` ≠ ${hand} (hand SQL)`}`).join("; ");
  console.log(`  check against hand SQL: ${line}`);
}

async function onPglite(rollup: Rollup | null) {
  console.log("\n── PGlite (temp folder) ──");
  return withLargeTenantOnPglite(async ({ client, statements, tree, generationMs, viewer }) => {
    // As the app reads (row-level security): the Khối officer's tenant.
    const results = await withTenant(tenantOf(viewer), () => timeAll(client, viewer, tree.khoiId, tree.year, rollup));
    if (rollup)
      await withTenant(tenantOf(viewer), async () => {
        const planId = (await rollup.currentKhoiPlanId(viewer))!;
        // One after the other: PGlite runs one statement at a time, so concurrent calls would time the queue.
        statements.start();
        for (let i = 0; i < 5; i++) await rollup.planProgress(viewer, planId).then(() => rollup.monthlyTrend(viewer, tree.year));
        const top = statements.stop();
        printStatements("Khối dashboard data, statements by time in PGlite (5 calls, one after the other)", top, 5);
        for (const s of top.slice(0, 3)) {
          console.log(`    ── ${shapeOf(s.sql)}`);
          for (const l of (await statements.explain(s)).filter((l) => /Scan|Execution/.test(l)))
            console.log(`       ${l.slice(0, 150)}`);
        }
      });
    return { results, generationMs };
  });
}

async function onPostgres(rollup: Rollup | null) {
  console.log("\n── PostgreSQL 15 (throw-away cluster, fsync off) ──");
  return withLargeTenantOnPostgres(async ({ client, raw, pg, tree, generationMs, viewer }) => {
    const results = await withTenant(tenantOf(viewer), () => timeAll(client, viewer, tree.khoiId, tree.year, rollup));
    if (rollup) await withTenant(tenantOf(viewer), () => explainRollup(pg.url, pg.log, raw, viewer, tree, rollup));
    return { results, generationMs };
  });
}

/** Which statements of the dashboard data take the time, and the plans of the slowest ones (and of the hand SQL). */
async function explainRollup(
  url: string,
  log: string,
  raw: Raw,
  viewer: Viewer,
  tree: { khoiId: string; year: number },
  rollup: Rollup,
) {
  const { year } = tree;
  const planId = (await rollup.currentKhoiPlanId(viewer))!;
  await resetStatements(raw);
  for (let i = 0; i < 5; i++) await Promise.all([rollup.planProgress(viewer, planId), rollup.monthlyTrend(viewer, year)]);
  printStatements(
    "Khối dashboard data, statements by server time (pg_stat_statements, 5 calls)",
    await topStatements(raw, 40),
    5,
  );
  const explaining = explainingClient(url);
  const offset = fs.statSync(log).size;
  switchDatabase(explaining);
  try {
    await Promise.all([rollup.planProgress(viewer, planId), rollup.monthlyTrend(viewer, year)]);
    await handRollup(explaining, tree.khoiId, year);
  } finally {
    await explaining.$disconnect();
  }
  await new Promise((r) => setTimeout(r, 300));
  const plans = readPlans(log, offset).filter((p) => !/^\s*(BEGIN|COMMIT|SET|SHOW|DEALLOCATE)/i.test(p.query));
  const file = path.join(os.tmpdir(), "large-tenant-plans.txt");
  fs.writeFileSync(file, plans.map((p) => `-- ${p.ms} ms\n${p.query}\n${p.plan.join("\n")}\n`).join("\n"));
  console.log(`\n  slowest statements' plans (EXPLAIN ANALYZE via auto_explain; all ${plans.length} in ${file}):`);
  const hand = plans.find((p) => p.query.includes("WITH co_so AS"));
  for (const p of [...plans.filter((p) => p !== hand).slice(0, 4), ...(hand ? [hand] : [])]) {
    console.log(`    ── ${p.ms.toFixed(1)} ms: ${p.query.replace(/"public"\./g, "").slice(0, 220)}…`);
    for (const l of p.plan.filter((l) => /cost=|Index Cond|Filter|Rows Removed|Heap Fetches|Sort Method/.test(l)).slice(0, 14))
      console.log(`       ${l.replace(/\s*\(cost=[^)]*\)/, "").slice(0, 150)}`);
  }
}

function table(pglite: Results | null, postgres: Results | null) {
  const labels = [...new Set([...(pglite?.keys() ?? []), ...(postgres?.keys() ?? [])])];
  const cell = (s: Stat | undefined) => (s ? `${fmt(s.median)} / ${fmt(s.p95)}` : "—");
  // planProgress against the hand roll-up, monthlyTrend against the hand monthly query, the dashboard against both.
  const ratio = (r: Results | null, label: string) => {
    const [hand, monthly, s] = [
      r?.get("hand SQL (one query)")?.median,
      r?.get("hand SQL monthly (one query)")?.median,
      r?.get(label)?.median,
    ];
    if (!hand || !monthly || !s) return "";
    const base = label.startsWith("planProgress")
      ? hand
      : label.startsWith("monthlyTrend")
        ? monthly
        : label.startsWith("Khối dashboard")
          ? hand + monthly
          : 0;
    return base ? `×${(s / base).toFixed(1)}` : "";
  };
  console.log(
    `\n${"what".padEnd(42)} ${"PGlite ms med / p95".padStart(20)} ${"PostgreSQL ms med / p95".padStart(24)}   ratio to hand SQL (PGlite · PG)`,
  );
  for (const l of labels) {
    const rs = [ratio(pglite, l), ratio(postgres, l)];
    console.log(
      `${l.padEnd(42)} ${cell(pglite?.get(l)).padStart(20)} ${cell(postgres?.get(l)).padStart(24)}   ${rs.some(Boolean) ? rs.map((x) => x || "—").join(" · ") : ""}`,
    );
  }
  const dash = (r: Results | null) => r?.get("Khối dashboard data (both)")?.median;
  const p = dash(pglite);
  const q = dash(postgres);
  if (p !== undefined || q !== undefined)
    console.log(
      `\ntargets: Khối dashboard data < 300 ms on PGlite (${p === undefined ? "not run" : `${fmt(p)} ms ${p < 300 ? "met" : "MISSED"}`}), < 100 ms on PostgreSQL (${q === undefined ? "not run" : `${fmt(q)} ms ${q < 100 ? "met" : "MISSED"}`})`,
    );
}

async function main() {
  const only = process.env.BENCH_ONLY;
  const rollup = await loadRollup();
  console.log(`large-tenant benchmark: ${RUNS} timed runs after 2 warm-ups; Node ${process.version}, ${os.cpus().length} cores`);
  const a = only === "postgres" ? null : await onPglite(rollup);
  console.log(`  peak RSS so far ${peakRssMb().toFixed(0)} MB`);
  const b = only === "pglite" ? null : await onPostgres(rollup);
  table(a?.results ?? null, b?.results ?? null);
  console.log(
    `generation: PGlite ${a ? `${(a.generationMs / 1000).toFixed(1)} s` : "—"}, PostgreSQL ${b ? `${(b.generationMs / 1000).toFixed(1)} s` : "—"}`,
  );
  console.log(
    `peak RSS (process.memoryUsage().rss high-water mark, sampled every 25 ms) ${peakRssMb().toFixed(0)} MB; OS maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
