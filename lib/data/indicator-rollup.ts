import "server-only";
// The live roll-up: where every indicator of a plan stands, computed from confirmed records in
// the viewer's unit scope (the Khối sees every cơ sở, a secretary their own, the city every Khối
// under it). Values typed in by units (ENTERED, MONEY) come from accepted periodic reports: until
// one is accepted they are "chưa có số liệu". One grouped query per distinct (kind of record, window).
import { db } from "@/lib/db/client";
import { planReadScope, unitScope, type Viewer } from "@/lib/authz";
import type { AppliesTo, MeasureKind, RecordKind, TargetKind } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/domain/dates";
import { percentOfTarget, progressStatus, type ProgressStatus } from "@/lib/domain/progress";
import { notFound } from "./errors";
import { figuresInWindow } from "@/lib/domain/report-figures";
import { acceptedTypedValues } from "./report-values";
import { countBatch, seesKhoiRecords, type CountScope, type Window } from "./rollup-counts";
import type { Typed } from "@/lib/domain/report-figures";

export type CoSoProgress = { coSoId: string; name: string; value: number | null; target: number | null; status: ProgressStatus };

export type IndicatorProgress = {
  id: string;
  code: string;
  wording: string;
  pillar: number | null;
  measure: MeasureKind;
  recordKind: RecordKind | null;
  appliesTo: AppliesTo;
  targetKind: TargetKind;
  unitLabel: string;
  /**
   * The Khối-level value: the total for KHOI indicators; a percent for UNIT_SHARE and per-member
   * percent indicators; for EACH_CO_SO ones, how many cơ sở reached their own target (then
   * `target` is the number of cơ sở).
   */
  value: number | null;
  target: number;
  percent: number | null;
  status: ProgressStatus;
  /** Records counted in all (for EACH_CO_SO the sum over cơ sở); null when not counted */
  total: number | null;
  /** Each cơ sở's own value and target (EACH_CO_SO, UNIT_SHARE, EACH_MEMBER indicators) */
  coSo: CoSoProgress[];
};

export type PlanProgress = {
  plan: {
    id: string;
    subject: string;
    number: string | null;
    kind: "PLAN" | "PROGRAMME";
    startYear: number;
    endYear: number;
    pillars: string[];
    khoiId: string;
  };
  indicators: IndicatorProgress[];
};

const DAY = (y: number, m: number) => new Date(Date.UTC(y, m, 1));

/**
 * The days an indicator counts over: its plan's year, the term, or given months of the year;
 * within a report period's days when one is given (a sơ kết counts January to June).
 */
function windowOf(
  plan: { kind: string; startYear: number; endYear: number },
  indicator: { period: string; months: number[] },
  within?: Range,
): { window: Window; year: number } {
  // A programme's yearly indicator counts the current year of its term.
  const thisYear = todayInVietnam().getUTCFullYear();
  const year = plan.kind === "PLAN" ? plan.startYear : Math.min(Math.max(thisYear, plan.startYear), plan.endYear);
  const months = indicator.period === "MONTHS" ? indicator.months.filter((m) => m >= 1 && m <= 12) : [];
  const whole =
    indicator.period === "TERM"
      ? { from: DAY(plan.startYear, 0), to: DAY(plan.endYear + 1, 0) }
      : { from: DAY(year, 0), to: DAY(year + 1, 0) };
  if (!within) return { window: { ...whole, months }, year };
  const from = new Date(Math.max(whole.from.getTime(), within.from.getTime()));
  const to = new Date(Math.max(from.getTime(), Math.min(whole.to.getTime(), within.to.getTime())));
  return { window: { from, to, months }, year };
}

type Range = { from: Date; to: Date };

export type ProgressOptions = {
  /** Count only these days (a report period), clipped to each indicator's own window */
  within?: Range;
  /** Only this cơ sở (a cơ sở's report read by the Khối); null: only the Khối's own records */
  coSoId?: string;
  /** Only these indicators (those a report period asks for) */
  indicatorIds?: string[];
};

/** A Khối's plan of the year (kế hoạch, not a programme), published; the latest first. */
export const currentKhoiPlanWhere = (year: number) => ({
  kind: "PLAN" as const,
  coSoId: null,
  status: "PUBLISHED" as const,
  startYear: { lte: year },
  endYear: { gte: year },
});
export const currentKhoiPlanOrder = [{ startYear: "desc" as const }, { publishedAt: "desc" as const }];

/**
 * The Khối's programme of the current term (chương trình, e.g. 2022–2027) in the viewer's reach:
 * its term targets ("150 gương cấp Khối, 25 cấp Thành") show beside the year's plan.
 */
export async function currentProgrammeId(viewer: Viewer): Promise<string | null> {
  const year = todayInVietnam().getUTCFullYear();
  const plan = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { ...currentKhoiPlanWhere(year), kind: "PROGRAMME" }] },
    orderBy: currentKhoiPlanOrder,
    select: { id: true },
  });
  return plan?.id ?? null;
}

/** The most recent published Khối plan (not a programme) of the current year in the viewer's reach. */
export async function currentKhoiPlanId(viewer: Viewer): Promise<string | null> {
  const year = todayInVietnam().getUTCFullYear();
  const plan = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), currentKhoiPlanWhere(year)] },
    orderBy: currentKhoiPlanOrder,
    select: { id: true },
  });
  return plan?.id ?? null;
}

export async function planProgress(viewer: Viewer, planId: string, options: ProgressOptions = {}): Promise<PlanProgress> {
  const [progress] = await plansProgress(viewer, [planId], options);
  return progress;
}

/**
 * Several plans (the city's Khối, a Khối's plan and programme) counted together, in the order
 * asked: each kind of count is one grouped query over all of their Khối, not one per plan.
 */
export async function plansProgress(viewer: Viewer, planIds: string[], options: ProgressOptions = {}): Promise<PlanProgress[]> {
  if (!planIds.length) return [];
  // The plans, and the cơ sở the viewer may count (all of the Khối's for its staff, their own for
  // a secretary), read side by side; each plan counts the cơ sở of its own Khối.
  const [found, reachable] = await Promise.all([
    db().plan.findMany({
      where: { AND: [planReadScope(viewer), { id: { in: planIds }, status: { in: ["PUBLISHED", "SUPERSEDED"] } }] },
      select: {
        id: true,
        subject: true,
        number: true,
        kind: true,
        startYear: true,
        endYear: true,
        pillars: true,
        khoiId: true,
        seriesId: true,
        indicators: {
          where: options.indicatorIds ? { id: { in: options.indicatorIds } } : undefined,
          orderBy: { position: "asc" },
          select: {
            id: true,
            lineageId: true,
            code: true,
            wording: true,
            pillar: true,
            measure: true,
            recordKind: true,
            honourLevel: true,
            appliesTo: true,
            targetKind: true,
            target: true,
            minTarget: true,
            unitLabel: true,
            period: true,
            months: true,
            yearTargets: { select: { year: true, target: true } },
            activities: { select: { activityId: true } },
          },
        },
      },
    }),
    db().unit.findMany({
      where: {
        AND: [unitScope(viewer, "unit.read"), { kind: "CO_SO", active: true }, options.coSoId ? { id: options.coSoId } : {}],
      },
      select: { id: true, name: true, khoiId: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const byId = new Map(found.map((p) => [p.id, p]));
  const plans = planIds.map((id) => byId.get(id));
  if (plans.some((p) => !p)) throw notFound("kế hoạch");
  const ordered = plans as NonNullable<(typeof plans)[number]>[];
  const coSosOf = (khoiId: string) => reachable.filter((c) => c.khoiId === khoiId).map(({ id, name }) => ({ id, name }));
  const allIndicators = ordered.flatMap((p) => p.indicators);
  const allCoSoIds = [...new Set(ordered.flatMap((p) => coSosOf(p.khoiId).map((c) => c.id)))];
  const khoiIds = [...new Set(ordered.map((p) => p.khoiId))];
  const lineagesOf = (pick: (i: (typeof allIndicators)[number]) => boolean) => allIndicators.filter(pick).map((i) => i.lineageId);
  const byLineage = (links: { lineageId: string; id: string }[]) => {
    const out = new Map<string, string[]>();
    for (const l of links) out.set(l.lineageId, [...(out.get(l.lineageId) ?? []), l.id]);
    return out;
  };

  // What every indicator needs besides its counts, read once for all the plans and side by side:
  // - each cơ sở's own target, from its published plan following the Khối indicator;
  // - the honour rounds feeding HONOUR indicators, by lineage (a revised plan's indicator keeps
  //   counting the honours of rounds opened under the earlier revision), and the inspection
  //   rounds feeding INSPECTION indicators, likewise;
  // - typed figures (ENTERED, MONEY), from accepted reports.
  const honourLineages = lineagesOf((i) => i.recordKind === "HONOUR");
  const inspectionLineages = lineagesOf((i) => i.recordKind === "INSPECTION");
  const typedLineages = lineagesOf((i) => i.measure === "ENTERED" || i.measure === "MONEY");
  const [ownTarget, fedBy, inspectedBy, typed] = await Promise.all([
    allIndicators.length
      ? db()
          .indicator.findMany({
            where: {
              basedOnId: { in: allIndicators.map((i) => i.id) },
              plan: { status: "PUBLISHED", coSoId: { in: allCoSoIds } },
            },
            select: { basedOnId: true, target: true, plan: { select: { coSoId: true } } },
          })
          .then((own) => new Map(own.map((o) => [`${o.basedOnId}:${o.plan.coSoId}`, o.target])))
      : new Map<string, number>(),
    honourLineages.length
      ? db()
          .honourRoundIndicator.findMany({
            where: { khoiId: { in: khoiIds }, indicator: { lineageId: { in: honourLineages } } },
            select: { roundId: true, indicator: { select: { lineageId: true } } },
          })
          .then((links) => byLineage(links.map((l) => ({ lineageId: l.indicator.lineageId, id: l.roundId }))))
      : new Map<string, string[]>(),
    inspectionLineages.length
      ? db()
          .inspectionRound.findMany({
            where: { khoiId: { in: khoiIds }, indicator: { lineageId: { in: inspectionLineages } } },
            select: { id: true, indicator: { select: { lineageId: true } } },
          })
          .then((rounds) =>
            byLineage(rounds.flatMap((r) => (r.indicator ? [{ lineageId: r.indicator.lineageId, id: r.id }] : []))),
          )
      : new Map<string, string[]>(),
    typedLineages.length
      ? acceptedTypedValues(
          viewer,
          ordered.map((p) => ({ khoiId: p.khoiId, seriesId: p.seriesId })),
          typedLineages,
          allCoSoIds,
        )
      : new Map<string, Typed[]>(),
  ]);

  // Every count the indicators ask for is collected, then asked as one grouped query per kind
  // and window over all the plans' Khối (lib/data/rollup-counts.ts).
  const batch = countBatch();
  const count = async (scope: CountScope, kind: RecordKind, window: Window, forShare: boolean) => {
    const counts = batch.records(scope, kind, window);
    if (
      !forShare ||
      (kind !== "PROJECT" && kind !== "HONOUR") ||
      scope.honourRoundIds.length ||
      scope.honourLevel === "CITY" ||
      scope.honourLevel === "NATIONAL"
    )
      return counts;
    // A cơ sở taking part in a Khối project has one too.
    const [own, joined] = await Promise.all([counts, batch.joins(scope, kind, window)]);
    const merged = new Map(own);
    for (const [coSoId, n] of joined) merged.set(coSoId, (merged.get(coSoId) ?? 0) + n);
    return merged;
  };

  return Promise.all(ordered.map((plan) => progressOf(plan, coSosOf(plan.khoiId))));

  async function progressOf(plan: (typeof ordered)[number], coSos: { id: string; name: string }[]): Promise<PlanProgress> {
    const indicators = await Promise.all(
      plan.indicators.map(async (i): Promise<IndicatorProgress> => {
        const { window, year } = windowOf(plan, i, options.within);
        const target = i.yearTargets.find((y) => y.year === year && i.period !== "TERM")?.target ?? i.target;
        const base = {
          id: i.id,
          code: i.code,
          wording: i.wording,
          pillar: i.pillar,
          measure: i.measure,
          recordKind: i.recordKind,
          appliesTo: i.appliesTo,
          targetKind: i.targetKind,
          unitLabel: i.unitLabel,
        };
        const counted = i.measure === "RECORD_COUNT" || i.measure === "UNIT_SHARE";
        const kind = counted ? (i.recordKind ?? (i.measure === "UNIT_SHARE" ? "PROJECT" : null)) : null;
        if (i.measure === "ENTERED" || i.measure === "MONEY") {
          const figures = figuresInWindow(typed.get(i.lineageId), window);
          const total = [...figures.values()].reduce((n, v) => n + v, 0);
          if (i.appliesTo !== "EACH_CO_SO" && !figures.size)
            return { ...base, value: null, target, percent: null, status: "NO_DATA", total: null, coSo: [] };
          if (i.appliesTo !== "EACH_CO_SO")
            return {
              ...base,
              value: total,
              target,
              percent: percentOfTarget(total, target),
              status: progressStatus(total, target, i.targetKind === "EXACT" ? "EXACT" : "AT_LEAST"),
              total,
              coSo: [],
            };
          const rows = coSos.map((c) => {
            const own = ownTarget.get(`${i.id}:${c.id}`) ?? i.minTarget ?? target;
            const value = figures.get(c.id) ?? null;
            return {
              coSoId: c.id,
              name: c.name,
              value,
              target: own,
              status: progressStatus(value, own, i.targetKind === "EXACT" ? "EXACT" : "AT_LEAST"),
            };
          });
          // Each cơ sở's own target shows before any figure is accepted.
          if (!figures.size)
            return { ...base, value: null, target: coSos.length, percent: null, status: "NO_DATA", total: null, coSo: rows };
          const reached = rows.filter((r) => r.status === "MET" || r.status === "EXCEEDED").length;
          return {
            ...base,
            value: reached,
            target: coSos.length,
            percent: percentOfTarget(reached, coSos.length),
            status: progressStatus(reached, coSos.length, "AT_LEAST"),
            total,
            coSo: rows,
          };
        }
        if (!kind) return { ...base, value: null, target, percent: null, status: "NO_DATA", total: null, coSo: [] };
        const scope = {
          khoiId: plan.khoiId,
          coSoIds: coSos.map((c) => c.id),
          withKhoi: seesKhoiRecords(viewer) && !options.coSoId,
          planId: plan.id,
          indicatorActivityIds: i.activities.map((a) => a.activityId),
          honourRoundIds: kind === "HONOUR" ? (fedBy.get(i.lineageId) ?? []) : [],
          honourLevel: kind === "HONOUR" ? i.honourLevel : null,
          inspectionRoundIds: kind === "INSPECTION" ? (inspectedBy.get(i.lineageId) ?? []) : [],
        };

        if (i.appliesTo === "EACH_MEMBER") {
          // "x% đoàn viên có …": members with at least one confirmed record, over active members.
          const perCoSo = await batch.members(scope, kind, window);
          const rows = coSos.map((c) => {
            const m = perCoSo.get(c.id) ?? { members: 0, with: 0 };
            const value = m.members ? Math.round((m.with / m.members) * 1000) / 10 : null;
            return { coSoId: c.id, name: c.name, value, target, status: progressStatus(value, target, "AT_LEAST") };
          });
          const members = coSos.reduce((n, c) => n + (perCoSo.get(c.id)?.members ?? 0), 0);
          const withRecords = coSos.reduce((n, c) => n + (perCoSo.get(c.id)?.with ?? 0), 0);
          const value = members ? Math.round((withRecords / members) * 1000) / 10 : null;
          return {
            ...base,
            value,
            target,
            percent: percentOfTarget(value, target),
            status: progressStatus(value, target, "AT_LEAST"),
            total: withRecords,
            coSo: rows,
          };
        }

        const counts = await count(scope, kind, window, i.measure === "UNIT_SHARE");
        const total = [...counts.values()].reduce((n, v) => n + v, 0);
        if (i.measure === "UNIT_SHARE") {
          // "100% cơ sở có …": the share of cơ sở with at least one.
          const rows = coSos.map((c) => {
            const has = (counts.get(c.id) ?? 0) > 0 ? 1 : 0;
            return { coSoId: c.id, name: c.name, value: has, target: 1, status: progressStatus(has, 1, "AT_LEAST") };
          });
          const value = coSos.length ? Math.round((rows.filter((r) => r.value > 0).length / coSos.length) * 1000) / 10 : null;
          return {
            ...base,
            value,
            target,
            percent: percentOfTarget(value, target),
            status: progressStatus(value, target, "AT_LEAST"),
            total,
            coSo: rows,
          };
        } else if (i.appliesTo === "EACH_CO_SO") {
          // Each cơ sở against its own target (its plan's, else the Khối minimum, else the Khối target).
          const rows = coSos.map((c) => {
            const own = ownTarget.get(`${i.id}:${c.id}`) ?? i.minTarget ?? target;
            const value = counts.get(c.id) ?? 0;
            return {
              coSoId: c.id,
              name: c.name,
              value,
              target: own,
              status: progressStatus(value, own, i.targetKind === "EXACT" ? "EXACT" : "AT_LEAST"),
            };
          });
          const reached = rows.filter((r) => r.status === "MET" || r.status === "EXCEEDED").length;
          return {
            ...base,
            value: reached,
            target: coSos.length,
            percent: percentOfTarget(reached, coSos.length),
            status: progressStatus(reached, coSos.length, "AT_LEAST"),
            total,
            coSo: rows,
          };
        } else {
          return {
            ...base,
            value: total,
            target,
            percent: percentOfTarget(total, target),
            status: progressStatus(total, target, i.targetKind === "PERCENT" ? "AT_LEAST" : i.targetKind),
            total,
            coSo: [],
          };
        }
      }),
    );
    return {
      plan: {
        id: plan.id,
        subject: plan.subject,
        number: plan.number,
        kind: plan.kind,
        startYear: plan.startYear,
        endYear: plan.endYear,
        pillars: plan.pillars,
        khoiId: plan.khoiId,
      },
      indicators,
    };
  }
}

export type CoSoRank = { coSoId: string; name: string; met: number; total: number; score: number };

/** Cơ sở ranked by the per-cơ sở indicators they reached (đạt or vượt), best first. */
export function rankCoSo(progress: PlanProgress): CoSoRank[] {
  const ranks = new Map<string, CoSoRank>();
  for (const i of progress.indicators) {
    for (const c of i.coSo) {
      if (c.status === "NO_DATA") continue;
      const r = ranks.get(c.coSoId) ?? { coSoId: c.coSoId, name: c.name, met: 0, total: 0, score: 0 };
      r.total += 1;
      if (c.status === "MET" || c.status === "EXCEEDED") r.met += 1;
      ranks.set(c.coSoId, r);
    }
  }
  return [...ranks.values()]
    .map((r) => ({ ...r, score: r.total ? Math.round((r.met / r.total) * 1000) / 10 : 0 }))
    .sort((a, b) => b.score - a.score || b.met - a.met || a.name.localeCompare(b.name, "vi"));
}

export { monthlyTrend, type MonthPoint } from "./rollup-counts";
