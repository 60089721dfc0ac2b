import "server-only";
// Việc cần làm: what waits for the viewer, in their scope: for a Khối's staff the whole Khối
// (projects to approve, completions to acknowledge, reports to review, contest ideas to score,
// nominations to review), for a secretary their unit (pendingWork, the cơ sở dashboard's own
// counts). One grouped query per kind, whatever the number of cơ sở; the portal's menu and the
// home pages read it, once per request (cached on the viewer, which getViewer caches too).
import { cache } from "react";
import { db } from "@/lib/db/client";
import { entryScope, holds, nominationScope, projectScope, reportScope, type Viewer } from "@/lib/authz";
import { coSoToDo, khoiToDo, menuCounts, type KhoiWaiting, type ToDoItem } from "@/lib/domain/to-do";
import { pendingWork, type PendingWork } from "./dashboard";
import { cachedRead } from "./read-cache";

/** The one key of a grouped count when there is only one (the list to open is then that record's page). */
function only<K extends string>(groups: ({ _count: { _all: number } } & Record<K, string | null>)[], key: K) {
  const n = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { n, [key]: groups.length === 1 ? groups[0][key] : null } as { n: number } & Record<K, string | null>;
}

/** What the viewer reviews at a Khối, if anything. */
function khoiReviews(viewer: Viewer) {
  const at = { at: ["KHOI" as const] };
  const reviews = {
    reviewsProjects: holds(viewer, "project.review", at),
    reviewsReports: holds(viewer, "report.review", at),
    scoresContests: holds(viewer, "contest.review", at),
    reviewsNominations: holds(viewer, "honour.manage", at),
  };
  return Object.values(reviews).some(Boolean) ? reviews : null;
}

async function khoiWaiting(viewer: Viewer): Promise<KhoiWaiting | null> {
  const reviews = khoiReviews(viewer);
  if (!reviews) return null;
  const { reviewsProjects, reviewsReports, scoresContests, reviewsNominations } = reviews;
  const [projects, reports, ideas, nominations] = await Promise.all([
    reviewsProjects
      ? db().youthProject.groupBy({
          by: ["status"],
          where: {
            AND: [projectScope(viewer, "project.review"), { coSoId: { not: null }, status: { in: ["PENDING", "COMPLETED"] } }],
          },
          _count: { _all: true },
          orderBy: { status: "asc" },
        })
      : [],
    reviewsReports
      ? db().report.groupBy({
          by: ["periodId"],
          where: { AND: [reportScope(viewer, "report.review"), { status: "SUBMITTED" }] },
          _count: { _all: true },
          orderBy: { periodId: "asc" },
        })
      : [],
    scoresContests
      ? db().memberEntry.groupBy({
          by: ["contestId"],
          where: {
            AND: [
              entryScope(viewer, "contest.review"),
              // The same ideas the contest's page lists to score (listContestEntries), unscored.
              { kind: "IDEA", status: { in: ["SUBMITTED", "CONFIRMED"] }, contestScore: null, contestRank: null },
              { contestId: { not: null }, contest: { kind: "CONTEST", active: true } },
            ],
          },
          _count: { _all: true },
          orderBy: { contestId: "asc" },
        })
      : [],
    reviewsNominations
      ? db().nomination.groupBy({
          by: ["roundId"],
          where: { AND: [nominationScope(viewer, "honour.manage"), { status: "SUBMITTED", round: { status: "OPEN" } }] },
          _count: { _all: true },
          orderBy: { roundId: "asc" },
        })
      : [],
  ]);
  const byStatus = new Map(projects.map((g) => [g.status, g._count._all]));
  return {
    projectsToApprove: byStatus.get("PENDING") ?? 0,
    completionsToAcknowledge: byStatus.get("COMPLETED") ?? 0,
    reportsToReview: only(reports, "periodId"),
    ideasToScore: only(ideas, "contestId"),
    nominationsToReview: only(nominations, "roundId"),
  };
}

export type ToDo = {
  /** Every line with something waiting, the Khối's first */
  items: ToDoItem[];
  /** The badge of each menu entry (by its href) */
  menu: Record<string, number>;
  /** The secretary's own counts and next inspection visit (the cơ sở card), when the viewer is one */
  pending: PendingWork | null;
  /** Whether the viewer has any to-do list at all (Khối staff or a secretary) */
  applies: boolean;
};

/** What waits for the viewer; nothing (and no query) for a member or the city. */
export const getToDo = cache(async (viewer: Viewer): Promise<ToDo> => {
  const secretary = holds(viewer, "entry.review", { at: ["CO_SO", "CHI_DOAN"] });
  if (!secretary && !khoiReviews(viewer)) return { items: [], menu: {}, pending: null, applies: false };
  // Every page's menu reads it: kept until something in the viewer's Khối changes.
  return cachedRead("toDo", viewer, [], async () => {
    const [khoi, pending] = await Promise.all([khoiWaiting(viewer), secretary ? pendingWork(viewer) : null]);
    const items = [...(khoi ? khoiToDo(khoi) : []), ...(pending ? coSoToDo(pending) : [])];
    return { items, menu: menuCounts(items), pending, applies: !!khoi || !!pending };
  });
});
