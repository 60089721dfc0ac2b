import "server-only";
// Reads kept in this server's memory under the data versions of the Khối they read (migration
// `…_data_versions`: every transaction that writes a Khối's rows raises its version as it
// commits). A kept answer is served only while every version it was computed under is unchanged,
// so it is never older than the viewer's own last write, whichever server took it; the check is
// one indexed read. Twenty officers on their dashboards on a deadline day then cost one roll-up
// per change, not one per page view.
import { AsyncLocalStorage } from "node:async_hooks";
import { LRUCache } from "lru-cache";
import { db, type Db } from "@/lib/db/client";
import { tenantOf } from "@/lib/db/tenant-context";
import { readingRequest } from "@/lib/server/request-context";
import { todayInVietnam } from "@/lib/domain/dates";
import type { Viewer } from "@/lib/authz";

// Dashboards and list pages: a few kilobytes each, the largest Khối's dashboard about a megabyte.
// Bounded by count and by their size as JSON, so the pages of twenty officers' lists never
// hold more than about 30 MB of text (a little more as objects).
const MAX_ENTRIES = 2_000;
const MAX_JSON_CHARS = 30_000_000;
const jsonSize = (entry: Entry) => Math.max(1, JSON.stringify(entry.value)?.length ?? 1);
// Entries nobody asked for in an hour go, so a quiet server gives its memory back.
const IDLE_MS = 60 * 60 * 1000;

/** `until`: the time (ms) the answer changes by itself, without any write (a deadline passing). */
type Entry = { versions: string; value: unknown; until?: number };

// One cache per database client: tests switch databases, and ids never mean the same row twice.
const caches = new WeakMap<Db, LRUCache<string, Entry>>();

function cacheOf(client: Db) {
  let cache = caches.get(client);
  if (!cache) {
    cache = new LRUCache<string, Entry>({
      max: MAX_ENTRIES,
      maxSize: MAX_JSON_CHARS,
      sizeCalculation: jsonSize,
      ttl: IDLE_MS,
      updateAgeOnGet: true,
    });
    caches.set(client, cache);
  }
  return cache;
}

/**
 * What is kept, and handed to every caller: a copy of the answer (so nothing else holding the
 * original reaches it), frozen all the way down, so a caller that would change it throws instead
 * of changing what the next page view sees. Copying the largest Khối's dashboard at every view
 * took 4–5 ms of its 45; now only the read that computes it copies. Plain data only: a Map or a
 * Set could still be changed, so they are refused (Dates are kept, and only ever formatted).
 */
function keptCopy<T>(value: T): T {
  const copy = structuredClone(value);
  freezeAll(copy);
  return copy;
}

function freezeAll(value: unknown) {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  if (value instanceof Map || value instanceof Set) throw new Error("Kept reads hold plain data: no Map or Set");
  Object.freeze(value);
  for (const inner of Object.values(value)) freezeAll(inner);
}

// Inside freshReads every read counts again (benchmarks time the counting itself).
const fresh = new AsyncLocalStorage<true>();

/** Runs `fn` with every cached read computed anew (and kept for later). */
export function freshReads<T>(fn: () => Promise<T>): Promise<T> {
  return fresh.run(true, fn);
}

// Reads kept until this server's next write, where it is the database's only client.
const UNTIL_WRITE_MAX = 10_000;
const untilWrite = new WeakMap<Db, { writes: number; kept: LRUCache<string, { value: unknown }> }>();

/**
 * `read()`, or its answer from before, when nothing can have changed since: on the embedded
 * database this server is the only client, and counts every statement that may have written
 * once it has ended (`$writesSoFar`, lib/db/tenant-rls.ts), so an answer read under the same
 * count is the one the database gave after the last write this server saw end: a request's own
 * write always shows in its next read, and a read racing another request's write may see either
 * side of it, as two queries would. What every page view reads (the viewer, their unread notices, the data
 * versions) then costs no query until something is written. On PostgreSQL, where other servers
 * write too, `read()` runs every time. `key` must name everything the answer depends on; an
 * answer that also depends on the clock is checked against it by the caller.
 */
export async function keptUntilWrite<T>(key: string, read: () => Promise<T>): Promise<T> {
  const client = db();
  const writes = client.$writesSoFar();
  if (writes === null || fresh.getStore()) return read();
  let box = untilWrite.get(client);
  if (!box || box.writes !== writes) {
    box = { writes, kept: new LRUCache({ max: UNTIL_WRITE_MAX }) };
    untilWrite.set(client, box);
  }
  const kept = box.kept.get(key);
  if (kept) return kept.value as T;
  const value = keptCopy(await read());
  // Kept under the count read before the data: if a write ended meanwhile, this box is already
  // out of date, and the next request starts a new one.
  box.kept.set(key, { value });
  return value;
}

// A page view reads the versions once however many kept reads it shows (its dashboard, its menu,
// its response times). Only while the request reads: a server action (POST) writes and then
// renders in the same request, and must then see the versions its write raised.
const versionsOfRequest = new WeakMap<object, Map<string, Promise<Map<string, string>>>>();

/** The version of each of these Khối and of the rows of no Khối (""), in one read. */
function versionsByKhoi(khoiIds: readonly string[]): Promise<Map<string, string>> {
  const asked = [...new Set([...khoiIds, ""])].sort();
  const box = readingRequest();
  if (!box) return readVersions(asked);
  const memo = versionsOfRequest.get(box) ?? versionsOfRequest.set(box, new Map()).get(box)!;
  const key = asked.join(",");
  let versions = memo.get(key);
  if (!versions) memo.set(key, (versions = readVersions(asked)));
  return versions;
}

async function readVersions(asked: string[]): Promise<Map<string, string>> {
  const rows = await keptUntilWrite(`versions:${asked.join(",")}`, () =>
    db().dataVersion.findMany({ where: { khoiId: { in: asked } }, select: { khoiId: true, version: true } }),
  );
  const version = new Map(rows.map((r) => [r.khoiId, String(r.version)]));
  return new Map(asked.map((k) => [k, `${k}:${version.get(k) ?? "0"}`]));
}

/** The versions of the viewer's Khối and of the rows of no Khối, as one string. */
async function versionsOf(viewer: Viewer): Promise<string> {
  const versions = await versionsByKhoi(tenantOf(viewer).khoiIds);
  return [...versions.values()].sort().join(",");
}

const keyOf = (name: string, viewer: Viewer, args: readonly unknown[]) =>
  JSON.stringify([
    name,
    viewer.userId,
    viewer.grants.map((g) => [g.role, g.unitId, g.khoiIds]),
    todayInVietnam().toISOString().slice(0, 10),
    args,
  ]);

/**
 * `read()` answered for this viewer (their account and every grant: what their scopes let them
 * see), today (deadlines and "overdue" are by the day), with these arguments — or computed now
 * and kept. Only for reads of rows that carry a khoiId, and whose answer depends on nothing
 * else but the day, or on the hour up to `changesAt(answer)` (when a question waiting for its
 * answer turns late, say): kept no later than that. Callers get the kept answer, frozen
 * (`keptCopy`): nothing they could change reaches the next page view.
 */
export async function cachedRead<T>(
  name: string,
  viewer: Viewer,
  args: readonly unknown[],
  read: () => Promise<T>,
  changesAt?: (answer: T) => Date | null,
): Promise<T> {
  const cache = cacheOf(db());
  const key = keyOf(name, viewer, args);
  // Read before the data: a write committed after this point raises a version that the next
  // request sees, so an answer is kept under versions no newer than the rows it counted.
  const versions = await versionsOf(viewer);
  const kept = cache.get(key);
  const current = kept && kept.versions === versions && (kept.until === undefined || Date.now() < kept.until);
  if (current && !fresh.getStore()) return kept.value as T;
  const value = keptCopy(await read());
  cache.set(key, { versions, value, until: changesAt?.(value)?.getTime() });
  return value;
}

/**
 * One answer per Khối, each kept under its own Khối's version (and that of the rows of no Khối):
 * `read` is asked only for the Khối whose answer is missing or out of date, all together. The
 * city dashboard counts its Khối this way, so a confirmation in one Khối recounts that one, not
 * the twelve (2 s at national scale). Only for answers that read nothing of another Khối.
 */
export async function cachedPerKhoi<T>(
  name: string,
  viewer: Viewer,
  args: readonly unknown[],
  khoiIds: readonly string[],
  read: (khoiIds: string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  const cache = cacheOf(db());
  const versions = await versionsByKhoi(khoiIds);
  const none = versions.get("")!;
  const out = new Map<string, T>();
  const missing: string[] = [];
  for (const khoiId of new Set(khoiIds)) {
    const kept = cache.get(keyOf(name, viewer, [...args, khoiId]));
    if (kept && kept.versions === `${versions.get(khoiId)},${none}` && !fresh.getStore()) out.set(khoiId, kept.value as T);
    else missing.push(khoiId);
  }
  if (missing.length) {
    const counted = await read(missing);
    for (const khoiId of missing) {
      if (!counted.has(khoiId)) continue;
      const value = keptCopy(counted.get(khoiId) as T);
      cache.set(keyOf(name, viewer, [...args, khoiId]), { versions: `${versions.get(khoiId)},${none}`, value });
      out.set(khoiId, value);
    }
  }
  return out;
}
