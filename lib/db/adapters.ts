// Driver adapters for the two databases, shared by the app (lib/db/client.ts), the Prisma CLI
// (prisma/prisma.config.ts) and the tests. No "server-only" here: the CLI loads this file too.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { takeAppRole } from "./app-role";

/** Where the embedded database lives when DATABASE_URL is unset (git-ignored). */
export const DATA_DIR = path.resolve(process.cwd(), ".data");
export const PGLITE_DIR = process.env.PGLITE_DIR ? path.resolve(process.env.PGLITE_DIR) : path.join(DATA_DIR, "pglite");

export function openPGlite(dataDir: string | undefined = PGLITE_DIR): PGlite {
  if (dataDir && !dataDir.includes("://")) {
    fs.mkdirSync(dataDir, { recursive: true });
    holdFolder(dataDir);
  }
  return newPGlite(dataDir);
}

/** The file in a PGlite data folder naming the process that holds it. */
export const FOLDER_LOCK = "portal.pid";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * One process at a time on a data folder: PGlite has no lock of its own, and a second process
 * (a backup, a script) writing the folder of a running server corrupts it. The holder's pid is in
 * `portal.pid`, removed when it exits; a folder whose holder died is taken over.
 */
export function holdFolder(dataDir: string) {
  const lock = path.join(dataDir, FOLDER_LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      process.once("exit", () => {
        try {
          if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.rmSync(lock);
        } catch {
          // Removed already.
        }
      });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let pid: number;
      try {
        pid = Number(fs.readFileSync(lock, "utf8"));
      } catch {
        continue; // Released meanwhile: try again.
      }
      if (pid === process.pid) return;
      if (pid && isAlive(pid))
        throw new Error(
          `The database folder ${dataDir} is open in process ${pid} (the portal's server?): stop it first. If that process is not the portal, delete ${lock}.`,
        );
      fs.rmSync(lock, { force: true });
    }
  }
}

/** What the migrations create (pg_trgm: the entry search's trigram index); PGlite loads extensions only when asked at open time. */
export const PGLITE_EXTENSIONS = { pg_trgm };

/**
 * Every PGlite the project opens, on disk or in memory (no `dataDir`), with PGLITE_EXTENSIONS.
 * The only `new PGlite` (tests/unit/pglite-opened-once.test.ts).
 */
export function newPGlite(dataDir?: string): PGlite {
  return new PGlite({ dataDir, extensions: PGLITE_EXTENSIONS });
}

/**
 * The app's adapter on PGlite. PGlite opens as a superuser, which row-level security never binds:
 * the one connection takes the app role first (lib/db/app-role.ts). `RESET ROLE` would return to
 * the superuser, so on PGlite the policies catch a forgotten tenant filter; they are not a
 * boundary against code that runs SQL of its own. `{ appRole: false }`: stay the owner.
 */
export function pgliteAdapter(client: PGlite, opts: { appRole?: boolean } = {}): SqlDriverAdapterFactory {
  const factory = new PrismaPGlite(client);
  if (opts.appRole === false) return factory;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      await takeAppRole((sql) => client.query(sql), "PGlite");
      return factory.connect();
    },
  };
}

/**
 * The migration engine replays whole migration scripts through an argument-less `executeRaw`;
 * PGlite's `query()` (extended protocol) refuses several statements at once, `exec()` accepts
 * them. Only used by the CLI when authoring migrations (see STACK.md).
 */
export function pgliteMigrationAdapter(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPGlite(client);
  type Adapter = Awaited<ReturnType<typeof factory.connect>>;
  const withScripts = (adapter: Adapter, db: PGlite): Adapter => {
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0) {
        const results = await db.exec(query.sql);
        return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
      }
      return executeRaw(query);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withScripts(await factory.connect(), client),
    connectToShadowDb: async () => {
      const shadow = newPGlite();
      return withScripts(await new PrismaPGlite(shadow).connect(), shadow);
    },
  };
}

/**
 * `pg` client that reports columns of type `name` (oid 19) as `text` (oid 25): the migration
 * engine's catalog queries return them and adapter-pg cannot decode them (prisma/orm#27403).
 */
class NameAsTextClient extends pg.Client {
  // pg.Pool calls query(config, callback): both the promise and the callback form are handled.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const fix = (result: pg.QueryResult | undefined) => {
      for (const field of result?.fields ?? []) if (field.dataTypeID === 19) field.dataTypeID = 25;
      return result;
    };
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    if (callback) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args, (err: Error | null, res: pg.QueryResult) => callback(err, fix(res)));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(fix) : out;
  }
}

/**
 * The app's adapter on PostgreSQL: every new connection of the pool takes the app role before the
 * pool hands it out (pg-pool awaits `onConnect`), so no query of the app runs as the owner.
 * `forMigrations`: the CLI's connections, as the owner. `appRole: false`: the owner (seed, tests).
 */
export function postgresAdapter(connectionString: string, opts: { forMigrations?: boolean; appRole?: boolean } = {}) {
  if (opts.forMigrations) {
    const pool = new pg.Pool({ connectionString, Client: NameAsTextClient, max: 2 });
    return new PrismaPg(pool);
  }
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  if (opts.appRole === false) return new PrismaPg({ connectionString, max });
  return new PrismaPg({
    connectionString,
    max,
    onConnect: async (client) => void (await takeAppRole((sql) => client.query(sql), "PostgreSQL")),
  });
}
