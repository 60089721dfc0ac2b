// Test databases. PGlite: in memory, migrated by running prisma/migrations/*/migration.sql in
// order. PostgreSQL: a new database per test file, cloned from the template that the global
// setup migrated with `prisma migrate deploy` (tests/setup/postgres-cluster.ts).
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { pgliteAdapter, postgresAdapter } from "@/lib/db/adapters";
import { migrationScripts } from "./migrations";

export async function openTestDatabase(): Promise<{ client: Db; close: () => Promise<void>; kind: "pglite" | "postgres" }> {
  if (process.env.TEST_DB === "postgres") {
    const admin = inject("pgAdminUrl");
    if (!admin) throw new Error("pgAdminUrl is not provided: the PostgreSQL global setup did not run");
    const name = `t_${crypto.randomUUID().replace(/-/g, "")}`;
    const adminClient = new pg.Client({ connectionString: admin });
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE ${name} TEMPLATE app_template`);
    await adminClient.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    const client = createPrismaClient(postgresAdapter(url.toString()));
    return { client, kind: "postgres", close: async () => client.$disconnect() };
  }
  const pglite = new PGlite();
  for (const sql of migrationScripts()) await pglite.exec(sql);
  const client = createPrismaClient(pgliteAdapter(pglite));
  return { client, kind: "pglite", close: async () => { await client.$disconnect(); await pglite.close(); } };
}
