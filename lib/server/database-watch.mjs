// @ts-check
// Whether PostgreSQL answers, as this server sees it: a new connection and `SELECT 1` every few
// seconds, and at once when a page has just failed. Pages are answered with the outage page while
// it does not (outage.mjs), and the server recovers on its own when it answers again: nothing in
// the app's pool has to be restarted, pg opens new connections as it needs them.
import pg from "pg";

/**
 * @param {string} connectionString
 * @param {{ everyMs?: number, timeoutMs?: number }} [options]
 */
export function watchDatabase(connectionString, { everyMs = 2_000, timeoutMs = 1_500 } = {}) {
  let up = true;
  /** @type {Promise<boolean> | null} */
  let checking = null;

  /** One probe at a time: a burst of failing pages asks once. */
  function probe() {
    checking ??= (async () => {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
      // An error after the probe ended (the server going away) must not crash the process.
      client.on("error", () => {});
      try {
        await client.connect();
        await client.query("SELECT 1");
        up = true;
      } catch {
        up = false;
      } finally {
        client.end().catch(() => {});
        checking = null;
      }
      return up;
    })();
    return checking;
  }

  const timer = setInterval(() => void probe(), everyMs);
  timer.unref();
  return {
    /** True until a probe failed, and again from the first probe that succeeds. */
    get up() {
      return up;
    },
    probe,
    stop: () => clearInterval(timer),
  };
}
