// Sets the tenant of lib/db/tenant-context.ts on every transaction, for the row-level security
// policies (migration `…_row_level_security`) to read. Transaction-local (`set_config(…, true)`):
// a pooled connection forgets it at COMMIT, so the next request on that connection cannot inherit
// it (a session-wide SET leaked ~46% of rows between two tenants under load, STACK.md).
// - A model query runs as `BEGIN; set_config…; query; COMMIT` (a batch transaction).
// - An interactive `$transaction(fn)` sets it first inside, then hands `fn` the base client's
//   transaction: its queries join that transaction and are not wrapped again (Prisma's published
//   RLS example wraps them, so each ran in a transaction of its own and a throw rolled nothing back).
// - Tagged `$queryRaw`/`$executeRaw` are wrapped like model queries. The `…Unsafe` variants are not
//   (they run with no tenant, so see nothing), and tests/unit/no-raw-sql.test.ts forbids them.
import { Prisma } from "@/lib/generated/prisma/client";
import type { BaseClient } from "./client";
import { rlsEnabled } from "./app-role";
import { noteWrite, readsFromReplica, routingRequest, type ReplicaWatch } from "./replica";
import { currentDbSettings, type DbSettings } from "./tenant-context";

type Runner = Pick<BaseClient, "$executeRaw">;
type TxOptions = { maxWait?: number; timeout?: number; isolationLevel?: Prisma.TransactionIsolationLevel };

export type RlsOptions = {
  /**
   * What a query outside any request context reads as. "nothing" (the app): fail closed.
   * "system": the integration tests' client, which calls data functions outside any request.
   */
  outsideContext?: "nothing" | "system";
  /** Default: on unless DATABASE_RLS=off. `false`: an owner's client that sets nothing (benchmarks). */
  enabled?: boolean;
  /**
   * Given for a database only this process opens (the embedded PGlite: no other process may open
   * its folder), and shared by every client of it here: each client counts in it the statements
   * that may have written (`$writesSoFar`), so a read can be kept until the next of them with no
   * query to check it (lib/data/read-cache.ts).
   */
  writeCount?: WriteCount;
  /** A streaming replica of the same database, for page views' reads (lib/db/replica.ts). */
  replica?: { client: BaseClient; watch: ReplicaWatch };
};

/** The statements that may have written to a database only this process opens, so far. */
export type WriteCount = { writes: number };

// What a model query does that cannot write. Anything else, raw SQL included, counts as a write.
const READ_OPERATIONS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/**
 * Limits of the batch transaction each wrapped query now runs in (PrismaClient's
 * `transactionOptions`). Prisma's defaults (wait 2 s for a connection, run 5 s) would fail a
 * query that merely queued for the pool or PGlite's lock under load, or an export that reads for
 * long: a lone query had no such limits before it was wrapped, so these are generous.
 */
export const WRAPPED_QUERY_LIMITS = { maxWait: 60_000, timeout: 300_000 };
// Interactive transactions keep Prisma's own defaults unless they ask for others.
const INTERACTIVE_DEFAULTS = { maxWait: 2_000, timeout: 5_000 };

let warnedOutside = false;

function settings(opts: RlsOptions): DbSettings {
  const s = currentDbSettings();
  if (s.inContext) return s;
  if (opts.outsideContext === "system") return { ...s, system: "on" };
  if (!warnedOutside) {
    warnedOutside = true;
    // A page rendered without the HTTP server's request context sees nothing: say why, once.
    console.error(
      "[db] a query ran outside any request context: row-level security shows it no rows (see lib/db/tenant-context.ts).",
    );
  }
  return s;
}

const setTenant = (client: Runner, s: DbSettings) =>
  client.$executeRaw`SELECT set_config('app.khoi_ids', ${s.khoiIds}, true), set_config('app.user_id', ${s.userId}, true), set_config('app.system', ${s.system}, true)`;

/** `client.user`, `client.memberEntry`…: the model's query methods on another client of the same schema. */
function delegate(client: BaseClient, model: string, operation: string) {
  const models = client as unknown as Record<string, Record<string, (args: unknown) => Prisma.PrismaPromise<unknown>>>;
  const on = models[model.charAt(0).toLowerCase() + model.slice(1)];
  return on[operation].bind(on);
}

export function withTenantRls(base: BaseClient, opts: RlsOptions = {}) {
  const on = opts.enabled ?? rlsEnabled();
  // Raised once a statement that may have written has ended (committed or not): a read started
  // before that point and kept under the old count is never served after it.
  const count = opts.writeCount;
  const counted = async <T>(run: Promise<T>): Promise<T> => {
    try {
      return await run;
    } finally {
      count!.writes++;
    }
  };
  const wrappedOn = async <T>(client: BaseClient, run: () => Prisma.PrismaPromise<T>): Promise<T> => {
    if (!on) return run();
    const [, result] = await client.$transaction([setTenant(client, settings(opts)), run()]);
    return result;
  };
  const wrapped = <T>(run: () => Prisma.PrismaPromise<T>) => wrappedOn(base, run);
  const replica = opts.replica;
  /** A read, on the replica when it may take it (a failure there is read again on the primary). */
  const reading = async <T>(model: string | undefined, read: (client: BaseClient) => Prisma.PrismaPromise<T>): Promise<T> => {
    if (!replica || !readsFromReplica(replica.watch, model)) return wrapped(() => read(base));
    try {
      return await wrappedOn(replica.client, () => read(replica.client));
    } catch {
      replica.watch.fail();
      return wrapped(() => read(base));
    }
  };
  // With a replica, a request that wrote leaves the primary's position after it for its browser:
  // where the next record will go, which covers the commit whether or not it is on disk yet
  // (synchronous_commit=off). On a primary idle since, that can stay a page header ahead of what
  // the replica replays, and the browser reads from the primary until more is written.
  const position = () => base.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_insert_lsn()::text AS lsn`;
  const writing = async <T>(run: Promise<T>): Promise<T> => {
    const result = await (count ? counted(run) : run);
    if (replica && routingRequest()) noteWrite((await position())[0].lsn);
    return result;
  };
  type Tx = Prisma.TransactionClient;
  return base.$extends({
    name: "tenant-rls",
    query: {
      $allModels: {
        $allOperations: ({ model, operation, args, query }) => {
          if (!READ_OPERATIONS.has(operation)) return writing(wrapped(() => query(args) as Prisma.PrismaPromise<unknown>));
          return reading(model, (client) =>
            client === base ? (query(args) as Prisma.PrismaPromise<unknown>) : delegate(client, model, operation)(args),
          );
        },
      },
      $queryRaw: ({ args, query }) => writing(wrapped(() => query(args) as Prisma.PrismaPromise<unknown>)),
      $executeRaw: ({ args, query }) => writing(wrapped(() => query(args) as Prisma.PrismaPromise<unknown>)),
    },
    client: {
      /**
       * How many statements that may have written the clients of this database have ended, when
       * only this process opens it (`writeCount`); null when others may write too (PostgreSQL).
       */
      $writesSoFar(): number | null {
        return count ? count.writes : null;
      },
      /**
       * `$queryRaw` for a statement that only reads: not counted as a write, and a page view's
       * may go to the replica. Tagged template only, as `$queryRaw`.
       */
      $queryRead<T = unknown>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T> {
        const sql = Prisma.sql(strings, ...values);
        return reading(undefined, (client) => client.$queryRaw<T>(sql));
      },
      /** Interactive transactions only: a batch (`$transaction([…])`) of wrapped queries cannot join one. */
      $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TxOptions): Promise<R> {
        if (typeof fn !== "function")
          throw new Error("$transaction([…]) is not supported under row-level security: use $transaction(async (tx) => …)");
        const limits = { ...INTERACTIVE_DEFAULTS, ...options };
        if (!on) return writing(base.$transaction(fn as never, limits) as Promise<R>);
        const s = settings(opts);
        return writing(
          base.$transaction(async (tx: Tx) => {
            await setTenant(tx as Runner, s);
            return fn(tx);
          }, limits) as Promise<R>,
        );
      },
    },
  });
}
