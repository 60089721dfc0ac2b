// Prisma's PostgreSQL adapter applies a migration by splitting it on every ";" (quoted or not,
// in comments too). A migration whose pieces are not whole statements deploys on PGlite but fails
// on PostgreSQL, so each piece must keep its quotes balanced and carry no dollar quoting.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve(__dirname, "../../prisma/migrations");
const migrations = fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")));

describe("migrations survive the adapter's split on semicolons", () => {
  it.each(migrations)("%s", (name) => {
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    for (const piece of sql.split(";")) {
      const code = piece.replace(/^\s*--.*$/gm, "");
      expect(piece, "a comment holds a semicolon").not.toMatch(/--[^\n]*$/);
      expect(code, "dollar quoting").not.toContain("$$");
      expect((code.match(/'/g) ?? []).length % 2, `unbalanced quotes in: ${piece.slice(0, 80)}`).toBe(0);
    }
  });
});
