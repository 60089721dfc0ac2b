// One app server against two behind HAProxy (issue 19), on this machine: `npm run bench:cluster`.
// For each size it starts the whole set afresh (tests/cluster/cluster.ts: PostgreSQL with the demo
// data, the servers, HAProxy), then through the proxy:
// - reads: CONNECTIONS clients (20) signed in as four roles in turn, each going round its role's
//   dashboard, lists and a record page, SECONDS (15) after WARMUP (3) untimed;
// - writes: WRITERS (8) loops at once, each a member's volunteer entry sent through the entry
//   form's server action and confirmed by the chi đoàn secretary through theirs;
// - with two servers, the time from PostgreSQL starting again after a stop to a signed-in page;
// - then two servers reading page views from a streaming replica, and what the primary did
//   meanwhile (its processes' CPU, its transactions and rows read) beside the same without it.
// SETS picks the sets: "1,2,2r" by default.
// Every server, PostgreSQL, HAProxy and autocannon share the machine's cores: the numbers say how
// the set behaves here, not what two machines would do. Numbers go in the README.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startCluster, type Cluster } from "../cluster/cluster";
import { freePort } from "../helpers/pg-cluster";
import { signIn } from "./sign-in.mjs";

const seconds = Number(process.env.SECONDS ?? 15);
const warmup = Number(process.env.WARMUP ?? 3);
const connections = Number(process.env.CONNECTIONS ?? 20);
const writers = Number(process.env.WRITERS ?? 8);
// "2r": two servers reading page views from a streaming replica.
const sets = (process.env.SETS ?? "1,2,2r")
  .split(",")
  .map((set) => ({ label: set, servers: parseInt(set, 10), replica: set.endsWith("r") }));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const summary = (latencies: number[], ms: number) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    perSecond: (sorted.length / ms) * 1000,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
  };
};

/** The server action ids of this build, by exported name (the browser finds them in its scripts). */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, v]) => [v.exportedName, id]));
}

/** Calls a server action as the browser does; returns its result. */
async function callAction(base: string, page: string, id: string, cookie: string, input: unknown) {
  const response = await fetch(base + page, {
    method: "POST",
    headers: { cookie, "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: base },
    body: JSON.stringify([input]),
  });
  const text = await response.text();
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  if (response.status !== 200 || !line) throw new Error(`${page}: ${response.status} ${text.slice(0, 200)}`);
  const result = JSON.parse(line.slice(2)) as { ok: boolean; data?: { id: string }; formError?: string };
  if (!result.ok) throw new Error(`${page}: ${JSON.stringify(result)}`);
  return result.data;
}

/**
 * What the primary has done so far: CPU seconds of its processes (the postmaster's children, read
 * from /proc), transactions and rows read in the portal's database.
 */
async function primaryLoad(cluster: Cluster) {
  const postmaster = fs.readFileSync(path.join(path.dirname(cluster.pg.log), "data", "postmaster.pid"), "utf8").split("\n")[0];
  const ticks = 100; // USER_HZ on Linux
  let cpu = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      // After the command's closing parenthesis: state ppid … utime (14th field) stime (15th).
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      if (fields[1] === postmaster || pid === postmaster) cpu += (Number(fields[11]) + Number(fields[12])) / ticks;
    } catch {
      // gone meanwhile
    }
  }
  const db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  const { rows } = await db.query<{ transactions: string; rows: string }>(
    `SELECT xact_commit + xact_rollback AS transactions, tup_returned + tup_fetched AS rows FROM pg_stat_database WHERE datname = current_database()`,
  );
  await db.end();
  return { cpu, transactions: Number(rows[0].transactions), rows: Number(rows[0].rows) };
}

async function reads(cluster: Cluster) {
  const base = cluster.proxyUrl;
  const db = new pg.Client({ connectionString: cluster.databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT e.id FROM "MemberEntry" e JOIN "User" u ON u."khoiId" = e."khoiId" WHERE u.email = 'khoi@demo.vn' AND e.status = 'CONFIRMED' ORDER BY e.id LIMIT 1`,
  );
  await db.end();
  const roles: Record<string, { email: string; pages: string[] }> = {
    khoi: {
      email: "khoi@demo.vn",
      pages: ["/bang-dieu-khien", "/khoi", "/doan-vien", "/ghi-nhan?status=all", `/ghi-nhan/${rows[0].id}`],
    },
    coSo: { email: "coso@demo.vn", pages: ["/bang-dieu-khien", "/co-so", "/ghi-nhan", "/cong-trinh"] },
    city: { email: "thanhdoan@demo.vn", pages: ["/bang-dieu-khien"] },
    member: { email: "doanvien@demo.vn", pages: ["/ca-nhan", "/ghi-nhan"] },
  };
  const cookies: Record<string, string> = {};
  for (const [role, { email, pages }] of Object.entries(roles)) {
    cookies[role] = await signIn(base, email);
    for (const page of pages) {
      const response = await fetch(base + page, { headers: { cookie: cookies[role] }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${page} as ${role}: ${response.status}`);
    }
  }
  const order = Object.keys(roles);
  const run = async (duration: number) => {
    let next = 0;
    const latencies: number[] = [];
    const result = await autocannon({
      url: base,
      connections,
      duration,
      setupClient: (client) => {
        const role = order[next++ % order.length];
        client.setRequests(roles[role].pages.map((p) => ({ method: "GET", path: p, headers: { cookie: cookies[role] } })));
        client.on("response", (_status, _bytes, responseTime) => latencies.push(responseTime));
      },
    });
    return { result, latencies };
  };
  if (warmup > 0) await run(warmup);
  const before = await primaryLoad(cluster);
  const { result, latencies } = await run(seconds);
  const after = await primaryLoad(cluster);
  return {
    ...summary(latencies, seconds * 1000),
    bad: result.errors + result.timeouts + (result.non2xx ?? 0),
    primary: {
      cpuPerSecond: (after.cpu - before.cpu) / seconds,
      transactionsPerSecond: (after.transactions - before.transactions) / seconds,
      rowsPerSecond: (after.rows - before.rows) / seconds,
    },
  };
}

async function writes(cluster: Cluster) {
  const base = cluster.proxyUrl;
  const ids = actionIds();
  const member = await signIn(base, "doanvien@demo.vn");
  const reviewer = await signIn(base, "chidoan@demo.vn");
  const latencies: number[] = [];
  let failures = 0;
  const timed = async <T>(call: () => Promise<T>) => {
    const t0 = performance.now();
    try {
      return await call();
    } finally {
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; performance.now() < until; i++) {
        try {
          const created = await timed(() =>
            callAction(base, "/ghi-nhan/moi", ids.createEntryAction, member, {
              kind: "VOLUNTEER",
              title: `Hiến máu nhân đạo ${w}-${i}`,
              field: null,
              activityId: null,
              occurredOn: "01/11/2026",
              hours: "2",
              requestKey: randomUUID(),
            }),
          );
          await timed(() =>
            callAction(base, `/ghi-nhan/${created!.id}`, ids.confirmEntriesAction, reviewer, {
              entries: [{ id: created!.id, version: 0 }],
            }),
          );
        } catch (error) {
          failures++;
          if (failures <= 3) console.error(error instanceof Error ? error.message : error);
        }
      }
    }),
  );
  return { ...summary(latencies, performance.now() - started), bad: failures };
}

/** From PostgreSQL starting again after a stop to the first signed-in page through the proxy. */
async function recovery(cluster: Cluster) {
  const cookie = await signIn(cluster.proxyUrl, "khoi@demo.vn");
  const page = () =>
    fetch(`${cluster.proxyUrl}/khoi`, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.status,
      () => 0,
    );
  cluster.pg.stop();
  const outage = performance.now();
  let during = 0;
  while (performance.now() - outage < 5_000) during = await page();
  const t0 = performance.now();
  cluster.pg.start();
  const started = performance.now() - t0;
  for (let status = await page(); status !== 200; status = await page()) {
    if (performance.now() - t0 > 60_000) throw new Error(`still ${status} a minute after PostgreSQL started`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { during, pgStartMs: started, servedAfterMs: performance.now() - t0 };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-cluster-"));
  console.log(
    `${os.cpus().length} cores; reads: ${connections} connections, ${seconds} s after ${warmup} s; writes: ${writers} loops, ${seconds} s`,
  );
  for (const { label, servers, replica } of sets) {
    const cluster = await startCluster({ dir: path.join(dir, label), servers, replica, proxyPort: await freePort() });
    const name = `${servers} server(s)${replica ? " + replica" : ""}`;
    try {
      const r = await reads(cluster);
      console.log(
        `${name}, reads:  ${r.perSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, failed ${r.bad}; ` +
          `primary: ${r.primary.cpuPerSecond.toFixed(2)} CPU s/s, ${r.primary.transactionsPerSecond.toFixed(0)} transactions/s, ${r.primary.rowsPerSecond.toFixed(0)} rows read/s`,
      );
      const w = await writes(cluster);
      console.log(
        `${name}, writes: ${w.perSecond.toFixed(1)} req/s (half entries sent, half confirmed), p50 ${w.p50.toFixed(0)} ms, p95 ${w.p95.toFixed(0)} ms, failed ${w.bad}`,
      );
      if (servers > 1 && !replica) {
        const rec = await recovery(cluster);
        console.log(
          `${name}, PostgreSQL restart: pages answered ${rec.during} while it was down; pg_ctl start took ${rec.pgStartMs.toFixed(0)} ms, a signed-in page was served ${rec.servedAfterMs.toFixed(0)} ms after it began`,
        );
      }
    } finally {
      await cluster.stop();
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
