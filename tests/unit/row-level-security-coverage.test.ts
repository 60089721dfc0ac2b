// Every tenant table is under row-level security (SECURITY.md #9): a model with a `khoiId` in the
// Prisma schema must have RLS enabled and a policy on "khoiId", for reads (USING) and writes
// (WITH CHECK), after all migrations in order. A new tenant table cannot be forgotten.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const schema = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const migrationsDir = path.join(root, "prisma/migrations");

/** Table name of every model that has a `khoiId` field (its @@map if it has one). */
function tenantTables(): string[] {
  const tables: string[] = [];
  for (const [, name, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    if (!/^\s+khoiId\s/m.test(body)) continue;
    tables.push(/@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name);
  }
  return tables;
}

type State = { enabled: boolean; policies: Map<string, string> };

/** RLS state per table after replaying every migration's ENABLE/DISABLE and CREATE/DROP POLICY. */
function rlsState(): Map<string, State> {
  const state = new Map<string, State>();
  const of = (t: string) => state.get(t) ?? state.set(t, { enabled: false, policies: new Map() }).get(t)!;
  const names = fs
    .readdirSync(migrationsDir)
    .filter((d) => fs.existsSync(path.join(migrationsDir, d, "migration.sql")))
    .sort();
  for (const name of names) {
    const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8").replace(/--.*$/gm, "");
    for (const statement of sql.split(";")) {
      const s = statement.trim().replace(/\s+/g, " ");
      let m;
      if ((m = /^ALTER TABLE "(\w+)" (ENABLE|DISABLE) ROW LEVEL SECURITY$/i.exec(s)))
        of(m[1]).enabled = m[2].toUpperCase() === "ENABLE";
      else if ((m = /^CREATE POLICY (\w+) ON "(\w+)" (.*)$/i.exec(s))) of(m[2]).policies.set(m[1], m[3]);
      else if ((m = /^DROP POLICY (?:IF EXISTS )?(\w+) ON "(\w+)"$/i.exec(s))) of(m[2]).policies.delete(m[1]);
    }
  }
  return state;
}

describe("row-level security covers every tenant table", () => {
  const tables = tenantTables();
  const state = rlsState();

  it("finds the tenant tables in the schema", () => {
    expect(tables).toEqual(
      expect.arrayContaining(["Unit", "User", "Member", "Plan", "MemberEntry", "YouthProject", "AuditLog", "Report"]),
    );
  });

  it.each(tables)("%s: RLS enabled, a policy on khoiId for reads and for writes", (table) => {
    const s = state.get(table);
    expect(s?.enabled, `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY is missing`).toBe(true);
    const policies = [...(s?.policies.values() ?? [])];
    expect(policies.length, `no CREATE POLICY … ON "${table}"`).toBeGreaterThan(0);
    for (const p of policies) {
      // FOR ALL (no FOR clause): one rule for SELECT, INSERT, UPDATE, DELETE.
      expect(p).not.toMatch(/^(AS \w+ )?FOR /i);
      expect(p).toMatch(
        /USING \(.*"khoiId" = ANY \(\(SELECT app_khoi_ids\(\)\)::text\[\]\).*\) WITH CHECK \(.*"khoiId" = ANY \(\(SELECT app_khoi_ids\(\)\)::text\[\]\)/,
      );
    }
  });

  it("leaves tables without a tenant (the login throttle) outside RLS", () => {
    expect(state.get("RateLimiterFlexible")?.enabled ?? false).toBe(false);
  });
});
