import "server-only";
// Report periods (đợt báo cáo): the Khối opens one under its published annual plan, with the
// months it covers, a deadline and the indicators to report; the cơ sở are told. The Khối may
// edit it while open, close it once compiled (khóa sổ), reopen it, and remind the late ones.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportPeriodStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { khoiIdsFor, reportPeriodScope, type Viewer, reachesKhoi } from "@/lib/authz";
import { periodOpenInput, periodRefInput, periodRemindInput, periodUpdateInput } from "@/lib/validation/reports";
import type { z } from "zod";
import { selectOf } from "@/lib/domain/audit-diff";
import { recordAudit, recordChange } from "./audit";
import { conflict, forbidden, invalid, notFound } from "./errors";
import { createOnce } from "./create-once";
import { notifyUnits, remindUnitsOncePerDay } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

const periodKeySelect = {
  id: true,
  khoiId: true,
  planId: true,
  kind: true,
  title: true,
  year: true,
  fromMonth: true,
  toMonth: true,
  dueOn: true,
  status: true,
  version: true,
} satisfies Prisma.ReportPeriodSelect;
export type PeriodKey = Prisma.ReportPeriodGetPayload<{ select: typeof periodKeySelect }>;

export const periodLink = (id: string) => `/bao-cao/${id}`;

/** The period, if the viewer may read (or manage) reports of its Khối; anything else is not found. */
export async function findPeriod(viewer: Viewer, action: "report.read" | "report.manage", id: string): Promise<PeriodKey> {
  const p = await db().reportPeriod.findFirst({
    where: { AND: [reportPeriodScope(viewer, action), { id }] },
    select: periodKeySelect,
  });
  if (!p) throw notFound("đợt báo cáo");
  return p;
}

/** The indicators asked for must be the plan's own. */
async function checkIndicators(khoiId: string, planId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await db().indicator.count({ where: { id: { in: unique }, planId, khoiId } });
  if (found !== unique.length) throw invalid({ indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" });
  return unique;
}

export function checkDue(year: number, fromMonth: number, dueOn: Date) {
  // A deadline before the period even starts is a typing mistake.
  if (dueOn < new Date(Date.UTC(year, fromMonth - 1, 1)))
    throw invalid({ dueOn: "Hạn nộp không được trước ngày bắt đầu của kỳ báo cáo" });
  if (dueOn > new Date(Date.UTC(year + 1, 11, 31))) throw invalid({ dueOn: "Hạn nộp quá xa so với kỳ báo cáo" });
}

export async function openPeriod(viewer: Viewer, input: z.output<typeof periodOpenInput>) {
  const khoiIds = khoiIdsFor(viewer, "report.manage");
  if (!khoiIds.length) throw forbidden();
  // Only a published annual plan of the Khối itself: the cơ sở report on the Khối's plan.
  const plan = await db().plan.findFirst({
    where: { id: input.planId, khoiId: { in: khoiIds }, coSoId: null, kind: "PLAN", status: "PUBLISHED" },
    select: { id: true, khoiId: true, startYear: true, subject: true },
  });
  if (!plan) throw invalid({ planId: "Không tìm thấy kế hoạch năm đã ban hành của Đoàn Khối" });
  const indicatorIds = await checkIndicators(plan.khoiId, plan.id, input.indicatorIds);
  checkDue(plan.startYear, input.fromMonth, input.dueOn);
  const made = () =>
    db().reportPeriod.findFirst({ where: { khoiId: plan.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    const id = crypto.randomUUID();
    await db().$transaction((tx) => openPeriodIn(tx, viewer.userId, plan, { ...input, indicatorIds }, id));
    return { id };
  });
}

/**
 * The period's row, its status record and the cơ sở's notice, in the caller's transaction: opening
 * by hand (above) and publishing a plan with its report schedule (plan-writes.ts) share it. The
 * caller has found the plan in the viewer's scope and checked the indicators and the deadline.
 */
export async function openPeriodIn(
  tx: Tx,
  actorId: string,
  plan: { id: string; khoiId: string; startYear: number },
  input: Pick<z.output<typeof periodOpenInput>, "kind" | "title" | "fromMonth" | "toMonth" | "dueOn" | "note" | "requestKey"> & {
    indicatorIds: string[];
  },
  id: string = crypto.randomUUID(),
) {
  const { indicatorIds } = input;
  await tx.reportPeriod.create({
    data: {
      id,
      khoiId: plan.khoiId,
      planId: plan.id,
      kind: input.kind,
      title: input.title,
      year: plan.startYear,
      fromMonth: input.fromMonth,
      toMonth: input.toMonth,
      dueOn: input.dueOn,
      note: input.note,
      requestKey: input.requestKey,
      createdById: actorId,
      indicators: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
    },
  });
  const details = {
    title: input.title,
    kind: input.kind,
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    dueOn: input.dueOn,
    indicatorIds,
  };
  await recordStatusChange(
    { khoiId: plan.khoiId, entityType: "ReportPeriod", entityId: id, fromStatus: null, toStatus: "OPEN", actorId },
    tx,
    details,
  );
  await notifyUnits(tx, plan.khoiId, "all-co-so", ["CO_SO_SECRETARY"], {
    kind: "opened",
    title: `Đợt báo cáo mới: ${input.title}`,
    link: periodLink(id),
  });
  return { id };
}

/** Edits an open period: title, months, deadline, note and indicators (the plan stays). */
export async function updatePeriod(viewer: Viewer, input: z.output<typeof periodUpdateInput>) {
  const p = await findPeriod(viewer, "report.manage", input.id);
  if (p.version !== input.version) throw conflict();
  if (p.status !== "OPEN") throw invalid({}, "Đợt báo cáo đã khóa sổ; mở lại để sửa");
  const indicatorIds = await checkIndicators(p.khoiId, p.planId, input.indicatorIds);
  checkDue(p.year, input.fromMonth, input.dueOn);
  await keepWhatWasReported(p, input, indicatorIds);
  const fields = {
    kind: input.kind,
    title: input.title,
    fromMonth: input.fromMonth,
    toMonth: input.toMonth,
    dueOn: input.dueOn,
    note: input.note,
  };
  await db().$transaction(async (tx) => {
    const before = await tx.reportPeriod.findFirst({
      where: { id: p.id, khoiId: p.khoiId, version: input.version },
      select: { ...selectOf(fields), indicators: { select: { indicatorId: true } } },
    });
    const { count } = await tx.reportPeriod.updateMany({
      where: { id: p.id, khoiId: p.khoiId, version: input.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await tx.reportPeriodIndicator.deleteMany({ where: { periodId: p.id, khoiId: p.khoiId } });
    await tx.reportPeriodIndicator.createMany({
      data: indicatorIds.map((indicatorId) => ({ khoiId: p.khoiId, periodId: p.id, indicatorId })),
    });
    const { indicators, ...was } = before;
    await recordChange(
      { khoiId: p.khoiId, actorId: viewer.userId, action: "report.period.update", targetType: "ReportPeriod", targetId: p.id },
      { ...was, indicatorIds: indicators.map((i) => i.indicatorId).sort() },
      { ...fields, indicatorIds: [...indicatorIds].sort() },
      tx,
    );
  });
  return { id: p.id };
}

export const REPORTED_PERIOD_MESSAGE =
  "Đã có cơ sở gửi báo cáo: không đổi được loại, kỳ và chỉ tiêu; chỉ sửa được tên, hạn nộp và ghi chú";

/** Once a cơ sở has sent its report, what it reported on (kind, months, indicators) stays. */
async function keepWhatWasReported(
  p: PeriodKey,
  input: { kind: string; fromMonth: number; toMonth: number },
  indicatorIds: string[],
) {
  const sent = await db().report.count({
    where: { khoiId: p.khoiId, periodId: p.id, coSoId: { not: null }, submittedAt: { not: null } },
  });
  if (!sent) return;
  const asked = await db().reportPeriodIndicator.findMany({
    where: { khoiId: p.khoiId, periodId: p.id },
    select: { indicatorId: true },
  });
  const sameIndicators = asked.length === indicatorIds.length && asked.every((a) => indicatorIds.includes(a.indicatorId));
  if (input.kind !== p.kind || input.fromMonth !== p.fromMonth || input.toMonth !== p.toMonth || !sameIndicators)
    throw invalid({ indicatorIds: REPORTED_PERIOD_MESSAGE }, REPORTED_PERIOD_MESSAGE);
}

async function movePeriod(tx: Tx, p: PeriodKey, version: number, to: ReportPeriodStatus, actorId: string) {
  const { count } = await tx.reportPeriod.updateMany({
    where: { id: p.id, khoiId: p.khoiId, version, status: p.status },
    data: { status: to, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await recordStatusChange(
    { khoiId: p.khoiId, entityType: "ReportPeriod", entityId: p.id, fromStatus: p.status, toStatus: to, actorId },
    tx,
  );
}

/** Khóa sổ: no more submissions or corrections; reviews of what was sent may go on. */
export async function closePeriod(viewer: Viewer, input: z.output<typeof periodRefInput>) {
  const p = await findPeriod(viewer, "report.manage", input.id);
  if (p.version !== input.version) throw conflict();
  if (p.status !== "OPEN") throw invalid({}, "Đợt báo cáo đã khóa sổ");
  await db().$transaction((tx) => movePeriod(tx, p, input.version, "CLOSED", viewer.userId));
  return { id: p.id };
}

export async function reopenPeriod(viewer: Viewer, input: z.output<typeof periodRefInput>) {
  const p = await findPeriod(viewer, "report.manage", input.id);
  if (p.version !== input.version) throw conflict();
  if (p.status !== "CLOSED") throw invalid({}, "Đợt báo cáo đang mở");
  await db().$transaction(async (tx) => {
    await movePeriod(tx, p, input.version, "OPEN", viewer.userId);
    await notifyUnits(tx, p.khoiId, "all-co-so", ["CO_SO_SECRETARY"], {
      kind: "opened",
      title: `Đợt báo cáo mở lại: ${p.title}`,
      link: periodLink(p.id),
    });
  });
  return { id: p.id };
}

/** Cơ sở with nothing sent yet: no report, a draft, or a returned one not yet sent again. */
export async function unsentCoSoIds(viewer: Viewer, khoiId: string, periodId: string): Promise<string[]> {
  // The Khối comes from a record the caller found through the viewer's scope; checked again here,
  // so a helper handed another tenant's id finds nothing.
  if (!reachesKhoi(viewer, khoiId)) throw notFound();
  const [coSos, sent] = await Promise.all([
    db().unit.findMany({ where: { khoiId, kind: "CO_SO", active: true }, select: { id: true } }),
    db().report.findMany({
      where: { khoiId, periodId, coSoId: { not: null }, status: { in: ["SUBMITTED", "ACCEPTED", "SUPERSEDED"] } },
      select: { coSoId: true },
      distinct: ["coSoId"],
    }),
  ]);
  const done = new Set(sent.map((r) => r.coSoId));
  return coSos.map((c) => c.id).filter((id) => !done.has(id));
}

/** Nhắc nộp: tells the secretaries of every cơ sở that has not sent its report, once a day at most. */
export async function remindPeriod(viewer: Viewer, input: z.output<typeof periodRemindInput>) {
  const p = await findPeriod(viewer, "report.manage", input.id);
  if (p.status !== "OPEN") throw invalid({}, "Đợt báo cáo đã khóa sổ");
  const coSoIds = await unsentCoSoIds(viewer, p.khoiId, p.id);
  if (!coSoIds.length) return { reminded: 0, alreadyToday: 0, unreachable: 0 };
  return db().$transaction(async (tx) => {
    // Two reminders at once (two staff, a double click) wait for each other here: one is sent.
    await tx.$queryRaw`SELECT "id" FROM "ReportPeriod" WHERE "id" = ${p.id} AND "khoiId" = ${p.khoiId} FOR UPDATE`;
    const sent = await remindUnitsOncePerDay(tx, p.khoiId, coSoIds, ["CO_SO_SECRETARY"], {
      kind: "deadline",
      title: `Nhắc nộp báo cáo: ${p.title}`,
      link: periodLink(p.id),
    });
    if (sent.reminded)
      await recordAudit(
        {
          khoiId: p.khoiId,
          actorId: viewer.userId,
          action: "report.period.remind",
          targetType: "ReportPeriod",
          targetId: p.id,
          after: { coSo: sent.reminded },
        },
        tx,
      );
    return sent;
  });
}
