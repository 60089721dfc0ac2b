// The yardstick and the microscope of the roll-up benchmark: the main counts of the roll-up as
// ONE hand-tuned SQL query (tagged $queryRaw, bound parameters only), and, on PostgreSQL, which
// of the app's statements take the time (pg_stat_statements) and their plans (auto_explain).
import fs from "node:fs";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { takeAppRole } from "@/lib/db/app-role";
import { fmt, type Raw } from "./bench-kit";

export type HandRow = { coSoId: string | null; what: string; n: number };

/**
 * Confirmed entries per cơ sở × kind that happened in the year, projects per cơ sở (null: the
 * Khối's own) in the counted statuses starting in the year, and the share of active cơ sở having
 * a project (their own, or joining a Khối project), in tenths of a percent.
 */
export function handRollup(client: Db, khoiId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return client.$queryRaw<HandRow[]>`
    WITH co_so AS (
      SELECT id FROM "Unit" WHERE "khoiId" = ${khoiId} AND kind = 'CO_SO' AND active
    ), entries AS (
      -- One branch per kind: each is a range on (khoiId, kind, status, occurredOn), which an index
      -- starting with those columns answers alone; grouping all kinds at once scans the table.
      SELECT "coSoId", 'IDEA' AS what, count(*)::int AS n FROM "MemberEntry"
      WHERE "khoiId" = ${khoiId} AND kind = 'IDEA' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 1
      UNION ALL
      SELECT "coSoId", 'TRAINING', count(*)::int FROM "MemberEntry"
      WHERE "khoiId" = ${khoiId} AND kind = 'TRAINING' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 1
      UNION ALL
      SELECT "coSoId", 'VOLUNTEER', count(*)::int FROM "MemberEntry"
      WHERE "khoiId" = ${khoiId} AND kind = 'VOLUNTEER' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 1
    ), projects AS (
      SELECT "coSoId", count(*)::int AS n
      FROM "YouthProject"
      WHERE "khoiId" = ${khoiId} AND status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED')
        AND "startsOn" >= ${from}::date AND "startsOn" < ${to}::date
      GROUP BY 1
    ), joined AS (
      SELECT DISTINCT j."coSoId"
      FROM "ProjectJoin" j JOIN "YouthProject" p ON p.id = j."projectId"
      WHERE j."khoiId" = ${khoiId} AND j.active AND p.status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED')
        AND p."startsOn" >= ${from}::date AND p."startsOn" < ${to}::date
    )
    SELECT "coSoId", what, n FROM entries
    UNION ALL SELECT "coSoId", 'PROJECT', n FROM projects
    UNION ALL
    SELECT NULL, 'SHARE_PERMILLE', (1000 * count(*) FILTER (WHERE c.id IN (SELECT "coSoId" FROM projects WHERE "coSoId" IS NOT NULL) OR c.id IN (SELECT "coSoId" FROM joined)) / NULLIF(count(*), 0))::int
    FROM co_so c`;
}

/** The monthly trend by hand: confirmed ideas, trainings and volunteer hours per month, one branch per kind. */
export function handMonthly(client: Db, khoiId: string, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  return client.$queryRaw<{ what: string; month: number; n: number }[]>`
    SELECT 'IDEA' AS what, extract(month FROM "occurredOn")::int AS month, count(*)::float AS n FROM "MemberEntry"
    WHERE "khoiId" = ${khoiId} AND kind = 'IDEA' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 2
    UNION ALL
    SELECT 'TRAINING', extract(month FROM "occurredOn")::int, count(*)::float FROM "MemberEntry"
    WHERE "khoiId" = ${khoiId} AND kind = 'TRAINING' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 2
    UNION ALL
    SELECT 'HOURS', extract(month FROM "occurredOn")::int, coalesce(sum(hours), 0)::float FROM "MemberEntry"
    WHERE "khoiId" = ${khoiId} AND kind = 'VOLUNTEER' AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date GROUP BY 2
    UNION ALL
    SELECT 'PROJECT', extract(month FROM "startsOn")::int, count(*)::float FROM "YouthProject"
    WHERE "khoiId" = ${khoiId} AND status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED') AND "startsOn" >= ${from}::date AND "startsOn" < ${to}::date GROUP BY 2`;
}

/** The hand query's totals, to check the app's roll-up against (same numbers, or the ratio means little). */
export function handTotals(rows: HandRow[]) {
  const sum = (what: string) => rows.filter((r) => r.what === what).reduce((n, r) => n + r.n, 0);
  return {
    ideas: sum("IDEA"),
    trainings: sum("TRAINING"),
    projects: sum("PROJECT"),
    sharePercent: (rows.find((r) => r.what === "SHARE_PERMILLE")?.n ?? 0) / 10,
  };
}

// ───────── PostgreSQL only: which statements dominate, and their plans ─────────

export async function resetStatements(raw: Raw) {
  await raw.query("SELECT pg_stat_statements_reset()");
}

/** The statements of the database since the last reset, by total time; Prisma's SQL shortened to its shape. */
export async function topStatements(raw: Raw, limit = 8) {
  const rows = await raw.query(
    `SELECT query, calls::int AS calls, round(mean_exec_time::numeric, 2)::float AS mean, round(total_exec_time::numeric, 1)::float AS total, rows::int AS rows
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE 'BEGIN%' AND query NOT ILIKE 'COMMIT%'
     ORDER BY total_exec_time DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ sql: String(r.query), calls: Number(r.calls), totalMs: Number(r.total), rows: Number(r.rows) }));
}

/** One line per statement: time per dashboard call, calls, mean, rows returned, the statement's shape. */
export function printStatements(
  title: string,
  rows: { sql: string; calls: number; totalMs: number; rows: number }[],
  per: number,
) {
  console.log(`\n  ${title}:`);
  for (const s of rows.slice(0, 10))
    console.log(
      `    ${fmt(s.totalMs / per).padStart(7)} ms/call  ${String(s.calls / per).padStart(4)}× mean ${fmt(s.totalMs / s.calls).padStart(6)} ms  rows ${String(Math.round(s.rows / per)).padStart(6)}  ${shapeOf(s.sql)}`,
    );
  const sum = rows.reduce((n, s) => n + s.totalMs, 0) / per;
  console.log(`    ${fmt(sum).padStart(7)} ms/call  in all ${rows.length} statements`);
}

/** "SELECT … FROM "MemberEntry" … GROUP BY coSoId" in one line: the table, the joins, the grouping. */
export function shapeOf(sql: string): string {
  const s = sql.replace(/"public"\./g, "").replace(/\s+/g, " ");
  const from = /FROM "(\w+)"/.exec(s)?.[1] ?? "?";
  const joins = [...s.matchAll(/JOIN "(\w+)"/g)].map((m) => m[1]);
  const group = /GROUP BY (.*?)(?: ORDER BY| LIMIT| OFFSET|\)|$)/
    .exec(s)?.[1]
    ?.replace(/"\w+"\./g, "")
    .slice(0, 60);
  const sub = (s.match(/SELECT/g) ?? []).length - 1;
  const verb = /^\s*(WITH|SELECT count|SELECT COUNT)/i.test(s) ? s.slice(0, 12) : "SELECT";
  return `${verb.trim()} ${from}${joins.length ? ` ⋈ ${joins.join(", ")}` : ""}${sub > 0 ? ` (+${sub} subselect)` : ""}${group ? ` GROUP BY ${group}` : ""}`;
}

/**
 * A second Prisma client on the same database whose sessions load auto_explain: every statement's
 * plan with actual times lands in the server log, which `readPlans` parses afterwards.
 */
export function explainingClient(url: string) {
  const options =
    "-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_timing=on";
  // As the app's connections are: the app role (row-level security), unless DATABASE_RLS=off.
  const onConnect = async (client: pg.ClientBase) => void (await takeAppRole((sql) => client.query(sql), "PostgreSQL"));
  return createPrismaClient(new PrismaPg({ connectionString: url, max: 4, options, onConnect }));
}

export type LoggedPlan = { ms: number; query: string; plan: string[] };

/** The plans auto_explain logged after byte `offset` of the server log, slowest first. */
export function readPlans(log: string, offset: number): LoggedPlan[] {
  const text = fs.readFileSync(log, "utf8").slice(offset);
  const plans: LoggedPlan[] = [];
  let cur: LoggedPlan | null = null;
  for (const line of text.split("\n")) {
    const head = /LOG:\s+duration: ([\d.]+) ms\s+plan:/.exec(line);
    if (head) {
      cur = { ms: Number(head[1]), query: "", plan: [] };
      plans.push(cur);
    } else if (cur && /^\s/.test(line)) {
      const t = line.replace(/^\t/, "");
      if (t.startsWith("Query Text:")) cur.query = t.slice(12);
      // The query text may wrap; the plan starts at the first node, which carries its cost.
      else if (!cur.plan.length && !t.includes("(cost=")) cur.query += ` ${t.trim()}`;
      else cur.plan.push(t);
    } else cur = null;
  }
  return plans.sort((a, b) => b.ms - a.ms);
}
