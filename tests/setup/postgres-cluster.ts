// Global setup of the `integration-postgres` project: starts a throw-away PostgreSQL cluster on
// 127.0.0.1, deploys the migrations to a template database with `prisma migrate deploy` (the
// production path), and hands its address to the test files, which clone the template.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startPgCluster } from "../helpers/pg-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPgCluster(["max_connections=200"]);
  const { bin, port, adminUrl } = cluster;
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

  return async () => cluster.remove();
}
