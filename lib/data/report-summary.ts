import "server-only";
// A report as documents: the Word file in the Đoàn layout (the Khối's compiled report, or a cơ
// sở's), and the workbook of the data behind the Khối's numbers (indicators, each cơ sở, the
// records). Both read through the viewer's scope, like the pages.
import { db } from "@/lib/db/client";
import { can, entryScope, projectScope, type Viewer } from "@/lib/authz";
import { formatNumber, formatVietnameseDate, formatVietnameseDay, todayInVietnam } from "@/lib/domain/dates";
import { formatReportStatus, formatReportTarget, formatReportValue } from "@/lib/domain/report-format";
import { periodWindow, SUBMISSION_STATE_LABELS } from "@/lib/domain/report-rules";
import { onTimeLabel, responseTimeLabel } from "@/lib/domain/questions";
import { ENTRY_KIND_LABELS, ENTRY_STATUS_LABELS, PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/domain/work-labels";
import type { ReportDocumentInput, ReportLine } from "@/lib/documents/report-model";
import type { ReportWorkbookInput } from "@/lib/domain/report-workbook";
import { COUNTED_PROJECT_STATUSES } from "./rollup-counts";
import { findPeriod } from "./report-periods";
import { followUp, reportDetail } from "./report-reads";
import { reportNumbers } from "./report-numbers";
import { responseTimes } from "./questions";
import { conclusionsIssuedIn } from "./inspection-conclusions";

/** The report as a Word document: header and signature from its plan, numbers per pillar, text. */
export async function reportDocument(
  viewer: Viewer,
  reportId: string,
): Promise<{ input: ReportDocumentInput; fileName: string; periodId: string }> {
  const d = await reportDetail(viewer, reportId);
  const r = d.report;
  const plan = await db().plan.findFirstOrThrow({
    where: { id: r.period.planId, khoiId: r.khoiId },
    select: {
      number: true,
      subject: true,
      issueDate: true,
      superiorName: true,
      issuerName: true,
      place: true,
      recipients: true,
      signOnBehalf: true,
      signTitle: true,
      signName: true,
    },
  });
  const forCoSo = r.coSoId !== null;
  const line = (n: (typeof d.numbers)[number]): ReportLine => {
    const shown = { ...n, value: n.sentValue !== undefined ? n.sentValue : n.value };
    return {
      code: n.code,
      wording: n.wording,
      value: formatReportValue(shown, forCoSo),
      target: formatReportTarget(shown, forCoSo),
      status: formatReportStatus(shown),
    };
  };
  // The Khối's report lists each cơ sở's submission in an appendix (for those following them up).
  const listsSubmissions = !forCoSo && can(viewer, "report.manage", { khoiId: r.khoiId, unitId: r.khoiId });
  const submissions = listsSubmissions ? await followUp(viewer, r.periodId) : [];
  // The public's questions received in the period: every agency's (Khối), or the cơ sở's own.
  const window = periodWindow(r.period);
  const times = (await responseTimes(viewer, window.from, window.to)).filter((t) => !forCoSo || t.coSoId === r.coSoId);
  // The inspections concluded in the period: every cơ sở's (Khối), or the cơ sở's own.
  const inspections = await conclusionsIssuedIn(viewer, r.khoiId, window, r.coSoId ?? undefined);
  const input: ReportDocumentInput = {
    superiorName: forCoSo ? (plan.issuerName ?? "") : (plan.superiorName ?? ""),
    issuerName: forCoSo ? `BCH ${r.unit.name}` : (plan.issuerName ?? "BCH ĐOÀN KHỐI"),
    number: null,
    place: plan.place ?? "",
    date: todayInVietnam(),
    documentType: "BÁO CÁO",
    subject: r.period.title.replace(/^Báo cáo\s+/i, "").replace(/^./, (c) => c.toUpperCase()),
    basis: [
      `Thực hiện Kế hoạch${plan.number ? ` số ${plan.number}` : ""}${plan.issueDate ? ` ngày ${formatVietnameseDate(plan.issueDate)}` : ""} về ${plan.subject};`,
    ],
    opening: null,
    pillars: d.pillars.map((heading, i) => ({
      heading,
      narrative: r.narratives[i] || null,
      lines: d.numbers.filter((n) => n.pillar === i).map(line),
    })),
    otherLines: d.numbers.filter((n) => n.pillar === null || n.pillar >= d.pillars.length).map(line),
    figures: d.figures.map((f) => ({ label: f.label, value: formatNumber(f.value) })),
    honours: d.honours.map((h) => ({ name: h.name, unit: h.coSoName, title: h.titleName, decision: h.decision })),
    strengths: r.strengths,
    weaknesses: r.weaknesses,
    proposals: r.proposals,
    inspections,
    questions: times.map((t) => ({
      name: t.name,
      received: formatNumber(t.received),
      answered: formatNumber(t.answered),
      onTime: onTimeLabel(t),
      lateNow: formatNumber(t.lateNow),
      median: responseTimeLabel(t.medianHours),
    })),
    submissions: submissions.map((s) => ({
      name: s.name,
      status: SUBMISSION_STATE_LABELS[s.state],
      submittedOn: s.submittedAt ? formatVietnameseDay(s.submittedAt) : "",
      late: s.late || s.overdue,
    })),
    recipients: forCoSo
      ? ["Ban Thường vụ Đoàn Khối (b/c);", "Lưu VP."]
      : (plan.recipients?.split("\n").filter(Boolean) ?? ["Lưu VP."]),
    signOnBehalf: forCoSo ? "TM. BAN CHẤP HÀNH" : plan.signOnBehalf,
    signTitle: forCoSo ? "BÍ THƯ" : plan.signTitle,
    signName: forCoSo ? null : plan.signName,
  };
  return { input, fileName: `${r.period.title} - ${forCoSo ? r.unit.name : "Đoàn Khối"}.docx`, periodId: r.periodId };
}

// Far above a real Khối's year (the largest seen: 4,000 members); the streaming writer keeps memory flat.
const RECORD_CAP = 100_000;

/** Everything behind the Khối's numbers for a period: indicators, each cơ sở, the records. */
export async function reportWorkbookData(viewer: Viewer, periodId: string): Promise<ReportWorkbookInput> {
  const period = await findPeriod(viewer, "report.manage", periodId);
  const full = await db().reportPeriod.findFirstOrThrow({
    where: { id: period.id, khoiId: period.khoiId },
    select: { indicators: { select: { indicatorId: true } }, plan: { select: { pillars: true } } },
  });
  const periodRef = { ...period, indicatorIds: full.indicators.map((i) => i.indicatorId) };
  const window = periodWindow(period);
  const [numbers, rows, accepted, entries, projects, times] = await Promise.all([
    reportNumbers(viewer, periodRef, null),
    followUp(viewer, period.id),
    db().report.findMany({
      where: { khoiId: period.khoiId, periodId: period.id, status: "ACCEPTED", coSoId: { not: null } },
      select: { coSoId: true, computed: true, values: { select: { indicatorId: true, value: true } } },
    }),
    db().memberEntry.findMany({
      where: {
        AND: [
          entryScope(viewer, "entry.read"),
          { khoiId: period.khoiId, status: "CONFIRMED", occurredOn: { gte: window.from, lt: window.to } },
        ],
      },
      orderBy: [{ coSoId: "asc" }, { occurredOn: "asc" }],
      take: RECORD_CAP,
      select: { kind: true, status: true, occurredOn: true, title: true, coSoId: true },
    }),
    db().youthProject.findMany({
      where: {
        AND: [
          projectScope(viewer, "project.read"),
          { khoiId: period.khoiId, status: { in: COUNTED_PROJECT_STATUSES }, startsOn: { gte: window.from, lt: window.to } },
        ],
      },
      orderBy: [{ coSoId: "asc" }, { startsOn: "asc" }],
      select: { kind: true, status: true, startsOn: true, name: true, unit: { select: { name: true } } },
    }),
    responseTimes(viewer, window.from, window.to),
  ]);
  const codeOf = new Map(numbers.map((n) => [n.indicatorId, n.code]));
  const coSoName = new Map(rows.map((row) => [row.coSoId, row.name]));
  const byCoSo = new Map(accepted.map((a) => [a.coSoId, a]));
  return {
    title: period.title,
    indicators: numbers.map((n) => ({
      code: n.code,
      wording: n.wording,
      pillar: n.pillar !== null ? (full.plan.pillars[n.pillar] ?? "") : "",
      // The Khối value of a per-cơ sở indicator is how many cơ sở reached it; of a share, a percent.
      unitLabel:
        n.appliesTo === "EACH_CO_SO"
          ? "cơ sở đạt"
          : n.measure === "UNIT_SHARE" || n.appliesTo === "EACH_MEMBER"
            ? "%"
            : n.unitLabel,
      target: n.target,
      value: n.value,
      status: formatReportStatus(n),
    })),
    coSo: rows.map((row) => {
      const a = byCoSo.get(row.coSoId);
      const values: Record<string, number | null> = {};
      const sent = (a?.computed ?? {}) as Record<string, number | null>;
      for (const [id, v] of Object.entries(sent)) if (codeOf.has(id)) values[codeOf.get(id)!] = v;
      for (const v of a?.values ?? []) if (codeOf.has(v.indicatorId)) values[codeOf.get(v.indicatorId)!] = v.value;
      return {
        name: row.name,
        status: SUBMISSION_STATE_LABELS[row.state],
        submittedAt: row.submittedAt,
        late: row.late || row.overdue,
        revision: row.revision,
        values,
      };
    }),
    records: [
      ...projects.map((p) => ({
        coSo: p.unit.name,
        kind: PROJECT_KIND_LABELS[p.kind],
        status: PROJECT_STATUS_LABELS[p.status],
        occurredOn: p.startsOn,
        title: p.name,
      })),
      ...entries.map((e) => ({
        coSo: coSoName.get(e.coSoId) ?? "",
        kind: ENTRY_KIND_LABELS[e.kind],
        status: ENTRY_STATUS_LABELS[e.status],
        occurredOn: e.occurredOn,
        title: e.title,
      })),
    ],
    questions: times.map(({ name, received, answered, answeredOnTime, lateNow, medianHours }) => ({
      name,
      received,
      answered,
      answeredOnTime,
      lateNow,
      medianHours,
    })),
  };
}
