import "server-only";
// Writing a report: the unit opens its report for a period (one per unit, period and revision,
// so a double click opens one), saves drafts, submits (late after the deadline, still accepted),
// the Khối accepts or returns it, and a correction after acceptance is a new revision that
// replaces the accepted one only once it is accepted in turn. Every step is version-checked and
// recorded on the report's timeline.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { can, grantsFor, reportScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { incompleteMessage, missingForSubmit } from "@/lib/domain/report-completeness";
import {
  isLate,
  PERIOD_CLOSED_MESSAGE,
  REPORT_STEP_FROM,
  REPORT_STEP_REFUSED,
  reportStepAllowed,
  type ReportStep,
} from "@/lib/domain/report-rules";
import {
  reportAcceptInput,
  reportCorrectInput,
  reportOpenInput,
  reportReturnInput,
  reportSaveInput,
} from "@/lib/validation/reports";
import type { z } from "zod";
import { recordChange } from "./audit";
import { AppError, conflict, forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { notifyUnits } from "./notifications";
import { findPeriod, periodLink } from "./report-periods";
import { reportNumbers } from "./report-numbers";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

const reportKeySelect = {
  id: true,
  khoiId: true,
  periodId: true,
  unitId: true,
  coSoId: true,
  revision: true,
  status: true,
  version: true,
  late: true,
  submittedAt: true,
  submittedById: true,
  narratives: true,
  strengths: true,
  weaknesses: true,
  proposals: true,
  computed: true,
  reviewComment: true,
  correctionNote: true,
  period: {
    select: {
      id: true,
      title: true,
      status: true,
      dueOn: true,
      planId: true,
      year: true,
      fromMonth: true,
      toMonth: true,
      indicators: { select: { indicatorId: true, indicator: { select: { measure: true, code: true } } } },
    },
  },
  unit: { select: { name: true } },
} satisfies Prisma.ReportSelect;
export type ReportKey = Prisma.ReportGetPayload<{ select: typeof reportKeySelect }>;

/** The report, if the viewer's scope for `action` reaches it; anything else is not found. */
export async function findReport(
  viewer: Viewer,
  action: "report.read" | "report.fill" | "report.review",
  id: string,
): Promise<ReportKey> {
  const r = await db().report.findFirst({ where: { AND: [reportScope(viewer, action), { id }] }, select: reportKeySelect });
  if (!r) throw notFound("báo cáo");
  return r;
}

/** Refuses a step the report's status (or a closed period) does not allow; a stale form is a conflict first. */
export function assertReportStep(step: ReportStep, r: ReportKey, version?: number) {
  if (version !== undefined && version !== r.version) throw conflict();
  if (!REPORT_STEP_FROM[step].includes(r.status)) throw invalid({}, REPORT_STEP_REFUSED[step]);
  if (!reportStepAllowed(step, r.status, r.period.status, r.coSoId === null)) throw invalid({}, PERIOD_CLOSED_MESSAGE);
}

/** No self-review (SECURITY.md #22): whoever writes a cơ sở's reports may not accept or return them. */
export const reviewsOwnReport = (viewer: Viewer, r: { khoiId: string; coSoId: string | null; unitId: string }) =>
  can(viewer, "report.fill", { khoiId: r.khoiId, coSoId: r.coSoId, unitId: r.unitId });

/**
 * The unit whose report the viewer writes: the Khối's own when asked (`ownKhoi`), else the cơ sở
 * named (one of theirs), else their only one, else the Khối's. Never a unit taken from the client as is.
 */
function fillingUnit(viewer: Viewer, khoiId: string, coSoId: string | undefined, ownKhoi: boolean) {
  const grants = grantsFor(viewer, "report.fill").filter((g) => g.khoiIds.includes(khoiId));
  if (!grants.length) throw forbidden();
  if (ownKhoi) {
    const g = grants.find((x) => x.unitKind === "KHOI" && x.unitId === khoiId);
    if (!g) throw forbidden();
    return { unitId: g.unitId, coSoId: null };
  }
  const coSo = grants.filter((g) => g.unitKind === "CO_SO");
  if (coSoId) {
    const g = coSo.find((x) => x.unitId === coSoId);
    if (!g) throw notFound("cơ sở Đoàn");
    return { unitId: g.unitId, coSoId: g.unitId };
  }
  if (coSo.length === 1) return { unitId: coSo[0].unitId, coSoId: coSo[0].unitId };
  const khoi = grants.find((g) => g.unitKind === "KHOI");
  if (khoi && !coSo.length) return { unitId: khoi.unitId, coSoId: null };
  throw invalid({ coSoId: "Vui lòng chọn cơ sở Đoàn báo cáo" });
}

/** The unit's report for the period (its latest revision), created as a draft the first time. */
export async function openReport(viewer: Viewer, input: z.output<typeof reportOpenInput>) {
  const period = await findPeriod(viewer, "report.read", input.periodId);
  const unit = fillingUnit(viewer, period.khoiId, input.coSoId, input.khoi ?? false);
  const latest = () =>
    db().report.findFirst({
      where: { periodId: period.id, khoiId: period.khoiId, unitId: unit.unitId },
      orderBy: { revision: "desc" },
      select: { id: true },
    });
  const found = await latest();
  if (found) return { id: found.id };
  if (period.status !== "OPEN" && unit.coSoId) throw invalid({}, PERIOD_CLOSED_MESSAGE);
  const id = crypto.randomUUID();
  try {
    await db().$transaction(async (tx) => {
      await tx.report.create({
        data: {
          id,
          khoiId: period.khoiId,
          periodId: period.id,
          unitId: unit.unitId,
          coSoId: unit.coSoId,
          createdById: viewer.userId,
        },
      });
      await recordStatusChange(
        {
          khoiId: period.khoiId,
          entityType: "Report",
          entityId: id,
          fromStatus: null,
          toStatus: "DRAFT",
          actorId: viewer.userId,
        },
        tx,
        { periodId: period.id, unitId: unit.unitId },
      );
    });
  } catch (error) {
    // Two clicks or two secretaries at once: the natural key lets one draft exist.
    if (!isUniqueViolation(error)) throw error;
    const again = await latest();
    if (!again) throw error;
    return { id: again.id };
  }
  return { id };
}

/** The period's indicators the unit types in (measured by hand or in đồng). */
const typedIndicators = (r: ReportKey) =>
  r.period.indicators.filter((i) => i.indicator.measure === "ENTERED" || i.indicator.measure === "MONEY");

/** Typed numbers only for the period's indicators measured by hand or in đồng. */
function typedValues(r: ReportKey, values: Record<string, number | null>) {
  const typed = new Set(typedIndicators(r).map((i) => i.indicatorId));
  const out: { indicatorId: string; value: number }[] = [];
  for (const [indicatorId, value] of Object.entries(values)) {
    if (!typed.has(indicatorId)) throw invalid({ [`values.${indicatorId}`]: "Chỉ tiêu này không nhập tay" });
    if (value !== null) out.push({ indicatorId, value });
  }
  return out;
}

/** Writes the text and typed numbers; the audit row (`report.save`) keeps what changed in them. */
async function writeContent(
  tx: Tx,
  r: ReportKey,
  input: z.output<typeof reportSaveInput>,
  data: Prisma.ReportUpdateManyMutationInput,
  actorId: string,
) {
  const values = typedValues(r, input.values);
  const text = {
    narratives: input.narratives.map((n) => n ?? ""),
    strengths: input.strengths,
    weaknesses: input.weaknesses,
    proposals: input.proposals,
  };
  const before = await tx.report.findFirst({
    where: { id: r.id, khoiId: r.khoiId, version: input.version },
    select: {
      narratives: true,
      strengths: true,
      weaknesses: true,
      proposals: true,
      values: { select: { indicatorId: true, value: true } },
    },
  });
  const { count } = await tx.report.updateMany({
    // A cơ sở writes only while the period is open, even if khóa sổ lands between read and write.
    where: {
      id: r.id,
      khoiId: r.khoiId,
      version: input.version,
      status: r.status,
      ...(r.coSoId ? { period: { status: "OPEN" as const } } : {}),
    },
    data: { ...text, ...data, version: { increment: 1 } },
  });
  if (count === 0 || !before) throw conflict();
  await tx.reportValue.deleteMany({ where: { reportId: r.id, khoiId: r.khoiId } });
  if (values.length) await tx.reportValue.createMany({ data: values.map((v) => ({ ...v, khoiId: r.khoiId, reportId: r.id })) });
  // Typed numbers keyed by indicator id, so one changed figure shows as one changed figure.
  const figures = (rows: { indicatorId: string; value: unknown }[]) =>
    Object.fromEntries(rows.map((v) => [v.indicatorId, Number(v.value)]).sort());
  const { values: was, ...wasText } = before;
  await recordChange(
    { khoiId: r.khoiId, actorId, action: "report.save", targetType: "Report", targetId: r.id },
    { ...wasText, values: figures(was) },
    { ...text, values: figures(values) },
    tx,
  );
}

export async function saveReport(viewer: Viewer, input: z.output<typeof reportSaveInput>) {
  const r = await findReport(viewer, "report.fill", input.id);
  assertReportStep("save", r, input.version);
  await db().$transaction(async (tx) => {
    await writeContent(tx, r, input, {}, viewer.userId);
  });
  return { id: r.id, version: input.version + 1 };
}

/**
 * Refuses to send a report lacking a typed figure or a pillar's narrative (issue 16: an empty
 * report reached the Khối as "(Không có nội dung)"), naming each missing field. Checked on what
 * is being sent, since sending writes the form's content; nothing is written when refused.
 */
async function assertComplete(r: ReportKey, input: z.output<typeof reportSaveInput>) {
  const plan = await db().plan.findFirst({ where: { id: r.period.planId, khoiId: r.khoiId }, select: { pillars: true } });
  const typed = typedIndicators(r).map((i) => ({ id: i.indicatorId, code: i.indicator.code }));
  const missing = missingForSubmit(plan?.pillars ?? [], typed, input);
  if (Object.keys(missing).length) throw invalid(missing, incompleteMessage(missing));
}

/**
 * Saves and sends a cơ sở report, once complete (assertComplete). The numbers read from the
 * records are kept as sent. After the deadline it still goes, marked late (trễ hạn) on its first
 * sending (a withdrawn report was not sent: see report-withdrawal.ts). Submitting again what has
 * just been sent (a double click, a retry) answers as the first did (SECURITY.md #23).
 */
export async function submitReport(viewer: Viewer, input: z.output<typeof reportSaveInput>) {
  const r = await findReport(viewer, "report.fill", input.id);
  if (!r.coSoId) throw invalid({}, "Báo cáo của Đoàn Khối không gửi duyệt");
  if (r.status === "SUBMITTED" && r.submittedById === viewer.userId && r.version === input.version + 1)
    return { id: r.id, status: r.status, late: r.late };
  assertReportStep("submit", r, input.version);
  await assertComplete(r, input);
  const numbers = await reportNumbers(
    viewer,
    { ...r.period, indicatorIds: r.period.indicators.map((i) => i.indicatorId) },
    r.coSoId,
  );
  const computed = Object.fromEntries(numbers.filter((n) => !n.typed).map((n) => [n.indicatorId, n.value]));
  // A correction (revision > 0) follows a report already sent: sending it is not a late sending.
  const first = r.submittedAt === null && r.revision === 0;
  const late = r.late || (first && isLate(r.period.dueOn, todayInVietnam()));
  try {
    await db().$transaction(async (tx) => {
      await writeContent(
        tx,
        r,
        input,
        { status: "SUBMITTED", computed, late, submittedAt: new Date(), submittedById: viewer.userId },
        viewer.userId,
      );
      await recordStatusChange(
        {
          khoiId: r.khoiId,
          entityType: "Report",
          entityId: r.id,
          fromStatus: r.status,
          toStatus: "SUBMITTED",
          actorId: viewer.userId,
          comment: late && first ? "Gửi sau hạn nộp (trễ hạn)" : null,
        },
        tx,
      );
      await notifyUnits(tx, r.khoiId, [r.khoiId], ["KHOI_ADMIN", "KHOI_STAFF"], {
        kind: "submitted",
        title: `Báo cáo ${r.status === "RETURNED" ? "gửi lại" : "mới"}: ${r.unit.name} – ${r.period.title}`,
        link: `${periodLink(r.periodId)}/don-vi/${r.id}`,
      });
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      const now = await db().report.findFirst({
        where: { id: r.id, khoiId: r.khoiId },
        select: { status: true, submittedById: true, version: true, late: true },
      });
      if (now?.status === "SUBMITTED" && now.submittedById === viewer.userId && now.version === input.version + 1)
        return { id: r.id, status: now.status, late: now.late };
    }
    throw error;
  }
  return { id: r.id, status: "SUBMITTED" as ReportStatus, late };
}

/** A status step on its own (no content written): version-checked, on the timeline and the audit trail. */
export async function moveReport(
  tx: Tx,
  r: ReportKey,
  change: {
    version: number;
    to: ReportStatus;
    actorId: string;
    comment?: string | null;
    data?: Prisma.ReportUpdateManyMutationInput;
  },
) {
  const { count } = await tx.report.updateMany({
    where: { id: r.id, khoiId: r.khoiId, version: change.version, status: r.status },
    data: { ...change.data, status: change.to, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await recordStatusChange(
    {
      khoiId: r.khoiId,
      entityType: "Report",
      entityId: r.id,
      fromStatus: r.status,
      toStatus: change.to,
      actorId: change.actorId,
      comment: change.comment ?? null,
    },
    tx,
  );
}

async function findForReview(viewer: Viewer, step: "accept" | "return", id: string, version: number) {
  const r = await findReport(viewer, "report.review", id);
  if (reviewsOwnReport(viewer, r)) throw forbidden();
  assertReportStep(step, r, version);
  return r;
}

/** Duyệt: the report is locked; an accepted correction replaces the revision before it. */
export async function acceptReport(viewer: Viewer, input: z.output<typeof reportAcceptInput>) {
  const r = await findForReview(viewer, "accept", input.id, input.version);
  await db().$transaction(async (tx) => {
    await moveReport(tx, r, {
      version: input.version,
      to: "ACCEPTED",
      actorId: viewer.userId,
      comment: input.comment,
      data: { reviewedAt: new Date(), reviewedById: viewer.userId, reviewComment: input.comment },
    });
    const replaced = await tx.report.findMany({
      where: { khoiId: r.khoiId, periodId: r.periodId, unitId: r.unitId, revision: { lt: r.revision }, status: "ACCEPTED" },
      select: { id: true, version: true },
    });
    for (const old of replaced) {
      await tx.report.updateMany({
        where: { id: old.id, khoiId: r.khoiId, version: old.version },
        data: { status: "SUPERSEDED", version: { increment: 1 } },
      });
      await recordStatusChange(
        {
          khoiId: r.khoiId,
          entityType: "Report",
          entityId: old.id,
          fromStatus: "ACCEPTED",
          toStatus: "SUPERSEDED",
          actorId: viewer.userId,
          comment: `Thay bằng bản đính chính lần ${r.revision}`,
        },
        tx,
      );
    }
    await notifyUnits(tx, r.khoiId, [r.unitId], ["CO_SO_SECRETARY"], {
      kind: "confirmed",
      title: `Báo cáo đã được duyệt: ${r.period.title}`,
      link: periodLink(r.periodId),
    });
  });
  return { id: r.id };
}

/** Trả lại, with the reason: the cơ sở edits and sends it again. */
export async function returnReport(viewer: Viewer, input: z.output<typeof reportReturnInput>) {
  const r = await findForReview(viewer, "return", input.id, input.version);
  await db().$transaction(async (tx) => {
    await moveReport(tx, r, {
      version: input.version,
      to: "RETURNED",
      actorId: viewer.userId,
      comment: input.comment,
      data: { reviewedAt: new Date(), reviewedById: viewer.userId, reviewComment: input.comment },
    });
    await notifyUnits(tx, r.khoiId, [r.unitId], ["CO_SO_SECRETARY"], {
      kind: "returned",
      title: `Báo cáo bị trả lại: ${r.period.title}`,
      link: periodLink(r.periodId),
    });
  });
  return { id: r.id };
}

/**
 * Đính chính: a new draft revision copying the accepted report; the accepted one stays in force
 * (and locked) until the correction is accepted. Two clicks open one correction.
 */
export async function correctReport(viewer: Viewer, input: z.output<typeof reportCorrectInput>) {
  const r = await findReport(viewer, "report.fill", input.id);
  const next = { periodId: r.periodId, unitId: r.unitId, revision: r.revision + 1 };
  const existing = () => db().report.findFirst({ where: { ...next, khoiId: r.khoiId }, select: { id: true } });
  const already = await existing();
  if (already) return { id: already.id };
  assertReportStep("correct", r, input.version);
  const values = await db().reportValue.findMany({
    where: { reportId: r.id, khoiId: r.khoiId },
    select: { indicatorId: true, value: true, note: true },
  });
  const id = crypto.randomUUID();
  try {
    await db().$transaction(async (tx) => {
      await tx.report.create({
        data: {
          id,
          khoiId: r.khoiId,
          ...next,
          coSoId: r.coSoId,
          narratives: r.narratives,
          strengths: r.strengths,
          weaknesses: r.weaknesses,
          proposals: r.proposals,
          correctionNote: input.correctionNote,
          createdById: viewer.userId,
          values: { create: values },
        },
      });
      await recordStatusChange(
        {
          khoiId: r.khoiId,
          entityType: "Report",
          entityId: id,
          fromStatus: null,
          toStatus: "DRAFT",
          actorId: viewer.userId,
          comment: `Đính chính lần ${next.revision}: ${input.correctionNote}`,
        },
        tx,
        { periodId: r.periodId, correctionOf: r.id },
      );
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const again = await existing();
    if (!again) throw error;
    return { id: again.id };
  }
  return { id };
}
