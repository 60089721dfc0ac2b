// @ts-check
// The portal's HTTP server: `node lib/server/start.mjs` (npm start) or with `--dev` (npm run dev).
// Next.js's own `next start` cannot tell a client's real address from one the client wrote into
// X-Forwarded-For, and its headers() config is fixed at build time. This thin server decides,
// per request and from run-time configuration: who the client is (lib/server/forwarded.mjs), the
// CSP nonce and the security headers (security-headers.mjs), then hands the request to Next.js
// inside a request context the app reads (request-store.mjs).
import { randomBytes } from "node:crypto";
import http from "node:http";
import next from "next";
import { compileTrust, forwardedFor, rewriteForwardedHeaders } from "./forwarded.mjs";
import { contentSecurityPolicy, newNonce, responseSecurityHeaders } from "./security-headers.mjs";
import { newRequestBox, requestStorage } from "./request-store.mjs";
import { watchDatabase } from "./database-watch.mjs";
import { answerBeforeNext } from "./outage.mjs";
import { leaveWrittenPosition, writtenPosition } from "./replica-cookie.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const trust = compileTrust(process.env.TRUST_PROXY);
const publicUrl = process.env.NEXTAUTH_URL;
// Without a configured public URL, sign-in and sign-out links follow the host the request came
// to (as decided above, never a forwarded host from an untrusted client).
if (!publicUrl) process.env.AUTH_TRUST_HOST = "1";

// The secret of this server's wake-up calls for scheduled work (app/api/jobs/route.ts).
process.env.JOBS_SECRET ||= randomBytes(32).toString("hex");

// PostgreSQL may go away under a running server; the embedded database cannot.
const database = process.env.DATABASE_URL ? watchDatabase(process.env.DATABASE_URL) : null;
// Page views may read from a streaming replica (lib/db/replica.ts): each request says how far.
const replicated = Boolean(process.env.DATABASE_URL && process.env.DATABASE_REPLICA_URL);

const app = next({ dev, port, hostname });
const handle = app.getRequestHandler();
const storage = requestStorage();

await app.prepare();

const server = http.createServer((req, res) => {
  const forwarded = forwardedFor(req, trust);
  rewriteForwardedHeaders(req, forwarded);
  const https = forwarded.proto === "https" || Boolean(publicUrl?.startsWith("https://"));
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, https, dev });
  // Next.js takes the nonce for its scripts from the request's CSP header.
  req.headers["content-security-policy"] = csp;
  for (const [name, value] of responseSecurityHeaders({ csp, https })) res.setHeader(name, value);
  // The health checks, and the outage page while PostgreSQL does not answer (outage.mjs).
  if (answerBeforeNext(req, res, database, nonce)) return;
  const routing = replicated ? { after: writtenPosition(req.headers.cookie), primaryOnly: false } : undefined;
  if (routing) leaveWrittenPosition(res, routing, https);
  // Each request in its own box: the app fills in the viewer's Khối once it knows them, and the
  // database shows nothing before that (row-level security, lib/db/tenant-context.ts).
  const box = newRequestBox(forwarded.address, `${forwarded.proto}://${forwarded.host}`, req.url, req.method, routing);
  storage.run(box, () => {
    handle(req, res).catch((error) => {
      console.error("[server] request failed", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});

server.listen(port, hostname, () => {
  console.log(`[server] Cổng 3 trách nhiệm đang chạy tại http://${hostname ?? "localhost"}:${port}${dev ? " (dev)" : ""}`);
  wakeJobs();
});

/** Scheduled work (the mail outbox): a wake-up call now and every 30 s, over the loopback. */
function wakeJobs() {
  const wake = () =>
    fetch(`http://${!hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname}:${port}/api/jobs`, {
      method: "POST",
      headers: { "x-jobs-secret": process.env.JOBS_SECRET ?? "" },
    })
      .then((response) => (response.ok ? undefined : console.error(`[jobs] wake-up answered ${response.status}`)))
      .catch((error) => console.error("[jobs] wake-up failed", error instanceof Error ? error.message : error));
  void wake();
  setInterval(wake, 30_000).unref();
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections must not hold the process forever.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
