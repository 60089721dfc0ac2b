// First-run and every-start preparation, run by `npm start` / `npm run dev` before the server:
// 1. the auth secret (generated into .data/ unless NEXTAUTH_SECRET is set);
// 2. migrations: `prisma migrate deploy` on DATABASE_URL, in-process on PGlite (.data/pglite);
// 3. demo data on an empty database in demo mode;
// 4. the production guard: no demo accounts outside demo mode.
// PGlite allows one process per data folder, so this finishes and closes before the server opens it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { isDemoMode } from "@/lib/auth/mode";
import { assertNoDemoAccountsInProduction } from "@/lib/auth/startup";
import { closeDb, db } from "@/lib/db/client";
import { PGLITE_DIR } from "@/lib/db/adapters";
import { asSystem } from "@/lib/db/tenant-context";
import { migratePGlite } from "./pglite-migrate";
import { seedDemo } from "./seed";

function migrate() {
  const run = spawnSync("npx", ["prisma", "migrate", "deploy", "--config", "prisma/prisma.config.ts"], {
    stdio: "inherit",
    env: process.env,
  });
  if (run.status !== 0) throw new Error("prisma migrate deploy failed");
}

async function main() {
  ensureAuthSecret();
  if (process.env.DATABASE_URL) {
    console.log("[setup] Áp dụng migration lên PostgreSQL (DATABASE_URL)…");
    migrate();
  } else {
    console.log(`[setup] Kiểm tra migration của PGlite (${path.relative(process.cwd(), PGLITE_DIR)})…`);
    await migratePGlite(PGLITE_DIR, path.join(import.meta.dirname, "migrations"));
  }

  const client = db();
  try {
    // System mode (row-level security): the seed writes every Khối, and the guard counts them all.
    await asSystem(async () => {
      if (isDemoMode() && (await client.unit.count()) === 0) {
        console.log("[setup] Cơ sở dữ liệu trống: tạo dữ liệu mẫu…");
        const started = Date.now();
        await seedDemo(client);
        console.log(`[setup] Đã tạo dữ liệu mẫu (${Date.now() - started} ms).`);
      }
      await assertNoDemoAccountsInProduction(client);
    });
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
