// The national benchmark's pages besides the dashboards (issue 18, points 3 to 6): a cơ sở
// report's pre-fill, a member's /ca-nhan, the largest Khối's member list (page 1, page 500, a
// diacritic-insensitive name search), a cơ sở's entry review list with all statuses and its
// count, each beside one hand-written query; then the .xlsx export of the largest Khối's members,
// streamed to nowhere, with its time and the peak RSS of this process (which plays the server).
// The hand queries run under the same viewer's row-level security as the app's.
import { switchDatabase, type Db } from "@/lib/db/client";
import { fmt, timeIt, type Stat } from "./bench-kit";
import type { National } from "./national";

/** The list pages' hand queries: the page's rows and its count, side by side, as the app asks them. */
function handMembers(client: Db, khoiId: string, offset: number, q = "") {
  const like = `%${q}%`;
  return Promise.all([
    client.$queryRaw`
      SELECT m.id, m."fullName", m."birthDate", m.gender::text, m.position, m.email, m.phone, cd.name::text AS "chiDoan", cs.name::text AS "coSo"
        FROM "Member" m JOIN "Unit" cd ON cd.id = m."chiDoanId" JOIN "Unit" cs ON cs.id = cd."parentId"
       WHERE m."khoiId" = ${khoiId} AND m.active AND m."searchName" LIKE ${like}
       ORDER BY m."sortName", m.id LIMIT 50 OFFSET ${offset}`,
    client.$queryRaw`SELECT count(*)::int AS n FROM "Member" WHERE "khoiId" = ${khoiId} AND active AND "searchName" LIKE ${like}`,
  ]);
}

function handEntries(client: Db, coSoId: string) {
  return Promise.all([
    client.$queryRaw`
      SELECT e.id, e.kind::text, e.status::text, e.title, e."occurredOn", m."fullName"
        FROM "MemberEntry" e JOIN "Member" m ON m.id = e."memberId"
       WHERE e."coSoId" = ${coSoId} AND e.status <> 'WITHDRAWN'
       ORDER BY e."occurredOn" DESC, e."createdAt" DESC, e.id LIMIT 50`,
    client.$queryRaw`SELECT count(*)::int AS n FROM (SELECT 1 FROM "MemberEntry" WHERE "coSoId" = ${coSoId} AND status <> 'WITHDRAWN' LIMIT 10001) x`,
  ]);
}

/** A cơ sở's counts over a period: confirmed entries by kind and counted projects, one query. */
function handPrefill(client: Db, coSoId: string, from: string, to: string) {
  return client.$queryRaw`
    SELECT kind::text AS what, count(*)::int AS n FROM "MemberEntry"
     WHERE "coSoId" = ${coSoId} AND status = 'CONFIRMED' AND "occurredOn" >= ${from}::date AND "occurredOn" < ${to}::date
     GROUP BY 1
    UNION ALL
    SELECT 'PROJECT', count(*)::int FROM "YouthProject"
     WHERE "coSoId" = ${coSoId} AND status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED')
       AND "startsOn" >= ${from}::date AND "startsOn" < ${to}::date`;
}

function handOwnRecord(client: Db, memberId: string) {
  return Promise.all([
    client.$queryRaw`SELECT id, kind::text, status::text, title, "occurredOn" FROM "MemberEntry" WHERE "memberId" = ${memberId} ORDER BY "occurredOn" DESC`,
    client.$queryRaw`SELECT id, year, status::text FROM "Commitment" WHERE "memberId" = ${memberId}`,
    client.$queryRaw`SELECT p.id, p.name FROM "ProjectMember" pm JOIN "YouthProject" p ON p.id = pm."projectId" WHERE pm."memberId" = ${memberId}`,
  ]);
}

export async function timePages(n: National) {
  const runs = Number(process.env.BENCH_RUNS ?? 10);
  const { loadViewer } = await import("@/lib/data/viewer");
  const { withTenant, tenantOf } = await import("@/lib/db/tenant-context");
  const { listMembers, exportMembers, getOwnProfile } = await import("@/lib/data/members");
  const { listEntries, myEntries } = await import("@/lib/data/entry-reads");
  // Lists are kept under the data versions like the dashboards: time the reading itself.
  const { freshReads } = await import("@/lib/data/read-cache");
  const { reportDetail } = await import("@/lib/data/report-reads");
  const { myCommitment } = await import("@/lib/data/commitment-reads");
  const { myProjects } = await import("@/lib/data/projects");
  const { myHonours } = await import("@/lib/data/honour-decisions");
  const { memberListQuery } = await import("@/lib/validation/members");
  const { entryListQuery } = await import("@/lib/validation/entries");
  const { streamMemberExport } = await import("@/lib/domain/member-workbooks");
  switchDatabase(n.client);
  const { ids } = n;
  const rows: [string, Stat, Stat | null][] = [];
  const viewerOf = async (userId: string) => (await loadViewer(userId))!;
  const as = <T>(viewer: Awaited<ReturnType<typeof viewerOf>>, fn: () => Promise<T>) => withTenant(tenantOf(viewer), fn);
  console.log(`\n  pages (${runs} runs after 2 warm-ups):`);

  // 3. A cơ sở report's pre-fill (the report page's live numbers) and a member's /ca-nhan.
  const secretary = await viewerOf(ids.users.coSoSecretary);
  const [report] = await n.raw.query(
    `SELECT r.id, p.year, p."fromMonth", p."toMonth" FROM "Report" r JOIN "ReportPeriod" p ON p.id = r."periodId"
      WHERE r."coSoId" = $1 ORDER BY p.year DESC, p."toMonth" DESC LIMIT 1`,
    [ids.coSoId],
  );
  if (report) {
    const from = `${report.year}-${String(report.fromMonth).padStart(2, "0")}-01`;
    const to = new Date(Date.UTC(Number(report.year), Number(report.toMonth), 1)).toISOString().slice(0, 10);
    const app = await timeIt(
      "report pre-fill (cơ sở report page)",
      () => as(secretary, () => reportDetail(secretary, String(report.id))),
      runs,
    );
    const hand = await timeIt("  hand SQL", () => as(secretary, () => handPrefill(n.client, ids.coSoId, from, to)), runs);
    rows.push(["report pre-fill, cơ sở", app, hand]);
  }
  const member = await viewerOf(ids.users.member);
  const year = ids.year;
  const own = await timeIt(
    "/ca-nhan (profile, commitments, entries, projects, honours)",
    () =>
      as(member, () =>
        Promise.all([
          getOwnProfile(member),
          myCommitment(member, year),
          myCommitment(member, year - 1),
          myEntries(member),
          myProjects(member),
          myHonours(member),
        ]),
      ),
    runs,
  );
  rows.push(["/ca-nhan", own, await timeIt("  hand SQL", () => as(member, () => handOwnRecord(n.client, ids.memberId)), runs)]);

  // 4. The largest Khối's member list.
  const staff = await viewerOf(ids.users.largestKhoiStaff);
  for (const [label, query, offset, q] of [
    ["member list page 1, largest Khối", { page: "1" }, 0, ""],
    ["member list page 500", { page: "500" }, 499 * 50, ""],
    ["member search “nguyen van” (no diacritics)", { q: "nguyen van" }, 0, "nguyen van"],
  ] as const) {
    const app = await timeIt(
      label,
      () => as(staff, () => freshReads(() => listMembers(staff, memberListQuery.parse(query)))),
      runs,
    );
    const hand = await timeIt("  hand SQL", () => as(staff, () => handMembers(n.client, ids.largestKhoiId, offset, q)), runs);
    rows.push([label, app, hand]);
  }

  // 5. A cơ sở's entry review list, all statuses, with its (bounded) count.
  const entries = await timeIt(
    "entry review list, cơ sở, all statuses",
    () => as(secretary, () => freshReads(() => listEntries(secretary, entryListQuery.parse({ status: "all" })))),
    runs,
  );
  rows.push([
    "entry review list, cơ sở, all",
    entries,
    await timeIt("  hand SQL", () => handEntries(n.client, ids.coSoId), runs),
  ]);

  // The largest Khối's staff searching every entry by title, without diacritics: a common title
  // (read newest first until 1,000 match), a rarer one and one that matches nothing (both found
  // by the trigram index).
  for (const [label, q] of [
    ["entry search “ky nang”, largest Khối, all statuses", "ky nang"],
    ["entry search “power bi” (rarer), largest Khối", "power bi"],
    ["entry search matching nothing, largest Khối", "khong co ghi nhan nay"],
  ] as const)
    rows.push([
      label,
      await timeIt(
        label,
        () => as(staff, () => freshReads(() => listEntries(staff, entryListQuery.parse({ status: "all", q })))),
        runs,
      ),
      null,
    ]);

  console.log(`\n  ${"what".padEnd(44)} ${"app med / p95 ms".padStart(18)} ${"hand med / p95 ms".padStart(18)}  ratio (medians)`);
  for (const [label, app, hand] of rows)
    console.log(
      `  ${label.padEnd(44)} ${`${fmt(app.median)} / ${fmt(app.p95)}`.padStart(18)} ${hand ? `${fmt(hand.median)} / ${fmt(hand.p95)}`.padStart(18) : "".padStart(18)}  ${hand ? `×${(app.median / hand.median).toFixed(1)}` : ""}`,
    );

  // 6. The export of the largest Khối's members, streamed and read to the end.
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t = performance.now();
  let bytes = 0;
  await as(staff, async () => {
    const reader = streamMemberExport(exportMembers(staff, { q: "", chiDoan: undefined })).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
  });
  clearInterval(sampler);
  const [{ members }] = await n.raw.query(`SELECT count(*)::int AS members FROM "Member" WHERE "khoiId" = $1 AND active`, [
    ids.largestKhoiId,
  ]);
  console.log(
    `\n  .xlsx export of the largest Khối (${Number(members).toLocaleString("en")} members): ${((performance.now() - t) / 1000).toFixed(1)} s, ` +
      `${(bytes / 2 ** 20).toFixed(1)} MB; RSS ${(before / 2 ** 20).toFixed(0)} MB before, peak ${(peak / 2 ** 20).toFixed(0)} MB ` +
      `(+${((peak - before) / 2 ** 20).toFixed(0)} MB)`,
  );
}
