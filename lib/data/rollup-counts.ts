import "server-only";
// The grouped counts behind the roll-up: confirmed records of one kind, per cơ sở, within a
// window of days (optionally only some months). The caller has already decided which cơ sở the
// viewer may count; every query is restricted to them and to the Khối.
import { db } from "@/lib/db/client";
import { unitScope, type Viewer } from "@/lib/authz";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HonourLevel, ProjectStatus, RecordKind } from "@/lib/generated/prisma/enums";

/** [from, to) in calendar days; `months` (1–12) keeps only those months when not empty. */
export type Window = { from: Date; to: Date; months: number[] };

/** `withKhoi`: also count the Khối's own records (for viewers at the Khối or the city). */
/**
 * `honourRoundIds`: the rounds feeding a HONOUR indicator; it then counts their honours, not
 * honoured projects. `honourLevel`: a HONOUR indicator of the city level ("25 gương cấp Thành")
 * counts the titles the Thành Đoàn conferred on the Khối's proposals; of the national level,
 * nothing the portal records yet (never honoured projects).
 */
export type CountScope = {
  khoiId: string;
  coSoIds: string[];
  withKhoi: boolean;
  planId: string;
  indicatorActivityIds: string[];
  honourRoundIds: string[];
  honourLevel: HonourLevel | null;
  /** The inspection rounds feeding an INSPECTION indicator: it counts their visits only */
  inspectionRoundIds: string[];
};

/** Viewers above the cơ sở (the Khối, the city) also count what the Khối itself did. */
export const seesKhoiRecords = (viewer: Viewer) => viewer.grants.some((g) => g.unitKind === "KHOI" || g.unitKind === "CITY");

/** A project counts once approved: under way, completed, acknowledged or honoured. */
export const COUNTED_PROJECT_STATUSES: ProjectStatus[] = ["APPROVED", "COMPLETED", "ACKNOWLEDGED", "HONOURED"];

/**
 * The window as a date filter: one range, or one range per month kept, each cut to the window
 * (a sơ kết of months 1–6 counts the peak days of March and May, not those of July and September).
 */
function dates(w: Window): Prisma.DateTimeFilter | { OR: Prisma.DateTimeFilter[] } {
  if (!w.months.length) return { gte: w.from, lt: w.to };
  const ranges: Prisma.DateTimeFilter[] = [];
  for (let y = w.from.getUTCFullYear(); y <= w.to.getUTCFullYear(); y++)
    for (const m of w.months) {
      const from = new Date(Math.max(Date.UTC(y, m - 1, 1), w.from.getTime()));
      const to = new Date(Math.min(Date.UTC(y, m, 1), w.to.getTime()));
      if (from < to) ranges.push({ gte: from, lt: to });
    }
  // No month of the window is kept: a range that matches nothing.
  return ranges.length ? { OR: ranges } : { OR: [{ gte: w.from, lt: w.from }] };
}

function on(field: string, w: Window) {
  const d = dates(w);
  return "OR" in d ? { OR: d.OR.map((r) => ({ [field]: r })) } : { [field]: d };
}

const startsAMonth = (d: Date) => d.getUTCDate() === 1 && d.getTime() % 86_400_000 === 0;
/** A window from the first day of a month to the first day of another: the monthly counts answer it. */
const wholeMonths = (w: Window) => startsAMonth(w.from) && startsAMonth(w.to);

/** A Khối's counts per cơ sở (null: the Khối's own records) */
export type Counts = Map<string | null, number>;
/** The counts of several Khối asked together, by Khối */
export type CountsByKhoi = Map<string, Counts>;

const byKhoi = (rows: { khoiId: string; coSoId: string | null; n: number }[]): CountsByKhoi => {
  const out: CountsByKhoi = new Map();
  for (const r of rows) {
    const counts = out.get(r.khoiId) ?? new Map<string | null, number>();
    counts.set(r.coSoId, (counts.get(r.coSoId) ?? 0) + r.n);
    out.set(r.khoiId, counts);
  }
  return out;
};

/** The Khối of the scopes, and all of their cơ sở (each belongs to one Khối, so their union is exact). */
const khoisOf = (scopes: CountScope[]) => [...new Set(scopes.map((s) => s.khoiId))];
const coSosOf = (scopes: CountScope[]) => [...new Set(scopes.flatMap((s) => s.coSoIds))];
/** Every scope of one ask has the same viewer, so the same `withKhoi`. */
const withKhoiOf = (scopes: CountScope[]) => scopes.some((s) => s.withKhoi);

/**
 * The cơ sở filter of a count. A viewer of the whole Khối (its staff, the city) counts every cơ
 * sở: the query groups all of the Khối's and `keepAsked` drops any other (an inactive one). Listed
 * in the query, hundreds of cơ sở made the planner misjudge how many rows it would read.
 */
const ofCoSo = (scopes: CountScope[]) => (withKhoiOf(scopes) ? {} : { coSoId: { in: coSosOf(scopes) } });
function keepAsked(counts: CountsByKhoi, scopes: CountScope[]): CountsByKhoi {
  const asked = new Set(coSosOf(scopes));
  for (const byCoSo of counts.values())
    for (const coSoId of byCoSo.keys()) if (coSoId !== null && !asked.has(coSoId)) byCoSo.delete(coSoId);
  return counts;
}

/** Counted projects of the window: the scopes' cơ so's (every one for the whole Khối, with its own), or only the Khối's own. */
const projectWhere = (
  scopes: CountScope[],
  kind: "PROJECT" | "HONOUR",
  w: Window,
  onlyKhoiOwn = false,
): Prisma.YouthProjectWhereInput => ({
  AND: [
    {
      khoiId: { in: khoisOf(scopes) },
      status: { in: kind === "HONOUR" ? ["HONOURED"] : COUNTED_PROJECT_STATUSES },
      ...(onlyKhoiOwn ? { coSoId: null } : withKhoiOf(scopes) ? {} : { coSoId: { in: coSosOf(scopes) } }),
    },
    on("startsOn", w),
  ],
});

/** Cơ sở taking part in Khối-level projects of the window: they "have" a project ("100% cơ sở có công trình"). */
export async function countProjectJoins(scopes: CountScope[], kind: "PROJECT" | "HONOUR", w: Window): Promise<CountsByKhoi> {
  // Joined projects are the Khối's own (coSoId null), counted for the cơ sở joining even when the viewer is that cơ sở.
  const project = projectWhere(scopes, kind, w, true);
  const joins = await db().projectJoin.groupBy({
    by: ["khoiId", "coSoId"],
    where: { khoiId: { in: khoisOf(scopes) }, active: true, ...ofCoSo(scopes), project },
    _count: { _all: true },
  });
  return keepAsked(byKhoi(joins.map((j) => ({ khoiId: j.khoiId, coSoId: j.coSoId, n: j._count._all }))), scopes);
}

/**
 * Confirmed records of a kind per Khối and cơ sở, for one or several Khối (the city's) in one
 * grouped query. Scopes asked together share the kind, the window and the honour level.
 */
export async function countRecords(scopes: CountScope[], kind: RecordKind, w: Window): Promise<CountsByKhoi> {
  return keepAsked(await countAll(scopes, kind, w), scopes);
}

async function countAll(scopes: CountScope[], kind: RecordKind, w: Window): Promise<CountsByKhoi> {
  const khoiId = { in: khoisOf(scopes) };
  const coSoIds = coSosOf(scopes);
  const [first] = scopes;
  switch (kind) {
    case "IDEA":
    case "TRAINING": {
      // Whole months (every year, term and half-year window) are read from the kept monthly counts.
      if (wholeMonths(w)) {
        const rows = await db().entryMonthCount.groupBy({
          by: ["khoiId", "coSoId"],
          where: { AND: [{ khoiId, kind, ...ofCoSo(scopes) }, on("month", w)] },
          _sum: { entries: true },
        });
        return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: r._sum.entries ?? 0 })));
      }
      const rows = await db().memberEntry.groupBy({
        by: ["khoiId", "coSoId"],
        where: { AND: [{ khoiId, ...ofCoSo(scopes), kind, status: "CONFIRMED" }, on("occurredOn", w)] },
        _count: { _all: true },
      });
      return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: r._count._all })));
    }
    case "HONOUR": {
      if (first.honourLevel === "NATIONAL") return new Map();
      if (first.honourLevel === "CITY") {
        // Proposals the city accepted, counted from the city's decision, for the honouree's cơ sở.
        const rows = await db().cityProposal.findMany({
          where: {
            AND: [{ khoiId, status: "ACCEPTED", honour: { coSoId: { in: coSoIds }, revokedById: null } }, on("decidedOn", w)],
          },
          select: { khoiId: true, honour: { select: { coSoId: true } } },
        });
        return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.honour.coSoId, n: 1 })));
      }
      const roundIds = [...new Set(scopes.flatMap((s) => s.honourRoundIds))];
      if (roundIds.length) {
        // Honours standing (not revoked by a later decision), decided within the window.
        const rows = await db().honour.groupBy({
          by: ["khoiId", "coSoId"],
          where: { AND: [{ khoiId, coSoId: { in: coSoIds }, roundId: { in: roundIds }, revokedById: null }, on("decidedOn", w)] },
          _count: { _all: true },
        });
        return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: r._count._all })));
      }
      // Without a round feeding it, a HONOUR indicator counts honoured projects.
      return countProjects(scopes, "HONOUR", w);
    }
    case "PROJECT":
      return countProjects(scopes, "PROJECT", w);
    case "PARTICIPATION": {
      const rows = await db().activityRegistration.groupBy({
        by: ["khoiId", "coSoId"],
        where: {
          khoiId,
          ...ofCoSo(scopes),
          status: "REGISTERED",
          activity: { AND: [{ active: true }, on("startsOn", w)] },
        },
        _sum: { participations: true },
      });
      return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: r._sum.participations ?? 0 })));
    }
    case "INSPECTION": {
      // Cơ sở inspected by the rounds feeding the indicator: a visit whose findings are recorded,
      // on its day. A cơ sở counts once however many of them visited it ("số cơ sở được kiểm tra").
      const roundIds = [...new Set(scopes.flatMap((s) => s.inspectionRoundIds))];
      if (!roundIds.length) return new Map();
      const rows = await db().inspectionVisit.groupBy({
        by: ["khoiId", "coSoId"],
        where: {
          AND: [
            { khoiId, roundId: { in: roundIds }, coSoId: { in: coSoIds }, status: { in: ["VISITED", "CONCLUDED"] } },
            on("visitOn", w),
          ],
        },
      });
      return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: 1 })));
    }
    case "ACTIVITY":
    case "PRODUCT": {
      // The activities scheduled for each indicator; without any, its plan's (propaganda products
      // for PRODUCT). Counted per scope: each names its own activities or plan.
      if (!withKhoiOf(scopes)) return new Map();
      const counts = await Promise.all(
        scopes.map((scope) => {
          const which: Prisma.ActivityWhereInput = scope.indicatorActivityIds.length
            ? { id: { in: scope.indicatorActivityIds } }
            : { planId: scope.planId, ...(kind === "PRODUCT" ? { kind: "PROPAGANDA" as const } : {}) };
          return db().activity.count({ where: { AND: [{ khoiId: scope.khoiId, active: true }, which, on("startsOn", w)] } });
        }),
      );
      return new Map(scopes.map((scope, i) => [scope.khoiId, new Map([[null, counts[i]]])]));
    }
  }
}

async function countProjects(scopes: CountScope[], kind: "PROJECT" | "HONOUR", w: Window): Promise<CountsByKhoi> {
  const rows = await db().youthProject.groupBy({
    by: ["khoiId", "coSoId"],
    where: projectWhere(scopes, kind, w),
    _count: { _all: true },
  });
  return byKhoi(rows.map((r) => ({ khoiId: r.khoiId, coSoId: r.coSoId, n: r._count._all })));
}

/**
 * The counts asked by many indicators (of one or several plans), run together: asks of the same
 * kind and window made before the event loop turns become one grouped query over their Khối, and
 * an ask repeated (two indicators counting the same thing) is answered by the same query.
 */
export function countBatch() {
  const open = new Map<string, { scopes: Map<string, CountScope>; result: Promise<unknown> }>();
  function ask<T>(key: string, scope: CountScope, run: (scopes: CountScope[]) => Promise<T>): Promise<T> {
    let group = open.get(key);
    if (!group) {
      const scopes = new Map<string, CountScope>();
      const result = new Promise<void>((start) =>
        setImmediate(() => {
          open.delete(key);
          start();
        }),
      ).then(() => run([...scopes.values()]));
      group = { scopes, result };
      open.set(key, group);
    }
    if (!group.scopes.has(scope.khoiId)) group.scopes.set(scope.khoiId, scope);
    return group.result as Promise<T>;
  }
  // What tells two asks of one Khối apart beyond the kind and the window: the activities or plan
  // an ACTIVITY or PRODUCT indicator counts, the rounds feeding a HONOUR or INSPECTION one.
  const keyOf = (scope: CountScope, kind: RecordKind, w: Window) =>
    [
      kind,
      w.from.toISOString(),
      w.to.toISOString(),
      w.months.join(","),
      kind === "ACTIVITY" || kind === "PRODUCT" ? `${scope.planId}:${scope.indicatorActivityIds.join(",")}` : "",
      kind === "HONOUR" ? `${scope.honourLevel}:${scope.honourRoundIds.join(",")}` : "",
      kind === "INSPECTION" ? scope.inspectionRoundIds.join(",") : "",
    ].join("|");
  const ofKhoi = (scope: CountScope) => (byKhoi: CountsByKhoi) => byKhoi.get(scope.khoiId) ?? new Map<string | null, number>();
  return {
    records: (scope: CountScope, kind: RecordKind, w: Window) =>
      ask(keyOf(scope, kind, w), scope, (scopes) => countRecords(scopes, kind, w)).then(ofKhoi(scope)),
    joins: (scope: CountScope, kind: "PROJECT" | "HONOUR", w: Window) =>
      ask(`joins|${keyOf(scope, kind, w)}`, scope, (scopes) => countProjectJoins(scopes, kind, w)).then(ofKhoi(scope)),
    /** Per cơ sở of every Khối asked (cơ sở ids are unique): pick the scope's own */
    members: (scope: CountScope, kind: RecordKind, w: Window) =>
      ask(`members|${keyOf(scope, kind, w)}`, scope, (scopes) => countMembersWithRecords(scopes, kind, w)),
  };
}

/**
 * Per cơ sở: its active members, and how many of them have at least one confirmed record of a
 * kind in the window ("x% đoàn viên …": a share of the cơ sở's members today, wherever the record
 * was done). Both are counted in the database, a hundred rows each, whatever the number of members.
 */
export async function countMembersWithRecords(
  scopes: CountScope[],
  kind: RecordKind,
  w: Window,
): Promise<Map<string, { members: number; with: number }>> {
  const khoiIds = khoisOf(scopes);
  const coSoIds = coSosOf(scopes);
  if (!coSoIds.length) return new Map();
  // A viewer of the whole Khối groups all of its members and keeps the cơ sở asked (ofCoSo):
  // listed, 617 cơ sở made the planner probe the counters once per member (0.9 s, not 0.4).
  const wholeKhoi = withKhoiOf(scopes);
  const counted = kind === "IDEA" || kind === "TRAINING";
  const [members, withRecords] = await Promise.all([
    db().member.groupBy({
      by: ["coSoId"],
      where: { khoiId: { in: khoiIds }, active: true, ...ofCoSo(scopes) },
      _count: { _all: true },
    }),
    counted ? membersWithEntries(khoiIds, wholeKhoi ? null : coSoIds, kind, w) : Promise.resolve([]),
  ]);
  const asked = new Set(coSoIds);
  const out = new Map(members.filter((m) => asked.has(m.coSoId)).map((m) => [m.coSoId, { members: m._count._all, with: 0 }]));
  for (const r of withRecords) {
    const m = out.get(r.coSoId);
    if (m) m.with = r.n;
  }
  return out;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Active members of each cơ sở with a confirmed entry of a kind in the window. A whole year, a
 * half or a month is read from the kept counts per cơ sở (EntryMemberSpanCount: 250 ms → a few
 * for the largest Khối of the national set). Other whole months are read from each member's kept
 * month counters (EntryMemberYear: one row per member and year, so
 * a Khối's members are matched to its rows once; the Khối listed on both sides, as PostgreSQL
 * carries an equality but not a list across the join: else it read every Khối's counters, 1.6 s
 * for a city of 12 Khối, not 0.9); other windows from the distinct authors in the
 * roll-up index, joined to the members (asked as "members for whom an entry exists", the planner
 * probed the entries once per member).
 */
function membersWithEntries(khoiIds: string[], coSoIds: string[] | null, kind: "IDEA" | "TRAINING", w: Window) {
  // null: every cơ sở of the Khối (the caller keeps those it asked for)
  const inCoSo = coSoIds ? Prisma.sql`AND m."coSoId" IN (${Prisma.join(coSoIds)})` : Prisma.empty;
  const d = dates(w);
  const ranges = ("OR" in d ? d.OR : [d]).map((r) => ({ from: r.gte as Date, to: r.lt as Date }));
  if (wholeMonths(w)) {
    const byYear = monthsByYear(ranges);
    const span = byYear.size === 1 ? spanOf([...byYear.values()][0]) : undefined;
    if (span !== undefined) {
      const [year] = byYear.keys();
      const inCoSoKept = coSoIds ? Prisma.sql`AND "coSoId" IN (${Prisma.join(coSoIds)})` : Prisma.empty;
      return db().$queryRead<{ coSoId: string; n: number }[]>`
        SELECT "coSoId", sum("members")::int AS n FROM "EntryMemberSpanCount"
         WHERE "khoiId" IN (${Prisma.join(khoiIds)}) AND "kind" = ${kind}::"EntryKind" AND "year" = ${year}
           AND "span" = ${span} ${inCoSoKept}
         GROUP BY "coSoId" HAVING sum("members") > 0`;
    }
    const inWindow = [...byYear].map(([year, months]) =>
      months.length === 12
        ? Prisma.sql`(y."year" = ${year} AND NOT (y."months" <@ ARRAY[0]))`
        : Prisma.sql`(y."year" = ${year} AND EXISTS (SELECT 1 FROM unnest(${months}::int[]) AS i WHERE y."months"[i] > 0))`,
    );
    return db().$queryRead<{ coSoId: string; n: number }[]>`
      SELECT m."coSoId", count(*)::int AS n FROM "Member" m
       WHERE m."khoiId" IN (${Prisma.join(khoiIds)}) AND m."active" ${inCoSo}
         AND EXISTS (SELECT 1 FROM "EntryMemberYear" y
                      WHERE y."khoiId" = m."khoiId" AND y."khoiId" IN (${Prisma.join(khoiIds)})
                        AND y."kind" = ${kind}::"EntryKind" AND y."memberId" = m."id"
                        AND (${Prisma.join(inWindow, " OR ")}))
       GROUP BY m."coSoId"`;
  }
  return db().$queryRead<{ coSoId: string; n: number }[]>`
    SELECT m."coSoId", count(*)::int AS n
      FROM (SELECT DISTINCT "khoiId", "memberId" FROM "MemberEntry"
             WHERE "khoiId" IN (${Prisma.join(khoiIds)}) AND "kind" = ${kind}::"EntryKind" AND "status" = 'CONFIRMED'
               AND (${Prisma.join(
                 ranges.map((r) => Prisma.sql`("occurredOn" >= ${day(r.from)}::date AND "occurredOn" < ${day(r.to)}::date)`),
                 " OR ",
               )})) e
      JOIN "Member" m ON m."id" = e."memberId" AND m."khoiId" = e."khoiId"
     WHERE m."active" ${inCoSo}
     GROUP BY m."coSoId"`;
}

/**
 * The kept span (EntryMemberSpanCount) that is exactly these months of a year: 0 the whole year,
 * 1–12 a month, 13 January–June, 14 July–December; undefined for any other set (a season).
 */
function spanOf(months: number[]): number | undefined {
  const set = [...months].sort((a, b) => a - b).join(",");
  if (months.length === 1) return months[0];
  return { "1,2,3,4,5,6,7,8,9,10,11,12": 0, "1,2,3,4,5,6": 13, "7,8,9,10,11,12": 14 }[set];
}

/** The months (1–12) each year of whole-month ranges covers. */
function monthsByYear(ranges: { from: Date; to: Date }[]) {
  const out = new Map<number, number[]>();
  for (const r of ranges)
    for (let m = new Date(r.from); m < r.to; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
      const months = out.get(m.getUTCFullYear()) ?? [];
      if (!months.includes(m.getUTCMonth() + 1)) months.push(m.getUTCMonth() + 1);
      out.set(m.getUTCFullYear(), months);
    }
  return out;
}

export type MonthPoint = { month: number; ideas: number; trainings: number; projects: number; volunteerHours: number };

/**
 * Confirmed ideas, trainings, volunteer hours and approved projects by month of a year, in the
 * viewer's units, or in one cơ sở of them (`coSoId`, already found in reach by the caller).
 */
export async function monthlyTrend(viewer: Viewer, year: number, coSoId?: string): Promise<MonthPoint[]> {
  const coSos = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "unit.read"), { kind: "CO_SO", active: true }, coSoId ? { id: coSoId } : {}] },
    select: { id: true, khoiId: true },
  });
  const coSoIds = coSos.map((c) => c.id);
  const khoiIds = [...new Set(coSos.map((c) => c.khoiId).filter((k): k is string => !!k))];
  const withKhoi = !coSoId && seesKhoiRecords(viewer);
  const from = new Date(Date.UTC(year, 0, 1));
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const [entries, projects] = await Promise.all([
    // Confirmed entries from the kept monthly counts (a few rows per cơ sở and month).
    db().entryMonthCount.groupBy({
      by: ["kind", "month"],
      where: { khoiId: { in: khoiIds }, month: { gte: from, lt: to }, coSoId: { in: coSoIds } },
      _sum: { entries: true, hours: true },
    }),
    db().youthProject.groupBy({
      by: ["startsOn"],
      where: {
        khoiId: { in: khoiIds },
        status: { in: COUNTED_PROJECT_STATUSES },
        OR: [{ coSoId: { in: coSoIds } }, ...(withKhoi ? [{ coSoId: null }] : [])],
        startsOn: { gte: from, lt: to },
      },
      _count: { _all: true },
    }),
  ]);
  const points: MonthPoint[] = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    ideas: 0,
    trainings: 0,
    projects: 0,
    volunteerHours: 0,
  }));
  for (const e of entries) {
    const point = points[e.month.getUTCMonth()];
    if (e.kind === "IDEA") point.ideas += e._sum.entries ?? 0;
    if (e.kind === "TRAINING") point.trainings += e._sum.entries ?? 0;
    if (e.kind === "VOLUNTEER") point.volunteerHours += Number(e._sum.hours ?? 0);
  }
  for (const r of projects) points[r.startsOn.getUTCMonth()].projects += r._count._all;
  return points;
}
