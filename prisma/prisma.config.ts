// Prisma CLI configuration. Migrations are authored on PGlite (DATABASE_URL unset) and deployed
// anywhere with `prisma migrate deploy`; the shims live in lib/db/adapters.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { openPGlite, pgliteMigrationAdapter, postgresAdapter } from "../lib/db/adapters";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(__dirname, "schema.prisma"),
  migrations: { path: path.join(__dirname, "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) return postgresAdapter(url, { forMigrations: true });
    return pgliteMigrationAdapter(openPGlite());
  },
});
