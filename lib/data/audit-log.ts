import "server-only";
// The Khối's audit log (nhật ký thao tác, SECURITY.md #25) for its admins: newest first, filtered
// by person, record, action, days and refusals; exported as .xlsx with the same filters. Only
// rows of the viewer's own Khối (auditScope, in every `where`); never another Khối's nor the
// city's. Rows come back as DTOs holding what the page shows, nothing else.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditKhoiIds, auditScope, type Viewer } from "@/lib/authz";
import { auditActionLabel, AUDIT_TARGET_LABELS, REFUSED_AUDIT_ACTIONS } from "@/lib/domain/audit-labels";
import { describeChanges, idsToName, type AuditChange, type IdKind } from "@/lib/domain/audit-view";
import { buildAuditExport } from "@/lib/domain/audit-workbook";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import type { AuditLogQuery } from "@/lib/validation/audit";
import { namesOf, targetsOf } from "./audit-names";

export const AUDIT_EXPORT_CAP = 20_000;

export type AuditRowDto = {
  id: string;
  at: Date;
  actor: { name: string; email: string } | null;
  action: string;
  actionLabel: string;
  refused: boolean;
  target: { type: string; typeLabel: string; id: string | null; name: string | null; href: string | null };
  changes: AuditChange[];
};

type Filters = Omit<AuditLogQuery, "page">;

// Days are Vietnamese calendar days (UTC midnight): a day starts at 17:00 UTC the day before.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const startOfDay = (day: Date) => new Date(day.getTime() - VIETNAM_OFFSET_MS);

/** Accounts of the Khối whose name or e-mail contains the search, diacritics ignored (User.searchText). */
async function actorsMatching(khoiIds: string[], q: string): Promise<string[]> {
  const users = await db().user.findMany({
    where: { khoiId: { in: khoiIds }, searchText: containsLiterally(foldVietnamese(q)) },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

async function auditWhere(viewer: Viewer, f: Filters): Promise<Prisma.AuditLogWhereInput> {
  const and: Prisma.AuditLogWhereInput[] = [auditScope(viewer)];
  if (f.refused) and.push({ action: { in: REFUSED_AUDIT_ACTIONS } });
  if (f.action) and.push({ action: f.action });
  if (f.type) and.push({ targetType: f.type });
  if (f.record) and.push({ targetId: f.record });
  if (f.from) and.push({ createdAt: { gte: startOfDay(f.from) } });
  if (f.to) and.push({ createdAt: { lt: startOfDay(new Date(f.to.getTime() + DAY_MS)) } });
  if (f.q) and.push({ actorId: { in: await actorsMatching(auditKhoiIds(viewer), f.q) } });
  return { AND: and };
}

const rowSelect = {
  id: true,
  createdAt: true,
  actorId: true,
  action: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
} as const;
type Row = Prisma.AuditLogGetPayload<{ select: typeof rowSelect }>;
// Ties (rows of one transaction share a timestamp) broken by id, so pages never overlap.
const newestFirst: Prisma.AuditLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

async function toDtos(viewer: Viewer, rows: Row[]): Promise<AuditRowDto[]> {
  const khoiIds = auditKhoiIds(viewer);
  const wanted: Record<IdKind, string[]> = { unit: [], member: [], plan: [], indicator: [], activity: [], period: [] };
  for (const r of rows) for (const [k, ids] of Object.entries(idsToName(r)) as [IdKind, string[]][]) wanted[k].push(...ids);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => !!a))];
  const [names, targets, actors] = await Promise.all([
    namesOf(
      khoiIds,
      Object.fromEntries(Object.entries(wanted).map(([k, v]) => [k, [...new Set(v)]])) as Record<IdKind, string[]>,
    ),
    targetsOf(khoiIds, rows),
    actorIds.length ? db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [],
  ]);
  const actorById = new Map(actors.map((a) => [a.id, { name: a.name, email: a.email }]));
  return rows.map((r) => {
    const ref = r.targetId ? targets.get(`${r.targetType}:${r.targetId}`) : undefined;
    return {
      id: r.id,
      at: r.createdAt,
      actor: r.actorId ? (actorById.get(r.actorId) ?? null) : null,
      action: r.action,
      actionLabel: auditActionLabel(r.action),
      refused: REFUSED_AUDIT_ACTIONS.includes(r.action),
      target: {
        type: r.targetType,
        typeLabel: AUDIT_TARGET_LABELS[r.targetType] ?? r.targetType,
        id: r.targetId,
        name: ref?.name ?? null,
        href: ref?.href ?? null,
      },
      changes: describeChanges(r, names),
    };
  });
}

export async function listAuditLog(viewer: Viewer, query: AuditLogQuery) {
  const where = await auditWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db().auditLog.findMany({
      where,
      select: rowSelect,
      orderBy: newestFirst,
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
    db().auditLog.count({ where }),
  ]);
  return { rows: await toDtos(viewer, rows), total, pageSize: LIST_PAGE_SIZE };
}

/** The filtered rows as an .xlsx (at most AUDIT_EXPORT_CAP, newest first), formulas neutralised. */
export async function exportAuditLog(viewer: Viewer, query: Filters) {
  const rows = await db().auditLog.findMany({
    where: await auditWhere(viewer, query),
    select: rowSelect,
    orderBy: newestFirst,
    take: AUDIT_EXPORT_CAP + 1,
  });
  const truncated = rows.length > AUDIT_EXPORT_CAP;
  const dtos = await toDtos(viewer, rows.slice(0, AUDIT_EXPORT_CAP));
  return { workbook: await buildAuditExport(dtos), rowCount: dtos.length, truncated };
}
