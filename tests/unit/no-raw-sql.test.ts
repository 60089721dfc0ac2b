// SECURITY.md #17: no string-built SQL. The `…Unsafe` raw-query methods take a string that user
// input could be spliced into; tagged `$queryRaw`/`$executeRaw` templates bind parameters instead.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "../helpers/source-files";

const UNSAFE = /\$(queryRawUnsafe|executeRawUnsafe)\b|Prisma\.raw\s*\(/;

describe("raw SQL", () => {
  const files = sourceFiles(["app", "lib", "components", "prisma"]);

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
