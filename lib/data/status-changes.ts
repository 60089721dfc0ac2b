import "server-only";
// The timeline of a tracked record: every status change with who, when, from → to and why.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

type Tx = Prisma.TransactionClient;

export type StatusChangeEntry = {
  khoiId: string;
  entityType: "Plan" | "Activity" | "ActivityRegistration" | "YouthProject" | "MemberEntry" | "Commitment" | "ReportPeriod" | "Report";
  entityId: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string | null;
  comment?: string | null;
};

export async function recordStatusChange(entry: StatusChangeEntry, tx?: Tx) {
  await (tx ?? db()).statusChange.create({ data: { ...entry, comment: entry.comment ?? null } });
}

export type TimelineEntry = { id: string; entityId: string; fromStatus: string | null; toStatus: string; actorName: string | null; comment: string | null; createdAt: Date };

/** The timeline of records the caller has already found in the viewer's scope. */
export async function timelineOf(khoiId: string, entityType: StatusChangeEntry["entityType"], entityIds: string[]): Promise<TimelineEntry[]> {
  const rows = await db().statusChange.findMany({
    where: { khoiId, entityType, entityId: { in: entityIds } },
    orderBy: { createdAt: "asc" },
    select: { id: true, entityId: true, fromStatus: true, toStatus: true, actorId: true, comment: true, createdAt: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
  const actors = actorIds.length ? await db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map(({ actorId, ...r }) => ({ ...r, actorName: actorId ? (names.get(actorId) ?? null) : null }));
}
