// SECURITY.md #17: no string-built SQL. The `…Unsafe` raw-query methods take a string that user
// input could be spliced into; tagged `$queryRaw`/`$executeRaw` templates bind parameters instead.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
// lib/generated is Prisma's own client, which defines these methods: not our code.
const SKIP = new Set(["node_modules", ".next", "generated"]);
const UNSAFE = /\$(queryRawUnsafe|executeRawUnsafe)\b|Prisma\.raw\s*\(/;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [full] : [];
  });
}

describe("raw SQL", () => {
  const files = ["app", "lib", "components", "prisma"].flatMap((d) => sourceFiles(path.join(ROOT, d)));

  it("finds the source files it is meant to check", () => {
    expect(files.some((f) => f.endsWith(path.join("lib", "data", "members.ts")))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}app${path.sep}`))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}generated${path.sep}`))).toBe(false);
  });

  it("is never built from strings: no $queryRawUnsafe, $executeRawUnsafe or Prisma.raw in app, lib, components or prisma", () => {
    const offenders = files.filter((f) => UNSAFE.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
