// Start-up migrations of the embedded database (prisma/pglite-migrate.ts), on real PGlite
// folders: pending migrations are applied and recorded the way `prisma migrate deploy` records
// them, on a new folder as on an existing one, nothing twice.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { newPGlite } from "@/lib/db/adapters";
import { describe, expect, it } from "vitest";
import { migratePGlite } from "@/prisma/pglite-migrate";

const FOLDER = path.resolve(import.meta.dirname, "../../prisma/migrations");
const NAMES = fs
  .readdirSync(FOLDER)
  .filter((n) => fs.existsSync(path.join(FOLDER, n, "migration.sql")))
  .sort();
const sql = (name: string) => fs.readFileSync(path.join(FOLDER, name, "migration.sql"), "utf8");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

// The table `prisma migrate deploy` creates to record what it applied.
const PRISMA_MIGRATIONS = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "pglite-migrate-"));

/** A database as the CLI would have left it after deploying the first `count` migrations. */
async function databaseAt(count: number) {
  const dir = tmp();
  const pg = newPGlite(dir);
  await pg.exec(PRISMA_MIGRATIONS);
  for (const name of NAMES.slice(0, count)) {
    await pg.exec(sql(name));
    await pg.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
      [crypto.randomUUID(), sha256(sql(name)), name],
    );
  }
  await pg.close();
  return dir;
}

async function recorded(dir: string) {
  const pg = newPGlite(dir);
  try {
    const rows = await pg.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const tables = await pg.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    return { rows: rows.rows, tables: tables.rows.map((t) => t.table_name) };
  } finally {
    await pg.close();
  }
}

describe("migrating an existing PGlite database at start-up", () => {
  it("applies the pending migrations once, recorded with Prisma's checksums", { timeout: 60_000 }, async () => {
    expect(NAMES.length).toBeGreaterThan(2);
    const dir = await databaseAt(2);
    await migratePGlite(dir, FOLDER);
    const after = await recorded(dir);
    expect(after.rows).toEqual(NAMES.map((name) => ({ migration_name: name, checksum: sha256(sql(name)) })));
    expect(after.tables).toEqual(expect.arrayContaining(["Unit", "Member", "Plan", "EvidenceFile"]));

    await migratePGlite(dir, FOLDER);
    expect((await recorded(dir)).rows).toHaveLength(NAMES.length);
  });

  it(
    "builds a new database from nothing, with every table and Prisma's records, that survives a reopen",
    { timeout: 60_000 },
    async () => {
      const dir = tmp();
      await migratePGlite(dir, FOLDER);
      const after = await recorded(dir);
      expect(after.rows).toEqual(NAMES.map((name) => ({ migration_name: name, checksum: sha256(sql(name)) })));
      expect(after.tables).toEqual(
        expect.arrayContaining(["Unit", "Member", "Plan", "YouthProject", "MemberEntry", "Commitment", "_prisma_migrations"]),
      );
    },
  );

  it("stops at the migration that fails, keeping the ones before it", { timeout: 60_000 }, async () => {
    const dir = await databaseAt(1);
    const pg = newPGlite(dir);
    // Something already in the way of the second migration.
    await pg.exec(`CREATE TABLE "Plan" (id int)`);
    await pg.close();
    await expect(migratePGlite(dir, FOLDER)).rejects.toThrow();
    const failing = NAMES.findIndex((name) => sql(name).includes('CREATE TABLE "Plan"'));
    expect(failing).toBeGreaterThan(1);
    expect((await recorded(dir)).rows.map((r) => r.migration_name)).toEqual(NAMES.slice(0, failing));
  });
});
