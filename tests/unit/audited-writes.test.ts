// SECURITY.md #25: every change leaves an audit row. The integration tests check the rows of each
// write; this guard catches a new data module that writes and audits nothing at all (how the gaps
// of finding 7 came about). A file that writes must call recordAudit, recordChange or
// recordStatusChange (which audits too), or be listed below with the reason it need not.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DATA = path.resolve(__dirname, "../../lib/data");
const WRITE = /\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(\s*\{/;
const AUDITS = /\b(recordAudit|recordChange|recordStatusChange)\(/;

const EXEMPT: Record<string, string> = {
  "audit.ts": "writes the audit rows themselves",
  "status-changes.ts": "the timeline, which writes an audit row with each step",
  "notifications.ts": "notices are side effects of audited changes; reading one's own notices changes nothing shared",
  "mail-outbox.ts":
    "a message is written in the transaction of the audited change that causes it; its delivery state is the worker's bookkeeping, shown on Thư đi",
};

describe("writes in lib/data", () => {
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith(".ts"));

  it("finds the modules it is meant to check", () => {
    expect(files).toContain("plan-writes.ts");
    expect(files.filter((f) => WRITE.test(fs.readFileSync(path.join(DATA, f), "utf8"))).length).toBeGreaterThan(15);
  });

  it("are each audited in the module that makes them", () => {
    const silent = files
      .filter((f) => !EXEMPT[f])
      .filter((f) => {
        const source = fs.readFileSync(path.join(DATA, f), "utf8");
        return WRITE.test(source) && !AUDITS.test(source);
      });
    expect(silent).toEqual([]);
  });
});
