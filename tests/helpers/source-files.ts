// The project's own source files, for tests that read the code as text (no raw SQL, every PGlite
// opened with its extensions, every text field validated).
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
// lib/generated is Prisma's own client: not our code.
const SKIP = new Set(["node_modules", ".next", "generated", ".data", "test-results"]);

/** Files below ROOT's `dirs` whose names match `names` (TypeScript by default). */
export function sourceFiles(dirs: string[], names = /\.(ts|tsx|mts|cts)$/): string[] {
  const walk = (dir: string): string[] =>
    !fs.existsSync(dir)
      ? []
      : fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : walk(full);
          return names.test(entry.name) ? [full] : [];
        });
  return dirs.flatMap((d) => walk(path.join(ROOT, d)));
}
