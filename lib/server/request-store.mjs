// @ts-check
// The per-request context: set by the HTTP server (start.mjs) around each request, read by the
// app (lib/server/request-context.ts). Next.js bundles the app's code apart from the server's, so
// the one AsyncLocalStorage lives on globalThis under a registered symbol that both copies share.
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * @typedef {{ clientAddress: string, origin: string }} RequestContext
 */

const KEY = Symbol.for("cong3tn.request-context");

/** @returns {AsyncLocalStorage<RequestContext>} */
export function requestStorage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestContext> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= new AsyncLocalStorage());
}
