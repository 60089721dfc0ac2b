// The migration scripts in order, for in-memory PGlite databases (tests and benchmarks).
import fs from "node:fs";
import path from "node:path";

const MIGRATIONS = path.resolve(__dirname, "../../prisma/migrations");

export function migrationScripts(): string[] {
  return fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
}
