// fast-check arbitraries for hostile form input (SECURITY.md #16): the keys a schema knows, with
// values of any type — huge strings, nested objects, numbers where text is expected, real ids
// from the test database — plus keys the schema does not know.
import fc from "fast-check";
import { z } from "zod";
import { hasUnstorableCharacters } from "@/lib/domain/text";

/**
 * Text PostgreSQL cannot store (finding 5): a NUL or half a surrogate pair slipped in among
 * Vietnamese words, or among any code points (fast-check's "binary" strings).
 */
export function unstorableText(): fc.Arbitrary<string> {
  const bad = fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "\u0000\u0000");
  const around = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));
  return fc.tuple(around, bad, around).map(([a, b, c]) => a + b + c);
}

export const isUnstorableText = (v: unknown): v is string => typeof v === "string" && hasUnstorableCharacters(v);

const HUGE = [
  "x".repeat(1_000_000),
  "Đ".repeat(200_001),
  '=HYPERLINK("http://x")'.repeat(10_000),
  "\u0000".repeat(5000),
  " ".repeat(100_000),
];

/** Any single value a forged POST could carry. `ids` mixes real ids into the values. */
export function hostileValue(ids: string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    unstorableText(),
    fc.constantFrom(...HUGE),
    fc.constantFrom(
      "",
      " ",
      "null",
      "undefined",
      "NaN",
      "01/01/2000",
      "31/02/1990",
      "29/02/2024",
      "01/01/0001",
      "NAM",
      "KHAC",
      "KHOI_ADMIN",
      "a@b.vn",
      "0912 345 678",
    ),
    fc.uuid(),
    ...(ids.length ? [fc.constantFrom(...ids)] : []),
    fc.integer(),
    fc.maxSafeInteger(),
    fc.double(),
    fc.bigInt().map(String),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
    fc.object({ maxDepth: 3 }),
    fc.constant({ toString: "x", valueOf: 1, __proto__: { polluted: true } }),
    // A `length` that cannot be compared: zod's length checks used to throw on it.
    fc.constant({ length: { toString: 0 } }),
  );
}

/** The object-schema's keys (when it has them) plus forged ones, each maybe present. */
export function hostileInput(schema: z.ZodType, ids: string[] = []): fc.Arbitrary<unknown> {
  const shape = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const keys = [...new Set([...shape, "khoiId", "coSoId", "active", "version", "userId", "role", "__proto__", "constructor"])];
  const value = hostileValue(ids);
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
  return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) });
}

/** Zod schemas among a module's exports. */
export function schemasOf(mod: Record<string, unknown>): [string, z.ZodType][] {
  return Object.entries(mod).filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType);
}
