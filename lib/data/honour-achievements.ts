import "server-only";
// Thành tích: what the computed criteria of a title count (lib/domain/honour-criteria.ts), from
// confirmed records only, over a period. For people (members) and for collectives (a cơ sở or a
// chi đoàn: its members' records done there, and the projects it registered). A few grouped
// queries whatever the number of nominees; each is inside the viewer's reach, so a nominee the
// viewer may not read counts nothing rather than revealing anything.
import { db } from "@/lib/db/client";
import { commitmentScope, entryScope, memberScope, projectScope, unitScope, type Viewer } from "@/lib/authz";
import { NO_ACHIEVEMENTS, type Achievements } from "@/lib/domain/honour-criteria";
import { todayInVietnam } from "@/lib/domain/dates";
import { ownMember } from "./commitment-reads";
import { COUNTED_PROJECT_STATUSES } from "./rollup-counts";

/** [from, to) in calendar days (UTC midnight), and the commitment year it covers. */
export type AchievementPeriod = { from: Date; to: Date; year: number };

const fresh = (ids: string[]) => new Map(ids.map((id) => [id, { ...NO_ACHIEVEMENTS }]));

/** A project counts for the period when it runs during it (started before its end, not ended before its start). */
const projectDuring = (p: AchievementPeriod) => ({
  status: { in: COUNTED_PROJECT_STATUSES },
  startsOn: { lt: p.to },
  OR: [{ endsOn: null }, { endsOn: { gte: p.from } }],
});

export async function memberAchievements(viewer: Viewer, nomineeIds: string[], period: AchievementPeriod) {
  const out = fresh(nomineeIds);
  if (!nomineeIds.length) return out;
  // Only members the viewer may read: the others keep zeros rather than reveal a number.
  const readable = await db().member.findMany({
    where: { AND: [memberScope(viewer, "member.read"), { id: { in: nomineeIds } }] },
    select: { id: true },
  });
  const memberIds = readable.map((m) => m.id);
  const confirmed = {
    memberId: { in: memberIds },
    status: "CONFIRMED" as const,
    occurredOn: { gte: period.from, lt: period.to },
  };
  const [entries, applied, projects, commitments] = await Promise.all([
    db().memberEntry.groupBy({
      by: ["memberId", "kind"],
      where: { AND: [entryScope(viewer, "entry.read"), confirmed] },
      _count: { _all: true },
      _sum: { hours: true },
      orderBy: { memberId: "asc" },
    }),
    db().memberEntry.groupBy({
      by: ["memberId"],
      where: { AND: [entryScope(viewer, "entry.read"), confirmed, { kind: "IDEA", applied: true }] },
      _count: { _all: true },
      orderBy: { memberId: "asc" },
    }),
    db().projectMember.groupBy({
      by: ["memberId"],
      where: { memberId: { in: memberIds }, project: { AND: [projectScope(viewer, "project.read"), projectDuring(period)] } },
      _count: { _all: true },
      orderBy: { memberId: "asc" },
    }),
    db().commitment.findMany({
      where: {
        AND: [
          commitmentScope(viewer, "entry.read"),
          { memberId: { in: memberIds }, year: period.year, rating: "EXCELLENT", assessmentStatus: "CONFIRMED" },
        ],
      },
      select: { memberId: true },
    }),
  ]);
  for (const g of entries) addEntries(out.get(g.memberId), g.kind, g._count._all, g._sum.hours ?? 0);
  for (const g of applied) bump(out.get(g.memberId), "INITIATIVES_APPLIED", g._count._all);
  for (const g of projects) bump(out.get(g.memberId), "PROJECTS", g._count._all);
  for (const c of commitments) bump(out.get(c.memberId), "COMMITMENT_EXCELLENT", 1);
  return out;
}

/**
 * A collective: a cơ sở or a chi đoàn. Its members' records count where they were done (the
 * entry's units, not where the member is now); its projects are those it registered (a chi đoàn's
 * are those of its cơ sở it takes part in).
 */
export async function unitAchievements(viewer: Viewer, units: { id: string }[], period: AchievementPeriod) {
  const out = fresh(units.map((u) => u.id));
  if (!units.length) return out;
  const readable = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "unit.read"), { id: { in: units.map((u) => u.id) } }] },
    select: { id: true, kind: true },
  });
  const coSoIds = readable.filter((u) => u.kind === "CO_SO").map((u) => u.id);
  const chiDoanIds = readable.filter((u) => u.kind === "CHI_DOAN").map((u) => u.id);
  const confirmed = { status: "CONFIRMED" as const, occurredOn: { gte: period.from, lt: period.to } };
  const excellent = { year: period.year, rating: "EXCELLENT" as const, assessmentStatus: "CONFIRMED" as const };
  const [byCoSo, byChiDoan, appliedCoSo, appliedChiDoan, coSoProjects, chiDoanProjects, coSoExcellent, chiDoanExcellent] =
    await Promise.all([
      coSoIds.length
        ? db().memberEntry.groupBy({
            by: ["coSoId", "kind"],
            where: { AND: [entryScope(viewer, "entry.read"), confirmed, { coSoId: { in: coSoIds } }] },
            _count: { _all: true },
            _sum: { hours: true },
            orderBy: { coSoId: "asc" },
          })
        : [],
      chiDoanIds.length
        ? db().memberEntry.groupBy({
            by: ["chiDoanId", "kind"],
            where: { AND: [entryScope(viewer, "entry.read"), confirmed, { chiDoanId: { in: chiDoanIds } }] },
            _count: { _all: true },
            _sum: { hours: true },
            orderBy: { chiDoanId: "asc" },
          })
        : [],
      coSoIds.length
        ? db().memberEntry.groupBy({
            by: ["coSoId"],
            where: {
              AND: [entryScope(viewer, "entry.read"), confirmed, { coSoId: { in: coSoIds }, kind: "IDEA", applied: true }],
            },
            _count: { _all: true },
            orderBy: { coSoId: "asc" },
          })
        : [],
      chiDoanIds.length
        ? db().memberEntry.groupBy({
            by: ["chiDoanId"],
            where: {
              AND: [entryScope(viewer, "entry.read"), confirmed, { chiDoanId: { in: chiDoanIds }, kind: "IDEA", applied: true }],
            },
            _count: { _all: true },
            orderBy: { chiDoanId: "asc" },
          })
        : [],
      coSoIds.length
        ? db().youthProject.groupBy({
            by: ["coSoId"],
            where: { AND: [projectScope(viewer, "project.read"), projectDuring(period), { coSoId: { in: coSoIds } }] },
            _count: { _all: true },
            orderBy: { coSoId: "asc" },
          })
        : [],
      chiDoanIds.length
        ? db().youthProject.findMany({
            where: {
              AND: [projectScope(viewer, "project.read"), projectDuring(period), { chiDoanIds: { hasSome: chiDoanIds } }],
            },
            select: { chiDoanIds: true },
          })
        : [],
      coSoIds.length
        ? db().commitment.groupBy({
            by: ["coSoId"],
            where: { AND: [commitmentScope(viewer, "entry.read"), excellent, { coSoId: { in: coSoIds } }] },
            _count: { _all: true },
            orderBy: { coSoId: "asc" },
          })
        : [],
      chiDoanIds.length
        ? db().commitment.groupBy({
            by: ["chiDoanId"],
            where: { AND: [commitmentScope(viewer, "entry.read"), excellent, { chiDoanId: { in: chiDoanIds } }] },
            _count: { _all: true },
            orderBy: { chiDoanId: "asc" },
          })
        : [],
    ]);
  for (const g of byCoSo) addEntries(out.get(g.coSoId), g.kind, g._count._all, g._sum.hours ?? 0);
  for (const g of byChiDoan) addEntries(out.get(g.chiDoanId), g.kind, g._count._all, g._sum.hours ?? 0);
  for (const g of appliedCoSo) bump(out.get(g.coSoId), "INITIATIVES_APPLIED", g._count._all);
  for (const g of appliedChiDoan) bump(out.get(g.chiDoanId), "INITIATIVES_APPLIED", g._count._all);
  for (const g of coSoProjects) if (g.coSoId) bump(out.get(g.coSoId), "PROJECTS", g._count._all);
  for (const p of chiDoanProjects) for (const id of p.chiDoanIds) bump(out.get(id), "PROJECTS", 1);
  for (const g of coSoExcellent) bump(out.get(g.coSoId), "COMMITMENT_EXCELLENT", g._count._all);
  for (const g of chiDoanExcellent) bump(out.get(g.chiDoanId), "COMMITMENT_EXCELLENT", g._count._all);
  return out;
}

function bump(a: Achievements | undefined, metric: keyof Achievements, n: number) {
  if (a) a[metric] += n;
}

function addEntries(a: Achievements | undefined, kind: "IDEA" | "TRAINING" | "VOLUNTEER", count: number, hours: number) {
  if (kind === "IDEA") bump(a, "IDEAS", count);
  if (kind === "TRAINING") bump(a, "TRAININGS", count);
  if (kind === "VOLUNTEER") {
    bump(a, "VOLUNTEER_DAYS", count);
    bump(a, "VOLUNTEER_HOURS", hours);
  }
}

/** The signed-in member's own thành tích this year (Vietnam's calendar), or null for a viewer with no member profile. */
export async function ownAchievementsThisYear(viewer: Viewer) {
  const member = await ownMember(viewer);
  if (!member) return null;
  const year = todayInVietnam().getUTCFullYear();
  const period = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)), year };
  const achievements = (await memberAchievements(viewer, [member.id], period)).get(member.id)!;
  return { year, achievements };
}
