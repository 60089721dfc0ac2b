// Backups (SECURITY.md #28, issue 19): `npm run db:backup` and `npm run db:restore` run as an
// operator runs them, on the demo data with an evidence file, for the database each suite runs
// on. The restored database answers the same rows as the one backed up, table by table (counted
// here, apart from the commands' own manifest check), the files come back byte for byte, and the
// portal's role reads the restored rows under row-level security. A restore refuses a database
// or a folder that is not empty, and the embedded database is not copied from under a process
// that has it open.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { newPGlite } from "@/lib/db/adapters";
import { createBucket, s3Client, startObjectStore } from "../helpers/object-store";

const onPostgres = process.env.TEST_DB === "postgres";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "backup-test-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** An npm script or tsx file as a separate process, with its own environment (not the test's). */
function command(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["DATABASE_URL", "PGLITE_DIR", "FILES_DIR", "TEST_DB", "VITEST"].includes(k) && !k.startsWith("VITEST_"),
    ),
  );
  const res = spawnSync(args[0], args.slice(1), {
    env: { ...clean, NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 240_000,
  });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}
const seedDemo = (env: Record<string, string>) => command(["npx", "tsx", "prisma/setup.ts"], { APP_MODE: "demo", ...env });
const backup = (into: string, env: Record<string, string>) => command(["npm", "run", "db:backup", "--", into], env);
const restore = (from: string, env: Record<string, string>) => command(["npm", "run", "db:restore", "--", from], env);

function addEvidence(filesDir: string) {
  fs.mkdirSync(path.join(filesDir, "3f"), { recursive: true });
  fs.writeFileSync(path.join(filesDir, "3f", "a1b2"), Buffer.from([0, 1, 2, 255, 0x25, 0x50, 0x44, 0x46]));
  fs.writeFileSync(path.join(filesDir, "3f", "c3d4"), "Biên bản sinh hoạt chi đoàn tháng 11");
}
const backupIn = (parent: string) =>
  path.join(
    parent,
    fs.readdirSync(parent).find((n) => n.startsWith("portal-"))!,
  );

type Rows = (sql: string) => Promise<Record<string, unknown>[]>;
/** Every table's row count and rows (as text, sorted): what the restore must give back. */
async function contents(rows: Rows): Promise<Record<string, string[]>> {
  const tables = (await rows(
    "SELECT relname AS name FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace ORDER BY 1",
  )) as { name: string }[];
  const out: Record<string, string[]> = {};
  for (const { name } of tables)
    out[name] = ((await rows(`SELECT t::text AS row FROM "${name}" t ORDER BY 1`)) as { row: string }[]).map((r) => r.row);
  return out;
}

describe.runIf(!onPostgres)("backup and restore of the embedded database", () => {
  const from = { PGLITE_DIR: path.join(work, "a", "pglite"), FILES_DIR: path.join(work, "a", "files") };
  const to = { PGLITE_DIR: path.join(work, "b", "pglite"), FILES_DIR: path.join(work, "b", "files") };

  it("restores every row and every file into a new folder, and checks itself", async () => {
    expect(seedDemo(from).code).toBe(0);
    // The files folder is a link to where the files are (a mounted disk): their content is saved.
    const real = path.join(work, "mounted-files");
    addEvidence(real);
    fs.rmSync(from.FILES_DIR, { recursive: true, force: true });
    fs.symlinkSync(real, from.FILES_DIR);
    const made = backup(path.join(work, "out"), from);
    expect(made.out).toContain("Đã sao lưu cơ sở dữ liệu nhúng");
    expect(made.code).toBe(0);
    const dir = backupIn(path.join(work, "out"));
    expect(fs.lstatSync(path.join(dir, "files")).isSymbolicLink()).toBe(false);
    expect(fs.statSync(dir).mode & 0o077).toBe(0);
    const restored = restore(dir, to);
    expect(restored.out).toContain("mọi bảng và tệp khớp bản sao lưu");
    expect(restored.code).toBe(0);

    const [a, b] = [newPGlite(from.PGLITE_DIR), newPGlite(to.PGLITE_DIR)];
    try {
      const [before, after] = await Promise.all([
        contents(async (s) => (await a.query(s)).rows as never),
        contents(async (s) => (await b.query(s)).rows as never),
      ]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(before.Member.length).toBeGreaterThan(300);
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    for (const f of ["3f/a1b2", "3f/c3d4"])
      expect(fs.readFileSync(path.join(to.FILES_DIR, f))).toEqual(fs.readFileSync(path.join(from.FILES_DIR, f)));
    // The copy does not carry the backup process's hold on the folder.
    expect(fs.existsSync(path.join(to.PGLITE_DIR, "portal.pid"))).toBe(false);

    // Again into the same, now full, folders: refused, nothing overwritten.
    const again = restore(dir, to);
    expect(again.code).toBe(1);
    expect(again.out).toContain("is not empty");
  }, 300_000);

  it("does not copy the folder from under a process that has it open", async () => {
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      fs.mkdirSync(to.PGLITE_DIR, { recursive: true });
      fs.writeFileSync(path.join(to.PGLITE_DIR, "portal.pid"), String(holder.pid));
      const refused = backup(path.join(work, "out2"), to);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain(`is open in process ${holder.pid}`);
      // A mistyped folder is not made into an empty database and backed up.
      const mistyped = backup(path.join(work, "out3"), { ...to, PGLITE_DIR: path.join(work, "khong-co") });
      expect(mistyped.code).toBe(1);
      expect(mistyped.out).toContain("holds no database");
      expect(fs.existsSync(path.join(work, "khong-co"))).toBe(false);
    } finally {
      holder.kill();
    }
  }, 120_000);

  it("with the files in an object store: downloads every object into the backup and uploads them into an empty bucket", async () => {
    const swift = await startObjectStore(path.join(work, "swift"));
    try {
      await createBucket(swift, "live");
      await createBucket(swift, "restored");
      const live = {
        PGLITE_DIR: path.join(work, "s3a", "pglite"),
        FILES_DIR: path.join(work, "s3a", "unused"),
        ...swift.env("live"),
      };
      const into = {
        PGLITE_DIR: path.join(work, "s3b", "pglite"),
        FILES_DIR: path.join(work, "s3b", "unused"),
        ...swift.env("restored"),
      };
      expect(seedDemo(live).code).toBe(0);
      const s3 = s3Client(swift);
      const keys = [`${crypto.randomUUID()}/${crypto.randomUUID()}`, `${crypto.randomUUID()}/${crypto.randomUUID()}`];
      const bodies = [Buffer.from([0, 1, 2, 255, 0x25, 0x50, 0x44, 0x46]), Buffer.from("Biên bản sinh hoạt chi đoàn tháng 11")];
      for (const [i, Key] of keys.entries()) await s3.send(new PutObjectCommand({ Bucket: "live", Key, Body: bodies[i] }));

      const made = backup(path.join(work, "s3out"), live);
      expect(made.code).toBe(0);
      const dir = backupIn(path.join(work, "s3out"));
      for (const [i, key] of keys.entries()) expect(fs.readFileSync(path.join(dir, "files", key))).toEqual(bodies[i]);
      // Nothing went through the folder the servers would use without the store.
      expect(fs.existsSync(live.FILES_DIR)).toBe(false);

      const restored = restore(dir, into);
      expect(restored.out).toContain("mọi bảng và tệp khớp bản sao lưu");
      expect(restored.code).toBe(0);
      for (const [i, Key] of keys.entries()) {
        const object = await s3.send(new GetObjectCommand({ Bucket: "restored", Key }));
        expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(bodies[i]);
      }
      s3.destroy();

      // A bucket that holds files is not restored into, even with a new database folder.
      const again = restore(dir, { ...into, PGLITE_DIR: path.join(work, "s3c", "pglite") });
      expect(again.code).toBe(1);
      expect(again.out).toContain("holds files");
    } finally {
      swift.stop();
    }
  }, 300_000);
});

describe.runIf(onPostgres)("backup and restore of PostgreSQL", () => {
  it("restores every row and every file into an empty database of another login, where the portal's role reads them", async () => {
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    const name = `backup_${process.pid}`;
    // Restored by a login that is not the one that made the backup, nor a superuser: the owner
    // of a database just created for it, as on a new server.
    const restorer = `${name}_restorer`;
    await admin.query(`CREATE ROLE ${restorer} LOGIN CREATEROLE`);
    await admin.query(`CREATE DATABASE ${name}_a`);
    await admin.query(`CREATE DATABASE ${name}_b OWNER ${restorer}`);
    const urlOf = (db: string, user = "postgres") =>
      inject("pgAdminUrl")
        .replace(/\/postgres$/, `/${db}`)
        .replace("//postgres@", `//${user}@`);
    const from = { DATABASE_URL: urlOf(`${name}_a`), FILES_DIR: path.join(work, "pa") };
    const to = { DATABASE_URL: urlOf(`${name}_b`, restorer), FILES_DIR: path.join(work, "pb") };
    const [a, b] = [new pg.Client({ connectionString: from.DATABASE_URL }), new pg.Client({ connectionString: to.DATABASE_URL })];
    try {
      expect(seedDemo(from).code).toBe(0);
      addEvidence(from.FILES_DIR);
      const made = backup(path.join(work, "pout"), from);
      expect(made.out).toContain("Đã sao lưu PostgreSQL");
      const dir = backupIn(path.join(work, "pout"));
      expect(fs.existsSync(path.join(dir, "database.dump"))).toBe(true);
      const restored = restore(dir, to);
      expect(restored.out).toContain("mọi bảng và tệp khớp bản sao lưu");
      expect(restored.code).toBe(0);

      await Promise.all([a.connect(), b.connect()]);
      const [before, after] = await Promise.all([
        contents(async (s) => (await a.query(s)).rows),
        contents(async (s) => (await b.query(s)).rows),
      ]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(before._prisma_migrations.length).toBeGreaterThan(10);
      for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
      for (const f of ["3f/a1b2", "3f/c3d4"])
        expect(fs.readFileSync(path.join(to.FILES_DIR, f))).toEqual(fs.readFileSync(path.join(from.FILES_DIR, f)));

      // The portal's connections act as portal_app: the restored tables are granted to it, and
      // its policies keep a Khối's rows to that Khối.
      const [khoi] = (await b.query<{ id: string }>(`SELECT "khoiId" AS id FROM "Member" LIMIT 1`)).rows;
      await b.query("BEGIN");
      await b.query("SET LOCAL ROLE portal_app");
      await b.query("SELECT set_config('app.khoi_ids', $1, true)", [khoi.id]);
      const seen = (await b.query<{ khoi: string }>(`SELECT DISTINCT "khoiId" AS khoi FROM "Member"`)).rows;
      await b.query("COMMIT");
      expect(seen).toEqual([{ khoi: khoi.id }]);
      expect(Number((await b.query(`SELECT count(DISTINCT "khoiId") AS n FROM "Member"`)).rows[0].n)).toBeGreaterThan(1);
      // The grants and revokes of each table came back: the app reads members, never writes versions.
      const [rights] = (
        await b.query(`SELECT has_table_privilege('portal_app', '"Member"', 'SELECT') AS reads,
                              has_table_privilege('portal_app', '"DataVersion"', 'UPDATE') AS writes_versions`)
      ).rows;
      expect(rights).toEqual({ reads: true, writes_versions: false });

      // Into a database that is not empty: refused.
      const again = restore(dir, { ...to, FILES_DIR: path.join(work, "pc") });
      expect(again.code).toBe(1);
      expect(again.out).toContain("The database is not empty");
    } finally {
      await Promise.all([a.end().catch(() => {}), b.end().catch(() => {})]);
      await admin.query(`DROP DATABASE IF EXISTS ${name}_a WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${name}_b WITH (FORCE)`);
      await admin.query(`DROP ROLE IF EXISTS ${name}_restorer`);
      await admin.end();
    }
  }, 300_000);
});

// The previous release's database, as its operators have it: the backup of release 907a3f7 (the
// main of 6 December 2026) with its demo data and two evidence files, made by `npm run db:backup`
// from a database that release's own `npm start` had migrated and seeded. Restored, then migrated
// in place by this release's `prisma migrate deploy`, as an upgrade does.
const PREVIOUS_RELEASE = path.resolve("tests/fixtures/upgrade/release-907a3f7-postgresql");

describe.runIf(onPostgres)("upgrading the previous release's database in place", () => {
  it("restores its backup, applies every newer migration, keeps every row, and its kept counts agree with a recount", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PREVIOUS_RELEASE, "manifest.json"), "utf8")) as {
      migration: string;
      tables: Record<string, { rows: number }>;
    };
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    const name = `upgrade_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(inject("pgAdminUrl"));
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), FILES_DIR: path.join(work, "upgrade-files") };

    const restored = restore(PREVIOUS_RELEASE, env);
    expect(restored.out).toContain("mọi bảng và tệp khớp bản sao lưu");
    expect(restored.code).toBe(0);

    const migrations = fs
      .readdirSync("prisma/migrations")
      .filter((m) => fs.statSync(path.join("prisma/migrations", m)).isDirectory())
      .sort();
    const newer = migrations.filter((m) => m > manifest.migration);
    expect(newer.length).toBeGreaterThan(0);
    const deploy = command(["npx", "prisma", "migrate", "deploy", "--config", "prisma/prisma.config.ts"], env);
    expect(deploy.code).toBe(0);

    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      const applied = await db.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
      );
      expect(applied.rows.map((r) => r.name)).toEqual(migrations);
      // Every row of the old tables is still there (the migrations since add, they remove nothing);
      // the migrations' own table has one row more for each, as checked above.
      for (const [table, { rows }] of Object.entries(manifest.tables).filter(([t]) => t !== "_prisma_migrations")) {
        const { rows: now } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
        expect(now[0].n, table).toBe(rows);
      }
      // The portal's role reads them under row-level security: one Khối's members, not another's.
      const { rows: khois } = await db.query<{ id: string }>(
        `SELECT "khoiId" AS id FROM "Member" GROUP BY 1 ORDER BY count(*) DESC, 1`,
      );
      expect(khois.length).toBeGreaterThan(1);
      await db.query("BEGIN");
      await db.query("SET LOCAL ROLE portal_app");
      await db.query(`SELECT set_config('app.khoi_ids', $1, true)`, [khois[0].id]);
      const { rows: seen } = await db.query<{ khoi: string }>(`SELECT DISTINCT "khoiId" AS khoi FROM "Member"`);
      await db.query("ROLLBACK");
      expect(seen).toEqual([{ khoi: khois[0].id }]);
    } finally {
      await db.end();
    }

    // The counts the newer migrations keep (members with entries per cơ sở and span) were filled
    // from the old rows: a full recount finds no drift.
    const recount = command(["npm", "run", "db:recount"], { DATABASE_URL: url.toString() });
    expect(recount.code, recount.out).toBe(0);
  });
});
