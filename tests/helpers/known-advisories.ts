// Known-bad versions of packages, checked offline against what is installed (SECURITY.md #29):
// `npm audit` cannot reach an advisory service from these machines, and no npm package ships the
// advisory database itself (@renovatebot/osv-offline, the best kept, downloads it from GitHub at
// run time). So the high and critical advisories that matter here are pinned below, by hand.
//
// Keep it current: when SECURITY.md names a new minimum, or an advisory (GitHub Advisory Database,
// OSV) rates a package in our tree high or critical, add a line; `npm audit` (which .ci/run still
// tries) says so wherever it can reach the service. Ranges are semver ranges of vulnerable versions.

export type Advisory = { name: string; vulnerable: string; severity: "high" | "critical"; advisory: string; why: string };

/** When the list was last compared with SECURITY.md and the advisory databases. */
export const REVIEWED = "2026-12-02";

export const KNOWN_BAD: Advisory[] = [
  // Named by SECURITY.md ("Versions").
  {
    name: "next",
    vulnerable: "<16.3.3",
    severity: "critical",
    advisory: "SECURITY.md: Next.js security releases of May–Aug 2026",
    why: "unauthenticated RCE in /_next/image; Server Action DoS and SSRF; proxy/middleware bypasses",
  },
  {
    name: "next-auth",
    vulnerable: "<4.24.15",
    severity: "critical",
    advisory: "SECURITY.md: next-auth 4.24.15",
    why: "look-alike '@' e-mail normalisation; getToken DoS",
  },
  {
    name: "xlsx",
    vulnerable: "*",
    severity: "high",
    advisory: "CVE-2023-30533, CVE-2024-22363",
    why: "the npm package is frozen at 0.18.5 (prototype pollution, ReDoS): use exceljs",
  },
  // React Server Components ("React2Shell"): Next bundles its own copy, these are the standalone packages.
  ...["react-server-dom-webpack", "react-server-dom-turbopack", "react-server-dom-parcel"].map((name) => ({
    name,
    vulnerable: ">=19.0.0 <19.0.1 || >=19.1.0 <19.1.2 || >=19.2.0 <19.2.1",
    severity: "critical" as const,
    advisory: "CVE-2025-55182",
    why: "remote code execution through a crafted Server Function request",
  })),
  // Common in JavaScript dependency trees (transitive copies included).
  {
    name: "form-data",
    vulnerable: "<2.5.4 || >=3.0.0 <3.0.4 || >=4.0.0 <4.0.4",
    severity: "critical",
    advisory: "CVE-2025-7783",
    why: "predictable multipart boundary (Math.random)",
  },
  {
    name: "@babel/traverse",
    vulnerable: "<7.23.2",
    severity: "critical",
    advisory: "CVE-2023-45133",
    why: "arbitrary code execution when compiling crafted code",
  },
  { name: "minimist", vulnerable: "<1.2.6", severity: "critical", advisory: "CVE-2021-44906", why: "prototype pollution" },
  {
    name: "semver",
    vulnerable: "<5.7.2 || >=6.0.0 <6.3.1 || >=7.0.0 <7.5.2",
    severity: "high",
    advisory: "CVE-2022-25883",
    why: "ReDoS in range parsing",
  },
  { name: "cross-spawn", vulnerable: "<6.0.6 || >=7.0.0 <7.0.5", severity: "high", advisory: "CVE-2024-21538", why: "ReDoS" },
  { name: "braces", vulnerable: "<3.0.3", severity: "high", advisory: "CVE-2024-4068", why: "unbounded memory use" },
  { name: "micromatch", vulnerable: "<4.0.8", severity: "high", advisory: "CVE-2024-4067", why: "ReDoS" },
  {
    name: "ws",
    vulnerable: ">=5.0.0 <5.2.4 || >=6.0.0 <6.2.3 || >=7.0.0 <7.5.10 || >=8.0.0 <8.17.1",
    severity: "high",
    advisory: "CVE-2024-37890",
    why: "DoS through many HTTP headers",
  },
  { name: "tar", vulnerable: "<6.2.1", severity: "high", advisory: "CVE-2024-28863", why: "DoS through deeply nested folders" },
  {
    name: "body-parser",
    vulnerable: "<1.20.3",
    severity: "high",
    advisory: "CVE-2024-45590",
    why: "DoS with URL-encoded bodies",
  },
  {
    name: "path-to-regexp",
    vulnerable: "<0.1.12 || >=1.0.0 <1.9.0 || >=2.0.0 <3.3.0 || >=4.0.0 <6.3.0 || >=7.0.0 <8.0.0",
    severity: "high",
    advisory: "CVE-2024-45296, CVE-2024-52798",
    why: "ReDoS",
  },
  {
    name: "json5",
    vulnerable: "<1.0.2 || >=2.0.0 <2.2.2",
    severity: "high",
    advisory: "CVE-2022-46175",
    why: "prototype pollution",
  },
  { name: "lodash", vulnerable: "<4.17.21", severity: "high", advisory: "CVE-2021-23337", why: "command injection in template" },
];
