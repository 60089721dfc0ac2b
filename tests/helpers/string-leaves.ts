// Every place a zod schema accepts a string, with an input that reaches it: used to check that
// no text field lets U+0000 or a lone surrogate through to the database (SECURITY.md #16).
import type { z } from "zod";

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A path to a string, and the literal fields (discriminators) that must be set to reach it. */
export type StringLeaf = { path: (string | number)[]; context: { path: (string | number)[]; value: unknown }[] };

/** A NUL, alone and inside words; a high and a low surrogate without their other half. */
export const BAD_STRINGS = ["\u0000", "Nguyễn\u0000Văn", "\ud800", "An \ud83d", "\udfff", "x\ude00y"];

const RECORD_KEY = "00000000-0000-4000-8000-000000000000";

export function stringLeaves(
  schema: z.ZodType,
  path: (string | number)[] = [],
  context: StringLeaf["context"] = [],
): StringLeaf[] {
  const def = defOf(schema);
  const inner = (key: string) => stringLeaves(def[key] as z.ZodType, path, context);
  switch (def.type) {
    case "string":
      return [{ path, context }];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner("innerType");
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform: the schema sees the input.
      return defOf(def.in as z.ZodType).type === "transform" ? inner("out") : inner("in");
    case "union":
      return (def.options as z.ZodType[]).flatMap((o) => stringLeaves(o, path, context));
    case "array":
      return stringLeaves(def.element as z.ZodType, [...path, 0], context);
    case "record":
      return stringLeaves(def.valueType as z.ZodType, [...path, RECORD_KEY], context);
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const literals = Object.entries(shape)
        .filter(([, s]) => defOf(s).type === "literal")
        .map(([k, s]) => ({ path: [...path, k], value: (defOf(s).values as unknown[])[0] }));
      return Object.entries(shape).flatMap(([k, s]) => stringLeaves(s, [...path, k], [...context, ...literals]));
    }
    default:
      return [];
  }
}

/** An input holding `value` at the leaf (and the literals that select its branch). */
export function inputAt(leaf: StringLeaf, value: string): unknown {
  const root: { v?: unknown } = {};
  const set = (path: (string | number)[], v: unknown) => {
    let node: Record<string | number, unknown> = root;
    let key: string | number = "v";
    for (const segment of path) {
      node[key] ??= typeof segment === "number" ? [] : {};
      node = node[key] as Record<string | number, unknown>;
      key = segment;
    }
    node[key] = v;
  };
  for (const c of leaf.context) set(c.path, c.value);
  set(leaf.path, value);
  return root.v;
}

/** Every string anywhere inside a parsed value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object" && !(value instanceof Date)) return Object.values(value).flatMap(stringsIn);
  return [];
}
