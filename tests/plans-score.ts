// Scores the plan-text extraction against the hand-marked corpus in tests/fixtures/plans/.
// Run: npm run plans:score                 (a table per plan and the overall line)
//      npm run plans:score -- --misses     (also each missed target and each extra proposal)
//      npm run plans:score -- --write      (records today's floors in tests/fixtures/plans/scores.json)
//      npm run plans:score -- --dir tests/fixtures/plans-holdout   (scores another folder; with
//                                          --write, records that folder's own scores.json)
import fs from "node:fs";
import path from "node:path";
import {
  fieldsShare,
  loadCorpus,
  precision,
  recall,
  SCORES_FILE,
  scoreCorpus,
  scoresFile,
  sumCounts,
  type Counts,
} from "@/tests/helpers/plan-corpus";
import { extractPlanText } from "@/lib/domain/plan-text";

const argv = process.argv.slice(2);
const args = new Set(argv);
const dirAt = argv.indexOf("--dir");
if (dirAt >= 0 && !argv[dirAt + 1]) throw new Error("--dir needs a folder");
const dir = dirAt >= 0 ? path.resolve(argv[dirAt + 1]) : undefined;
const scoresFilePath = dir ? path.join(dir, "scores.json") : SCORES_FILE;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const cells = (c: Counts) =>
  [c.expected, c.proposed, c.matched].map((n) => String(n).padStart(4)).join(" ") +
  ` ${pct(recall(c))} ${pct(precision(c))} ${pct(fieldsShare(c))}`;

async function main() {
  const plans = await loadCorpus(dir);
  const scores = scoreCorpus(plans);
  const width = Math.max(12, ...scores.map((s) => s.name.length));
  const head = "  exp prop  mat  recall  precis  fields";
  console.log(`${"".padEnd(width)}  | inside target sections              | whole document`);
  console.log(`${"plan".padEnd(width)}  |${head} |${head}`);
  for (const s of scores) console.log(`${s.name.padEnd(width)}  | ${cells(s.inTargets)} | ${cells(s.overall)}`);
  const inside = sumCounts(scores.map((s) => s.inTargets));
  const overall = sumCounts(scores.map((s) => s.overall));
  console.log(`${"OVERALL".padEnd(width)}  | ${cells(inside)} | ${cells(overall)}`);
  // Deadlines (the cơ sở-plan due date, the report periods): a kind and a date, both right.
  const key = (d: { kind: string; dueOn: string }) => `${d.kind} ${d.dueOn}`;
  const dates = plans.map((p) => ({
    expected: p.expected.deadlines.map(key),
    found: extractPlanText(p.text).deadlines.map(key),
  }));
  const right = dates.reduce((n, d) => n + d.found.filter((k) => d.expected.includes(k)).length, 0);
  const [expectedDates, foundDates] = [0, 1].map((i) => dates.reduce((n, d) => n + (i ? d.found : d.expected).length, 0));
  console.log(`\nDeadlines: ${expectedDates} expected, ${foundDates} proposed, ${right} right`);

  if (args.has("--misses")) {
    for (const s of scores) {
      if (!s.missed.length && !s.extra.length) continue;
      console.log(`\n== ${s.name}`);
      for (const m of s.missed)
        console.log(
          `  missed${m.inTargets ? " [chỉ tiêu]" : ""}: ${m.text} → ${m.target} ${m.unit} (${m.recordKind ?? "—"}, ${m.appliesTo})`,
        );
      for (const p of s.extra)
        console.log(
          `  extra${p.inTargets ? " [chỉ tiêu]" : ""}: ${p.target} ${p.unitLabel} (${p.recordKind ?? "—"}, ${p.appliesTo}) ← ${p.source}`,
        );
    }
  }

  if (args.has("--write")) {
    fs.writeFileSync(scoresFilePath, `${JSON.stringify(scoresFile(scores), null, 2)}\n`);
    console.log(`\nFloors written to ${scoresFilePath}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
