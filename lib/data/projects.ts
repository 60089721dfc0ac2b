import "server-only";
// Reading youth projects: the filtered list, one project with everything about it, the .xlsx
// rows and the counts the reports use. Every query carries projectScope (withdrawn projects
// vanish); writes live in project-registrations, project-progress, project-reviews, project-joins.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, memberScope, projectScope, type Viewer } from "@/lib/authz";
import { projectAbilities } from "@/lib/domain/project-rules";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import type { ProjectListQuery } from "@/lib/validation/projects";
import { notFound } from "./errors";
import { timelineOf } from "./status-changes";

export const PROJECT_EXPORT_CAP = 20_000;

function listWhere(viewer: Viewer, query: Omit<ProjectListQuery, "page">): Prisma.YouthProjectWhereInput {
  const q = foldVietnamese(query.q);
  return {
    AND: [
      projectScope(viewer, "project.read"),
      q ? { searchText: containsLiterally(q) } : {},
      // A project counts in the period its work starts in.
      query.ky ? { startsOn: { gte: query.ky.from, lt: query.ky.to } } : {},
      query.coSo ? { coSoId: query.coSo } : {},
      query.status ? { status: query.status } : {},
      query.field ? { field: query.field } : {},
      query.kind ? { kind: query.kind } : {},
    ],
  };
}

const listSelect = {
  id: true,
  khoiId: true,
  coSoId: true,
  kind: true,
  name: true,
  field: true,
  status: true,
  startsOn: true,
  endsOn: true,
  progress: true,
  unit: { select: { name: true } },
  _count: { select: { joins: { where: { active: true } } } },
} satisfies Prisma.YouthProjectSelect;

type ListRow = Prisma.YouthProjectGetPayload<{ select: typeof listSelect }>;
const toListItem = ({ unit, _count, ...r }: ListRow) => ({ ...r, unitName: unit.name, joinCount: _count.joins });
export type ProjectListItem = ReturnType<typeof toListItem>;

const order = [{ startsOn: "desc" }, { name: "asc" }, { id: "asc" }] satisfies Prisma.YouthProjectOrderByWithRelationInput[];

export async function listProjects(viewer: Viewer, query: ProjectListQuery) {
  const where = listWhere(viewer, query);
  const [total, rows] = await Promise.all([
    db().youthProject.count({ where }),
    db().youthProject.findMany({
      where,
      select: listSelect,
      orderBy: order,
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
  ]);
  return { total, page: query.page, pageSize: LIST_PAGE_SIZE, rows: rows.map(toListItem) };
}

/** The rows of the .xlsx export: the list's filters, no paging, capped. */
export async function exportProjects(viewer: Viewer, query: Omit<ProjectListQuery, "page">) {
  const rows = await db().youthProject.findMany({
    where: listWhere(viewer, query),
    select: { ...listSelect, goal: true, expectedValue: true, resultText: true, beneficiaries: true, resultAmount: true },
    orderBy: order,
    take: PROJECT_EXPORT_CAP,
  });
  return rows.map(({ unit, _count, ...r }) => ({ ...r, unitName: unit.name, joinCount: _count.joins }));
}
export type ProjectExportRow = Awaited<ReturnType<typeof exportProjects>>[number];

/**
 * Projects by Khối, cơ sở (null: the Khối's own), kind and status, for those starting in
 * [from, to): one grouped query, in the viewer's scope, withdrawn ones left out.
 */
export async function countProjects(viewer: Viewer, range: { from: Date; to: Date; coSoId?: string }) {
  const groups = await db().youthProject.groupBy({
    by: ["khoiId", "coSoId", "kind", "status"],
    where: {
      AND: [
        projectScope(viewer, "project.read"),
        { startsOn: { gte: range.from, lt: range.to } },
        range.coSoId ? { coSoId: range.coSoId } : {},
      ],
    },
    _count: { _all: true },
    orderBy: [{ khoiId: "asc" }, { coSoId: "asc" }, { kind: "asc" }, { status: "asc" }],
  });
  return groups.map((g) => ({ khoiId: g.khoiId, coSoId: g.coSoId, kind: g.kind, status: g.status, count: g._count._all }));
}
export type ProjectCount = Awaited<ReturnType<typeof countProjects>>[number];

function detailSelect(viewer: Viewer) {
  return {
    ...listSelect,
    unitId: true,
    planId: true,
    goal: true,
    chiDoanIds: true,
    expectedValue: true,
    resultText: true,
    beneficiaries: true,
    resultAmount: true,
    completedAt: true,
    reviewComment: true,
    version: true,
    createdAt: true,
    createdById: true,
    plan: { select: { id: true, kind: true, number: true, subject: true } },
    indicators: { select: { indicator: { select: { id: true, code: true, wording: true, position: true } } } },
    // Names of members are personal data: only those the viewer may read (member.read) are listed.
    members: {
      where: { member: memberScope(viewer, "member.read") },
      select: { member: { select: { id: true, fullName: true, chiDoanId: true, sortName: true } } },
    },
    updates: { select: { id: true, body: true, progress: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    joins: { where: { active: true }, select: { coSoId: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    _count: { select: { joins: { where: { active: true } }, members: true } },
  } satisfies Prisma.YouthProjectSelect;
}

export async function getProject(viewer: Viewer, id: string) {
  const p = await db().youthProject.findFirst({
    where: { AND: [projectScope(viewer, "project.read"), { id }] },
    select: detailSelect(viewer),
  });
  if (!p) throw notFound("công trình");
  // Chi đoàn and joining cơ sở names in one query (the ids come from the scoped row).
  const unitIds = [...new Set([...p.chiDoanIds, ...p.joins.map((j) => j.coSoId)])];
  const [units, timeline] = await Promise.all([
    unitIds.length
      ? db().unit.findMany({ where: { id: { in: unitIds }, khoiId: p.khoiId }, select: { id: true, name: true } })
      : Promise.resolve([]),
    timelineOf(viewer, p.khoiId, "YouthProject", [p.id]),
  ]);
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const { unit, _count, createdById, indicators, members, joins, chiDoanIds, ...rest } = p;
  const createdByViewer = createdById === viewer.userId;
  const joinedCoSoIds = joins.map((j) => j.coSoId);
  return {
    ...rest,
    unitName: unit.name,
    level: p.coSoId ? ("CO_SO" as const) : ("KHOI" as const),
    chiDoan: chiDoanIds.map((cid) => ({ id: cid, name: nameOf.get(cid) ?? "" })),
    indicators: indicators.map((i) => i.indicator).sort((x, y) => x.position - y.position),
    members: members
      .map((m) => m.member)
      .sort((x, y) => x.sortName.localeCompare(y.sortName))
      .map(({ id: mid, fullName, chiDoanId }) => ({ id: mid, fullName, chiDoanId })),
    memberCount: _count.members,
    joins: joins.map((j) => ({ coSoId: j.coSoId, coSoName: nameOf.get(j.coSoId) ?? "", createdAt: j.createdAt })),
    timeline,
    createdByViewer,
    can: projectAbilities(viewer, p, createdByViewer),
    // The viewer's cơ sở that may join or leave this Khối-level project.
    joinAs: p.coSoId
      ? []
      : grantsFor(viewer, "project.register")
          .filter((g) => g.unitKind === "CO_SO" && g.khoiIds.includes(p.khoiId))
          .map((g) => ({ coSoId: g.unitId, name: g.unitName, joined: joinedCoSoIds.includes(g.unitId) })),
  };
}
export type ProjectDetail = Awaited<ReturnType<typeof getProject>>;

/** Youth projects the viewer takes part in (as a member named on them), newest first, for their record. */
export async function myProjects(viewer: Viewer) {
  return db().youthProject.findMany({
    where: { AND: [projectScope(viewer, "project.read"), { members: { some: { member: { userId: viewer.userId } } } }] },
    select: { id: true, name: true, kind: true, status: true, startsOn: true, progress: true },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 200,
  });
}
export type MyProject = Awaited<ReturnType<typeof myProjects>>[number];
