// Start-up migrations of the embedded (PGlite) database; see migratePGlite.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openPGlite } from "@/lib/db/adapters";

// The table `prisma migrate deploy` creates to record what it applied (the same definition).
const PRISMA_MIGRATIONS = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/**
 * Applies pending migrations to the PGlite database in this process, new or existing, the way
 * `prisma migrate deploy` records them (same `_prisma_migrations` table, rows and checksums), so
 * the CLI can take over the same folder later. The Prisma CLI is not used on PGlite: it cannot
 * exit on an existing folder (PGlite 0.5 keeps the process alive until closed, and the CLI never
 * closes it), and on a new one it may exit before PGlite has written everything to disk.
 * Each migration runs in its own transaction: a failure leaves the database at the one before.
 */
export async function migratePGlite(dataDir: string, folder: string): Promise<void> {
  const names = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
  const pg = openPGlite(dataDir);
  try {
    await pg.exec(PRISMA_MIGRATIONS);
    const rows = await pg.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.rows.map((row) => row.migration_name));
    const pending = names.filter((name) => !applied.has(name));
    if (!pending.length) {
      console.log("[setup] Cơ sở dữ liệu đã ở phiên bản mới nhất.");
      return;
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
  } finally {
    await pg.close();
  }
}
