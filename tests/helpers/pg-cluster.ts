// A throw-away PostgreSQL cluster on 127.0.0.1 from Debian's binaries: the PostgreSQL suite's
// database (tests/setup/postgres-cluster.ts) and the outage tests, which stop and start it.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export function pgBinaries(): string {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(base, v, "bin");
    if (fs.existsSync(path.join(bin, "initdb"))) return bin;
  }
  throw new Error(
    "\n\n*** PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql. ***\n" +
      "*** The PostgreSQL integration suite cannot run: install them (apt-get install postgresql). ***\n",
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export type PgCluster = {
  bin: string;
  port: number;
  /** postgresql://postgres@127.0.0.1:port/postgres */
  adminUrl: string;
  /** The server's log file */
  log: string;
  start: () => void;
  /** Stops the server, as an outage would (`immediate`: no shutdown checkpoint) */
  stop: () => void;
  /** Stops it if running and deletes its files */
  remove: () => void;
};

/** Runs one of the server's programs, as the `postgres` user when this process is root (initdb refuses root). */
function pgRunner(bin: string) {
  const asRoot = process.getuid?.() === 0;
  return (cmd: string, args: string[]) => {
    const full = asRoot ? ["-u", "postgres", "--", path.join(bin, cmd), ...args] : args;
    const res = spawnSync(asRoot ? "runuser" : path.join(bin, cmd), full, { encoding: "utf8" });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
}

function newClusterDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-test-"));
  if (process.getuid?.() === 0) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);
  return dir;
}

// Written for speed (a test's cluster), not for surviving a crash.
const FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";

function clusterIn(bin: string, dir: string, port: number, options: string): PgCluster {
  const run = pgRunner(bin);
  const data = path.join(dir, "data");
  const log = path.join(dir, "log");
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  const start = () => run("pg_ctl", ["-D", data, "-l", log, "-w", "start", "-o", options]);
  start();
  return {
    bin,
    port,
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    log,
    start,
    stop,
    remove: () => {
      try {
        if (fs.existsSync(path.join(data, "postmaster.pid"))) stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const serverOptions = (dir: string, port: number, settings: string[]) =>
  [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 ${FAST}`, ...settings.map((s) => `-c ${s}`)].join(" ");

/** initdb and start; `settings` are extra `-c name=value` server settings. */
export async function startPgCluster(settings: string[] = []): Promise<PgCluster> {
  const bin = pgBinaries();
  const dir = newClusterDir();
  const port = await freePort();
  pgRunner(bin)("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"]);
  return clusterIn(bin, dir, port, serverOptions(dir, port, settings));
}

/** What a primary needs to stream to a standby (initdb's pg_hba already trusts replication from 127.0.0.1). */
export const PRIMARY_SETTINGS = ["wal_level=replica", "max_wal_senders=5", "wal_keep_size=64MB"];

/**
 * A streaming standby of `primary` (started with PRIMARY_SETTINGS): a base backup with
 * `pg_basebackup -R` (which writes the connection to the primary and standby.signal), started on
 * its own port; read-only, replaying the primary's WAL as it comes.
 */
export async function startStandby(primary: PgCluster, settings: string[] = []): Promise<PgCluster> {
  const dir = newClusterDir();
  const port = await freePort();
  pgRunner(primary.bin)("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    path.join(dir, "data"),
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  // After the primary restarts, the standby connects again within a second (default 5 s).
  return clusterIn(primary.bin, dir, port, serverOptions(dir, port, ["wal_retrieve_retry_interval=1s", ...settings]));
}
