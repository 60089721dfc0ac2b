import "server-only";
// Reading plans and programmes (kế hoạch, chương trình). The viewer's scope is inside every
// `where`: a draft of another unit, a sibling cơ sở's plan or another tenant's is not found.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, PERMISSIONS, planReadScope, type Viewer } from "@/lib/authz";
import type { PlanSection } from "@/lib/domain/plan-model";
import { diffPlans } from "@/lib/domain/plan-diff";
import { samePlanQuestion } from "@/lib/domain/plan-in-force";
import { notFound } from "./errors";
import { timelineOf } from "./status-changes";
import { todayInVietnam } from "@/lib/domain/dates";

export const indicatorSelect = {
  id: true,
  lineageId: true,
  basedOnId: true,
  code: true,
  position: true,
  wording: true,
  pillar: true,
  measure: true,
  recordKind: true,
  targetKind: true,
  target: true,
  minTarget: true,
  unitLabel: true,
  appliesTo: true,
  period: true,
  months: true,
  honourLevel: true,
  source: true,
  yearTargets: { select: { year: true, target: true }, orderBy: { year: "asc" } },
  basedOn: { select: { target: true, minTarget: true, code: true } },
} satisfies Prisma.IndicatorSelect;
export type IndicatorDto = Prisma.IndicatorGetPayload<{ select: typeof indicatorSelect }>;

const planSelect = {
  id: true,
  khoiId: true,
  unitId: true,
  coSoId: true,
  kind: true,
  status: true,
  seriesId: true,
  revision: true,
  number: true,
  subject: true,
  superiorName: true,
  issuerName: true,
  place: true,
  issueDate: true,
  startYear: true,
  endYear: true,
  basisPlanId: true,
  basisText: true,
  pillars: true,
  sections: true,
  closing: true,
  recipients: true,
  signOnBehalf: true,
  signTitle: true,
  signName: true,
  coSoPlanDueOn: true,
  reportSchedule: true,
  changeNote: true,
  version: true,
  publishedAt: true,
  updatedAt: true,
  unit: { select: { name: true, kind: true } },
  indicators: { select: indicatorSelect, orderBy: { position: "asc" } },
} satisfies Prisma.PlanSelect;

type PlanRow = Prisma.PlanGetPayload<{ select: typeof planSelect }>;
export type PlanDto = Omit<PlanRow, "sections"> & { sections: PlanSection[] };

/** Sections are stored as JSON; anything malformed reads as no section rather than a crash. */
export function toSections(value: Prisma.JsonValue): PlanSection[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((s) =>
    s && typeof s === "object" && !Array.isArray(s) && typeof s.heading === "string"
      ? [{ heading: s.heading, body: typeof s.body === "string" ? s.body : "" }]
      : [],
  );
}

export const planTarget = (p: { khoiId: string; unitId: string; coSoId: string | null }) => ({
  khoiId: p.khoiId,
  unitId: p.unitId,
  coSoId: p.coSoId,
});

export type PlanListItem = {
  id: string;
  kind: "PROGRAMME" | "PLAN";
  status: "DRAFT" | "PUBLISHED" | "SUPERSEDED" | "ARCHIVED";
  revision: number;
  number: string | null;
  subject: string;
  startYear: number;
  endYear: number;
  issueDate: Date | null;
  unitName: string;
  isKhoiPlan: boolean;
  indicatorCount: number;
};

/** Plans in the viewer's reach, newest first; a superseded revision is shown through its successor. */
export async function listPlans(
  viewer: Viewer,
  filter: { status?: "DRAFT" | "PUBLISHED" | "ARCHIVED" } = {},
): Promise<PlanListItem[]> {
  const rows = await db().plan.findMany({
    where: { AND: [planReadScope(viewer), filter.status ? { status: filter.status } : { status: { not: "SUPERSEDED" } }] },
    orderBy: [{ startYear: "desc" }, { coSoId: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      kind: true,
      status: true,
      revision: true,
      number: true,
      subject: true,
      startYear: true,
      endYear: true,
      issueDate: true,
      coSoId: true,
      unit: { select: { name: true } },
      _count: { select: { indicators: true } },
    },
    take: 500,
  });
  return rows.map(({ unit, _count, coSoId, ...r }) => ({
    ...r,
    unitName: unit.name,
    isKhoiPlan: coSoId === null,
    indicatorCount: _count.indicators,
  }));
}

export async function getPlan(viewer: Viewer, id: string): Promise<PlanDto> {
  const row = await db().plan.findFirst({ where: { AND: [planReadScope(viewer), { id }] }, select: planSelect });
  if (!row) throw notFound("kế hoạch");
  return { ...row, sections: toSections(row.sections) };
}

/** Revisions of the plan's series the viewer may see, oldest first, with the status timeline. */
/** The revisions of a plan's series, their status changes, and what this revision changed from the one before. */
export async function getPlanHistory(viewer: Viewer, plan: PlanDto) {
  const revisions = await db().plan.findMany({
    where: { AND: [planReadScope(viewer), { seriesId: plan.seriesId, khoiId: plan.khoiId }] },
    orderBy: { revision: "asc" },
    select: { id: true, revision: true, status: true, publishedAt: true, changeNote: true },
  });
  const index = revisions.findIndex((r) => r.id === plan.id);
  const previous = index > 0 ? revisions[index - 1] : null;
  const [timeline, previousPlan] = await Promise.all([
    timelineOf(
      viewer,
      plan.khoiId,
      "Plan",
      revisions.map((r) => r.id),
    ),
    previous ? getPlan(viewer, previous.id) : null,
  ]);
  return {
    revisions,
    timeline,
    changes: previousPlan ? { from: previousPlan.revision, lines: diffPlans(previousPlan, plan) } : null,
  };
}

/** The published plan a cơ sở plan or a programme follows, when the viewer may see it. */
export async function getBasisPlan(viewer: Viewer, basisPlanId: string | null) {
  if (!basisPlanId) return null;
  return db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { id: basisPlanId }] },
    select: { id: true, number: true, subject: true, kind: true, coSoPlanDueOn: true, unit: { select: { name: true } } },
  });
}

/**
 * The text of the Khối plan a cơ sở plan follows, to read beside the cơ sở plan's editor; null
 * when there is none or the viewer may not see it (the scope is in the `where`).
 */
export async function getBasisPlanText(viewer: Viewer, basisPlanId: string | null) {
  if (!basisPlanId) return null;
  const row = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { id: basisPlanId }] },
    select: { id: true, kind: true, number: true, subject: true, basisText: true, sections: true, closing: true },
  });
  return row && { ...row, sections: toSections(row.sections) };
}

/** Published Khối plans and programmes a new plan may follow (căn cứ) or a cơ sở may plan from. */
export async function listBasisCandidates(viewer: Viewer) {
  return db().plan.findMany({
    where: { AND: [planReadScope(viewer), { status: "PUBLISHED", coSoId: null }] },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, number: true, subject: true, startYear: true, endYear: true, khoiId: true },
    take: 200,
  });
}

export type CoSoPlanStatus = {
  coSoId: string;
  coSoName: string;
  plan: { id: string; status: string; publishedAt: Date | null } | null;
};

/**
 * Which cơ sở have published their plan based on this Khối plan (any revision of it), for
 * Khối staff. Drafts show as "being written" without their content.
 */
export async function coSoPlanStatuses(viewer: Viewer, plan: PlanDto): Promise<CoSoPlanStatus[] | null> {
  if (plan.coSoId !== null || !can(viewer, "plan.manage", planTarget(plan))) return null;
  const [units, plans] = await Promise.all([
    db().unit.findMany({
      where: { khoiId: plan.khoiId, kind: "CO_SO", active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().plan.findMany({
      where: {
        khoiId: plan.khoiId,
        basisPlan: { seriesId: plan.seriesId },
        coSoId: { not: null },
        status: { in: ["DRAFT", "PUBLISHED"] },
      },
      select: { id: true, coSoId: true, status: true, publishedAt: true, revision: true },
      orderBy: { revision: "asc" },
    }),
  ]);
  // The published plan wins over a later draft revision of it.
  const byCoSo = new Map<string, CoSoPlanStatus["plan"]>();
  for (const p of plans) {
    const seen = byCoSo.get(p.coSoId!);
    if (!seen || seen.status !== "PUBLISHED" || p.status === "PUBLISHED")
      byCoSo.set(p.coSoId!, { id: p.id, status: p.status, publishedAt: p.publishedAt });
  }
  return units.map((u) => ({ coSoId: u.id, coSoName: u.name, plan: byCoSo.get(u.id) ?? null }));
}

/** The cơ sở plans (any status the viewer may see) that follow a Khối plan's series. */
export async function plansBasedOn(viewer: Viewer, plan: Pick<PlanDto, "khoiId" | "seriesId">) {
  return db().plan.findMany({
    where: {
      AND: [
        planReadScope(viewer),
        { khoiId: plan.khoiId, basisPlan: { seriesId: plan.seriesId }, status: { in: ["DRAFT", "PUBLISHED"] } },
      ],
    },
    select: { id: true, status: true, coSoId: true, unit: { select: { name: true } } },
  });
}

/**
 * Another plan of the same issuer (the Khối, or one cơ sở), of the same kind, whose years overlap
 * the term given: a second "Kế hoạch năm 2026" is most likely a mistake, so creating or publishing
 * one asks first. The issuer and the tenant are in the `where`; revisions of one series are one plan.
 */
export async function findSamePlan(
  scope: { khoiId: string; unitId: string },
  term: { kind: "PLAN" | "PROGRAMME"; startYear: number; endYear: number },
  options: { exceptSeriesId?: string; publishedOnly?: boolean } = {},
) {
  const row = await db().plan.findFirst({
    where: {
      khoiId: scope.khoiId,
      unitId: scope.unitId,
      kind: term.kind,
      startYear: { lte: term.endYear },
      endYear: { gte: term.startYear },
      status: options.publishedOnly ? "PUBLISHED" : { in: ["DRAFT", "PUBLISHED"] },
      ...(options.exceptSeriesId ? { seriesId: { not: options.exceptSeriesId } } : {}),
    },
    orderBy: [{ status: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      number: true,
      startYear: true,
      endYear: true,
      status: true,
      unit: { select: { name: true } },
    },
  });
  return row;
}

/**
 * What "Ban hành" asks before publishing a draft when its issuer already has another published plan
 * of those years ("Đã có Kế hoạch … : vẫn ban hành?"), so one dialog asks once; null when there is
 * none or the viewer does not manage the plan. The action checks again (publishPlan).
 */
export async function publishQuestion(
  viewer: Viewer,
  plan: {
    khoiId: string;
    unitId: string;
    coSoId: string | null;
    seriesId: string;
    status: string;
    kind: "PLAN" | "PROGRAMME";
    startYear: number;
    endYear: number;
  },
): Promise<string | null> {
  if (plan.status !== "DRAFT" || !can(viewer, "plan.manage", planTarget(plan))) return null;
  const same = await findSamePlan(plan, plan, { exceptSeriesId: plan.seriesId, publishedOnly: true });
  return same ? samePlanQuestion({ ...same, unitName: same.unit.name }, "ban hành") : null;
}

/**
 * The Khối plans whose cơ sở-plan due date (Hạn gửi kế hoạch) binds a secretary's cơ sở that has
 * not published its own plan on them yet, earliest first: the plans in force, due this year or
 * later. Two queries whatever the number of plans.
 */
export async function coSoPlansDue(
  viewer: Viewer,
): Promise<{ planId: string; dueOn: Date; missing: number; overdue: boolean }[]> {
  const coSoIds = [
    ...new Set(
      viewer.grants.filter((g) => g.unitKind === "CO_SO" && g.coSoId && PERMISSIONS[g.role]["plan.manage"]).map((g) => g.coSoId!),
    ),
  ];
  if (!coSoIds.length) return [];
  const today = todayInVietnam();
  const year = today.getUTCFullYear();
  const plans = await db().plan.findMany({
    where: {
      AND: [
        planReadScope(viewer),
        { status: "PUBLISHED", coSoId: null, coSoPlanDueOn: { gte: new Date(Date.UTC(year, 0, 1)) }, endYear: { gte: year } },
      ],
    },
    select: { id: true, seriesId: true, coSoPlanDueOn: true },
    orderBy: { coSoPlanDueOn: "asc" },
    take: 20,
  });
  if (!plans.length) return [];
  const done = await db().plan.findMany({
    where: {
      coSoId: { in: coSoIds },
      status: "PUBLISHED",
      basisPlan: { seriesId: { in: plans.map((p) => p.seriesId) } },
    },
    select: { coSoId: true, basisPlan: { select: { seriesId: true } } },
  });
  const has = new Set(done.map((d) => `${d.basisPlan!.seriesId}:${d.coSoId}`));
  return plans
    .map((p) => ({
      planId: p.id,
      dueOn: p.coSoPlanDueOn!,
      missing: coSoIds.filter((c) => !has.has(`${p.seriesId}:${c}`)).length,
      overdue: p.coSoPlanDueOn!.getTime() < today.getTime(),
    }))
    .filter((p) => p.missing > 0);
}
