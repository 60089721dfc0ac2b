// @ts-check
// What the HTTP server answers for itself, before Next.js: the health checks of a load balancer,
// and the outage page while the database does not answer (database-watch.mjs). During an outage
// every page answers at once with 503 and a page in Vietnamese that says to try again, instead
// of hanging on the pool or showing a stack trace; the files Next.js serves from the build
// (scripts, styles, icons) still pass, as they need no database.

/** @typedef {{ readonly up: boolean, suspect: () => void }} DatabaseWatch */

const RETRY_AFTER_SECONDS = 15;

/** What a form's action gets during an outage: the form keeps what was typed and says to retry. */
export const ACTION_OUTAGE_TEXT = "Hệ thống đang gián đoạn, vui lòng thử lại sau ít phút.";

const DATABASE_DOWN = 'Cổng "3 trách nhiệm" tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu đã lưu không bị mất.';

/**
 * @param {string} nonce the CSP nonce of this response, for its one style element
 * @param {string} [cause] what is wrong, in one sentence
 */
export function outagePage(nonce, cause = DATABASE_DOWN) {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Hệ thống đang gián đoạn · Cổng "3 trách nhiệm"</title>
<style nonce="${nonce}">
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f8fafc;color:#0f172a}
main{max-width:34rem;margin:12vh auto;padding:0 1.25rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
p{line-height:1.6;color:#334155}
a{color:#1e40af}
</style>
</head>
<body>
<main>
<h1>Hệ thống đang gián đoạn</h1>
<p>${cause}</p>
<p>Vui lòng thử lại sau ít phút: <a href="">tải lại trang</a>. Nếu bạn đang điền biểu mẫu, đừng đóng trang đó; hãy gửi lại khi hệ thống hoạt động.</p>
</main>
</body>
</html>
`;
}

/**
 * The proxy's own answer when no app server answers at all (HAProxy `errorfile 503`): the same
 * page, as a whole HTTP response. The proxy sends no CSP, so the style's nonce binds nothing.
 */
export function proxyErrorResponse() {
  const page = outagePage("proxy", 'Cổng "3 trách nhiệm" tạm thời không có máy chủ nào sẵn sàng. Dữ liệu đã lưu không bị mất.');
  return [
    "HTTP/1.0 503 Service Unavailable",
    "Cache-Control: no-store",
    "Connection: close",
    "Content-Type: text/html; charset=utf-8",
    `Retry-After: ${RETRY_AFTER_SECONDS}`,
    "",
    page,
  ].join("\r\n");
}

/**
 * Files of the build and of public/ (a dot in the last segment): served without the database.
 * @param {string} pathname
 */
function isStaticFile(pathname) {
  return pathname.startsWith("/_next/static/") || /\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf("/")));
}

/**
 * The request's address, for the decisions above; a target no URL parser takes (Next.js answers
 * it with 400) counts as a page.
 * @param {string | undefined} target
 */
function requestUrl(target) {
  try {
    return new URL(target ?? "/", "http://server");
  } catch {
    return new URL("http://server/");
  }
}

/**
 * `GET /api/health`: readiness, 200 when this server can serve pages (its database answers), else
 * 503, for a load balancer to route around it. `GET /api/health?check=live`: liveness, 200 while
 * the process answers at all, so an orchestrator does not restart a server that only waits for
 * the database.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {URL} url
 * @param {DatabaseWatch | null} database null: the embedded database, in this process
 */
function answerHealth(req, res, url, database) {
  const live = url.searchParams.get("check") === "live";
  const ready = !database || database.up;
  const body = JSON.stringify({ live: true, ready, database: database ? (database.up ? "up" : "down") : "embedded" });
  res.statusCode = live || ready ? 200 : 503;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Answers the request itself when the database is down (true), else leaves it to Next.js (false).
 * A page gets the outage page; anything else (a form's action, an API call) a short text the
 * browser's code can show.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {URL} url
 * @param {DatabaseWatch | null} database
 * @param {string} nonce
 */
function answerDuringOutage(req, res, url, database, nonce) {
  if (!database || database.up || isStaticFile(url.pathname)) return false;
  const page = (req.method === "GET" || req.method === "HEAD") && !req.headers["next-action"] && !req.headers["rsc"];
  res.statusCode = 503;
  res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
  res.setHeader("Cache-Control", "no-store");
  // Exactly "text/plain": the only type Next.js's client shows a failed action's text from.
  res.setHeader("Content-Type", page ? "text/html; charset=utf-8" : "text/plain");
  const body = page ? outagePage(nonce) : ACTION_OUTAGE_TEXT;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * What the server answers before Next.js, in order: the health checks, then the outage page while
 * the database is down. True when it answered. Otherwise a failure (5xx) of the page that follows
 * makes the database be looked at now rather than at the next probe.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {DatabaseWatch | null} database
 * @param {string} nonce
 */
export function answerBeforeNext(req, res, database, nonce) {
  const url = requestUrl(req.url);
  if (url.pathname === "/api/health") {
    answerHealth(req, res, url, database);
    return true;
  }
  if (answerDuringOutage(req, res, url, database, nonce)) return true;
  if (database) res.once("finish", () => res.statusCode >= 500 && database.suspect());
  return false;
}
