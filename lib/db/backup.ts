// Backups of the whole portal (SECURITY.md #28): the database and the evidence files, into one
// folder a schedule can keep and copy elsewhere (`npm run db:backup`, `npm run db:restore`).
// - PostgreSQL: `pg_dump` in its custom format, restored with `pg_restore` into an empty database.
// - PGlite: PGlite's own copy of its data folder (`dumpDataDir`), taken while nothing else has the
//   folder open, restored into a new folder.
// - The files: the folder copied whole, or, with an object store (FILES_STORE=s3), every object
//   downloaded into the backup's folder; a restore uploads them into an empty bucket.
// Each backup carries a manifest: the rows and a checksum of every table, and every file's size
// and SHA-256. A restore checks itself against it and says what differs.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { APP_ROLE } from "./app-role";
import { nodeStream, type FileStore } from "../storage/store-contract";
import { FOLDER_LOCK, holdFolder, openPGlite, PGLITE_EXTENSIONS } from "./adapters";

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

/**
 * Rows and a checksum of every table of the schema, read as its owner: the sum of each row's hash,
 * so neither the order rows come in nor the collation matters, and a table of any size is one
 * pass. Rows are written as text under fixed settings, the same on every server.
 */
async function tableFingerprints(query: Query): Promise<Manifest["tables"]> {
  await query("SET TimeZone = 'UTC'");
  await query("SET DateStyle = 'ISO, YMD'");
  await query("SET IntervalStyle = 'postgres'");
  await query("SET extra_float_digits = 1");
  const { rows } = await query(
    `SELECT c.relname AS name FROM pg_class c
      WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`,
  );
  const tables: Manifest["tables"] = {};
  for (const { name } of rows as { name: string }[]) {
    const table = `"${name.replaceAll('"', '""')}"`;
    const [row] = (
      await query(
        `SELECT count(*)::int AS rows, coalesce(sum(('x' || left(md5(t::text), 16))::bit(64)::bigint::numeric), 0)::text AS checksum FROM ${table} t`,
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

/** Where the evidence files are: a folder (copied whole, stray files too) or an object store. */
export type FilesPlace = string | FileStore;

/** Every file under `dir` or in the store, by its path relative to it (its key), with its size and SHA-256. */
async function fileFingerprints(place: FilesPlace): Promise<Manifest["files"]> {
  const files: Manifest["files"] = {};
  if (typeof place !== "string") {
    for await (const key of place.keys()) {
      const { body, size } = await place.open(key);
      const hash = createHash("sha256");
      for await (const chunk of nodeStream(body)) hash.update(chunk as Buffer);
      files[key] = { bytes: size, sha256: hash.digest("hex") };
    }
    return files;
  }
  const dir = place;
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

/**
 * Writes a backup into `.portal-<time>.partial` under `parent` (readable by its owner only: it
 * holds every account's password hash) and names it `portal-<time>` once whole; a failed one is
 * removed, never left to look like a backup.
 */
async function writeBackup(parent: string, write: (dir: string) => Promise<void>): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  fs.mkdirSync(path.resolve(parent), { recursive: true });
  const partial = path.join(path.resolve(parent), `.portal-${stamp}.partial`);
  const done = path.join(path.resolve(parent), `portal-${stamp}`);
  fs.mkdirSync(partial, { mode: 0o700 });
  try {
    await write(partial);
    fs.renameSync(partial, done);
    return done;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** A libpq URL without its password, and the password for PGPASSWORD: `ps` shows arguments. */
function withoutPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function databaseState(query: Query) {
  return { tables: await tableFingerprints(query), migration: await lastMigration(query) };
}

/** The files beside the database, and the manifest of both. */
async function finishBackup(
  dir: string,
  database: Manifest["database"],
  state: Pick<Manifest, "tables" | "migration">,
  filesDir: FilesPlace,
) {
  await copyFiles(filesDir, path.join(dir, "files"));
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

/**
 * The files as they are, from a folder or a store into a folder or a store: a symlinked folder or
 * file is copied as its content, never a link back; objects stream one at a time.
 */
async function copyFiles(from: FilesPlace, to: FilesPlace) {
  if (typeof from === "string" && typeof to === "string") {
    if (fs.existsSync(from))
      fs.cpSync(fs.realpathSync(from), to, { recursive: true, dereference: true, errorOnExist: true, force: false });
  } else if (typeof from !== "string" && typeof to === "string") {
    for await (const key of from.keys()) {
      const file = path.join(to, ...key.split("/"));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await pipeline(nodeStream((await from.open(key)).body), fs.createWriteStream(file, { flags: "wx" }));
    }
  } else if (typeof from === "string" && typeof to !== "string") {
    if (!fs.existsSync(from)) return;
    for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) {
        const full = path.join(entry.parentPath, entry.name);
        await to.put(path.relative(from, full).split(path.sep).join("/"), fs.createReadStream(full));
      }
  } else throw new Error("files are copied between a folder and a store");
}

async function assertEmptyFiles(place: FilesPlace, what: string) {
  if (typeof place === "string") return assertEmptyFolder(place, what);
  for await (const key of place.keys()) throw new Error(`The ${place.where} holds files (${key}): restore into an empty one`);
}

function assertEmptyFolder(dir: string, what: string) {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length) throw new Error(`${what} ${dir} is not empty: restore into an empty one`);
}

/** A backup of a PostgreSQL database (its owner's URL) and the files folder, into a new folder under `parent`. */
export function backupPostgres(url: string, filesDir: FilesPlace, parent: string): Promise<string> {
  return writeBackup(parent, async (dir) => {
    const client = new pg.Client({ connectionString: url });
    // The session ended under it (a restart) fails the backup, not the process.
    client.on("error", () => {});
    await client.connect();
    try {
      // The fingerprints and the dump read one snapshot: pg_dump takes the exported one, which
      // lives as long as this transaction, idle meanwhile.
      await client.query("SET idle_in_transaction_session_timeout = 0");
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const [{ snapshot }] = (await client.query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot")).rows;
      const database = await databaseState(pgQuery(client));
      const target = withoutPassword(url);
      await run(
        pgTool("pg_dump"),
        ["--format=custom", `--snapshot=${snapshot}`, `--file=${path.join(dir, "database.dump")}`, target.url],
        {
          env: target.env,
        },
      );
      await client.query("COMMIT");
      // The files are copied after the snapshot: one deleted meanwhile is missing from the backup.
      await finishBackup(dir, "postgresql", database, filesDir);
    } finally {
      await client.end().catch(() => {});
    }
  });
}

/** A backup of the embedded database folder and the files folder, into a new folder under `parent`. */
export function backupPglite(dataDir: string, filesDir: FilesPlace, parent: string): Promise<string> {
  // A mistyped folder would otherwise be created, and an empty database backed up.
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`${dataDir} holds no database (PGLITE_DIR)`);
  return writeBackup(parent, async (dir) => {
    const db = openPGlite(dataDir);
    try {
      const database = await databaseState((sql) => db.query(sql));
      const dump = await db.dumpDataDir("gzip");
      fs.writeFileSync(path.join(dir, "database.tar.gz"), Buffer.from(await dump.arrayBuffer()));
      await finishBackup(dir, "pglite", database, filesDir);
    } finally {
      await db.close();
    }
  });
}

/** What a restored database and files differ in from the backup's manifest (empty: identical). */
async function compareWithManifest(manifest: Manifest, query: Query, filesDir: FilesPlace): Promise<string[]> {
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
export async function restorePostgres(backupDir: string, url: string, filesDir: FilesPlace): Promise<string[]> {
  const manifest = readManifest(backupDir);
  if (manifest.database !== "postgresql")
    throw new Error(`${backupDir} is a backup of the embedded database: npm run db:restore without DATABASE_URL`);
  await assertEmptyFiles(filesDir, "The files folder");
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace",
    );
    if (rows[0].n > 0) throw new Error("The database is not empty: restore into an empty one (CREATE DATABASE …)");
    // The role the app's connections take is the cluster's, not the database's: a new cluster
    // needs it before the dump's grants to it, and this login must be able to take it.
    await client.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
           CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
         END IF;
         IF NOT pg_has_role(CURRENT_USER, '${APP_ROLE}', 'MEMBER') THEN
           EXECUTE format('GRANT ${APP_ROLE} TO %I', CURRENT_USER);
         END IF;
       END $$`,
    );
    // Everything but the default privileges, which name the login that made the backup (perhaps
    // absent here, or not this one): they are made again below for this login, as the
    // migrations made them. The grants and revokes on each table are restored as they were.
    const dump = path.join(backupDir, "database.dump");
    const list = path.join(os.tmpdir(), `portal-restore-${process.pid}.list`);
    const { stdout } = await run(pgTool("pg_restore"), ["--list", dump], { maxBuffer: 64 * 1024 * 1024 });
    fs.writeFileSync(
      list,
      stdout
        .split("\n")
        .filter((line) => !/ DEFAULT ACL /.test(line))
        .join("\n"),
    );
    const target = withoutPassword(url);
    try {
      await run(
        pgTool("pg_restore"),
        ["--no-owner", "--exit-on-error", "--jobs=2", `--use-list=${list}`, `--dbname=${target.url}`, dump],
        {
          env: target.env,
        },
      );
    } finally {
      fs.rmSync(list, { force: true });
    }
    await client.query(
      `DO $$ BEGIN
         EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}', current_schema());
         EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}', current_schema());
       END $$`,
    );
    await copyFiles(path.join(backupDir, "files"), filesDir);
    return await compareWithManifest(manifest, pgQuery(client), filesDir);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Restores an embedded-database backup into a new data folder and an empty files folder. */
export async function restorePglite(backupDir: string, dataDir: string, filesDir: FilesPlace): Promise<string[]> {
  const manifest = readManifest(backupDir);
  if (manifest.database !== "pglite")
    throw new Error(`${backupDir} is a backup of PostgreSQL: npm run db:restore with DATABASE_URL`);
  assertEmptyFolder(dataDir, "The database folder");
  await assertEmptyFiles(filesDir, "The files folder");
  const dump = new Blob([fs.readFileSync(path.join(backupDir, "database.tar.gz"))]);
  fs.mkdirSync(dataDir, { recursive: true });
  holdFolder(dataDir);
  const db = await PGlite.create(dataDir, { loadDataDir: dump, extensions: PGLITE_EXTENSIONS });
  try {
    await copyFiles(path.join(backupDir, "files"), filesDir);
    return await compareWithManifest(manifest, (sql) => db.query(sql), filesDir);
  } finally {
    await db.close();
    // The copy carries the lock of the process that made it (and the load replaced this one's).
    fs.rmSync(path.join(dataDir, FOLDER_LOCK), { force: true });
  }
}
