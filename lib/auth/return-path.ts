// Where to go back after signing in: the portal page the user asked for (`/dang-nhap?tiep=…`).
// Only a path on this site is ever followed: "//evil.example", "/\evil.example", "https://…" or a
// "javascript:" would send a freshly signed-in user elsewhere (an open redirect), so anything that
// does not resolve to this origin is dropped and the user lands on their home page instead.

const BASE = "http://portal.invalid";
// Pages a return to would be pointless or a loop.
const NOT_RETURNED_TO = [/^\/dang-nhap(\/|$)/, /^\/api(\/|$)/, /^\/_next(\/|$)/];

/** The same-origin path and query to return to, or null. */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return null;
  // Control characters and backslashes are never part of a link the portal made.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  // Dot segments are resolved by the parse: "/..//evil.example" becomes "//evil.example", which a
  // browser reads as another host. The resolved path is checked again.
  if (url.pathname.startsWith("//") || url.pathname.includes("\\")) return null;
  // A client navigation's flight request carries `_rsc`: the page itself is what was asked for.
  url.searchParams.delete("_rsc");
  if (url.pathname === "/" || NOT_RETURNED_TO.some((pattern) => pattern.test(url.pathname))) return null;
  return url.pathname + url.search;
}

/** The sign-in page, remembering the page asked for when there is one worth returning to. */
export function signInPath(asked: string | null | undefined): string {
  const path = safeReturnPath(asked);
  return path ? `/dang-nhap?tiep=${encodeURIComponent(path)}` : "/dang-nhap";
}
