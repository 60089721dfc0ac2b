import "server-only";
// The city's drill-down into one Khối under it (/thanh-doan/khoi/[id]): the Khối's aggregates (its
// plan's indicators, counted as the Khối's own dashboard counts them) and its compiled reports
// (the Khối's own report of each period). Numbers and the Khối's text only, never a member's name
// nor a cơ sở's report. The Khối is looked up through the viewer's scope: a Khối of another city
// (another tenant) is simply not found.
import { db } from "@/lib/db/client";
import { compiledReportScope, holds, planReadScope, unitScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import type { ReportPeriodKind, ReportPeriodStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { notFound } from "./errors";
import { currentKhoiPlans } from "./dashboard";
import { planProgress, type PlanProgress } from "./indicator-rollup";

export type KhoiRef = { id: string; name: string };

/** A Khối under the viewer's city; any other id (a cơ sở, another city's Khối) is not found. */
export async function khoiInCityReach(viewer: Viewer, khoiId: string): Promise<KhoiRef> {
  // The page is the city's: a Khối's own staff have their dashboard, not this one.
  if (!holds(viewer, "unit.read", { at: ["CITY"] })) throw notFound("Đoàn Khối");
  const khoi = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "unit.read"), { id: khoiId, kind: "KHOI", active: true }] },
    select: { id: true, name: true },
  });
  if (!khoi) throw notFound("Đoàn Khối");
  return khoi;
}

export type CompiledReport = {
  id: string;
  period: { title: string; kind: ReportPeriodKind; status: ReportPeriodStatus; year: number; dueOn: Date };
  status: ReportStatus;
  updatedAt: Date;
  /** The text, by the plan's pillars, then ưu điểm, hạn chế, đề xuất */
  sections: { heading: string; text: string }[];
  /** The cơ sở reports the Khối compiled from: accepted out of those sent */
  coSoReports: { sent: number; accepted: number };
};

export type KhoiDrillDown = {
  year: number;
  khoi: KhoiRef;
  progress: PlanProgress | null;
  reports: CompiledReport[];
};

/** One Khối seen by the city: its plan's indicators in `year` and its compiled reports, newest first. */
export async function khoiDrillDown(
  viewer: Viewer,
  khoiId: string,
  year = todayInVietnam().getUTCFullYear(),
): Promise<KhoiDrillDown> {
  const khoi = await khoiInCityReach(viewer, khoiId);
  const [plans, reports] = await Promise.all([currentKhoiPlans(viewer, year), compiledReports(viewer, khoi.id)]);
  const planId = plans.find((p) => p.khoiId === khoi.id)?.planId ?? null;
  const progress = planId ? await planProgress(viewer, planId) : null;
  return { year, khoi, progress: progress && progress.plan.khoiId === khoi.id ? progress : null, reports };
}

/** The Khối's own reports (coSoId null) through compiledReportScope, with the counts of what the cơ sở sent. */
async function compiledReports(viewer: Viewer, khoiId: string): Promise<CompiledReport[]> {
  const rows = await db().report.findMany({
    where: { AND: [compiledReportScope(viewer), { khoiId, unitId: khoiId }] },
    orderBy: [{ period: { dueOn: "desc" } }, { revision: "desc" }],
    select: {
      id: true,
      periodId: true,
      status: true,
      updatedAt: true,
      narratives: true,
      strengths: true,
      weaknesses: true,
      proposals: true,
      period: { select: { title: true, kind: true, status: true, year: true, dueOn: true, planId: true } },
    },
  });
  if (!rows.length) return [];
  const periodIds = [...new Set(rows.map((r) => r.periodId))];
  const [plans, sent] = await Promise.all([
    db().plan.findMany({
      where: { AND: [planReadScope(viewer), { khoiId, id: { in: [...new Set(rows.map((r) => r.period.planId))] } }] },
      select: { id: true, pillars: true },
    }),
    // Counts only (never the cơ sở reports themselves): what reached the Khối, and what it accepted.
    db().report.groupBy({
      by: ["periodId", "status"],
      where: { khoiId, periodId: { in: periodIds }, coSoId: { not: null }, status: { in: ["SUBMITTED", "ACCEPTED"] } },
      _count: { _all: true },
    }),
  ]);
  const pillarsOf = new Map(plans.map((p) => [p.id, p.pillars]));
  const seen = new Set<string>();
  return rows
    .filter((r) => (seen.has(r.periodId) ? false : (seen.add(r.periodId), true)))
    .map((r) => {
      const pillars = pillarsOf.get(r.period.planId) ?? [];
      const sections = [
        ...r.narratives.map((text, i) => ({ heading: pillars[i] ?? `Phần ${i + 1}`, text })),
        { heading: "Ưu điểm", text: r.strengths ?? "" },
        { heading: "Hạn chế", text: r.weaknesses ?? "" },
        { heading: "Đề xuất, kiến nghị", text: r.proposals ?? "" },
      ].filter((s) => s.text.trim() !== "");
      const count = (status: string) =>
        sent.filter((g) => g.periodId === r.periodId && g.status === status).reduce((n, g) => n + g._count._all, 0);
      const accepted = count("ACCEPTED");
      return {
        id: r.id,
        period: {
          title: r.period.title,
          kind: r.period.kind,
          status: r.period.status,
          year: r.period.year,
          dueOn: r.period.dueOn,
        },
        status: r.status,
        updatedAt: r.updatedAt,
        sections,
        coSoReports: { sent: accepted + count("SUBMITTED"), accepted },
      };
    });
}
