// First-run and every-start preparation, run by `npm start` / `npm run dev` before the server:
// 1. the auth secret (generated into .data/ unless NEXTAUTH_SECRET is set);
// 2. migrations, with `prisma migrate deploy` (PGlite in .data/pglite, or DATABASE_URL);
// 3. demo data on an empty database in demo mode;
// 4. the production guard: no demo accounts outside demo mode.
// PGlite allows one process per data folder, so this finishes and closes before the server opens it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { isDemoMode } from "@/lib/auth/mode";
import { assertNoDemoAccountsInProduction } from "@/lib/auth/startup";
import { closeDb, db } from "@/lib/db/client";
import { openPGlite, PGLITE_DIR } from "@/lib/db/adapters";
import { seedDemo } from "./seed";

function migrate() {
  const run = spawnSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma/prisma.config.ts"], { stdio: "inherit", env: process.env });
  if (run.status !== 0) throw new Error("prisma migrate deploy failed");
}

/**
 * Applies pending migrations to an existing PGlite database in this process, the way
 * `prisma migrate deploy` records them (same `_prisma_migrations` rows and checksums). The Prisma
 * CLI cannot exit on an existing PGlite folder (PGlite 0.5 keeps the process alive until closed,
 * and the CLI never closes it), so it is used only for new databases and for PostgreSQL.
 * Returns false when the CLI must run.
 */
async function migrateExistingPGlite(): Promise<boolean> {
  if (process.env.DATABASE_URL || !fs.existsSync(path.join(PGLITE_DIR, "PG_VERSION"))) return false;
  const folder = path.join(import.meta.dirname, "migrations");
  const names = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
  const pg = openPGlite();
  try {
    const applied = await pg
      .query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .then((r) => new Set(r.rows.map((row) => row.migration_name)), () => null);
    if (!applied) return false; // not a database this app made: let the CLI say what is wrong
    const pending = names.filter((name) => !applied.has(name));
    if (!pending.length) {
      console.log("[setup] Cơ sở dữ liệu đã ở phiên bản mới nhất.");
      return true;
    }
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      console.log(`[setup] Áp dụng migration ${name}…`);
      await pg.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)',
          [crypto.randomUUID(), checksum, name],
        );
      });
    }
    return true;
  } finally {
    await pg.close();
  }
}

async function main() {
  ensureAuthSecret();
  const target = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "PGlite (.data/pglite)";
  if (!(await migrateExistingPGlite())) {
    console.log(`[setup] Áp dụng migration lên ${target}…`);
    migrate();
  }

  const client = db();
  try {
    if (isDemoMode() && (await client.unit.count()) === 0) {
      console.log("[setup] Cơ sở dữ liệu trống: tạo dữ liệu mẫu…");
      const started = Date.now();
      await seedDemo(client);
      console.log(`[setup] Đã tạo dữ liệu mẫu (${Date.now() - started} ms).`);
    }
    await assertNoDemoAccountsInProduction(client);
  } finally {
    await closeDb();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[setup] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
