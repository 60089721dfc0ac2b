// Every zod schema in lib/validation, fed hostile input (SECURITY.md #16): it never throws, and a
// refusal explains itself in Vietnamese, field by field.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileInput, schemasOf } from "../helpers/arbitraries";

const DIR = path.resolve(__dirname, "../../lib/validation");
const modules = fs.readdirSync(DIR).filter((n) => n.endsWith(".ts") && n !== "locale.ts").sort();
// zod's built-in English messages ("Invalid input: expected string, received number", "Too big…").
const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|Required|Unrecognized)\b/;

describe.each(modules)("schemas of lib/validation/%s", (file) => {
  it("never throw on hostile input, and refuse it with Vietnamese messages", async () => {
    const mod = (await import(path.join(DIR, file))) as Record<string, unknown>;
    const schemas = schemasOf(mod);
    if (file !== "fields.ts") expect(schemas.length).toBeGreaterThan(0);
    for (const [name, schema] of schemas) {
      fc.assert(
        fc.property(hostileInput(schema), (input) => {
          const result = schema.safeParse(input);
          if (result.success) return;
          for (const issue of result.error.issues) {
            expect(typeof issue.message, name).toBe("string");
            expect(issue.message.length, name).toBeGreaterThan(0);
            expect(issue.message, `${name}.${issue.path.join(".")}`).not.toMatch(ENGLISH);
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});
