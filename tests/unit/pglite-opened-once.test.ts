// PGlite loads an extension only when it is named at open time: a database opened without
// pg_trgm cannot run the migration that creates it, nor read the index built on it. Every PGlite
// is therefore opened by newPGlite (lib/db/adapters.ts), or created with PGLITE_EXTENSIONS.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newPGlite } from "@/lib/db/adapters";
import { ROOT, sourceFiles } from "../helpers/source-files";

describe("opening PGlite", () => {
  const files = sourceFiles(["app", "lib", "components", "prisma", "tests"], /\.(ts|tsx|mts|mjs)$/);

  it("goes through newPGlite, or PGlite.create with PGLITE_EXTENSIONS", () => {
    const offenders = files.flatMap((f) =>
      fs
        .readFileSync(f, "utf8")
        .split("\n")
        .filter((line) => /new PGlite\s*\(|PGlite\.create\s*\(/.test(line))
        .filter((line) => !(f.endsWith(path.join("lib", "db", "adapters.ts")) && line.includes("PGLITE_EXTENSIONS")))
        .filter((line) => !(/PGlite\.create\s*\(/.test(line) && line.includes("PGLITE_EXTENSIONS")))
        .map((line) => `${path.relative(ROOT, f)}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("loads pg_trgm, whose similarity and LIKE support the entry search's index", async () => {
    const pg = newPGlite();
    try {
      await pg.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      const { rows } = await pg.query<{ sim: number }>("SELECT similarity('cong trinh', 'cong trinh thanh nien') AS sim");
      expect(rows[0].sim).toBeGreaterThan(0.3);
    } finally {
      await pg.close();
    }
  }, 60_000);
});
