import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  // Security headers (CSP with a per-request nonce, HSTS over HTTPS) are sent by the HTTP server
  // from run-time configuration (lib/server/start.mjs), not fixed here at build time.
  typedRoutes: false,
  experimental: {
    // Evidence files are up to 10 MB (lib/domain/evidence-file.ts), plus the form around them.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
