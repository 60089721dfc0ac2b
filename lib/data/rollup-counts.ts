import "server-only";
// The grouped counts behind the roll-up: confirmed records of one kind, per cơ sở, within a
// window of days (optionally only some months). The caller has already decided which cơ sở the
// viewer may count; every query is restricted to them and to the Khối.
import { db } from "@/lib/db/client";
import { unitScope, type Viewer } from "@/lib/authz";
import type { Prisma } from "@/lib/generated/prisma/client";
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

const byCoSo = (rows: { coSoId: string | null; n: number }[]) => {
  const out = new Map<string | null, number>();
  for (const r of rows) out.set(r.coSoId, (out.get(r.coSoId) ?? 0) + r.n);
  return out;
};

const projectWhere = (scope: CountScope, kind: "PROJECT" | "HONOUR", w: Window): Prisma.YouthProjectWhereInput => ({
  AND: [
    {
      khoiId: scope.khoiId,
      status: { in: kind === "HONOUR" ? ["HONOURED"] : COUNTED_PROJECT_STATUSES },
      OR: [{ coSoId: { in: scope.coSoIds } }, ...(scope.withKhoi ? [{ coSoId: null }] : [])],
    },
    on("startsOn", w),
  ],
});

/** Cơ sở taking part in Khối-level projects of the window: they "have" a project ("100% cơ sở có công trình"). */
export async function countProjectJoins(
  scope: CountScope,
  kind: "PROJECT" | "HONOUR",
  w: Window,
): Promise<Map<string | null, number>> {
  // Joined projects are the Khối's own (coSoId null), counted for the cơ sở joining even when the viewer is that cơ sở.
  const project = projectWhere({ ...scope, coSoIds: [], withKhoi: true }, kind, w);
  const joins = await db().projectJoin.groupBy({
    by: ["coSoId"],
    where: { khoiId: scope.khoiId, active: true, coSoId: { in: scope.coSoIds }, project },
    _count: { _all: true },
  });
  return byCoSo(joins.map((j) => ({ coSoId: j.coSoId, n: j._count._all })));
}

/** Confirmed records of a kind per cơ sở (null: the Khối's own). */
export async function countRecords(scope: CountScope, kind: RecordKind, w: Window): Promise<Map<string | null, number>> {
  const { khoiId, coSoIds } = scope;
  switch (kind) {
    case "IDEA":
    case "TRAINING": {
      const rows = await db().memberEntry.groupBy({
        by: ["coSoId"],
        where: { AND: [{ khoiId, coSoId: { in: coSoIds }, kind, status: "CONFIRMED" }, on("occurredOn", w)] },
        _count: { _all: true },
      });
      return byCoSo(rows.map((r) => ({ coSoId: r.coSoId, n: r._count._all })));
    }
    case "HONOUR":
      if (scope.honourLevel === "NATIONAL") return new Map();
      if (scope.honourLevel === "CITY") {
        // Proposals the city accepted, counted from the city's decision, for the honouree's cơ sở.
        const rows = await db().cityProposal.findMany({
          where: {
            AND: [{ khoiId, status: "ACCEPTED", honour: { coSoId: { in: coSoIds }, revokedById: null } }, on("decidedOn", w)],
          },
          select: { honour: { select: { coSoId: true } } },
        });
        return byCoSo(rows.map((r) => ({ coSoId: r.honour.coSoId, n: 1 })));
      }
      if (scope.honourRoundIds.length) {
        // Honours standing (not revoked by a later decision), decided within the window.
        const rows = await db().honour.groupBy({
          by: ["coSoId"],
          where: {
            AND: [
              { khoiId, coSoId: { in: coSoIds }, roundId: { in: scope.honourRoundIds }, revokedById: null },
              on("decidedOn", w),
            ],
          },
          _count: { _all: true },
        });
        return byCoSo(rows.map((r) => ({ coSoId: r.coSoId, n: r._count._all })));
      }
    // falls through: without a round feeding it, a HONOUR indicator counts honoured projects
    case "PROJECT": {
      const rows = await db().youthProject.groupBy({
        by: ["coSoId"],
        where: projectWhere(scope, kind, w),
        _count: { _all: true },
      });
      return byCoSo(rows.map((r) => ({ coSoId: r.coSoId, n: r._count._all })));
    }
    case "PARTICIPATION": {
      const rows = await db().activityRegistration.groupBy({
        by: ["coSoId"],
        where: {
          khoiId,
          coSoId: { in: coSoIds },
          status: "REGISTERED",
          activity: { AND: [{ active: true }, on("startsOn", w)] },
        },
        _sum: { participations: true },
      });
      return byCoSo(rows.map((r) => ({ coSoId: r.coSoId, n: r._sum.participations ?? 0 })));
    }
    case "INSPECTION": {
      // Cơ sở inspected by the rounds feeding the indicator: a visit whose findings are recorded,
      // on its day. A cơ sở counts once however many of them visited it ("số cơ sở được kiểm tra").
      if (!scope.inspectionRoundIds.length) return new Map();
      const rows = await db().inspectionVisit.groupBy({
        by: ["coSoId"],
        where: {
          AND: [
            {
              khoiId,
              roundId: { in: scope.inspectionRoundIds },
              coSoId: { in: coSoIds },
              status: { in: ["VISITED", "CONCLUDED"] },
            },
            on("visitOn", w),
          ],
        },
      });
      return byCoSo(rows.map((r) => ({ coSoId: r.coSoId, n: 1 })));
    }
    case "ACTIVITY":
    case "PRODUCT": {
      // The activities scheduled for this indicator; without any, the plan's (propaganda products for PRODUCT).
      const which: Prisma.ActivityWhereInput = scope.indicatorActivityIds.length
        ? { id: { in: scope.indicatorActivityIds } }
        : { planId: scope.planId, ...(kind === "PRODUCT" ? { kind: "PROPAGANDA" as const } : {}) };
      if (!scope.withKhoi) return new Map();
      const n = await db().activity.count({ where: { AND: [{ khoiId, active: true }, which, on("startsOn", w)] } });
      return new Map([[null, n]]);
    }
  }
}

/**
 * Per cơ sở: its active members, and how many of them have at least one confirmed record of a
 * kind in the window ("x% đoàn viên …": a share of the cơ sở's members today, wherever the record
 * was done). Both are counted in the database, a hundred rows each, whatever the number of members.
 */
export async function countMembersWithRecords(
  scope: CountScope,
  kind: RecordKind,
  w: Window,
): Promise<Map<string, { members: number; with: number }>> {
  const { khoiId, coSoIds } = scope;
  const counted = kind === "IDEA" || kind === "TRAINING";
  const active = { khoiId, coSoId: { in: coSoIds }, active: true };
  const [members, withRecords] = await Promise.all([
    db().member.groupBy({ by: ["coSoId"], where: active, _count: { _all: true } }),
    counted
      ? db().member.groupBy({
          by: ["coSoId"],
          where: { ...active, entries: { some: { AND: [{ khoiId, kind, status: "CONFIRMED" }, on("occurredOn", w)] } } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const out = new Map(members.map((m) => [m.coSoId, { members: m._count._all, with: 0 }]));
  for (const r of withRecords) {
    const m = out.get(r.coSoId);
    if (m) m.with = r._count._all;
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
  // One grouped query per kind: each is answered from the roll-up index alone (a query over all
  // kinds at once made the planner scan the whole table).
  const entriesOf = (kind: "IDEA" | "TRAINING" | "VOLUNTEER") =>
    db().memberEntry.groupBy({
      by: ["occurredOn"],
      where: { khoiId: { in: khoiIds }, kind, status: "CONFIRMED", occurredOn: { gte: from, lt: to }, coSoId: { in: coSoIds } },
      _count: { _all: true },
      _sum: { hours: true },
    });
  const [ideas, trainings, volunteer, projects] = await Promise.all([
    entriesOf("IDEA"),
    entriesOf("TRAINING"),
    entriesOf("VOLUNTEER"),
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
  for (const e of ideas) points[e.occurredOn.getUTCMonth()].ideas += e._count._all;
  for (const e of trainings) points[e.occurredOn.getUTCMonth()].trainings += e._count._all;
  for (const e of volunteer) points[e.occurredOn.getUTCMonth()].volunteerHours += e._sum.hours ?? 0;
  for (const r of projects) points[r.startsOn.getUTCMonth()].projects += r._count._all;
  return points;
}
