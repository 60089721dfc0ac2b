// Demo periodic reports (báo cáo sơ kết 6 tháng, tổng kết năm) of the TP.HCM Khối, on its
// published plan for this year. A closed sơ kết: every cơ sở's report accepted, one of them sent
// late, one returned and sent again, one corrected after acceptance, and the Khối's own
// compilation in draft. An open tổng kết: a few reports sent, one returned, some drafts, the rest
// not started (the demo secretaries' cơ sở among them: they write theirs live). Rows are what
// lib/data/reports.ts would have left (revisions, late flag, the numbers sent, timelines, notices);
// deterministic (dates counted back from today, the seeded generator) and written with createMany.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeasureKind, RecordKind, ReportPeriodKind, ReportPeriodStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { defaultPeriodTitle, isLate, periodWindow } from "@/lib/domain/report-rules";
import { demoClock, historyRows, randomTools, seededRandom, type Step } from "./seed-work-kit";
import type { WorkSeedTenant } from "./seed-work";
import {
  ACCEPT_COMMENTS,
  CORRECTION_ACCEPT,
  CORRECTION_ADDENDUM,
  CORRECTION_NOTE,
  LATE_ACCEPT,
  PROPOSALS,
  RESUBMIT_ACCEPT,
  RETURN_ANNUAL,
  RETURN_HALF,
  STRENGTHS,
  WEAKNESSES,
  coSoNarratives,
  khoiReport,
  type Figures,
} from "./seed-report-texts";

const newId = () => crypto.randomUUID();
const periodLink = (id: string) => `/bao-cao/${id}`;
/** A project counts once approved, as in lib/data/rollup-counts.ts (server-only, so not imported here). */
const COUNTED_PROJECTS = new Set(["APPROVED", "COMPLETED", "ACKNOWLEDGED", "HONOURED"]);

type Span = { from: Date; to: Date };
type PlanIndicator = {
  id: string;
  measure: MeasureKind;
  recordKind: RecordKind | null;
  appliesTo: string;
  period: string;
  months: number[];
};
type Period = { id: string; title: string; dueOn: Date; closed: boolean };
type Draft = {
  unitId: string;
  coSoId: string | null;
  name: string;
  revision?: number;
  steps: Step[];
  narratives: string[];
  strengths?: string | null;
  weaknesses?: string | null;
  proposals?: string | null;
  computed?: Record<string, number | null>;
  correctionNote?: string | null;
  /** Saved once more after its last status step (a draft being written) */
  savedAt?: Date;
};

/** The year's confirmed entries, projects and registrations the numbers are counted from, read once. */
async function loadRecords(db: Db, khoiId: string, year: number) {
  const inYear = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  const entries = await db.memberEntry.findMany({
    where: { khoiId, status: "CONFIRMED", occurredOn: inYear },
    select: { coSoId: true, kind: true, occurredOn: true, hours: true },
  });
  const projects = await db.youthProject.findMany({
    where: { khoiId, startsOn: inYear },
    select: { coSoId: true, status: true, startsOn: true },
  });
  const registrations = await db.activityRegistration.findMany({
    where: { khoiId, status: "REGISTERED", activity: { active: true, startsOn: inYear } },
    select: { coSoId: true, participations: true, activity: { select: { startsOn: true } } },
  });
  // Joining a Khối project gives a cơ sở one too ("100% cơ sở có công trình").
  const joins = await db.projectJoin.findMany({
    where: { khoiId, active: true, project: { startsOn: inYear } },
    select: { coSoId: true, project: { select: { status: true, startsOn: true } } },
  });
  return {
    entries,
    projects,
    joins: joins.map((j) => ({ coSoId: j.coSoId, ...j.project })),
    registrations: registrations.map((g) => ({
      coSoId: g.coSoId,
      participations: g.participations ?? 0,
      startsOn: g.activity.startsOn,
    })),
  };
}
type Records = Awaited<ReturnType<typeof loadRecords>>;

const inSpan = (d: Date, s: Span, months: number[] = []) =>
  d >= s.from && d < s.to && (!months.length || months.includes(d.getUTCMonth() + 1));

/** The standing figures the narratives quote, for one cơ sở or (null) the whole Khối. */
function figures(rec: Records, coSoId: string | null, span: Span): Figures {
  const mine = (x: { coSoId: string | null }) => coSoId === null || x.coSoId === coSoId;
  const entries = rec.entries.filter((e) => mine(e) && inSpan(e.occurredOn, span));
  const volunteers = entries.filter((e) => e.kind === "VOLUNTEER");
  return {
    ideas: entries.filter((e) => e.kind === "IDEA").length,
    trainings: entries.filter((e) => e.kind === "TRAINING").length,
    volunteers: volunteers.length,
    hours: volunteers.reduce((n, e) => n + (e.hours ?? 0), 0),
    projects: rec.projects.filter((p) => mine(p) && COUNTED_PROJECTS.has(p.status) && inSpan(p.startsOn, span)).length,
  };
}

/**
 * The numbers a cơ sở sends (Report.computed), counted as lib/data/report-numbers.ts counts them
 * for one cơ sở: its confirmed ideas or trainings, its approved projects (honoured for HONOUR),
 * its participations; the Khối's own activities and products are not a cơ sở's to count (null). A share of
 * members (EACH_MEMBER) is not worked out here and is sent as null.
 */
function computedFor(rec: Records, indicators: PlanIndicator[], coSoId: string, span: Span): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const i of indicators) {
    if (i.measure === "ENTERED" || i.measure === "MONEY") continue;
    const kind = i.recordKind ?? (i.measure === "UNIT_SHARE" ? "PROJECT" : null);
    const months = i.period === "MONTHS" ? i.months : [];
    const inside = (x: { coSoId: string | null }, d: Date) => x.coSoId === coSoId && inSpan(d, span, months);
    if (!kind || i.appliesTo === "EACH_MEMBER") out[i.id] = null;
    else if (kind === "IDEA" || kind === "TRAINING")
      out[i.id] = rec.entries.filter((e) => e.kind === kind && inside(e, e.occurredOn)).length;
    else if (kind === "PROJECT" || kind === "HONOUR") {
      const counted = (p: { coSoId: string | null; status: string; startsOn: Date }) =>
        (kind === "HONOUR" ? p.status === "HONOURED" : COUNTED_PROJECTS.has(p.status)) && inside(p, p.startsOn);
      out[i.id] = rec.projects.filter(counted).length + (i.measure === "UNIT_SHARE" ? rec.joins.filter(counted).length : 0);
    } else if (kind === "PARTICIPATION")
      out[i.id] = rec.registrations.filter((g) => inside(g, g.startsOn)).reduce((n, g) => n + g.participations, 0);
    // The demo's inspection visits are made after the reports and none is recorded yet.
    else if (kind === "INSPECTION") out[i.id] = 0;
    else out[i.id] = null; // activities and products the Khối holds itself
  }
  return out;
}

/** `tenants`: as seedDemoWork takes them; only the first (TP.HCM) gets reports. */
export async function seedDemoReports(db: Db, tenants: WorkSeedTenant[]) {
  const t = tenants[0];
  if (!t) return;
  const clock = demoClock(todayInVietnam());
  const year = clock.today.getUTCFullYear();
  const r = randomTools(seededRandom(20_261_124));
  const khoiId = t.khoi.id;
  const plan = await db.plan.findFirst({
    where: { khoiId, coSoId: null, kind: "PLAN", status: "PUBLISHED", startYear: { lte: year }, endYear: { gte: year } },
    orderBy: { startYear: "desc" },
    select: {
      id: true,
      pillars: true,
      indicators: {
        orderBy: { position: "asc" },
        select: { id: true, measure: true, recordKind: true, appliesTo: true, period: true, months: true },
      },
    },
  });
  if (!plan) return;
  const roles = await db.membership.findMany({
    where: { khoiId },
    select: { unitId: true, role: true, userId: true },
    orderBy: { createdAt: "asc" },
  });
  const holder = (role: string, unitId?: string) =>
    roles.find((m) => m.role === role && (!unitId || m.unitId === unitId))?.userId ?? null;
  const staff = holder("KHOI_STAFF") ?? holder("KHOI_ADMIN");
  const khoiStaff = [...new Set(roles.filter((m) => m.role === "KHOI_ADMIN" || m.role === "KHOI_STAFF").map((m) => m.userId))];
  const active = new Set(
    (await db.unit.findMany({ where: { khoiId, kind: "CO_SO", active: true }, select: { id: true } })).map((u) => u.id),
  );
  // In the tree's order (the first is the demo cơ sở); only the demo cơ sở has a secretary account.
  const coSos = t.coSos
    .filter((c) => active.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, secretaryId: holder("CO_SO_SECRETARY", c.id) }));
  const secretaries = new Map(coSos.filter((c) => c.secretaryId).map((c) => [c.id, c.secretaryId!]));
  // The demo plan has no indicator typed by hand or in đồng; if it had, accepted reports carry a figure.
  const typed = plan.indicators.filter((i) => i.measure === "ENTERED" || i.measure === "MONEY");
  const rec = await loadRecords(db, khoiId, year);

  const out = {
    periods: [] as Prisma.ReportPeriodCreateManyInput[],
    links: [] as Prisma.ReportPeriodIndicatorCreateManyInput[],
    reports: [] as Prisma.ReportCreateManyInput[],
    values: [] as Prisma.ReportValueCreateManyInput[],
    changes: [] as Prisma.StatusChangeCreateManyInput[],
    notices: [] as Prisma.NotificationCreateManyInput[],
  };
  /** A moment `days` after calendar date `d`, in office hours. */
  const on = (d: Date, days: number) => clock.at(clock.addDays(d, days), r.int(0, 540));
  const notice = (userId: string, title: string, link: string, at: Date, read: boolean) =>
    out.notices.push({ khoiId, userId, title, link, createdAt: at, readAt: read ? clock.addDays(at, 1) : null });

  function addPeriod(kind: ReportPeriodKind, months: [number, number], dueOn: Date, steps: Step[], note: string): Period {
    const id = newId();
    const title = defaultPeriodTitle(kind, year);
    const status = steps.at(-1)!.to as ReportPeriodStatus;
    out.periods.push({
      id,
      khoiId,
      planId: plan!.id,
      kind,
      title,
      year,
      fromMonth: months[0],
      toMonth: months[1],
      dueOn,
      status,
      note,
      version: steps.length - 1,
      createdById: staff,
      createdAt: steps[0].at,
      updatedAt: steps.at(-1)!.at,
    });
    out.links.push(...plan!.indicators.map((i) => ({ khoiId, periodId: id, indicatorId: i.id })));
    out.changes.push(...historyRows(khoiId, "ReportPeriod", id, steps));
    // openPeriod tells every cơ sở secretary; the sơ kết's notice has long been read.
    for (const userId of secretaries.values())
      notice(userId, `Đợt báo cáo mới: ${title}`, periodLink(id), steps[0].at, status === "CLOSED");
    return { id, title, dueOn, closed: status === "CLOSED" };
  }

  function addReport(p: Period, d: Draft): string {
    const id = newId();
    const last = d.steps.at(-1)!;
    const sent = d.steps.filter((s) => s.to === "SUBMITTED");
    const review = d.steps.filter((s) => s.to === "ACCEPTED" || s.to === "RETURNED").at(-1);
    out.reports.push({
      id,
      khoiId,
      periodId: p.id,
      unitId: d.unitId,
      coSoId: d.coSoId,
      revision: d.revision ?? 0,
      status: last.to as ReportStatus,
      narratives: d.narratives,
      strengths: d.strengths ?? null,
      weaknesses: d.weaknesses ?? null,
      proposals: d.proposals ?? null,
      // The numbers are kept as sent; a draft has none yet.
      computed: sent.length ? d.computed : undefined,
      correctionNote: d.correctionNote ?? null,
      submittedAt: sent.at(-1)?.at ?? null,
      submittedById: sent.at(-1)?.by ?? null,
      // Trễ hạn is decided on a revision's first sending (lib/data/reports.ts submitReport).
      late: !!sent[0] && isLate(p.dueOn, clock.dayOf(sent[0].at)),
      reviewedAt: review?.at ?? null,
      reviewedById: review?.by ?? null,
      reviewComment: review?.comment ?? null,
      version: d.steps.length - 1 + (d.savedAt ? 1 : 0),
      createdById: d.steps[0].by,
      createdAt: d.steps[0].at,
      updatedAt: d.savedAt ?? last.at,
    });
    out.changes.push(...historyRows(khoiId, "Report", id, d.steps));
    if (sent.length)
      for (const i of typed)
        out.values.push({
          khoiId,
          reportId: id,
          indicatorId: i.id,
          value: i.measure === "MONEY" ? r.int(2, 40) * 1_000_000 : r.int(1, 30),
        });
    // The notices the app sent: reviews to the cơ sở secretary, a report waiting to the Khối.
    const secretary = d.coSoId ? secretaries.get(d.coSoId) : undefined;
    for (const s of d.steps)
      if (secretary && (s.to === "RETURNED" || s.to === "ACCEPTED"))
        notice(
          secretary,
          `${s.to === "RETURNED" ? "Báo cáo bị trả lại" : "Báo cáo đã được duyệt"}: ${p.title}`,
          periodLink(p.id),
          s.at,
          p.closed,
        );
    if (d.coSoId && last.to === "SUBMITTED")
      for (const u of khoiStaff)
        notice(
          u,
          `Báo cáo ${sent.length > 1 ? "gửi lại" : "mới"}: ${d.name} – ${p.title}`,
          `${periodLink(p.id)}/don-vi/${id}`,
          last.at,
          false,
        );
    return id;
  }

  /** What a cơ sở writes for a period, around its own numbers. */
  const content = (c: (typeof coSos)[number], k: number, label: string, span: Span) => ({
    unitId: c.id,
    coSoId: c.id,
    name: c.name,
    narratives: coSoNarratives(plan.pillars, c.name, label, figures(rec, c.id, span), k),
    strengths: STRENGTHS[k % STRENGTHS.length],
    weaknesses: WEAKNESSES[(k + 1) % WEAKNESSES.length],
    proposals: PROPOSALS[(k + 2) % PROPOSALS.length],
    computed: computedFor(rec, plan.indicators, c.id, span),
  });

  // ── Sơ kết 6 tháng: due 15 June (or, before then, ten days ago), closed a week after. ──
  const halfDue = new Date(Math.max(Date.UTC(year, 0, 1), Math.min(Date.UTC(year, 5, 15), clock.date(10).getTime())));
  const halfSpan = periodWindow({ year, fromMonth: 1, toMonth: 6 });
  const half = addPeriod(
    "SIX_MONTH",
    [1, 6],
    halfDue,
    [
      { to: "OPEN", by: staff, at: on(halfDue, -30) },
      { to: "CLOSED", by: staff, at: on(halfDue, 8) },
    ],
    `Số liệu tính từ 01/01 đến 30/6/${year}. Các cơ sở Đoàn gửi báo cáo trên Cổng chậm nhất ngày ${formatVietnameseDate(halfDue)}.`,
  );
  // Which cơ sở (by position) had a returned report, sent late, corrected after acceptance.
  const HALF_RETURNED = 0;
  const HALF_LATE = 3;
  const HALF_CORRECTED = 6;
  for (const [k, c] of coSos.entries()) {
    const base = content(c, k, `6 tháng đầu năm ${year}`, halfSpan);
    const step = (to: ReportStatus, day: number, by: string | null = c.secretaryId, comment: string | null = null): Step => ({
      to,
      by,
      at: on(halfDue, day),
      comment,
    });
    if (k === HALF_RETURNED) {
      addReport(half, {
        ...base,
        steps: [
          step("DRAFT", -18),
          step("SUBMITTED", -10),
          step("RETURNED", -8, staff, RETURN_HALF),
          step("SUBMITTED", -4),
          step("ACCEPTED", -2, staff, RESUBMIT_ACCEPT),
        ],
      });
    } else if (k === HALF_LATE) {
      addReport(half, {
        ...base,
        steps: [
          step("DRAFT", -5),
          step("SUBMITTED", 3, c.secretaryId, "Gửi sau hạn nộp (trễ hạn)"),
          step("ACCEPTED", 5, staff, LATE_ACCEPT),
        ],
      });
    } else if (k === HALF_CORRECTED) {
      // The correction is accepted, and the revision it replaces superseded, at the same moment.
      const replaced = on(halfDue, -1);
      addReport(half, {
        ...base,
        steps: [
          step("DRAFT", -16),
          step("SUBMITTED", -9),
          step("ACCEPTED", -7, staff, ACCEPT_COMMENTS[1]),
          { to: "SUPERSEDED", by: staff, at: replaced, comment: "Thay bằng bản đính chính lần 1" },
        ],
      });
      const narratives = base.narratives.map((n, i) =>
        i === Math.min(1, base.narratives.length - 1) ? n + CORRECTION_ADDENDUM : n,
      );
      addReport(half, {
        ...base,
        revision: 1,
        narratives,
        correctionNote: CORRECTION_NOTE,
        steps: [
          step("DRAFT", -5, c.secretaryId, `Đính chính lần 1: ${CORRECTION_NOTE}`),
          step("SUBMITTED", -3),
          { to: "ACCEPTED", by: staff, at: replaced, comment: CORRECTION_ACCEPT },
        ],
      });
    } else {
      const sentDay = -12 + (k % 10);
      addReport(half, {
        ...base,
        steps: [
          step("DRAFT", sentDay - 1 - (k % 4)),
          step("SUBMITTED", sentDay),
          step("ACCEPTED", sentDay + 1 + (k % 3), staff, ACCEPT_COMMENTS[k % ACCEPT_COMMENTS.length]),
        ],
      });
    }
  }
  // The Khối's own compilation, begun by its staff before closing the period (never sent for review).
  const halfReports = out.reports.filter((x) => x.periodId === half.id && x.revision === 0);
  const returnedIds = new Set(out.changes.filter((x) => x.toStatus === "RETURNED").map((x) => x.entityId));
  const tally = {
    coSo: coSos.length,
    sent: halfReports.length,
    late: halfReports.filter((x) => x.late).length,
    returned: halfReports.filter((x) => returnedIds.has(x.id!)).length,
  };
  addReport(half, {
    unitId: khoiId,
    coSoId: null,
    name: t.khoi.name,
    ...khoiReport(plan.pillars, t.khoi.name, `6 tháng đầu năm ${year}`, figures(rec, null, halfSpan), tally),
    steps: [{ to: "DRAFT", by: staff, at: on(halfDue, 6) }],
    savedAt: on(halfDue, 7),
  });

  // ── Tổng kết năm: opened twelve days ago, due 15 December (at least two weeks ahead). ──
  const yearDue = new Date(Math.max(Date.UTC(year, 11, 15), clock.addDays(clock.today, 14).getTime()));
  const yearSpan = periodWindow({ year, fromMonth: 1, toMonth: 12 });
  const annual = addPeriod(
    "ANNUAL",
    [1, 12],
    yearDue,
    [{ to: "OPEN", by: staff, at: on(clock.today, -12) }],
    `Số liệu tính từ 01/01 đến 31/12/${year} (ước thực hiện đến hết năm). Các cơ sở Đoàn gửi báo cáo trên Cổng chậm nhất ngày ${formatVietnameseDate(yearDue)}.`,
  );
  // By position: sent and waiting, returned and not yet sent again, being written; the others
  // have not started, among them the two demo secretaries' cơ sở (0 and 1), who write theirs live.
  const YEAR_SENT = [4, 8, 11];
  const YEAR_RETURNED = 9;
  const YEAR_DRAFTS = [5, 12];
  for (const [k, c] of coSos.entries()) {
    const step = (to: ReportStatus, day: number, by: string | null = c.secretaryId, comment: string | null = null): Step => ({
      to,
      by,
      at: on(clock.today, day),
      comment,
    });
    const j = YEAR_SENT.indexOf(k);
    const d = YEAR_DRAFTS.indexOf(k);
    if (j >= 0)
      addReport(annual, {
        ...content(c, k, `năm ${year}`, yearSpan),
        steps: [step("DRAFT", -10 + j), step("SUBMITTED", -5 + j)],
      });
    else if (k === YEAR_RETURNED)
      addReport(annual, {
        ...content(c, k, `năm ${year}`, yearSpan),
        steps: [step("DRAFT", -11), step("SUBMITTED", -9), step("RETURNED", -7, staff, RETURN_ANNUAL)],
      });
    else if (d >= 0) {
      // A draft in progress: the first pillar written, the rest still empty.
      const { narratives, unitId, coSoId, name } = content(c, k, `năm ${year}`, yearSpan);
      addReport(annual, {
        unitId,
        coSoId,
        name,
        narratives: narratives.map((n, i) => (i === 0 ? n : "")),
        steps: [step("DRAFT", -6 + 3 * d)],
      });
    }
  }

  await db.reportPeriod.createMany({ data: out.periods });
  await db.reportPeriodIndicator.createMany({ data: out.links });
  await db.report.createMany({ data: out.reports });
  if (out.values.length) await db.reportValue.createMany({ data: out.values });
  await db.statusChange.createMany({ data: out.changes });
  if (out.notices.length) await db.notification.createMany({ data: out.notices });
}
