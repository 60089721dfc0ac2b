import "server-only";
// Reading reports: the periods a viewer sees with where they stand, the Khối's follow-up screen
// (who has sent, who is late, who was returned), and one report with its numbers and history.
import type { ReportPeriodKind, ReportPeriodStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { can, grantsFor, khoiIdsFor, reportPeriodScope, reportScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { isLate, reportStepAllowed, type SubmissionState } from "@/lib/domain/report-rules";
import { progressStatus } from "@/lib/domain/progress";
import { findPeriod } from "./report-periods";
import { findReport, reviewsOwnReport } from "./reports";
import { periodHonours, recordFigures, reportNumbers, type RecordFigureRow, type ReportNumber } from "./report-numbers";
import { timelineOf } from "./status-changes";
import { cachedRead } from "./read-cache";

export type PeriodRow = {
  id: string;
  kind: ReportPeriodKind;
  title: string;
  year: number;
  fromMonth: number;
  toMonth: number;
  dueOn: Date;
  status: ReportPeriodStatus;
  planSubject: string;
  /** For the Khối: how many cơ sở sent, were accepted, are late; for a cơ sở: its own state */
  tally: { coSo: number; sent: number; accepted: number; returned: number; late: number } | null;
  own: { state: SubmissionState; late: boolean } | null;
};

type ReportState = {
  coSoId: string | null;
  revision: number;
  status: ReportStatus;
  late: boolean;
  submittedAt: Date | null;
  id: string;
};

/** One cơ sở's state from its revisions: an accepted one stays in force while a correction is written. */
function stateOf(reports: ReportState[]): {
  state: SubmissionState;
  late: boolean;
  current: ReportState | null;
  accepted: ReportState | null;
} {
  const sorted = [...reports].sort((a, b) => b.revision - a.revision);
  const current = sorted[0] ?? null;
  const accepted = sorted.find((r) => r.status === "ACCEPTED") ?? null;
  const late = reports.some((r) => r.late);
  if (accepted) return { state: "ACCEPTED", late, current, accepted };
  if (!current) return { state: "NONE", late: false, current, accepted };
  return { state: current.status === "SUPERSEDED" ? "ACCEPTED" : (current.status as SubmissionState), late, current, accepted };
}

export function listPeriods(viewer: Viewer): Promise<PeriodRow[]> {
  return cachedRead("listPeriods", viewer, [], () => readPeriods(viewer));
}

async function readPeriods(viewer: Viewer): Promise<PeriodRow[]> {
  const periods = await db().reportPeriod.findMany({
    where: reportPeriodScope(viewer, "report.read"),
    orderBy: [{ year: "desc" }, { dueOn: "desc" }],
    select: {
      id: true,
      khoiId: true,
      kind: true,
      title: true,
      year: true,
      fromMonth: true,
      toMonth: true,
      dueOn: true,
      status: true,
      plan: { select: { subject: true } },
    },
  });
  if (!periods.length) return [];
  const ids = periods.map((p) => p.id);
  const khoiIds = new Set(khoiIdsFor(viewer, "report.review"));
  const ownCoSoIds = grantsFor(viewer, "report.fill")
    .filter((g) => g.unitKind === "CO_SO")
    .map((g) => g.unitId);
  // States only (never content) of every report of these periods, in one query.
  const [reports, coSoCounts] = await Promise.all([
    db().report.findMany({
      where: {
        periodId: { in: ids },
        coSoId: { not: null },
        OR: [{ khoiId: { in: [...khoiIds] } }, { coSoId: { in: ownCoSoIds } }],
      },
      select: { id: true, periodId: true, coSoId: true, revision: true, status: true, late: true, submittedAt: true },
    }),
    db().unit.groupBy({
      by: ["khoiId"],
      where: { khoiId: { in: [...khoiIds] }, kind: "CO_SO", active: true },
      _count: { _all: true },
    }),
  ]);
  const coSoCount = new Map(coSoCounts.map((c) => [c.khoiId, c._count._all]));
  const today = todayInVietnam();
  return periods.map((p) => {
    const mine = reports.filter((r) => r.periodId === p.id);
    const byCoSo = new Map<string, ReportState[]>();
    for (const r of mine) byCoSo.set(r.coSoId!, [...(byCoSo.get(r.coSoId!) ?? []), r]);
    let tally: PeriodRow["tally"] = null;
    if (khoiIds.has(p.khoiId)) {
      const states = [...byCoSo.values()].map(stateOf);
      const coSo = coSoCount.get(p.khoiId) ?? 0;
      const sent = states.filter((s) => s.state === "SUBMITTED" || s.state === "ACCEPTED").length;
      // Late: sent after the deadline, or still not sent once it has passed — each cơ sở once (one
      // sent late, then returned and not yet sent again, is already among the overdue).
      const pastDue = isLate(p.dueOn, today);
      const overdue = pastDue ? Math.max(0, coSo - sent) : 0;
      const sentLate = states.filter((s) => s.late && (!pastDue || s.state === "SUBMITTED" || s.state === "ACCEPTED")).length;
      tally = {
        coSo,
        sent,
        accepted: states.filter((s) => s.state === "ACCEPTED").length,
        returned: states.filter((s) => s.state === "RETURNED").length,
        late: sentLate + overdue,
      };
    }
    const ownStates = ownCoSoIds.map((id) => stateOf(byCoSo.get(id) ?? []));
    const own = ownStates.length === 1 ? { state: ownStates[0].state, late: ownStates[0].late } : null;
    return {
      id: p.id,
      kind: p.kind,
      title: p.title,
      year: p.year,
      fromMonth: p.fromMonth,
      toMonth: p.toMonth,
      dueOn: p.dueOn,
      status: p.status,
      planSubject: p.plan.subject,
      tally,
      own,
    };
  });
}

export type FollowUpRow = {
  coSoId: string;
  name: string;
  state: SubmissionState;
  late: boolean;
  /** Not sent and the deadline has passed (quá hạn) */
  overdue: boolean;
  submittedAt: Date | null;
  revision: number;
  /** The report the Khối may open (the latest revision sent and not returned), if any */
  reportId: string | null;
  correcting: boolean;
};

/** The follow-up screen: every active cơ sở of the Khối and where its report stands. */
export async function followUp(viewer: Viewer, periodId: string): Promise<FollowUpRow[]> {
  const period = await findPeriod(viewer, "report.manage", periodId);
  const [coSos, reports] = await Promise.all([
    db().unit.findMany({
      where: { khoiId: period.khoiId, kind: "CO_SO", active: true },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().report.findMany({
      where: { khoiId: period.khoiId, periodId: period.id, coSoId: { not: null } },
      select: { id: true, coSoId: true, revision: true, status: true, late: true, submittedAt: true },
    }),
  ]);
  const overdueDay = isLate(period.dueOn, todayInVietnam());
  return coSos.map((c) => {
    const own = reports.filter((r) => r.coSoId === c.id);
    const s = stateOf(own);
    const sentRevision = [...own]
      .sort((a, b) => b.revision - a.revision)
      .find((r) => r.status === "SUBMITTED" || r.status === "ACCEPTED" || r.status === "SUPERSEDED");
    const unsent = s.state === "NONE" || s.state === "DRAFT" || s.state === "RETURNED";
    return {
      coSoId: c.id,
      name: c.name,
      state: s.state,
      late: s.late,
      overdue: unsent && overdueDay,
      submittedAt: own.filter((r) => r.submittedAt).sort((a, b) => a.revision - b.revision)[0]?.submittedAt ?? null,
      revision: s.current?.revision ?? 0,
      reportId: sentRevision?.id ?? null,
      correcting: !!s.accepted && !!s.current && s.current.revision > s.accepted.revision,
    };
  });
}

export type ReportDetail = Awaited<ReturnType<typeof reportDetail>>;

/** One report: its text, numbers (live while written, as sent afterwards), figures, revisions and timeline. */
export async function reportDetail(viewer: Viewer, id: string) {
  const r = await findReport(viewer, "report.read", id);
  const periodRef = { ...r.period, indicatorIds: r.period.indicators.map((i) => i.indicatorId) };
  const [plan, values, revisions, timeline, sources, live, records, honours] = await Promise.all([
    db().plan.findFirst({
      where: { id: r.period.planId, khoiId: r.khoiId },
      select: { pillars: true, subject: true, number: true },
    }),
    db().reportValue.findMany({ where: { reportId: r.id, khoiId: r.khoiId }, select: { indicatorId: true, value: true } }),
    db().report.findMany({
      where: { AND: [reportScope(viewer, "report.read"), { khoiId: r.khoiId, periodId: r.periodId, unitId: r.unitId }] },
      orderBy: { revision: "asc" },
      select: { id: true, revision: true, status: true, submittedAt: true, correctionNote: true },
    }),
    timelineOf(viewer, r.khoiId, "Report", [r.id]),
    // The Khối compiles its report from the cơ sở's accepted ones: their text, to quote from.
    r.coSoId
      ? Promise.resolve([])
      : db().report.findMany({
          where: {
            AND: [
              reportScope(viewer, "report.read"),
              { khoiId: r.khoiId, periodId: r.periodId, coSoId: { not: null }, status: "ACCEPTED" },
            ],
          },
          orderBy: { unit: { name: "asc" } },
          select: {
            id: true,
            narratives: true,
            strengths: true,
            weaknesses: true,
            proposals: true,
            unit: { select: { name: true } },
          },
        }),
    reportNumbers(viewer, periodRef, r.coSoId),
    recordFigures(viewer, periodRef, r.coSoId),
    periodHonours(viewer, periodRef, r.coSoId),
  ]);
  const figures: RecordFigureRow[] = [
    ...records,
    {
      key: "honours",
      label: "Cá nhân, tập thể được Đoàn Khối khen thưởng",
      value: honours.filter((h) => h.by === "KHOI").length,
      href: "/khen-thuong",
    },
    {
      key: "city-honours",
      label: "Cá nhân, tập thể được Thành Đoàn công nhận danh hiệu cấp Thành",
      value: honours.filter((h) => h.by === "CITY").length,
      href: "/khen-thuong",
    },
  ];
  const writing = r.status === "DRAFT" || r.status === "RETURNED";
  // Once sent, the counted numbers are those the unit sent; the live count is shown beside them.
  const sent = r.computed as Record<string, number | null> | null;
  const typed = new Map(values.map((v) => [v.indicatorId, v.value]));
  // A cơ sở's typed figures are its own; the Khối's report shows the totals of accepted reports.
  const forCoSo = r.coSoId !== null;
  const numbers: (ReportNumber & { sentValue: number | null | undefined })[] = live.map((n) => {
    if (!n.typed || !forCoSo) return { ...n, sentValue: n.typed || writing || !sent ? undefined : (sent[n.indicatorId] ?? null) };
    const value = typed.get(n.indicatorId) ?? null;
    // Measured against the cơ sở's own target when it has one ("mỗi cơ sở …").
    const status =
      n.target !== null && n.appliesTo === "EACH_CO_SO"
        ? progressStatus(value, n.target, n.targetKind === "EXACT" ? "EXACT" : "AT_LEAST")
        : null;
    return { ...n, value, status, sentValue: undefined };
  });
  const fills = can(viewer, "report.fill", { khoiId: r.khoiId, coSoId: r.coSoId, unitId: r.unitId });
  const reviews =
    !!r.coSoId &&
    can(viewer, "report.review", { khoiId: r.khoiId, coSoId: r.coSoId, unitId: r.unitId }) &&
    !reviewsOwnReport(viewer, r);
  const latest = revisions[revisions.length - 1]?.id === r.id;
  const abilities = {
    save: fills && reportStepAllowed("save", r.status, r.period.status, r.coSoId === null),
    submit: fills && !!r.coSoId && reportStepAllowed("submit", r.status, r.period.status),
    withdraw: fills && !!r.coSoId && reportStepAllowed("withdraw", r.status, r.period.status),
    accept: reviews && reportStepAllowed("accept", r.status, r.period.status),
    return: reviews && reportStepAllowed("return", r.status, r.period.status),
    correct: fills && !!r.coSoId && latest && reportStepAllowed("correct", r.status, r.period.status),
  };
  return {
    report: r,
    pillars: plan?.pillars ?? [],
    planSubject: plan?.subject ?? "",
    numbers,
    figures,
    /** Khen thưởng trong kỳ, by name */
    honours,
    /** Sending now would be marked late (trễ hạn) */
    sendsLate: r.revision === 0 && !r.submittedAt && isLate(r.period.dueOn, todayInVietnam()),
    revisions,
    timeline,
    abilities,
    /** For the Khối's own report: the accepted cơ sở reports' text, per cơ sở */
    sources: sources.map((x) => ({
      id: x.id,
      name: x.unit.name,
      narratives: x.narratives,
      strengths: x.strengths,
      weaknesses: x.weaknesses,
      proposals: x.proposals,
    })),
  };
}

/** The Khối's published annual plans a period may be opened under, with their indicators. */
export async function plansForPeriods(viewer: Viewer) {
  const khoiIds = khoiIdsFor(viewer, "report.manage");
  return db().plan.findMany({
    where: { khoiId: { in: khoiIds }, coSoId: null, kind: "PLAN", status: "PUBLISHED" },
    select: {
      id: true,
      kind: true,
      number: true,
      subject: true,
      startYear: true,
      endYear: true,
      indicators: { select: { id: true, code: true, wording: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ startYear: "desc" }, { publishedAt: "desc" }],
  });
}

/** A period as its page shows it: what it asks for, its history, and the viewer's own report. */
export async function periodDetail(viewer: Viewer, id: string) {
  const key = await findPeriod(viewer, "report.read", id);
  const [period, timeline] = await Promise.all([
    db().reportPeriod.findFirstOrThrow({
      where: { id: key.id, khoiId: key.khoiId },
      select: {
        kind: true,
        note: true,
        createdAt: true,
        plan: { select: { id: true, kind: true, number: true, subject: true } },
        indicators: { select: { indicator: { select: { id: true, code: true, wording: true, measure: true, position: true } } } },
      },
    }),
    timelineOf(viewer, key.khoiId, "ReportPeriod", [key.id]),
  ]);
  // The viewer's own reports here (a cơ sở's, or the Khối's compiled one): latest revision first.
  const own = await db().report.findMany({
    where: { AND: [reportScope(viewer, "report.fill"), { periodId: key.id, khoiId: key.khoiId }] },
    orderBy: { revision: "desc" },
    select: { id: true, unitId: true, coSoId: true, revision: true, status: true, late: true, unit: { select: { name: true } } },
  });
  const latestOwn = [...new Map([...own].reverse().map((r) => [r.unitId, r])).values()];
  return {
    ...key,
    ...period,
    indicators: period.indicators.map((i) => i.indicator).sort((a, b) => a.position - b.position),
    timeline,
    own: latestOwn,
    manages: can(viewer, "report.manage", { khoiId: key.khoiId, unitId: key.khoiId }),
    fillsCoSo: grantsFor(viewer, "report.fill")
      .filter((g) => g.unitKind === "CO_SO" && g.khoiIds.includes(key.khoiId))
      .map((g) => ({ id: g.unitId, name: g.unitName })),
    fillsKhoi: grantsFor(viewer, "report.fill").some((g) => g.unitKind === "KHOI" && g.unitId === key.khoiId),
  };
}
