/**
 * The client's address for throttling. `next start` fills X-Forwarded-For from the socket when
 * the request has none. Behind a reverse proxy that sets the header (TRUST_PROXY=1) the first
 * entry is the client; otherwise only the last entry, the nearest hop, is believed.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers?.["x-forwarded-for"];
  const entries = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  const address = process.env.TRUST_PROXY === "1" ? entries[0] : entries[entries.length - 1];
  return address || "unknown";
}
