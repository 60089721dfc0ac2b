// Global setup of the `integration-postgres` project: starts a throw-away PostgreSQL cluster on
// 127.0.0.1, deploys the migrations to a template database with `prisma migrate deploy` (the
// production path), and hands its address to the test files, which clone the template.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function findBin(): string {
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export default async function setup(project: TestProject) {
  const bin = findBin();
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
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
  ]);

  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const templateUrl = `postgresql://postgres@127.0.0.1:${port}/app_template`;
  const psql = (sql: string) =>
    execFileSync(path.join(bin, "psql"), [adminUrl, "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
  psql("CREATE DATABASE app_template");

  // The production deploy path: prisma migrate deploy through prisma.config.ts's pg adapter.
  const deploy = spawnSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma/prisma.config.ts"], {
    env: { ...process.env, DATABASE_URL: templateUrl },
    encoding: "utf8",
    timeout: 180_000,
  });
  if (deploy.status !== 0) throw new Error(`prisma migrate deploy failed:\n${deploy.stdout}\n${deploy.stderr}`);

  project.provide("pgAdminUrl", adminUrl);

  return async () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
