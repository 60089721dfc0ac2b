// @ts-check
// Security headers of every response (SECURITY.md #15), decided per request at run time: a
// fresh CSP nonce, and HSTS whenever the portal is reached over HTTPS. Next.js reads the nonce
// from the request's Content-Security-Policy header and stamps it on its own scripts; with
// 'strict-dynamic' only those scripts (and what they load) run, never an injected one.
import { randomBytes } from "node:crypto";

export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * @param {{ nonce: string, https: boolean, dev: boolean }} options
 */
export function contentSecurityPolicy({ nonce, https, dev }) {
  return [
    "default-src 'self'",
    // Development's fast refresh evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // Server-rendered style="" attributes (progress bars, chart containers): never script.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The service worker (public/sw.js) and the web app manifest, from this origin only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * @param {{ csp: string, https: boolean }} options
 * @returns {[string, string][]}
 */
export function responseSecurityHeaders({ csp, https }) {
  return [
    ["Content-Security-Policy", csp],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
    // Only over HTTPS: on plain http the header is ignored, and a wrong one locks users out.
    ...(https ? /** @type {[string, string][]} */ ([["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]]) : []),
  ];
}
