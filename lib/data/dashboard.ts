import "server-only";
// What the dashboards need beside the roll-up (lib/data/indicator-rollup.ts): the current Khối
// plan of each Khối in reach (the city compares them), one cơ sở in reach (drill-down) and its
// monthly trend, and what waits for a secretary. Numbers only, never names; every query carries
// the viewer's scope, so a cơ sở of another tenant is simply not found.
import { db } from "@/lib/db/client";
import {
  commitmentScope,
  entryScope,
  inspectionVisitScope,
  planReadScope,
  projectScope,
  unitScope,
  type Viewer,
} from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { notFound } from "./errors";
import { currentKhoiPlanOrder, currentKhoiPlanWhere } from "./indicator-rollup";
import { owedRecommendations } from "./inspection-conclusions";
import { coSoPlansDue } from "./plans";
import { monthlyTrend, type MonthPoint } from "./rollup-counts";
import { cachedRead } from "./read-cache";

export type KhoiPlanRef = { khoiId: string; khoiName: string; planId: string | null; planTitle: string | null };

/**
 * Each Khối the viewer reads, with its published Khối plan (kế hoạch, not a programme) of the
 * current year — the latest if several — as currentKhoiPlanId picks it for one Khối.
 */
export async function currentKhoiPlans(viewer: Viewer, year = todayInVietnam().getUTCFullYear()): Promise<KhoiPlanRef[]> {
  const khois = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "unit.read"), { kind: "KHOI", active: true }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (!khois.length) return [];
  const plans = await db().plan.findMany({
    where: { AND: [planReadScope(viewer), { khoiId: { in: khois.map((k) => k.id) } }, currentKhoiPlanWhere(year)] },
    orderBy: currentKhoiPlanOrder,
    select: { id: true, khoiId: true, kind: true, number: true, subject: true },
  });
  return khois.map((k) => {
    const plan = plans.find((p) => p.khoiId === k.id);
    return { khoiId: k.id, khoiName: k.name, planId: plan?.id ?? null, planTitle: plan ? planTitle(plan) : null };
  });
}

/**
 * The published Khối plan (or the programme) of `year` in the viewer's reach — the latest if
 * several — as currentKhoiPlanId picks it for the current year.
 */
export async function khoiPlanIdFor(viewer: Viewer, year: number, kind: "PLAN" | "PROGRAMME" = "PLAN"): Promise<string | null> {
  const plan = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { ...currentKhoiPlanWhere(year), kind }] },
    orderBy: currentKhoiPlanOrder,
    select: { id: true },
  });
  return plan?.id ?? null;
}

/** The furthest back the year picker goes: a plan of 1990 is not a dashboard's business. */
const OLDEST_YEAR = 2000;

/**
 * The years the dashboard's year picker offers (newest first): the current year, and every year
 * a published Khối plan in the viewer's reach covers. Only years, never another tenant's plan.
 */
export function dashboardYears(viewer: Viewer): Promise<number[]> {
  return cachedRead("dashboardYears", viewer, [], () => planYears(viewer));
}

async function planYears(viewer: Viewer): Promise<number[]> {
  const now = todayInVietnam().getUTCFullYear();
  const plans = await db().plan.findMany({
    where: { AND: [planReadScope(viewer), { kind: "PLAN", coSoId: null, status: "PUBLISHED" }] },
    select: { startYear: true, endYear: true },
  });
  const years = new Set([now]);
  for (const p of plans) for (let y = Math.max(p.startYear, OLDEST_YEAR); y <= Math.min(p.endYear, now); y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

export type CoSoRef = { id: string; name: string; khoiId: string };

/** A cơ sở the viewer reads (unit.read); any other id, of this tenant or another, is not found. */
export async function coSoInReach(viewer: Viewer, id: string): Promise<CoSoRef> {
  const unit = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "unit.read"), { id, kind: "CO_SO" }] },
    select: { id: true, name: true, khoiId: true },
  });
  if (!unit?.khoiId) throw notFound("cơ sở Đoàn");
  return { id: unit.id, name: unit.name, khoiId: unit.khoiId };
}

/** One cơ sở's monthly trend; a cơ sở out of the viewer's reach is not found. */
export async function coSoMonthlyTrend(viewer: Viewer, coSoId: string, year: number): Promise<MonthPoint[]> {
  const coSo = await coSoInReach(viewer, coSoId);
  return monthlyTrend(viewer, year, coSo.id);
}

/**
 * What waits for a secretary in their unit: entries and commitments to review, projects to fix.
 * The same filters as the lists the dashboard links to, so the numbers match what opens there.
 * Commitments belong to a year; last year's self-assessments are still reviewed early in the year.
 */
export type PendingWork = {
  year: number;
  entries: number;
  commitments: number;
  assessments: number;
  lastYearAssessments: number;
  returnedProjects: number;
  /** The cơ sở's next inspection visit it has been told of (kiểm tra chuyên đề), if any */
  nextVisit: { roundId: string; visitOn: Date } | null;
  /** Recommendations of its inspection conclusions the cơ sở still owes (kiến nghị), overdue among them */
  recommendations: { owed: number; overdue: number };
  /** Khối plans the cơ sở has yet to publish its own plan on, with the date to send it by (earliest first) */
  plansDue: { planId: string; dueOn: Date; missing: number; overdue: boolean }[];
};

export async function pendingWork(viewer: Viewer): Promise<PendingWork> {
  const year = todayInVietnam().getUTCFullYear();
  const reviewable = commitmentScope(viewer, "entry.review");
  const [entries, commitments, assessments, lastYearAssessments, returnedProjects, nextVisit, recommendations, plansDue] =
    await Promise.all([
      db().memberEntry.count({ where: { AND: [entryScope(viewer, "entry.review"), { status: "SUBMITTED" }] } }),
      db().commitment.count({ where: { AND: [reviewable, { year, status: "SUBMITTED" }] } }),
      db().commitment.count({ where: { AND: [reviewable, { year, assessmentStatus: "SUBMITTED" }] } }),
      db().commitment.count({ where: { AND: [reviewable, { year: year - 1, assessmentStatus: "SUBMITTED" }] } }),
      // Returned projects are the unit's own to fix: only those it registered (project.register).
      db().youthProject.count({ where: { AND: [projectScope(viewer, "project.register"), { status: "RETURNED" }] } }),
      // A secretary's own visits once told (a Khối's staff are never shown this card).
      db().inspectionVisit.findFirst({
        where: {
          AND: [inspectionVisitScope(viewer, "inspection.read"), { status: "SCHEDULED", visitOn: { gte: todayInVietnam() } }],
        },
        select: { roundId: true, visitOn: true },
        orderBy: { visitOn: "asc" },
      }),
      owedRecommendations(viewer),
      coSoPlansDue(viewer),
    ]);
  return { year, entries, commitments, assessments, lastYearAssessments, returnedProjects, nextVisit, recommendations, plansDue };
}
