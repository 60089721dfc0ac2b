// The streaming read replica (DATABASE_REPLICA_URL, issue 19): which reads it may take, and whether
// it is fit to take them now. A page view's reads go to the replica while it answers and is at
// most DATABASE_REPLICA_MAX_LAG_MS behind the primary; writes, the reads of a server action, and
// anything while it lags or is down go to the primary (lib/db/tenant-rls.ts routes each query).
// Read-your-writes: a request that wrote leaves the primary's WAL position after its write in a
// cookie (lib/server/start.mjs); the same browser's next pages read from the replica only once it
// has replayed that far, and from the primary until then.
// No "server-only": the tests build clients with a replica through lib/db/client.ts.
import pg from "pg";
import { requestStorage, type ReplicaRouting } from "@/lib/server/request-store.mjs";

/** A WAL position ("16/B374D848") as a number that orders as the positions do. */
export function walPosition(lsn: string): bigint | null {
  const m = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(lsn);
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}

export type ReplicaWatch = {
  /** Answering, a standby, and at most the bound behind the primary at the last look. */
  readonly fit: boolean;
  /** The WAL position it had replayed at the last look. */
  readonly replayed: bigint;
  /** A query on it failed: unfit until the next good look. */
  fail(): void;
  /** Looks now and resolves when done (tests). */
  look(): Promise<void>;
  stop(): Promise<void>;
};

export type ReplicaWatchOptions = { everyMs?: number; maxLagMs?: number };

/**
 * Looks at both servers every `everyMs` (500): the primary's current WAL position (written out,
 * so a replica can have it) and the time it was read, the replica's replayed position. The replica is `maxLagMs` (2,000) behind when the
 * newest primary position it has replayed was read that long ago.
 */
export function watchReplica(primaryUrl: string, replicaUrl: string, options: ReplicaWatchOptions = {}): ReplicaWatch {
  const everyMs = options.everyMs ?? 500;
  const maxLagMs = options.maxLagMs ?? 2_000;
  const pool = (connectionString: string) => {
    const p = new pg.Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: 1_000,
      query_timeout: 1_000,
      idleTimeoutMillis: 0,
    });
    p.on("error", () => {}); // a server going away: the next look says so
    return p;
  };
  const primary = pool(primaryUrl);
  const replica = pool(replicaUrl);
  // The primary's positions and when they were read, oldest first, over the last few bounds.
  const seen: { at: number; lsn: bigint }[] = [];
  let fit = false;
  let replayed = 0n;
  let said = "";
  const say = (state: string) => {
    if (state !== said) console.info(`[db] read replica: ${state}`);
    said = state;
  };

  const look = async () => {
    try {
      const at = Date.now();
      const [p, r] = await Promise.all([
        primary.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"),
        replica.query<{ lsn: string | null; standby: boolean }>(
          "SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS standby",
        ),
      ]);
      seen.push({ at, lsn: walPosition(p.rows[0].lsn) ?? 0n });
      while (seen.length > 1 && seen[0].at < at - 4 * maxLagMs) seen.shift();
      const position = r.rows[0].lsn ? walPosition(r.rows[0].lsn) : null;
      if (!r.rows[0].standby || position === null) {
        fit = false;
        return say("not a standby (promoted?): every read goes to the primary");
      }
      replayed = position;
      // The newest primary position the replica has reached, and when the primary was there.
      const reached = seen.findLast((s) => s.lsn <= position);
      fit = reached !== undefined && at - reached.at <= maxLagMs;
      say(fit ? "in use" : `more than ${maxLagMs} ms behind: reads go to the primary`);
    } catch (error) {
      fit = false;
      say(`not answering (${error instanceof Error ? error.message : error}): reads go to the primary`);
    }
  };
  let looking = look();
  const timer = setInterval(() => {
    looking = looking.then(look);
  }, everyMs);
  timer.unref();
  return {
    get fit() {
      return fit;
    },
    get replayed() {
      return replayed;
    },
    fail: () => {
      fit = false;
    },
    look: () => (looking = looking.then(look)),
    stop: async () => {
      clearInterval(timer);
      await looking;
      await Promise.all([primary.end(), replica.end()]);
    },
  };
}

// Models the replica never reads: who is signed in and what they may do must be the primary's
// answer (a password change ends other sessions, a role taken away counts at once), and so must
// the login throttle.
const PRIMARY_MODELS = new Set(["Session", "User", "Membership", "RateLimiterFlexible"]);

/** The current request's routing, when it is a page view (GET/HEAD) that may read from a replica. */
function pageRouting(): ReplicaRouting | undefined {
  const box = requestStorage().getStore();
  return box && (box.method === "GET" || box.method === "HEAD") ? box.replica : undefined;
}

/**
 * Whether this read may go to the replica. Once one of a request's reads went to the primary, the
 * rest do too: the data versions a kept answer is filed under (lib/data/read-cache.ts) must never
 * be newer than the rows it was computed from.
 */
export function readsFromReplica(watch: ReplicaWatch, model: string | undefined): boolean {
  if (model && PRIMARY_MODELS.has(model)) return false;
  const routing = pageRouting();
  if (!routing || routing.primaryOnly) return false;
  // A position the cookie cannot have come from (written by hand) reads from the primary.
  const needed = routing.after === undefined ? 0n : walPosition(routing.after);
  const caughtUp = needed !== null && needed <= watch.replayed;
  if (watch.fit && caughtUp) return true;
  routing.primaryOnly = true;
  return false;
}

/** The request wrote: its next pages wait for the replica to reach `lsn` (the primary's position after the write). */
export function noteWrite(lsn: string) {
  const routing = requestStorage().getStore()?.replica;
  if (!routing || !walPosition(lsn)) return;
  const current = routing.wrote ? walPosition(routing.wrote)! : -1n;
  if (walPosition(lsn)! > current) routing.wrote = lsn;
}

/** Whether the current request keeps routing state (a server started with a replica). */
export const routingRequest = () => requestStorage().getStore()?.replica !== undefined;
