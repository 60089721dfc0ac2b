// Who the client is (lib/server/forwarded.mjs): the login throttle keys on this address, so a
// client must never choose it by writing X-Forwarded-For (hardening finding 1).
import { describe, expect, it } from "vitest";
import type { IncomingMessage } from "node:http";
import { compileTrust, forwardedFor, rewriteForwardedHeaders } from "@/lib/server/forwarded.mjs";

function request(socketAddress: string, headers: Record<string, string>, encrypted = false) {
  return {
    socket: { remoteAddress: socketAddress, encrypted },
    headers: { host: "portal.test", ...headers },
  } as unknown as IncomingMessage;
}

describe("the client's address, scheme and host", () => {
  it("trusts nobody by default: the socket is the client, whatever the headers claim", () => {
    const trust = compileTrust(undefined);
    const req = request("203.0.113.9", {
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.test",
    });
    expect(forwardedFor(req, trust)).toEqual({ address: "203.0.113.9", proto: "http", host: "portal.test" });
    expect(compileTrust("0")("127.0.0.1", 0)).toBe(false);
  });

  it("believes one hop behind a trusted proxy and ignores what the client wrote before it", () => {
    const trust = compileTrust("1");
    // The proxy appended the real client (198.51.100.7) after the client's forged entry.
    const req = request("10.0.0.2", {
      "x-forwarded-for": "6.6.6.6, 198.51.100.7",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "portal.example.vn",
    });
    expect(forwardedFor(req, trust)).toEqual({ address: "198.51.100.7", proto: "https", host: "portal.example.vn" });
  });

  it("believes the headers only when the peer is in a trusted range", () => {
    const trust = compileTrust("loopback, 10.0.0.0/8");
    expect(forwardedFor(request("10.1.2.3", { "x-forwarded-for": "198.51.100.7" }), trust).address).toBe("198.51.100.7");
    // A client outside the range writes the header itself: it is ignored.
    expect(
      forwardedFor(request("203.0.113.9", { "x-forwarded-for": "10.0.0.5", "x-forwarded-proto": "https" }), trust),
    ).toMatchObject({ address: "203.0.113.9", proto: "http" });
    // Through two trusted proxies, the first untrusted address is the client.
    expect(forwardedFor(request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.3" }), trust).address).toBe(
      "198.51.100.7",
    );
  });

  it("writes IPv4-mapped addresses plainly and knows TLS sockets are https", () => {
    expect(forwardedFor(request("::ffff:127.0.0.1", {}, true), compileTrust(""))).toMatchObject({
      address: "127.0.0.1",
      proto: "https",
    });
  });

  it("overwrites the forwarded headers so Next.js and next-auth see only the decision", () => {
    const req = request("203.0.113.9", {
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-port": "1",
      "x-real-ip": "6.6.6.6",
      forwarded: "for=6.6.6.6",
    });
    rewriteForwardedHeaders(req, forwardedFor(req, compileTrust(undefined)));
    expect(req.headers).toMatchObject({
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "portal.test",
    });
    expect(req.headers["x-forwarded-port"]).toBeUndefined();
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(req.headers.forwarded).toBeUndefined();
  });
});
