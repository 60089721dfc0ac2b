// @ts-check
// Read-your-writes with a read replica (lib/db/replica.ts): a request that wrote leaves the
// primary's WAL position after its write in a cookie, and the browser's next requests bring it
// back, so their reads wait for the replica to have replayed that far. Only a position: a forged
// one sends the forger's own reads to the primary, or to a replica that lacks their latest write.

const NAME = "portal_wal";
const POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i;
// Long enough for any replica within its lag bound to catch up; after that, reads go back to it.
const MAX_AGE_SECONDS = 300;

/**
 * The position the browser's last write left, if any.
 * @param {string | undefined} cookieHeader
 */
export function writtenPosition(cookieHeader) {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === NAME && value && POSITION.test(value)) return value;
  }
  return undefined;
}

/**
 * Sets the cookie when the response starts, if the request wrote by then (a server action writes
 * before its answer is sent).
 * @param {import("node:http").ServerResponse} res
 * @param {import("./request-store.mjs").ReplicaRouting} routing
 * @param {boolean} https
 */
export function leaveWrittenPosition(res, routing, https) {
  const writeHead = res.writeHead;
  /** @type {any} */ (res).writeHead = function (/** @type {any[]} */ ...args) {
    if (routing.wrote && POSITION.test(routing.wrote)) {
      res.appendHeader(
        "Set-Cookie",
        `${NAME}=${routing.wrote}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${https ? "; Secure" : ""}`,
      );
    }
    return writeHead.apply(this, /** @type {any} */ (args));
  };
}
