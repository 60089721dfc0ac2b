// Tools of the large-tenant benchmark (npm run bench:rollup): timings with median and p95, the
// process's peak memory, the two databases (PGlite in a temp folder, a throw-away PostgreSQL
// cluster on 127.0.0.1) and a bulk insert that both drivers take.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "@/lib/db/adapters";
import pg from "pg";
import { currentDbSettings } from "@/lib/db/tenant-context";
import { migrationScripts } from "@/tests/helpers/migrations";
import { startPgCluster as startThrowAwayCluster } from "@/tests/helpers/pg-cluster";

export type Stat = { median: number; p95: number; runs: number };

// ───────── memory: the high-water mark of process.memoryUsage().rss, sampled ─────────
let peakRss = 0;
export const sampleRss = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sampleRss, 25);
sampler.unref();
export const peakRssMb = () => (sampleRss(), peakRss / 2 ** 20);

/** Two warm-ups, then `runs` timed calls one after the other; median and p95 (nearest rank). */
export async function timeIt(label: string, fn: () => Promise<unknown>, runs = 20): Promise<Stat> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
    sampleRss();
  }
  ms.sort((a, b) => a - b);
  const stat = { median: ms[Math.ceil(runs / 2) - 1], p95: ms[Math.ceil(runs * 0.95) - 1], runs };
  console.log(
    `  ${label.padEnd(46)} median ${fmt(stat.median).padStart(8)} ms   p95 ${fmt(stat.p95).padStart(8)} ms   (n=${runs})`,
  );
  return stat;
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

// ───────── raw access for bulk inserts and EXPLAIN (the app itself only goes through Prisma) ─────────
export type Raw = {
  query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  exec: (sql: string) => Promise<void>;
};

/**
 * Raw access is the owner's (bulk inserts, VACUUM): PGlite has one session, which the app's client
 * turned into the app role (row-level security), so each call steps out of it and back.
 */
export function rawPglite(db: PGlite): Raw {
  const asOwner = async <T>(fn: () => Promise<T>): Promise<T> => {
    const [{ role }] = (await db.query<{ role: string }>("SELECT current_user::text AS role")).rows;
    await db.exec("RESET ROLE");
    try {
      return await fn();
    } finally {
      await db.exec(`SET ROLE "${role}"`);
    }
  };
  return {
    query: (sql, params) => asOwner(async () => (await db.query<Record<string, unknown>>(sql, params)).rows),
    exec: (sql) => asOwner(async () => void (await db.exec(sql))),
  };
}

export function rawPg(client: pg.Client): Raw {
  return {
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
    exec: async (sql) => void (await client.query(sql)),
  };
}

export type StatementStat = { sql: string; calls: number; totalMs: number; rows: number; params?: unknown[] };

/**
 * PGlite has no pg_stat_statements: this wraps the instance's query(), and that of the
 * transactions it opens (each query of the app runs in one, for row-level security), and times
 * each statement between start() and stop().
 */
export function pgliteStatements(db: PGlite) {
  const stats = new Map<string, StatementStat>();
  let on = false;
  type Query = PGlite["query"];
  const timed = (query: Query): Query =>
    (async (sql: string, params?: unknown[], options?: Parameters<Query>[2]) => {
      if (!on) return query(sql, params, options);
      const t = performance.now();
      const res = await query(sql, params, options);
      const s = stats.get(sql) ?? { sql, calls: 0, totalMs: 0, rows: 0 };
      s.calls += 1;
      s.totalMs += performance.now() - t;
      s.rows += res.rows.length;
      s.params = params;
      stats.set(sql, s);
      return res;
    }) as Query;
  db.query = timed(db.query.bind(db));
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: Parameters<PGlite["transaction"]>[0]) =>
    transaction((tx) => {
      tx.query = timed(tx.query.bind(tx));
      return fn(tx);
    })) as PGlite["transaction"];
  return {
    start: () => ((on = true), stats.clear()),
    stop: () => ((on = false), [...stats.values()].sort((a, b) => b.totalMs - a.totalMs)),
    /** EXPLAIN ANALYZE of a recorded statement with the parameters it last ran with, as the tenant of the caller. */
    explain: (s: StatementStat) =>
      transaction(async (tx) => {
        const { khoiIds, system } = currentDbSettings();
        await tx.query("SELECT set_config('app.khoi_ids', $1, true), set_config('app.system', $2, true)", [khoiIds, system]);
        return (await tx.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${s.sql}`, s.params)).rows.map(
          (r) => r["QUERY PLAN"],
        );
      }),
  };
}

/** A PGlite database in a new temp folder, migrated like tests/helpers/database.ts does. */
export async function openTempPglite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
  const db = newPGlite(dir);
  for (const sql of migrationScripts()) await db.exec(sql);
  return {
    db,
    dir,
    close: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A throw-away cluster (tests/helpers/pg-cluster.ts) with pg_stat_statements loaded (which of a
 * function's queries take the time) and auto_explain available to sessions that ask for it.
 * The database is migrated by running the scripts in order (the template path, not the CLI).
 */
export async function startPgCluster() {
  const cluster = await startThrowAwayCluster(["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"]);
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE bench");
  await admin.end();
  const benchUrl = `postgresql://postgres@127.0.0.1:${cluster.port}/bench`;
  const raw = new pg.Client({ connectionString: benchUrl });
  await raw.connect();
  for (const sql of migrationScripts()) await raw.query(sql);
  await raw.query("CREATE EXTENSION pg_stat_statements");
  return {
    url: benchUrl,
    raw,
    log: cluster.log,
    stop: async () => {
      await raw.end().catch(() => undefined);
      cluster.remove();
    },
  };
}

// ───────── bulk insert: one INSERT … SELECT FROM unnest(…) per slice, every value sent as text ─────────
/** Column name → SQL type the text is cast to ('date', 'timestamp(3)', '"EntryKind"', 'text[]'…). */
export type Columns = Record<string, string>;

const literal = (v: unknown, type: string): string => {
  if (v === null || v === undefined) return "NULL";
  let s: string;
  if (v instanceof Date) s = type === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
  else if (Array.isArray(v)) s = `{${v.map((x) => literal(x, "text")).join(",")}}`;
  else s = String(v);
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
};

export async function bulkInsert(raw: Raw, table: string, columns: Columns, rows: Record<string, unknown>[], slice = 10_000) {
  const names = Object.keys(columns);
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT ${names.map((n, i) => `c${i}::${columns[n]}`).join(", ")} ` +
    `FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS u(${names.map((_, i) => `c${i}`).join(", ")})`;
  for (let i = 0; i < rows.length; i += slice) {
    const part = rows.slice(i, i + slice);
    await raw.query(
      sql,
      names.map((n) => `{${part.map((r) => literal(r[n], columns[n])).join(",")}}`),
    );
    sampleRss();
  }
}
