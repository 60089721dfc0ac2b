// Every zod schema in lib/validation, fed hostile input (SECURITY.md #16): it never throws, a
// refusal explains itself in Vietnamese, field by field, and nothing it lets through carries a
// NUL or a lone surrogate (finding 5): a field sent one is refused at that field, or drops it.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hostileInput, isUnstorableText, schemasOf } from "../helpers/arbitraries";
import { stringsIn } from "../helpers/string-leaves";

const DIR = path.resolve(__dirname, "../../lib/validation");
const modules = fs
  .readdirSync(DIR)
  .filter((n) => n.endsWith(".ts") && n !== "locale.ts")
  .sort();
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
          if (result.success) {
            expect(stringsIn(result.data).filter(isUnstorableText), name).toEqual([]);
            return;
          }
          refusedWhereSent(schema, input, result.error, name);
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

/** A top-level field sent unstorable text is refused there, unless its own schema drops it. */
function refusedWhereSent(schema: z.ZodType, input: unknown, error: z.ZodError, name: string) {
  if (!(schema instanceof z.ZodObject) || !input || typeof input !== "object") return;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const value = Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined;
    if (!isUnstorableText(value)) continue;
    const alone = field.safeParse(value);
    if (alone.success) expect(stringsIn(alone.data).filter(isUnstorableText), `${name}.${key}`).toEqual([]);
    else
      expect(
        error.issues.some((i) => i.path[0] === key),
        `${name}.${key} ← ${JSON.stringify(value)}`,
      ).toBe(true);
  }
}
