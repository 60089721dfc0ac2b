// U+0000 and lone surrogates (SECURITY.md #16, attack finding 5): PostgreSQL cannot store them, so
// every string a schema accepts must refuse them with a Vietnamese message at that field, or (the
// search boxes, which fall back instead of refusing) drop them. Walks every exported schema.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { hasUnstorableCharacters, stripUnstorableCharacters } from "@/lib/domain/text";
import { BAD_CHARACTERS } from "@/lib/validation/fields";
import { sourceFiles } from "../helpers/source-files";
import { memberCreateInput, memberListQuery } from "@/lib/validation/members";
import { planCreateInput } from "@/lib/validation/plans";
import { reportSaveInput } from "@/lib/validation/reports";
import { entryCreateInput } from "@/lib/validation/entries";
import { commitmentRegisterInput } from "@/lib/validation/commitments";
import { schemasOf } from "../helpers/arbitraries";
import { BAD_STRINGS, inputAt, stringLeaves, stringsIn } from "../helpers/string-leaves";

const ROOT = path.resolve(__dirname, "../..");
const DIR = path.join(ROOT, "lib/validation");
const modules = fs
  .readdirSync(DIR)
  .filter((n) => n.endsWith(".ts"))
  .sort();
const ENGLISH = /\b(Invalid|expected|received|Too (big|small)|Required|Unrecognized)\b/;

describe("the characters no text column can hold", () => {
  it("are NUL and lone surrogates; a whole emoji and ordinary Vietnamese text are fine", () => {
    for (const bad of BAD_STRINGS) expect(hasUnstorableCharacters(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ["", "Nguyễn Văn Đức", "😀 🇻🇳", "tab\tand\nnewline", "\u0001"])
      expect(hasUnstorableCharacters(good), JSON.stringify(good)).toBe(false);
    expect(stripUnstorableCharacters("Ng\u0000uyễn \ud800Văn 😀\udfff")).toBe("Nguyễn Văn 😀");
  });
});

describe.each(modules)("every string field of lib/validation/%s", (file) => {
  it("refuses NUL and lone surrogates at that field, in Vietnamese, or drops them (search boxes)", async () => {
    const mod = (await import(path.join(DIR, file))) as Record<string, unknown>;
    for (const [name, schema] of schemasOf(mod)) {
      for (const leaf of stringLeaves(schema)) {
        const where = `${name}.${leaf.path.join(".")}`;
        for (const bad of BAD_STRINGS) {
          const result = (schema as z.ZodType).safeParse(inputAt(leaf, bad));
          if (result.success) {
            // Only a schema that recovers (a search box's `.catch`) may succeed, and then clean.
            expect(stringsIn(result.data).filter(hasUnstorableCharacters), `${where} ← ${JSON.stringify(bad)}`).toEqual([]);
            continue;
          }
          const here = result.error.issues.filter((i) => i.path.join(".") === leaf.path.join("."));
          expect(here.length, `${where} ← ${JSON.stringify(bad)}: no issue at the field`).toBeGreaterThan(0);
          for (const issue of here) expect(issue.message, where).not.toMatch(ENGLISH);
        }
      }
    }
  });
});

describe("the walk", () => {
  it("reaches the nested and the discriminated fields too", () => {
    const paths = (s: z.ZodType) => stringLeaves(s).map((l) => l.path.join("."));
    expect(paths(planCreateInput)).toEqual(
      expect.arrayContaining(["subject", "pillars.0", "sections.0.body", "indicators.0.wording"]),
    );
    expect(paths(entryCreateInput)).toEqual(expect.arrayContaining(["title", "problem", "provider", "effect"]));
    expect(paths(reportSaveInput)).toEqual(expect.arrayContaining(["narratives.0", "strengths"]));
    expect(paths(commitmentRegisterInput)).toContain("pledges.0");
  });
});

describe("free text is refused with the message beside the field, never silently altered", () => {
  it.each([
    ["a member's name", memberCreateInput, { fullName: "Trần\u0000Thị", chiDoanId: crypto.randomUUID() }, "fullName"],
    ["a plan section's body", planCreateInput, { sections: [{ heading: "I", body: "Nội dung \ud800" }] }, "sections.0.body"],
    ["a report narrative", reportSaveInput, { narratives: ["Kết quả \udfff"] }, "narratives.0"],
    ["an idea's problem", entryCreateInput, { kind: "IDEA", problem: "\u0000" }, "problem"],
  ] as const)("%s", (_what, schema, input, field) => {
    const result = (schema as z.ZodType).safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path.join(".") === field)?.message).toBe(BAD_CHARACTERS);
  });

  it("while a search keeps the words around the dropped characters", () => {
    expect(memberListQuery.parse({ q: "Ho\u0000a \ud800" }).q).toBe("Hoa");
    expect(memberListQuery.parse({ q: "\u0000" }).q).toBe("");
  });
});

describe("the source", () => {
  it("has no z.string() outside lib/validation/fields.ts: every text goes through text() or searchText()", () => {
    const all = sourceFiles(["app", "lib", "components"], /\.(ts|tsx)$/);
    expect(all.length).toBeGreaterThan(100);
    const offenders = all
      .filter((f) => path.relative(ROOT, f) !== path.join("lib", "validation", "fields.ts"))
      // …and no z.array() either: list() carries the same guard against crafted lengths.
      .filter((f) => /\bz\s*\.\s*(string|array)\s*\(/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
