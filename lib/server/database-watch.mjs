// @ts-check
// Whether PostgreSQL answers, as this server sees it: a new connection and `SELECT 1` at start,
// every few seconds, and soon after a page failed. Pages are answered with the outage page while
// it does not (outage.mjs), and the server recovers on its own when it answers again: nothing in
// the app's pool has to be restarted, pg opens new connections as it needs them.
import pg from "pg";

/** Refusals that mean PostgreSQL is there, only full: no outage page for them. */
const ANSWERING = new Set(["53300", "53400"]); // too_many_connections, configuration_limit_exceeded
/**
 * Answers that say at once it is not there (no stalled event loop can cause them): the port
 * refused, the server shutting down or starting (admin_shutdown, crash_shutdown,
 * cannot_connect_now). One of them is an outage; only a timeout waits for a second look.
 */
const GONE = new Set(["ECONNREFUSED", "57P01", "57P02", "57P03"]);

/**
 * Down after `failuresToDown` probes in a row failed (a render that held the event loop past the
 * probe's timeout fails one), or at once when it is refused (GONE), up again at the first that
 * succeeds.
 * @param {string} connectionString
 * @param {{ everyMs?: number, timeoutMs?: number, failuresToDown?: number }} [options]
 */
export function watchDatabase(connectionString, { everyMs = 2_000, timeoutMs = 1_500, failuresToDown = 2 } = {}) {
  let up = true;
  let failures = 0;
  let lastStarted = 0;
  /** @type {Promise<boolean> | null} */
  let checking = null;

  /** One probe at a time: a burst of failing pages asks once. */
  function probe() {
    checking ??= (async () => {
      lastStarted = Date.now();
      /** @type {pg.Client | null} */
      let client = null;
      try {
        client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
        // An error after the probe ended (the server going away) must not crash the process.
        client.on("error", () => {});
        await client.connect();
        await client.query("SELECT 1");
        failures = 0;
      } catch (error) {
        const code = /** @type {{ code?: string }} */ (error).code;
        failures = code && ANSWERING.has(code) ? 0 : code && GONE.has(code) ? failuresToDown : failures + 1;
      } finally {
        client?.end().catch(() => {});
        checking = null;
      }
      up = failures < failuresToDown;
      return up;
    })();
    return checking;
  }

  /** After a failed page: a probe now, unless one started less than a second ago. */
  function suspect() {
    if (Date.now() - lastStarted >= 1_000) void probe();
  }

  void probe();
  const timer = setInterval(() => void probe(), everyMs);
  timer.unref();
  return {
    /** False from the `failuresToDown`-th failed probe in a row until one succeeds. */
    get up() {
      return up;
    },
    probe,
    suspect,
    stop: () => clearInterval(timer),
  };
}
