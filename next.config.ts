import type { NextConfig } from "next";

// Security headers for every response (SECURITY.md #15). Next.js needs inline scripts for
// hydration, so the CSP locks down objects, base URIs and framing rather than scripts.
const securityHeaders = [
  {
    key: "Content-Security-Policy",
    value: "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // HSTS only when the portal is served over HTTPS (it would be ignored, or wrong, on http).
  ...((process.env.NEXTAUTH_URL ?? "").startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Evidence files are up to 10 MB (lib/domain/evidence-file.ts), plus the form around them.
    serverActions: { bodySizeLimit: "11mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
