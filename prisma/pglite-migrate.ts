// Start-up migrations for an existing embedded (PGlite) database; see migrateExistingPGlite.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openPGlite } from "@/lib/db/adapters";

/**
 * Applies pending migrations to an existing PGlite database in this process, the way
 * `prisma migrate deploy` records them (same `_prisma_migrations` rows and checksums). The Prisma
 * CLI cannot exit on an existing PGlite folder (PGlite 0.5 keeps the process alive until closed,
 * and the CLI never closes it), so it is used only for new databases and for PostgreSQL.
 * Returns false when the CLI must run.
 */
export async function migrateExistingPGlite(dataDir: string, folder: string): Promise<boolean> {
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) return false;
  const names = fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort();
  const pg = openPGlite(dataDir);
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
