// The hand-marked corpus of plans (tests/fixtures/plans/) and the floors recorded for it: each
// plan's recall and precision may rise but not fall below tests/fixtures/plans/scores.json, so a
// regression of the extraction fails here. Re-record with `npm run plans:score -- --write`.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CORPUS_DIR,
  expectedPlan,
  fieldsRight,
  fieldsShare,
  floorOf,
  loadCorpus,
  matches,
  matchTargets,
  precision,
  recall,
  SCORES_FILE,
  scoreCorpus,
  scorePlan,
  scoresFile,
  squash,
  unitsAgree,
  type ExpectedTarget,
  type Proposal,
  type ScoresFile,
} from "@/tests/helpers/plan-corpus";

const SEEDS = ["seed-000", "seed-001", "seed-synthetic"];

describe("the corpus of plans", async () => {
  const corpus = await loadCorpus();
  const scores = scoreCorpus(corpus);
  const recorded = JSON.parse(fs.readFileSync(SCORES_FILE, "utf8")) as ScoresFile;

  it("holds at least 10 plans besides the seeds, and 120 targets inside target sections", () => {
    expect(corpus.map((p) => p.name)).toEqual(expect.arrayContaining(SEEDS));
    expect(corpus.filter((p) => !SEEDS.includes(p.name)).length).toBeGreaterThanOrEqual(10);
    const inside = corpus.flatMap((p) => p.expected.targets).filter((t) => t.inTargets);
    expect(inside.length).toBeGreaterThanOrEqual(120);
  });

  it("has only well-formed expected files, each target's words found in its text", () => {
    const files = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".expected.json"));
    expect(files.length).toBe(corpus.length);
    for (const f of files) {
      const parsed = expectedPlan.safeParse(JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, f), "utf8")));
      expect(parsed.success, f).toBe(true);
    }
    for (const plan of corpus) {
      const text = squash(plan.text);
      for (const t of plan.expected.targets) {
        expect(text, `${plan.name}: ${t.text}`).toContain(squash(t.text));
        expect(t.period === "MONTHS", `${plan.name}: ${t.text}`).toBe(t.months.length > 0);
        if (t.targetKind === "PERCENT") expect(t.unit, `${plan.name}: ${t.text}`).toBe("%");
      }
    }
  });

  it("has a recorded floor for every plan", () => {
    expect(Object.keys(recorded.plans).sort()).toEqual(corpus.map((p) => p.name).sort());
  });

  for (const s of scores) {
    it(`${s.name}: recall and precision stay at or above their floors`, () => {
      const floor = recorded.plans[s.name];
      if (!floor) return; // reported by the test above
      expect(recall(s.inTargets), "recall inside target sections").toBeGreaterThanOrEqual(floor.inTargets.recall);
      expect(precision(s.inTargets), "precision inside target sections").toBeGreaterThanOrEqual(floor.inTargets.precision);
      expect(recall(s.overall), "recall over the document").toBeGreaterThanOrEqual(floor.overall.recall);
      expect(precision(s.overall), "precision over the document").toBeGreaterThanOrEqual(floor.overall.precision);
    });
  }
});

// Held-out plans (tests/fixtures/plans-holdout/), written apart from the tuning corpus and never
// used to tune the extraction: the same floors, recorded with `npm run plans:score -- --write --dir
// tests/fixtures/plans-holdout` into that folder's own scores.json.
const HOLDOUT_DIR = path.resolve(CORPUS_DIR, "../plans-holdout");

describe("the held-out plans", async () => {
  const corpus = await loadCorpus(HOLDOUT_DIR);
  const scores = scoreCorpus(corpus);
  const recorded = JSON.parse(fs.readFileSync(path.join(HOLDOUT_DIR, "scores.json"), "utf8")) as ScoresFile;

  it("holds at least 6 plans and 60 targets inside target sections, each target's words found in its text", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    expect(corpus.flatMap((p) => p.expected.targets).filter((t) => t.inTargets).length).toBeGreaterThanOrEqual(60);
    for (const plan of corpus) {
      const text = squash(plan.text);
      for (const t of plan.expected.targets) {
        expect(text, `${plan.name}: ${t.text}`).toContain(squash(t.text));
        expect(t.period === "MONTHS", `${plan.name}: ${t.text}`).toBe(t.months.length > 0);
        if (t.targetKind === "PERCENT") expect(t.unit, `${plan.name}: ${t.text}`).toBe("%");
      }
    }
  });

  it("has a recorded floor for every plan", () => {
    expect(Object.keys(recorded.plans).sort()).toEqual(corpus.map((p) => p.name).sort());
  });

  for (const s of scores) {
    it(`${s.name}: recall and precision stay at or above their floors`, () => {
      const floor = recorded.plans[s.name];
      if (!floor) return; // reported by the test above
      expect(recall(s.inTargets), "recall inside target sections").toBeGreaterThanOrEqual(floor.inTargets.recall);
      expect(precision(s.inTargets), "precision inside target sections").toBeGreaterThanOrEqual(floor.inTargets.precision);
      expect(recall(s.overall), "recall over the document").toBeGreaterThanOrEqual(floor.overall.recall);
      expect(precision(s.overall), "precision over the document").toBeGreaterThanOrEqual(floor.overall.precision);
    });
  }
});

// A second held-out set (tests/fixtures/plans-fresh/), written after the first and never used to
// tune the extraction: the same checks and floors, recorded with `npm run plans:score -- --write
// --dir tests/fixtures/plans-fresh` into that folder's own scores.json.
const FRESH_DIR = path.resolve(CORPUS_DIR, "../plans-fresh");

describe("the fresh plans", async () => {
  const corpus = await loadCorpus(FRESH_DIR);
  const scores = scoreCorpus(corpus);
  const recorded = JSON.parse(fs.readFileSync(path.join(FRESH_DIR, "scores.json"), "utf8")) as ScoresFile;

  it("holds at least 6 plans and 60 targets inside target sections, each target's words found in its text", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    expect(corpus.flatMap((p) => p.expected.targets).filter((t) => t.inTargets).length).toBeGreaterThanOrEqual(60);
    for (const plan of corpus) {
      const text = squash(plan.text);
      for (const t of plan.expected.targets) {
        expect(text, `${plan.name}: ${t.text}`).toContain(squash(t.text));
        expect(t.period === "MONTHS", `${plan.name}: ${t.text}`).toBe(t.months.length > 0);
        if (t.targetKind === "PERCENT") expect(t.unit, `${plan.name}: ${t.text}`).toBe("%");
      }
    }
  });

  it("has a recorded floor for every plan", () => {
    expect(Object.keys(recorded.plans).sort()).toEqual(corpus.map((p) => p.name).sort());
  });

  for (const s of scores) {
    it(`${s.name}: recall and precision stay at or above their floors`, () => {
      const floor = recorded.plans[s.name];
      if (!floor) return; // reported by the test above
      expect(recall(s.inTargets), "recall inside target sections").toBeGreaterThanOrEqual(floor.inTargets.recall);
      expect(precision(s.inTargets), "precision inside target sections").toBeGreaterThanOrEqual(floor.inTargets.precision);
      expect(recall(s.overall), "recall over the document").toBeGreaterThanOrEqual(floor.overall.recall);
      expect(precision(s.overall), "precision over the document").toBeGreaterThanOrEqual(floor.overall.precision);
    });
  }
});

// A third held-out set (tests/fixtures/plans-unseen/), written after the second and never used to
// tune the extraction: the same checks and floors, recorded with `npm run plans:score -- --write
// --dir tests/fixtures/plans-unseen` into that folder's own scores.json.
const UNSEEN_DIR = path.resolve(CORPUS_DIR, "../plans-unseen");

describe("the unseen plans", async () => {
  const corpus = await loadCorpus(UNSEEN_DIR);
  const scores = scoreCorpus(corpus);
  const recorded = JSON.parse(fs.readFileSync(path.join(UNSEEN_DIR, "scores.json"), "utf8")) as ScoresFile;

  it("holds at least 7 plans and 70 targets inside target sections, each target's words found in its text", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(7);
    expect(corpus.flatMap((p) => p.expected.targets).filter((t) => t.inTargets).length).toBeGreaterThanOrEqual(70);
    for (const plan of corpus) {
      const text = squash(plan.text);
      for (const t of plan.expected.targets) {
        expect(text, `${plan.name}: ${t.text}`).toContain(squash(t.text));
        expect(t.period === "MONTHS", `${plan.name}: ${t.text}`).toBe(t.months.length > 0);
        if (t.targetKind === "PERCENT") expect(t.unit, `${plan.name}: ${t.text}`).toBe("%");
      }
    }
  });

  it("has a recorded floor for every plan", () => {
    expect(Object.keys(recorded.plans).sort()).toEqual(corpus.map((p) => p.name).sort());
  });

  for (const s of scores) {
    it(`${s.name}: recall and precision stay at or above their floors`, () => {
      const floor = recorded.plans[s.name];
      if (!floor) return; // reported by the test above
      expect(recall(s.inTargets), "recall inside target sections").toBeGreaterThanOrEqual(floor.inTargets.recall);
      expect(precision(s.inTargets), "precision inside target sections").toBeGreaterThanOrEqual(floor.inTargets.precision);
      expect(recall(s.overall), "recall over the document").toBeGreaterThanOrEqual(floor.overall.recall);
      expect(precision(s.overall), "precision over the document").toBeGreaterThanOrEqual(floor.overall.precision);
    });
  }
});

const target = (t: Partial<ExpectedTarget>): ExpectedTarget => ({
  text: "Tổ chức 04 hội thi",
  target: 4,
  targetKind: "EXACT",
  appliesTo: "KHOI",
  recordKind: "ACTIVITY",
  unit: "hội thi",
  honourLevel: null,
  period: "YEAR",
  months: [],
  inTargets: true,
  ...t,
});
const proposal = (p: Partial<Proposal>): Proposal => ({
  source: "Tổ chức 04 hội thi.",
  target: 4,
  targetKind: "EXACT",
  appliesTo: "KHOI",
  recordKind: "ACTIVITY",
  unitLabel: "hội thi",
  honourLevel: null,
  period: "YEAR",
  months: [],
  inTargets: true,
  ...p,
});

describe("the matcher", () => {
  it("matches on target, whom it applies to, and the same record kind or the same unit", () => {
    expect(matches(target({}), proposal({ unitLabel: "cuộc thi" }))).toBe(true);
    expect(matches(target({}), proposal({ target: 5 }))).toBe(false);
    expect(matches(target({}), proposal({ appliesTo: "EACH_CO_SO" }))).toBe(false);
    expect(matches(target({}), proposal({ recordKind: "PRODUCT", unitLabel: "sản phẩm" }))).toBe(false);
    expect(matches(target({}), proposal({ recordKind: null, unitLabel: "tiểu phẩm" }))).toBe(false);
    // Found, the kind left for staff to confirm, and not counted as fields right.
    expect(matches(target({}), proposal({ recordKind: null }))).toBe(true);
    expect(fieldsRight(target({}), proposal({ recordKind: null }))).toBe(false);
  });

  it("without a record kind, needs units that agree", () => {
    const trees = target({ recordKind: null, unit: "cây xanh", target: 5000 });
    expect(matches(trees, proposal({ recordKind: null, unitLabel: "cây", target: 5000 }))).toBe(true);
    expect(matches(trees, proposal({ recordKind: null, unitLabel: "Cây xanh", target: 5000 }))).toBe(true);
    expect(matches(trees, proposal({ recordKind: "PROJECT", unitLabel: "công trình", target: 5000 }))).toBe(false);
    expect(matches(trees, proposal({ recordKind: null, unitLabel: "đầu sách", target: 5000 }))).toBe(false);
  });

  it("compares units without diacritics, by the first word, and “%” only with “%”", () => {
    expect(unitsAgree("đơn vị máu", "Don vi mau")).toBe(true);
    expect(unitsAgree("đồng", "triệu đồng")).toBe(true);
    expect(unitsAgree("suất quà", "suất")).toBe(true);
    expect(unitsAgree("%", "%")).toBe(true);
    expect(unitsAgree("%", "đoàn viên")).toBe(false);
    expect(unitsAgree("tiểu phẩm", "sản phẩm")).toBe(false);
    expect(unitsAgree("cây", "cây")).toBe(true);
    expect(unitsAgree("", "cây")).toBe(false);
  });

  it("pairs one to one, greedily in document order", () => {
    const expected = [target({ text: "a" }), target({ text: "b" }), target({ text: "c", target: 2 })];
    const proposals = [proposal({}), proposal({ target: 2 }), proposal({ target: 9 })];
    expect(matchTargets(expected, proposals)).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });

  it("scores inside target sections apart from the whole document, and counts right fields among matches", () => {
    const expected = [
      target({}),
      target({ target: 80, targetKind: "PERCENT", recordKind: null, unit: "%" }),
      target({ target: 2, inTargets: false }),
    ];
    const proposals = [
      proposal({ period: "MONTHS", months: [3] }),
      proposal({ target: 80, targetKind: "PERCENT", recordKind: null, unitLabel: "%" }),
      proposal({ target: 1975, recordKind: null, unitLabel: "năm", inTargets: false }),
    ];
    const s = scorePlan("tiny", expected, proposals);
    expect(s.inTargets).toEqual({ expected: 2, proposed: 2, matched: 2, fieldsRight: 1 });
    expect(s.overall).toEqual({ expected: 3, proposed: 3, matched: 2, fieldsRight: 1 });
    expect([recall(s.overall), precision(s.overall), fieldsShare(s.overall)]).toEqual([2 / 3, 2 / 3, 1 / 2]);
    expect(s.missed.map((m) => m.target)).toEqual([2]);
    expect(s.extra.map((p) => p.target)).toEqual([1975]);
  });

  it("counts nothing expected and nothing proposed as perfect, and records floors rounded down", () => {
    const s = scorePlan("empty", [], []);
    expect([recall(s.overall), precision(s.overall)]).toEqual([1, 1]);
    expect([floorOf(2 / 3), floorOf(0.29), floorOf(1)]).toEqual([0.66, 0.29, 1]);
    expect(scoresFile([scorePlan("one", [target({})], [proposal({}), proposal({ target: 7 })])])).toEqual({
      plans: { one: { inTargets: { recall: 1, precision: 0.5 }, overall: { recall: 1, precision: 0.5 } } },
      overall: { inTargets: { recall: 1, precision: 0.5 }, overall: { recall: 1, precision: 0.5 } },
    });
  });
});
