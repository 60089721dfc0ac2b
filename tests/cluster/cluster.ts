// The several-server deployment on this machine (issue 19): one PostgreSQL primary, N app servers
// of one build, and HAProxy in front of them, every port on the loopback. `npm run cluster:up` /
// `cluster:down` (up.ts, down.ts), the cluster's browser test and its load benchmark start it
// through here. Every part is a real process: PostgreSQL, HAProxy and the object store that holds
// the evidence files (OpenStack Swift's S3 layer) from Debian, the portal's own
// `lib/server/start.mjs` for each server.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { proxyErrorResponse } from "../../lib/server/outage.mjs";
import { createBucket, startObjectStore, type ObjectStore } from "../helpers/object-store";
import { PRIMARY_SETTINGS, startPgCluster, startStandby, type PgCluster } from "../helpers/pg-cluster";

// The project's root: every command that starts a cluster runs from it (npm scripts, Playwright).
const ROOT = process.cwd();

export type ClusterOptions = {
  /** Where the cluster keeps its configuration, logs, evidence files and state */
  dir: string;
  servers?: number;
  /** HAProxy's port; the servers take the next ones */
  proxyPort?: number;
  /**
   * Commits on disk before they return, as in production (default). `false`: the test cluster's
   * speed settings, where a commit made just before an immediate stop can be lost.
   */
  durable?: boolean;
  /** A streaming standby of the primary (pg_basebackup) that the servers read page views from. */
  replica?: boolean;
  /** How far behind the primary the replica may be and still be read (the servers' default: 2,000 ms). */
  maxLagMs?: number;
};

/** What `cluster:down` needs to stop a cluster another process started. */
export type ClusterState = {
  dir: string;
  proxyUrl: string;
  databaseUrl: string;
  replicaUrl: string | null;
  /** The data folders of the primary and of the standby, if any */
  pgData: string[];
  pgBin: string;
  proxyPid: number;
  /** The object store's processes (Swift and memcached) */
  objectStorePids: number[];
  servers: { name: string; port: number; pid: number }[];
};

export type AppServer = {
  name: string;
  port: number;
  url: string;
  pid: () => number;
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

export type Cluster = {
  proxyUrl: string;
  databaseUrl: string;
  replicaUrl: string | null;
  standby: PgCluster | null;
  servers: AppServer[];
  pg: PgCluster;
  /** Where the servers keep the evidence files: bucket `evidence` */
  objects: ObjectStore;
  state: () => ClusterState;
  stop: () => Promise<void>;
};

/**
 * The HAProxy configuration: round robin over the servers that are ready (their database
 * answers: `/api/health`); when none is, over those alive (`?check=live`), which answer with their
 * own outage page and serve again the moment the database does; when none is alive, the outage
 * page from `errorFile` (proxyErrorResponse).
 */
export function haproxyConfig(proxyPort: number, servers: { name: string; port: number }[], errorFile: string): string {
  const backend = (name: string, check: string) => [
    `backend ${name}`,
    "  balance roundrobin",
    // A request that cannot reach its server (stopped, not yet seen by the checks) goes to another.
    "  retries 2",
    "  option redispatch 1",
    `  option httpchk GET ${check}`,
    "  http-check expect status 200",
    // Out after three failed checks a second apart, back after two good ones. A check may take
    // 3 s (without `timeout check` it would have `inter`, 1 s): on a busy machine a server
    // rendering a page answers late, and must not be taken out for it.
    "  timeout check 3s",
    "  default-server inter 1s fall 3 rise 2",
    // Which server answered, for the tests and the benchmark (drop it in a public deployment).
    "  http-response set-header X-Served-By %[srv_name]",
    ...servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`),
  ];
  return [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  option http-keep-alive",
    `  errorfile 503 ${errorFile}`,
    "frontend portal",
    `  bind 127.0.0.1:${proxyPort}`,
    // Overwrite, never append: a client's own X-Forwarded-For must not reach the servers
    // (TRUST_PROXY=loopback there believes the one hop it comes from).
    "  http-request set-header X-Forwarded-For %[src]",
    "  http-request set-header X-Forwarded-Proto http",
    "  http-request del-header X-Forwarded-Host",
    "  use_backend portal_live if { nbsrv(portal_ready) eq 0 }",
    "  default_backend portal_ready",
    ...backend("portal_ready", "/api/health"),
    ...backend("portal_live", "/api/health?check=live"),
    "",
  ].join("\n");
}

function ensureBuild() {
  if (fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) return;
  console.log("[cluster] next build…");
  const build = spawnSync("npx", ["next", "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

async function until(check: () => Promise<boolean>, what: string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`[cluster] ${what}: still not ready after ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const DURABLE = ["fsync=on", "synchronous_commit=on", "full_page_writes=on"];

const answers = (url: string) => fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status === 200);

/** Starts PostgreSQL with the demo data, `servers` app servers and HAProxy; resolves when the proxy serves pages. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  fs.mkdirSync(options.dir, { recursive: true });
  ensureBuild();
  const durable = options.durable ?? true;

  const settings = ["max_connections=200", ...(durable ? DURABLE : [])];
  const pg = await startPgCluster([...settings, ...PRIMARY_SETTINGS]);
  // What has started so far, stopped again if a later part fails to start.
  const started: (() => unknown)[] = [() => pg.remove()];
  try {
    return await startTheRest(options, pg, settings, started);
  } catch (error) {
    for (const stop of started.reverse()) await stop();
    throw error;
  }
}

async function startTheRest(
  options: ClusterOptions,
  pg: PgCluster,
  settings: string[],
  started: (() => unknown)[],
): Promise<Cluster> {
  const { dir, servers: count = 2, proxyPort = 3400, replica = false } = options;
  execFileSync(path.join(pg.bin, "psql"), [pg.adminUrl, "-v", "ON_ERROR_STOP=1", "-qc", "CREATE DATABASE portal"]);
  const databaseUrl = `postgresql://postgres@127.0.0.1:${pg.port}/portal`;
  const secret = randomBytes(32).toString("base64url");
  // The evidence files in an object store every server reaches. FILES_DIR stays a folder of the
  // cluster's own, so that a file written to a server's disk instead would show.
  const objects = await startObjectStore(path.join(dir, "objects"));
  started.push(() => objects.stop());
  await createBucket(objects, "evidence");
  const files = path.join(dir, "files");
  fs.mkdirSync(files, { recursive: true });
  // What every server shares: the database, the session secret and the evidence files.
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    APP_MODE: "demo",
    NEXTAUTH_SECRET: secret,
    FILES_DIR: files,
    ...objects.env("evidence"),
    TRUST_PROXY: "loopback",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    HOSTNAME: "127.0.0.1",
  } as NodeJS.ProcessEnv;
  delete env.PGLITE_DIR;
  delete env.NEXTAUTH_URL;

  console.log("[cluster] migrations and demo data on PostgreSQL…");
  const setup = spawnSync("npx", ["tsx", "prisma/setup.ts"], { cwd: ROOT, env, encoding: "utf8" });
  if (setup.status !== 0) throw new Error(`[cluster] setup failed:\n${setup.stdout}\n${setup.stderr}`);

  // The standby, copied from the primary with its data, and streaming from then on.
  // A standby takes no fewer connections than its primary.
  const standby = replica ? await startStandby(pg, settings) : null;
  if (standby) started.push(() => standby.remove());
  const replicaUrl = standby ? `postgresql://postgres@127.0.0.1:${standby.port}/portal` : null;
  if (replicaUrl) env.DATABASE_REPLICA_URL = replicaUrl;
  if (options.maxLagMs) env.DATABASE_REPLICA_MAX_LAG_MS = String(options.maxLagMs);

  const servers = Array.from({ length: count }, (_, i) => appServer(`app${i + 1}`, proxyPort + 1 + i, dir, env));
  started.push(() => Promise.all(servers.map((s) => s.stop())));
  await Promise.all(servers.map((s) => s.start()));

  const config = path.join(dir, "haproxy.cfg");
  const errorFile = path.join(dir, "haproxy-503.http");
  fs.writeFileSync(errorFile, proxyErrorResponse());
  fs.writeFileSync(config, haproxyConfig(proxyPort, servers, errorFile));
  const check = spawnSync("haproxy", ["-c", "-q", "-f", config], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`[cluster] haproxy refused its configuration: ${check.stderr}`);
  const proxyLog = fs.openSync(path.join(dir, "haproxy.log"), "a");
  const proxy = spawn("haproxy", ["-db", "-f", config], { detached: true, stdio: ["ignore", proxyLog, proxyLog] });
  proxy.unref();
  started.push(() => stopPid(proxy.pid));
  const proxyUrl = `http://127.0.0.1:${proxyPort}`;
  await until(() => answers(`${proxyUrl}/api/health`), "HAProxy");
  // Every server in rotation (the checks need `rise 2` good answers).
  await until(async () => {
    const seen = new Set<string>();
    for (let i = 0; i < count * 2; i++) {
      const r = await fetch(`${proxyUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      seen.add(r.headers.get("x-served-by") ?? "");
    }
    return seen.size === count;
  }, "every server behind HAProxy");

  const state = (): ClusterState => ({
    dir,
    proxyUrl,
    databaseUrl,
    replicaUrl,
    pgData: [pg, ...(standby ? [standby] : [])].map((c) => path.join(path.dirname(c.log), "data")),
    pgBin: pg.bin,
    proxyPid: proxy.pid!,
    objectStorePids: objects.pids,
    servers: servers.map((s) => ({ name: s.name, port: s.port, pid: s.pid() })),
  });
  return {
    proxyUrl,
    databaseUrl,
    replicaUrl,
    standby,
    servers,
    pg,
    objects,
    state,
    stop: async () => {
      stopPid(proxy.pid);
      await Promise.all(servers.map((s) => s.stop()));
      standby?.remove();
      pg.remove();
      objects.stop();
    },
  };
}

function appServer(name: string, port: number, dir: string, env: NodeJS.ProcessEnv): AppServer {
  const url = `http://127.0.0.1:${port}`;
  let pid = 0;
  return {
    name,
    port,
    url,
    pid: () => pid,
    start: async () => {
      const log = fs.openSync(path.join(dir, `${name}.log`), "a");
      const child = spawn(process.execPath, ["lib/server/start.mjs"], {
        cwd: ROOT,
        env: { ...env, PORT: String(port) },
        detached: true,
        stdio: ["ignore", log, log],
      });
      child.unref();
      pid = child.pid!;
      await until(() => answers(`${url}/api/health`), `${name} on port ${port}`);
    },
    stop: async () => {
      stopPid(pid);
      await until(async () => !alive(pid), `${name} stopping`, 10_000);
    },
  };
}

export function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function stopPid(pid: number | undefined) {
  if (alive(pid)) process.kill(pid!, "SIGTERM");
}
