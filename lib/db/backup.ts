// Backups of the whole portal (SECURITY.md #28): the database and the evidence files, into one
// folder a schedule can keep and copy elsewhere (`npm run db:backup`, `npm run db:restore`).
// - PostgreSQL: `pg_dump` in its custom format, restored with `pg_restore` into an empty database.
// - PGlite: PGlite's own copy of its data folder (`dumpDataDir`), taken while nothing else has the
//   folder open, restored into a new folder.
// Each backup carries a manifest: the rows and a checksum of every table, and every file's size
// and SHA-256. A restore checks itself against it and says what differs.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { APP_ROLE } from "./app-role";
import { openPGlite, PGLITE_EXTENSIONS } from "./adapters";

const run = promisify(execFile);

export type Manifest = {
  format: 1;
  database: "postgresql" | "pglite";
  createdAt: string;
  /** The last migration applied: a restore brings the schema of this release */
  migration: string | null;
  tables: Record<string, { rows: number; checksum: string }>;
  files: Record<string, { bytes: number; sha256: string }>;
};

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

/** Rows and an order-independent checksum of every table of the schema, read as its owner. */
async function tableFingerprints(query: Query): Promise<Manifest["tables"]> {
  const { rows } = await query(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`,
  );
  const tables: Manifest["tables"] = {};
  for (const { name } of rows as { name: string }[]) {
    const table = `"${name.replaceAll('"', '""')}"`;
    const [row] = (
      await query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM ${table} t`,
      )
    ).rows as { rows: number; checksum: string }[];
    tables[name] = row;
  }
  return tables;
}

async function lastMigration(query: Query): Promise<string | null> {
  const { rows } = await query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
  if (!rows[0]?.present) return null;
  const last = await query(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return (last.rows[0]?.migration_name as string | undefined) ?? null;
}

/** Every file under `dir`, by its path relative to it, with its size and SHA-256. */
async function fileFingerprints(dir: string): Promise<Manifest["files"]> {
  const files: Manifest["files"] = {};
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const hash = createHash("sha256");
    for await (const chunk of fs.createReadStream(full)) hash.update(chunk as Buffer);
    files[path.relative(dir, full).split(path.sep).join("/")] = { bytes: fs.statSync(full).size, sha256: hash.digest("hex") };
  }
  return files;
}

/** pg_dump and pg_restore: `PG_BIN`, else the newest Debian server's, else the PATH's. */
function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => path.join("/usr/lib/postgresql", v, "bin"))
      : [];
  return dirs.map((d) => path.join(d, name)).find((p) => fs.existsSync(p)) ?? name;
}

function pgQuery(client: pg.Client): Query {
  return (sql) => client.query(sql);
}

function newBackupDir(parent: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const dir = path.join(path.resolve(parent), `portal-${stamp}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

async function databaseState(query: Query) {
  return { tables: await tableFingerprints(query), migration: await lastMigration(query) };
}

/** The files beside the database, and the manifest of both. */
async function finishBackup(
  dir: string,
  database: Manifest["database"],
  state: Pick<Manifest, "tables" | "migration">,
  filesDir: string,
) {
  copyFiles(filesDir, path.join(dir, "files"));
  const manifest: Manifest = {
    format: 1,
    database,
    createdAt: new Date().toISOString(),
    ...state,
    files: await fileFingerprints(path.join(dir, "files")),
  };
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

function readManifest(dir: string): Manifest {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Manifest;
  if (manifest.format !== 1 || !["postgresql", "pglite"].includes(manifest.database))
    throw new Error(`${dir}: not a backup of this portal (manifest.json)`);
  return manifest;
}

function copyFiles(from: string, to: string) {
  if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
}

function assertEmptyFolder(dir: string, what: string) {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`${what} ${dir} is not empty: restore into an empty one`);
}

/** A backup of a PostgreSQL database (its owner's URL) and the files folder, into a new folder under `parent`. */
export async function backupPostgres(url: string, filesDir: string, parent: string): Promise<string> {
  const dir = newBackupDir(parent);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The fingerprints and the dump read one snapshot: pg_dump takes the exported one.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const [{ snapshot }] = (await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot")).rows;
    const database = await databaseState(pgQuery(client));
    await run(pgTool("pg_dump"), ["--format=custom", `--snapshot=${snapshot}`, `--file=${path.join(dir, "database.dump")}`, url]);
    await client.query("COMMIT");
    await finishBackup(dir, "postgresql", database, filesDir);
    return dir;
  } finally {
    await client.end();
  }
}

/** A backup of the embedded database folder and the files folder, into a new folder under `parent`. */
export async function backupPglite(dataDir: string, filesDir: string, parent: string): Promise<string> {
  const dir = newBackupDir(parent);
  const db = openPGlite(dataDir);
  try {
    const database = await databaseState((sql) => db.query(sql));
    const dump = await db.dumpDataDir("gzip");
    fs.writeFileSync(path.join(dir, "database.tar.gz"), Buffer.from(await dump.arrayBuffer()));
    await finishBackup(dir, "pglite", database, filesDir);
    return dir;
  } finally {
    await db.close();
  }
}

/** What a restored database and files folder differ in from the backup's manifest (empty: identical). */
async function compareWithManifest(manifest: Manifest, query: Query, filesDir: string): Promise<string[]> {
  const differences: string[] = [];
  const tables = await tableFingerprints(query);
  for (const name of new Set([...Object.keys(manifest.tables), ...Object.keys(tables)])) {
    const [was, now] = [manifest.tables[name], tables[name]];
    if (!was || !now || was.rows !== now.rows || was.checksum !== now.checksum)
      differences.push(
        `bảng ${name}: sao lưu ${was ? `${was.rows} dòng` : "không có"}, phục hồi ${now ? `${now.rows} dòng` : "không có"}${was && now && was.rows === now.rows ? " (khác nội dung)" : ""}`,
      );
  }
  const files = await fileFingerprints(filesDir);
  for (const name of new Set([...Object.keys(manifest.files), ...Object.keys(files)])) {
    const [was, now] = [manifest.files[name], files[name]];
    if (!was || !now || was.sha256 !== now.sha256)
      differences.push(`tệp ${name}: ${!now ? "thiếu" : !was ? "thừa" : "khác nội dung"}`);
  }
  return differences;
}

/** Restores a PostgreSQL backup into an empty database (its owner's URL) and an empty files folder. */
export async function restorePostgres(backupDir: string, url: string, filesDir: string): Promise<string[]> {
  const manifest = readManifest(backupDir);
  if (manifest.database !== "postgresql")
    throw new Error(`${backupDir} is a backup of the embedded database: npm run db:restore without DATABASE_URL`);
  assertEmptyFolder(filesDir, "The files folder");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace",
    );
    if (rows[0].n > 0) throw new Error("The database is not empty: restore into an empty one (CREATE DATABASE …)");
    // The role the app's connections take is the cluster's, not the database's: a new cluster
    // needs it before the dump's grants to it (as the first migration makes it).
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
           CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
           GRANT ${APP_ROLE} TO CURRENT_USER;
         END IF;
       END $$`,
    );
    await run(pgTool("pg_restore"), [
      "--no-owner",
      "--exit-on-error",
      "--jobs=2",
      `--dbname=${url}`,
      path.join(backupDir, "database.dump"),
    ]);
    copyFiles(path.join(backupDir, "files"), filesDir);
    return await compareWithManifest(manifest, pgQuery(client), filesDir);
  } finally {
    await client.end();
  }
}

/** Restores an embedded-database backup into a new data folder and an empty files folder. */
export async function restorePglite(backupDir: string, dataDir: string, filesDir: string): Promise<string[]> {
  const manifest = readManifest(backupDir);
  if (manifest.database !== "pglite")
    throw new Error(`${backupDir} is a backup of PostgreSQL: npm run db:restore with DATABASE_URL`);
  assertEmptyFolder(dataDir, "The database folder");
  assertEmptyFolder(filesDir, "The files folder");
  const dump = new Blob([fs.readFileSync(path.join(backupDir, "database.tar.gz"))]);
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { loadDataDir: dump, extensions: PGLITE_EXTENSIONS });
  try {
    copyFiles(path.join(backupDir, "files"), filesDir);
    return await compareWithManifest(manifest, (sql) => db.query(sql), filesDir);
  } finally {
    await db.close();
  }
}
