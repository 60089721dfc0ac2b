// @ts-check
// The per-request context, one AsyncLocalStorage for the whole process: the HTTP server
// (start.mjs) opens a box around each request with who the client is; the app reads that
// (lib/server/request-context.ts) and, once the viewer is known, writes which Khối the database may
// show (lib/db/tenant-context.ts, for row-level security). Next.js bundles the app's code apart
// from the server's, so the storage lives on globalThis under a registered symbol both copies share.
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * @typedef {{ khoiIds: readonly string[], userId: string | null }} Tenant
 * @typedef {{ after?: string, wrote?: string, primaryOnly: boolean }} ReplicaRouting Where a request with a
 *   read replica reads (lib/db/replica.ts): `after`, the WAL position its browser's last write left
 *   (the replica serves it once it has replayed that far); `wrote`, the position after this
 *   request's own writes; `primaryOnly`, set once one of its reads went to the primary. One object
 *   shared by every scope of the request.
 * @typedef {{ clientAddress: string, origin: string | undefined, path: string | undefined, method: string | undefined, tenant: Tenant | null, system: boolean, replica?: ReplicaRouting }} RequestBox
 */

const KEY = Symbol.for("cong3tn.request-context");

/** @returns {AsyncLocalStorage<RequestBox>} */
export function requestStorage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestBox> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= new AsyncLocalStorage());
}

/**
 * A fresh box for one request: nobody known yet, so the database shows nothing until the viewer is.
 * @param {string} clientAddress
 * @param {string | undefined} origin
 * @param {string | undefined} path the request's path and query, as the client sent it
 * @param {string | undefined} method the request's HTTP method ("GET", "POST" for a server action…)
 * @param {ReplicaRouting | undefined} replica present when the server reads from a replica
 * @returns {RequestBox}
 */
export function newRequestBox(
  clientAddress = "unknown",
  origin = undefined,
  path = undefined,
  method = undefined,
  replica = undefined,
) {
  return { clientAddress, origin, path, method, tenant: null, system: false, replica };
}
