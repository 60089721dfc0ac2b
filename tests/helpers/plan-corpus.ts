// The corpus of plan texts (tests/fixtures/plans/) and how the extraction is scored against it.
// Each `<name>.expected.json` holds the targets (chỉ tiêu) a careful reader marked by hand; the
// matcher pairs the extractor's proposals with them one-to-one, greedily in document order, and
// counts recall and precision inside the target sections and over the whole document.
// The matching and scoring are pure; only `loadCorpus` reads files.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import {
  APPLIES_TO,
  HONOUR_LEVELS,
  PERIOD_KINDS,
  RECORD_KINDS,
  TARGET_KINDS,
  type ProposedIndicator,
} from "@/lib/domain/plan-model";
import { extractPlanText } from "@/lib/domain/plan-text";

export const CORPUS_DIR = path.resolve(import.meta.dirname, "../fixtures/plans");
export const SCORES_FILE = path.join(CORPUS_DIR, "scores.json");

const text = z
  .string()
  .min(1)
  .refine((s) => !s.includes("\0"), "NUL");

export const expectedTarget = z.strictObject({
  text,
  target: z.number().positive(),
  targetKind: z.enum(TARGET_KINDS),
  appliesTo: z.enum(APPLIES_TO),
  recordKind: z.enum(RECORD_KINDS).nullable(),
  unit: text,
  honourLevel: z.enum(HONOUR_LEVELS).nullable(),
  period: z.enum(PERIOD_KINDS),
  months: z.array(z.number().int().min(1).max(12)),
  inTargets: z.boolean(),
});
export type ExpectedTarget = z.infer<typeof expectedTarget>;

export const expectedPlan = z.strictObject({
  title: text,
  style: text,
  textFile: text.optional(),
  targets: z.array(expectedTarget),
  /** Deadlines read from "Tổ chức thực hiện" (scored by the deadline extraction, not here); may be left out. */
  deadlines: z
    .array(
      z.strictObject({
        kind: z.enum(["CO_SO_PLAN", "SIX_MONTH", "ANNUAL"]),
        dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      }),
    )
    .default([]),
});
export type ExpectedPlan = z.infer<typeof expectedPlan>;

/** The fields of a proposal the matcher and the "fields right" share look at. */
export type Proposal = Pick<
  ProposedIndicator,
  | "source"
  | "target"
  | "targetKind"
  | "appliesTo"
  | "recordKind"
  | "unitLabel"
  | "honourLevel"
  | "period"
  | "months"
  | "inTargets"
>;

export type CorpusPlan = { name: string; file: string; expected: ExpectedPlan; text: string };

/** Lower case without diacritics ("Đơn vị máu" → "don vi mau"), for comparing units. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/giu, "d").toLowerCase().trim();
}

const words = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}%]+/u)
    .filter(Boolean);

/** Units agree when the first word of one is a word of the other; "%" only with "%". */
export function unitsAgree(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  if (wa.includes("%") || wb.includes("%")) return wa.includes("%") && wb.includes("%");
  return wb.includes(wa[0]) || wa.includes(wb[0]);
}

/**
 * The same target of the same people, read as the same kind of record or as the same unit: a
 * target proposed as "05 tiểu phẩm" to be entered, where the annotator counted products, is found
 * (staff confirm its kind); whether the kind is right is counted apart, in `kindRight`.
 */
export function matches(expected: ExpectedTarget, proposal: Proposal): boolean {
  if (expected.target !== proposal.target || expected.appliesTo !== proposal.appliesTo) return false;
  if (expected.recordKind !== null && expected.recordKind === proposal.recordKind) return true;
  return unitsAgree(expected.unit, proposal.unitLabel);
}

/** The proposal counts the records the annotator named (or, for a figure to enter, none). */
export function kindRight(e: ExpectedTarget, p: Proposal): boolean {
  return e.recordKind === p.recordKind;
}

/** Pairs, greedily in document order: each expected target takes the first free proposal it matches. */
export function matchTargets(expected: ExpectedTarget[], proposals: Proposal[]): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  expected.forEach((e, ei) => {
    const pi = proposals.findIndex((p, i) => !used.has(i) && matches(e, p));
    if (pi < 0) return;
    used.add(pi);
    pairs.push([ei, pi]);
  });
  return pairs;
}

/** Record kind, targetKind, honour level and period (with its months) all as expected. */
export function fieldsRight(e: ExpectedTarget, p: Proposal): boolean {
  const months = (m: number[]) => [...m].sort((x, y) => x - y).join(",");
  return (
    kindRight(e, p) &&
    e.targetKind === p.targetKind &&
    e.honourLevel === p.honourLevel &&
    e.period === p.period &&
    months(e.months) === months(p.months)
  );
}

export type Counts = { expected: number; proposed: number; matched: number; fieldsRight: number };
export type PlanScore = {
  name: string;
  inTargets: Counts;
  overall: Counts;
  missed: ExpectedTarget[];
  extra: Proposal[];
};

function count(expected: ExpectedTarget[], proposals: Proposal[]) {
  const pairs = matchTargets(expected, proposals);
  const counts: Counts = {
    expected: expected.length,
    proposed: proposals.length,
    matched: pairs.length,
    fieldsRight: pairs.filter(([e, p]) => fieldsRight(expected[e], proposals[p])).length,
  };
  return { pairs, counts };
}

export function scorePlan(name: string, expected: ExpectedTarget[], proposals: Proposal[]): PlanScore {
  const inside = count(
    expected.filter((e) => e.inTargets),
    proposals.filter((p) => p.inTargets),
  );
  const all = count(expected, proposals);
  const matchedE = new Set(all.pairs.map(([e]) => e));
  const matchedP = new Set(all.pairs.map(([, p]) => p));
  return {
    name,
    inTargets: inside.counts,
    overall: all.counts,
    missed: expected.filter((_, i) => !matchedE.has(i)),
    extra: proposals.filter((_, i) => !matchedP.has(i)),
  };
}

/** Nothing expected and nothing proposed is a perfect score, not a division by zero. */
export const recall = (c: Counts) => (c.expected ? c.matched / c.expected : 1);
export const precision = (c: Counts) => (c.proposed ? c.matched / c.proposed : 1);
export const fieldsShare = (c: Counts) => (c.matched ? c.fieldsRight / c.matched : 1);

export function sumCounts(all: Counts[]): Counts {
  return all.reduce(
    (a, c) => ({
      expected: a.expected + c.expected,
      proposed: a.proposed + c.proposed,
      matched: a.matched + c.matched,
      fieldsRight: a.fieldsRight + c.fieldsRight,
    }),
    { expected: 0, proposed: 0, matched: 0, fieldsRight: 0 },
  );
}

export type Floor = { recall: number; precision: number };
export type Floors = { inTargets: Floor; overall: Floor };
export type ScoresFile = { plans: Record<string, Floors>; overall: Floors };

/** Rounded down to 2 decimals, so today's figure always passes its own floor. */
export const floorOf = (x: number) => Math.floor(x * 100 + 1e-9) / 100;

export function floors(inTargets: Counts, overall: Counts): Floors {
  return {
    inTargets: { recall: floorOf(recall(inTargets)), precision: floorOf(precision(inTargets)) },
    overall: { recall: floorOf(recall(overall)), precision: floorOf(precision(overall)) },
  };
}

export function scoresFile(scores: PlanScore[]): ScoresFile {
  return {
    plans: Object.fromEntries(scores.map((s) => [s.name, floors(s.inTargets, s.overall)])),
    overall: floors(sumCounts(scores.map((s) => s.inTargets)), sumCounts(scores.map((s) => s.overall))),
  };
}

/** Collapses runs of white space (a table row's TABs included), for finding a target's words. */
export const squash = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();

type DocxReader = { docxToPlanText: (bytes: Uint8Array) => string | Promise<string> };

/** Every `*.expected.json` with its text: `<name>.txt` beside it, `textFile`, or `<name>.docx`. */
export async function loadCorpus(dir = CORPUS_DIR): Promise<CorpusPlan[]> {
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort();
  const plans: CorpusPlan[] = [];
  for (const file of names) {
    const name = file.slice(0, -".expected.json".length);
    const parsed = expectedPlan.safeParse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const expected = parsed.data;
    const txt = path.resolve(dir, expected.textFile ?? `${name}.txt`);
    const docx = path.join(dir, `${name}.docx`);
    let body: string;
    if (expected.textFile || fs.existsSync(txt)) body = fs.readFileSync(txt, "utf8");
    else if (fs.existsSync(docx)) {
      // Helper A's reader; imported by path so this file compiles whether or not it exists yet.
      const reader = path.resolve(import.meta.dirname, "../../lib/domain/docx-reader.ts");
      const { docxToPlanText } = (await import(pathToFileURL(reader).href)) as DocxReader;
      body = await docxToPlanText(new Uint8Array(fs.readFileSync(docx)));
    } else throw new Error(`${file}: no text beside it (${name}.txt or ${name}.docx)`);
    plans.push({ name, file, expected, text: body });
  }
  return plans;
}

export function scoreCorpus(plans: CorpusPlan[]): PlanScore[] {
  return plans.map((p) => scorePlan(p.name, p.expected.targets, extractPlanText(p.text).indicators));
}
