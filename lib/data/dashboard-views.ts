import "server-only";
import { canSomewhere, holds } from "@/lib/authz";
// The data of each dashboard section (/bang-dieu-khien), one loader per role: the page only
// decides which sections the viewer holds and renders them. Each loader reads through the data
// functions that carry the viewer's scope (roll-up, trend, the member's own records).
import type { Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { memberYear, type KhoiProgress, type MemberYear } from "@/lib/domain/dashboard-summaries";
import { myCommitment, type OwnCommitmentView } from "./commitment-reads";
import { recommendationsByCoSo, type CoSoRecommendations } from "./inspection-conclusions";
import {
  coSoInReach,
  coSoMonthlyTrend,
  currentKhoiPlans,
  dashboardYears,
  khoiPlanIdFor,
  pendingWork,
  type CoSoRef,
  type PendingWork,
} from "./dashboard";
import { myEntries } from "./entry-reads";
import {
  monthlyTrend,
  planProgress,
  plansProgress,
  rankCoSo,
  type CoSoRank,
  type MonthPoint,
  type PlanProgress,
} from "./indicator-rollup";
import { myProjects } from "./projects";
import { planWeights } from "./thi-dua";
import { cachedPerKhoi, cachedRead } from "./read-cache";
import { listPeriods, type PeriodRow } from "./report-reads";
import { pickYear } from "@/lib/validation/dashboard";
import { weightedScores, type WeightedScore } from "@/lib/domain/thi-dua";

const thisYear = () => todayInVietnam().getUTCFullYear();

export type KhoiDashboard = {
  year: number;
  progress: PlanProgress | null;
  /** The current term's programme, when there is one */
  term: PlanProgress | null;
  ranks: CoSoRank[];
  thiDua: WeightedScore[];
  trend: MonthPoint[];
  /** Inspection recommendations still open, per cơ sở (kiến nghị sau kiểm tra) */
  recommendations: CoSoRecommendations[];
};

/**
 * Khối staff: the year's plan's indicators, the cơ sở ranked, the Khối's month-by-month trend.
 * `year` is the one picked on the page (?nam=), the current year by default.
 */
export function khoiDashboard(viewer: Viewer, year = thisYear()): Promise<KhoiDashboard> {
  return cachedRead("khoiDashboard", viewer, [year], () => countKhoi(viewer, year));
}

async function countKhoi(viewer: Viewer, year: number): Promise<KhoiDashboard> {
  const [planId, programmeId, trend, recommendations] = await Promise.all([
    khoiPlanIdFor(viewer, year),
    khoiPlanIdFor(viewer, year, "PROGRAMME"),
    monthlyTrend(viewer, year),
    recommendationsByCoSo(viewer),
  ]);
  // The plan and the programme counted together (one query per kind of count for both).
  const asked = [planId, programmeId].filter((id): id is string => !!id);
  const [counted, weights] = await Promise.all([
    plansProgress(viewer, asked),
    planId ? planWeights(viewer, planId) : new Map<string, number>(),
  ]);
  const progress = planId ? counted[0] : null;
  const term = programmeId ? counted[asked.indexOf(programmeId)] : null;
  return {
    year,
    progress,
    term,
    ranks: progress ? rankCoSo(progress) : [],
    thiDua: progress ? weightedScores(progress.indicators, weights) : [],
    trend,
    recommendations,
  };
}

export type CoSoDashboard = {
  year: number;
  /** The cơ sở the viewer is secretary of (indicators and trend); empty for a chi đoàn secretary */
  coSo: { ref: Pick<CoSoRef, "id" | "name">; trend: MonthPoint[] }[];
  /** The Khối plan, counted in the viewer's units (their cơ sở) */
  progress: PlanProgress | null;
  pending: PendingWork;
};

/** Secretaries: their cơ sở against its own targets, its trend, and what waits for them. */
export function coSoDashboard(viewer: Viewer, year = thisYear()): Promise<CoSoDashboard> {
  return cachedRead("coSoDashboard", viewer, [year], () => countCoSo(viewer, year));
}

async function countCoSo(viewer: Viewer, year: number): Promise<CoSoDashboard> {
  const grants = viewer.grants.filter((g) => g.role === "CO_SO_SECRETARY");
  const [planId, pending, coSo] = await Promise.all([
    grants.length ? khoiPlanIdFor(viewer, year) : Promise.resolve(null),
    pendingWork(viewer),
    Promise.all(
      grants.map(async (g) => ({
        ref: { id: g.unitId, name: g.unitName },
        trend: await coSoMonthlyTrend(viewer, g.unitId, year),
      })),
    ),
  ]);
  const progress = planId ? await planProgress(viewer, planId) : null;
  return { year, coSo, progress, pending };
}

export type MemberDashboard = {
  year: number;
  summary: MemberYear;
  commitment: OwnCommitmentView;
  /** Youth projects the member takes part in that started this year */
  projects: number;
};

/** A member: their own entries this year (confirmed or waiting), their commitment, their projects. */
export function memberDashboard(viewer: Viewer): Promise<MemberDashboard> {
  return cachedRead("memberDashboard", viewer, [], () => countMember(viewer));
}

async function countMember(viewer: Viewer): Promise<MemberDashboard> {
  const year = thisYear();
  const [entries, commitment, projects] = await Promise.all([myEntries(viewer), myCommitment(viewer, year), myProjects(viewer)]);
  return {
    year,
    summary: memberYear(entries, year),
    commitment,
    projects: projects.filter((p) => p.startsOn.getUTCFullYear() === year).length,
  };
}

export type CityDashboard = { year: number; khois: KhoiProgress[] };

/** The city: every Khối under it with its current plan's indicators (counts only, no names). */
export function cityDashboard(viewer: Viewer, year = thisYear()): Promise<CityDashboard> {
  return cachedRead("cityDashboard", viewer, [year], () => countCity(viewer, year));
}

async function countCity(viewer: Viewer, year: number): Promise<CityDashboard> {
  const plans = await currentKhoiPlans(viewer, year);
  // Each Khối's plan kept under its own version; those out of date counted together, one grouped
  // query per kind of count, whatever their number.
  const planOf = new Map(plans.flatMap((k) => (k.planId ? [[k.khoiId, k.planId] as const] : [])));
  const counted = await cachedPerKhoi("cityKhoiProgress", viewer, [year], [...planOf.keys()], async (khoiIds) => {
    const progress = await plansProgress(
      viewer,
      khoiIds.map((k) => planOf.get(k)!),
    );
    return new Map(progress.map((p) => [p.plan.khoiId, { planId: p.plan.id, indicators: p.indicators }]));
  });
  const khois = plans.map((k) => {
    const kept = counted.get(k.khoiId);
    return {
      khoiId: k.khoiId,
      khoiName: k.khoiName,
      planTitle: k.planTitle,
      indicators: kept && kept.planId === k.planId ? kept.indicators : null,
    };
  });
  return { year, khois };
}

export type CoSoDrillDown = { year: number; coSo: CoSoRef; progress: PlanProgress | null; trend: MonthPoint[] };

/** One cơ sở seen from above (or by its own secretary): its indicators against its targets, its trend. */
export async function coSoDrillDown(viewer: Viewer, coSoId: string, year = thisYear()): Promise<CoSoDrillDown> {
  const coSo = await coSoInReach(viewer, coSoId);
  const [plans, trend] = await Promise.all([currentKhoiPlans(viewer, year), coSoMonthlyTrend(viewer, coSo.id, year)]);
  // A secretary reads the Khối's plans but not the Khối unit: fall back to the plan in their line.
  const planId = plans.find((p) => p.khoiId === coSo.khoiId)?.planId ?? (await khoiPlanIdFor(viewer, year));
  const progress = planId ? await planProgress(viewer, planId) : null;
  return { year, coSo, progress: progress && progress.plan.khoiId === coSo.khoiId ? progress : null, trend };
}

/** The sections a viewer holds (a user may hold several roles). */
export function dashboardSections(viewer: Viewer) {
  return {
    khoi: holds(viewer, "unit.read", { at: ["KHOI"] }),
    coSo: holds(viewer, "unit.read", { at: ["CO_SO", "CHI_DOAN"] }),
    city: holds(viewer, "unit.read", { at: ["CITY"] }),
    // Anyone may have their own record; the section says so when the account has no member profile.
    member: holds(viewer, "entry.log", { at: ["CO_SO", "CHI_DOAN"], self: true }),
  };
}

export type DashboardPage = {
  /** The years the picker offers, newest first, and the one shown */
  years: number[];
  shown: number;
  khoi: KhoiDashboard | null;
  city: CityDashboard | null;
  coSo: CoSoDashboard | null;
  member: MemberDashboard | null;
  periods: PeriodRow[];
};

/**
 * Everything /bang-dieu-khien shows for the viewer's sections, in `askedYear` when offered: one
 * kept answer, so a page view whose Khối has not changed costs one check of the versions.
 */
export function dashboardPage(viewer: Viewer, askedYear: number | undefined): Promise<DashboardPage> {
  return cachedRead("dashboardPage", viewer, [askedYear ?? null], async () => {
    const show = dashboardSections(viewer);
    const year = thisYear();
    // Năm: the years offered are those of the plans in the viewer's reach; any other is the current year.
    const years = show.khoi || show.city || show.coSo ? await dashboardYears(viewer) : [year];
    const shown = pickYear(askedYear, years, year);
    const [khoi, city, coSo, member, periods] = await Promise.all([
      show.khoi ? khoiDashboard(viewer, shown) : null,
      show.city ? cityDashboard(viewer, shown) : null,
      show.coSo ? coSoDashboard(viewer, shown) : null,
      show.member ? memberDashboard(viewer) : null,
      canSomewhere(viewer, "report.read") ? listPeriods(viewer) : [],
    ]);
    return { years, shown, khoi, city, coSo, member, periods };
  });
}
