// The entry review list at the large tenant's size (issue 18): listEntries page 1 waiting / all
// statuses / search "nguyen van", and a deep page, as the Khối officer and as one cơ sở's
// secretary, on the bench's Khối of 10,000 members and 188,000 entries. With the plans of the
// statements that take the time (PGlite).
// Run: npx tsx --conditions=react-server tests/bench/entry-list.ts   (BENCH_RUNS=n; BENCH_ONLY=pglite|postgres;
// BENCH_EXTRA_SQL='CREATE INDEX …' tries an index after generation)
import type { Db } from "@/lib/db/client";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { listEntries } from "@/lib/data/entry-reads";
import { freshReads } from "@/lib/data/read-cache";
import { entryListQuery } from "@/lib/validation/entries";
import type { Viewer } from "@/lib/authz";
import { timeIt } from "./bench-kit";
import { firstCoSoId, withLargeTenantOnPglite, withLargeTenantOnPostgres } from "./large-tenant-setup";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function cases(client: Db, viewer: Viewer, khoiId: string) {
  const list = (q: Record<string, string>) => () => freshReads(() => listEntries(viewer, entryListQuery.parse(q)));
  const show = async (label: string, q: Record<string, string>) => {
    const res = await list(q)();
    console.log(`  ${label}: total ${res.total}${res.totalBounded ? " (bounded)" : ""}, ${res.rows.length} rows`);
    await timeIt(label, list(q), RUNS);
  };
  await show("p.1 waiting (chờ xác nhận)", {});
  await show("p.1 all statuses", { status: "all" });
  await show("search “nguyen van”, all statuses", { q: "nguyen van", status: "all" });
  await show("search “nguyen” (common), all statuses", { q: "nguyen", status: "all" });
  await show("search “zzqx” (no match), all statuses", { q: "zzqx", status: "all" });
  await show("p.100 all statuses", { status: "all", page: "100" });
  await show("one cơ sở, all statuses", { status: "all", coSo: await firstCoSoId(client, khoiId) });
}

async function onPglite() {
  console.log("\n── PGlite (temp folder) ──");
  await withLargeTenantOnPglite(async ({ client, statements, tree, viewer }) => {
    await withTenant(tenantOf(viewer), async () => {
      await cases(client, viewer, tree.khoiId);
      if (!process.env.BENCH_EXPLAIN) return;
      const coSo = await firstCoSoId(client, tree.khoiId);
      for (const q of [{}, { status: "all" }, { q: "nguyen van", status: "all" }, { status: "all", coSo }]) {
        console.log(`\n  plans for ${JSON.stringify(q)}`);
        statements.start();
        await freshReads(() => listEntries(viewer, entryListQuery.parse(q)));
        for (const s of statements.stop().slice(0, 4)) {
          console.log(
            `    ── ${s.totalMs.toFixed(1)} ms ${s.sql
              .replace(/"public"\./g, "")
              .replace(/"MemberEntry"\./g, "")
              .slice(0, 200)}`,
          );
          for (const l of (await statements.explain(s)).filter((l) => /Scan|Sort|Limit|Execution|Rows Removed/.test(l)))
            console.log(`       ${l.slice(0, 160)}`);
        }
      }
    });
  });
}

async function onPostgres() {
  console.log("\n── PostgreSQL (throw-away cluster, fsync off) ──");
  await withLargeTenantOnPostgres(({ client, tree, viewer }) =>
    withTenant(tenantOf(viewer), () => cases(client, viewer, tree.khoiId)),
  );
}

async function main() {
  const only = process.env.BENCH_ONLY;
  if (only !== "postgres") await onPglite();
  if (only !== "pglite") await onPostgres();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
