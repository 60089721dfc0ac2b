import "server-only";
// Counts of members' entries for the reporting layer (indicators, dashboards, 6-month and annual
// reports): numbers per unit, never names. An entry counts for the cơ sở the member was in when
// it happened (MemberEntry.coSoId), so a later transfer does not move it. Withdrawn entries
// never count. Numbers are not personal data: whoever reads a unit (a secretary's, the Khối for
// staff, every Khối for the city) counts its entries (entryCountScope).
import { db } from "@/lib/db/client";
import { entryCountScope, type Viewer } from "@/lib/authz";
import type { EntryKind, EntryStatus, TrainingKind } from "@/lib/generated/prisma/enums";

export type CountedStatus = Exclude<EntryStatus, "WITHDRAWN">;

export type EntryCountQuery = {
  /** First day counted (a calendar date, UTC midnight), inclusive */
  from: Date;
  /** First day not counted, exclusive (as `Period.to` in lib/validation/list-query.ts) */
  to: Date;
  /** Only these statuses (e.g. "CONFIRMED" for what counts toward the indicators); default all */
  status?: CountedStatus | CountedStatus[];
  /** Only this cơ sở (a cơ sở's report), inside the viewer's scope */
  coSoId?: string;
};

export type EntryCountRow = {
  coSoId: string;
  kind: EntryKind;
  status: CountedStatus;
  count: number;
  /** Sum of volunteer hours (0 for other kinds) */
  hours: number;
};

export type TrainingCountRow = { coSoId: string; trainingKind: TrainingKind; status: CountedStatus; count: number };

export type EntryCounts = { rows: EntryCountRow[]; trainings: TrainingCountRow[] };

/** Entries that happened (occurredOn) in [from, to), grouped by cơ sở × kind × status. */
export async function countEntries(viewer: Viewer, query: EntryCountQuery): Promise<EntryCounts> {
  const statuses = query.status === undefined ? undefined : Array.isArray(query.status) ? query.status : [query.status];
  const where = {
    AND: [
      entryCountScope(viewer),
      { occurredOn: { gte: query.from, lt: query.to } },
      statuses ? { status: { in: statuses } } : {},
      query.coSoId ? { coSoId: query.coSoId } : {},
    ],
  };
  const [byKind, byTraining] = await Promise.all([
    db().memberEntry.groupBy({
      by: ["coSoId", "kind", "status"],
      where,
      _count: { _all: true },
      _sum: { hours: true },
      orderBy: [{ coSoId: "asc" }, { kind: "asc" }, { status: "asc" }],
    }),
    db().memberEntry.groupBy({
      by: ["coSoId", "trainingKind", "status"],
      where: { AND: [where, { kind: "TRAINING" }] },
      _count: { _all: true },
      orderBy: [{ coSoId: "asc" }, { trainingKind: "asc" }, { status: "asc" }],
    }),
  ]);
  return {
    rows: byKind.map((g) => ({
      coSoId: g.coSoId,
      kind: g.kind,
      status: g.status as CountedStatus,
      count: g._count._all,
      hours: g._sum.hours ?? 0,
    })),
    trainings: byTraining
      .filter((g): g is typeof g & { trainingKind: TrainingKind } => g.trainingKind !== null)
      .map((g) => ({ coSoId: g.coSoId, trainingKind: g.trainingKind, status: g.status as CountedStatus, count: g._count._all })),
  };
}
