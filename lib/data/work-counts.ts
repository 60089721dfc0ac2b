import "server-only";
// The counting layer the dashboards and periodic reports read: logged work per cơ sở, by kind and
// status, within a period. Numbers only, in the viewer's unit scope (the city counts every Khối
// under it); a member's entry counts for the unit they were in when it happened; withdrawn
// records never count. Each part is one grouped query.
import { db } from "@/lib/db/client";
import { projectScope, type Viewer } from "@/lib/authz";
import type { Period } from "@/lib/validation/list-query";
import { countCommitments } from "./commitment-lists";
import { countEntries } from "./entry-counts";
import { countProjects } from "./projects";

export async function countWork(viewer: Viewer, period: Pick<Period, "from" | "to">) {
  // A commitment belongs to a year: the one the period starts in.
  const year = period.from.getUTCFullYear();
  const [projects, joins, entries, commitments] = await Promise.all([
    countProjects(viewer, period),
    countProjectJoins(viewer, period),
    countEntries(viewer, period),
    countCommitments(viewer, year),
  ]);
  return { projects, joins, entries: entries.rows, trainings: entries.trainings, commitments };
}

/** Cơ sở taking part in Khối-level projects that started in the period ("cơ sở có công trình"). */
export async function countProjectJoins(viewer: Viewer, period: Pick<Period, "from" | "to"> & { coSoId?: string }) {
  const groups = await db().projectJoin.groupBy({
    by: ["coSoId"],
    where: {
      active: true,
      ...(period.coSoId ? { coSoId: period.coSoId } : {}),
      project: { AND: [projectScope(viewer, "project.read"), { startsOn: { gte: period.from, lt: period.to } }] },
    },
    _count: { _all: true },
    orderBy: { coSoId: "asc" },
  });
  return groups.map((g) => ({ coSoId: g.coSoId, count: g._count._all }));
}
export type WorkCounts = Awaited<ReturnType<typeof countWork>>;
