import "server-only";
// What the HTTP server decided about the current request (lib/server/start.mjs). Outside a
// request served by it (tests, scripts) there is none, and the callers say what they fall back to.
import { requestStorage, type RequestBox } from "./request-store.mjs";

/** The client's address as the server decided it: never a header the client could forge. */
export function requestClientAddress(): string {
  return requestStorage().getStore()?.clientAddress ?? "unknown";
}

/** The origin the request came to ("https://portal.example.vn"), or undefined outside a request. */
export function requestOrigin(): string | undefined {
  return requestStorage().getStore()?.origin;
}

/** The path and query the client asked for (untrusted: lib/auth/return-path.ts checks it before use). */
export function requestPath(): string | undefined {
  return requestStorage().getStore()?.path;
}

/**
 * The current request's box while it only reads (GET or HEAD: page views; a server action is a
 * POST), for memos that last as long as one such request (lib/data/read-cache.ts); else undefined.
 */
export function readingRequest(): RequestBox | undefined {
  const box = requestStorage().getStore();
  return box?.method === "GET" || box?.method === "HEAD" ? box : undefined;
}
