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

/** initdb and start; `settings` are extra `-c name=value` server settings. */
export async function startPgCluster(settings: string[] = []): Promise<PgCluster> {
  const bin = pgBinaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-test-"));
  const data = path.join(dir, "data");
  const port = await freePort();
  // initdb refuses to run as root: run the cluster as the `postgres` user then.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ["-u", "postgres", "--", path.join(bin, cmd), ...args] : args;
    const res = spawnSync(asRoot ? "runuser" : path.join(bin, cmd), full, { encoding: "utf8" });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"]);
  const options = [
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
    ...settings.map((s) => `-c ${s}`),
  ].join(" ");
  const log = path.join(dir, "log");
  const start = () => run("pg_ctl", ["-D", data, "-l", log, "-w", "start", "-o", options]);
  const stop = () => run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
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
