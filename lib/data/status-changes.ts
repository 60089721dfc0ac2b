import "server-only";
import { notFound } from "./errors";
import { reachesKhoi, type Viewer } from "@/lib/authz";
// The timeline of a tracked record: every status change with who, when, from → to and why.
// Each step is also an audit row (SECURITY.md #25), so the Khối's log reads every change in one
// place: `<record>.create` for the first status, `<record>.status` for the others.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { recordAudit } from "./audit";

type Tx = Prisma.TransactionClient;

export type StatusChangeEntry = {
  khoiId: string;
  entityType:
    | "Plan"
    | "Activity"
    | "ActivityRegistration"
    | "YouthProject"
    | "MemberEntry"
    | "Commitment"
    | "ReportPeriod"
    | "Report"
    | "HonourRound"
    | "Nomination"
    | "CityProposal"
    | "PublicQuestion"
    | "Handbook"
    | "ShowcaseProfile"
    | "InspectionRound"
    | "InspectionVisit"
    | "InspectionRecommendation";
  entityId: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string | null;
  comment?: string | null;
};

/** The audit trail's name of each tracked record (actions read `plan.create`, `plan.status`…). */
export const STATUS_AUDIT_PREFIX: Record<StatusChangeEntry["entityType"], string> = {
  Plan: "plan",
  Activity: "activity",
  ActivityRegistration: "activity.registration",
  YouthProject: "project",
  MemberEntry: "entry",
  Commitment: "commitment",
  ReportPeriod: "report.period",
  Report: "report",
  HonourRound: "honour.round",
  Nomination: "honour.nomination",
  CityProposal: "honour.proposal",
  PublicQuestion: "question",
  Handbook: "handbook",
  ShowcaseProfile: "showcase",
  InspectionRound: "inspection.round",
  InspectionVisit: "inspection.visit",
  InspectionRecommendation: "inspection.recommendation",
};

/**
 * `details`: what the audit row adds to the status (a new record's title, say) so the log names
 * what was made. Pass the change's transaction: the timeline, the audit row and the change
 * commit together or not at all.
 */
export async function recordStatusChange(entry: StatusChangeEntry, tx?: Tx, details?: Record<string, unknown>): Promise<void> {
  if (!tx) return db().$transaction((t) => recordStatusChange(entry, t, details));
  await tx.statusChange.create({ data: { ...entry, comment: entry.comment ?? null } });
  const prefix = STATUS_AUDIT_PREFIX[entry.entityType];
  await recordAudit(
    {
      khoiId: entry.khoiId,
      actorId: entry.actorId,
      action: `${prefix}.${entry.fromStatus ? "status" : "create"}`,
      targetType: entry.entityType,
      targetId: entry.entityId,
      before: entry.fromStatus ? { status: entry.fromStatus } : null,
      after: { status: entry.toStatus, ...(entry.comment ? { comment: entry.comment } : {}), ...details },
    },
    tx,
  );
}

export type TimelineEntry = {
  id: string;
  entityId: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string | null;
  comment: string | null;
  createdAt: Date;
};

/** The timeline of records the caller has already found in the viewer's scope. */
export async function timelineOf(
  viewer: Viewer,
  khoiId: string,
  entityType: StatusChangeEntry["entityType"],
  entityIds: string[],
): Promise<TimelineEntry[]> {
  // The Khối comes from a record the caller found through the viewer's scope; checked again here,
  // so a helper handed another tenant's id finds nothing.
  if (!reachesKhoi(viewer, khoiId)) throw notFound();
  const rows = await db().statusChange.findMany({
    where: { khoiId, entityType, entityId: { in: entityIds } },
    orderBy: { createdAt: "asc" },
    select: { id: true, entityId: true, fromStatus: true, toStatus: true, actorId: true, comment: true, createdAt: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
  const actors = actorIds.length
    ? await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map(({ actorId, ...r }) => ({ ...r, actorName: actorId ? (names.get(actorId) ?? null) : null }));
}
