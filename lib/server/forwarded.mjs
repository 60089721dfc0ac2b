// @ts-check
// Who is on the other end of a request, decided once by the HTTP server (lib/server/start.mjs).
// `next start` fills X-Forwarded-* only when the client left them out, so a client talking to the
// server directly could name any address and dodge the login throttle. Here the headers are
// believed only from proxies the deployment trusts (TRUST_PROXY), else the socket decides.
import proxyaddr from "proxy-addr";

/**
 * TRUST_PROXY: unset, "" or "0" → trust nobody (the socket address is the client);
 * a number n → trust n proxy hops in front of the server; otherwise a comma-separated list of
 * addresses, CIDR ranges or proxy-addr's names ("loopback", "linklocal", "uniquelocal").
 * @param {string | undefined} value
 * @returns {(address: string, hop: number) => boolean}
 */
export function compileTrust(value) {
  const setting = (value ?? "").trim();
  if (setting === "" || setting === "0" || setting === "false") return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    setting
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** "::ffff:127.0.0.1" → "127.0.0.1", so one client has one key. @param {string} address */
function plainAddress(address) {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** @param {string | string[] | undefined} header */
function firstValue(header) {
  const raw = Array.isArray(header) ? header[0] : header;
  return raw?.split(",")[0]?.trim() || undefined;
}

/**
 * The client's address, the scheme and the host as the client used them.
 * @param {import("node:http").IncomingMessage} req
 * @param {(address: string, hop: number) => boolean} trust
 */
export function forwardedFor(req, trust) {
  const socketAddress = req.socket.remoteAddress ?? "";
  const peerTrusted = socketAddress !== "" && trust(socketAddress, 0);
  const encrypted = Boolean(/** @type {import("node:tls").TLSSocket} */ (req.socket).encrypted);
  const proto = (peerTrusted && firstValue(req.headers["x-forwarded-proto"])) || (encrypted ? "https" : "http");
  const host = (peerTrusted && firstValue(req.headers["x-forwarded-host"])) || req.headers.host || "localhost";
  return {
    address: plainAddress(proxyaddr(req, trust) || "unknown"),
    proto: proto === "https" ? "https" : "http",
    host,
  };
}

/**
 * Overwrites the forwarded headers with what was decided, so Next.js and next-auth (which read
 * them) never see a value the client made up.
 * @param {import("node:http").IncomingMessage} req
 * @param {{ address: string, proto: string, host: string }} forwarded
 */
export function rewriteForwardedHeaders(req, forwarded) {
  req.headers["x-forwarded-for"] = forwarded.address;
  req.headers["x-forwarded-proto"] = forwarded.proto;
  req.headers["x-forwarded-host"] = forwarded.host;
  delete req.headers["x-forwarded-port"];
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
}
