// Periodic reports for the report tests: a published Khối plan of this year with an indicator of
// each kind a report carries, periods opened through openPeriod (or made directly, in any status,
// for the state-machine table), reports taken through the real steps, and the people who act.
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { openPeriod } from "@/lib/data/report-periods";
import { acceptReport, openReport, returnReport, submitReport } from "@/lib/data/reports";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { DEFAULT_MONTHS, defaultPeriodTitle } from "@/lib/domain/report-rules";
import type { ReportPeriodKind, ReportPeriodStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { dayFromToday, makePlan, makeUser, unique, type Tenant } from "../factories";
import { viewerOf } from "./viewers";
import {
  periodOpenInput,
  reportAcceptInput,
  reportOpenInput,
  reportReturnInput,
  reportSaveInput,
} from "@/lib/validation/reports";

export const thisYear = todayInVietnam().getUTCFullYear();

/** A published Khối plan (kế hoạch) of this year: two typed indicators, two counted ones. */
export async function makeReportPlan(t: Tenant) {
  const plan = await makePlan(db(), t.khoi, {
    status: "PUBLISHED",
    indicators: [
      { code: "CT1", measure: "MONEY", target: 5_000_000, unitLabel: "đồng", wording: "Vận động kinh phí an sinh xã hội" },
      {
        code: "CT2",
        measure: "ENTERED",
        appliesTo: "EACH_CO_SO",
        target: 3,
        unitLabel: "người",
        wording: "Giới thiệu đoàn viên ưu tú",
      },
      { code: "CT3", measure: "RECORD_COUNT", recordKind: "IDEA", target: 4, unitLabel: "ý tưởng" },
      { code: "CT4", measure: "RECORD_COUNT", recordKind: "TRAINING", appliesTo: "EACH_CO_SO", target: 2, unitLabel: "lượt" },
    ],
  });
  const [money, people, ideas, trainings] = plan.indicators.map((i) => i.id);
  return { id: plan.id, khoiId: plan.khoiId, ind: { money, people, ideas, trainings } };
}
export type ReportPlan = Awaited<ReturnType<typeof makeReportPlan>>;

export type PeopleKey =
  "admin" | "staff" | "coSo" | "coSoB" | "chiDoan" | "member" | "city" | "twoHats" | "otherAdmin" | "otherStaff" | "otherCoSo";

/**
 * Everyone who meets tenant t's reports, loaded as the app loads them: `coSo` and `coSoB` write
 * the reports of cơ sở A and B; `twoHats` is Khối staff and cơ sở A's secretary at once (may
 * write A's report, never review it); `other*` belong to the other Khối.
 */
export async function reportPeople(t: Tenant, other: Tenant) {
  const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: t.coSoB });
  const twoHats = await makeUser(db(), { role: "KHOI_STAFF", unit: t.khoi });
  await db().membership.create({ data: { userId: twoHats.id, unitId: t.coSoA.id, role: "CO_SO_SECRETARY", khoiId: t.khoi.id } });
  const ids: Record<PeopleKey, string> = {
    admin: t.users.admin.id,
    staff: t.users.staff.id,
    coSo: t.users.coSo.id,
    coSoB: coSoB.id,
    chiDoan: t.users.chiDoan.id,
    member: t.users.member.id,
    city: t.users.city.id,
    twoHats: twoHats.id,
    otherAdmin: other.users.admin.id,
    otherStaff: other.users.staff.id,
    otherCoSo: other.users.coSo.id,
  };
  const v = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, id]) => [k, await viewerOf(id)]))) as Record<
    PeopleKey,
    Viewer
  >;
  return { ids, v };
}

type PeriodOpts = {
  kind?: ReportPeriodKind;
  fromMonth?: number;
  toMonth?: number;
  dueIn?: number;
  indicatorIds: string[];
  title?: string;
  requestKey?: string;
};

/** The form of a new period as the Khối posts it (deadline `dueIn` days from today). */
export function periodForm(plan: { id: string }, opts: PeriodOpts) {
  const kind = opts.kind ?? "SIX_MONTH";
  const [fromMonth, toMonth] = [opts.fromMonth ?? DEFAULT_MONTHS[kind][0], opts.toMonth ?? DEFAULT_MONTHS[kind][1]];
  return {
    planId: plan.id,
    kind,
    title: opts.title ?? `${defaultPeriodTitle(kind, thisYear)} ${unique("đợt")}`,
    fromMonth,
    toMonth,
    dueOn: formatVietnameseDate(dayFromToday(opts.dueIn ?? 30)),
    indicatorIds: opts.indicatorIds,
    requestKey: opts.requestKey ?? crypto.randomUUID(),
  };
}

/**
 * Opens a period through openPeriod. A deadline already past is set afterwards, as time passing
 * would (openPeriod refuses one before the period starts, which early January would be).
 */
export async function openTestPeriod(khoiStaff: Viewer, plan: { id: string }, opts: PeriodOpts) {
  const past = opts.dueIn !== undefined && opts.dueIn < 0;
  const { id } = await openPeriod(khoiStaff, periodOpenInput.parse(periodForm(plan, { ...opts, dueIn: past ? 30 : opts.dueIn })));
  if (past) await setDueIn(id, opts.dueIn!);
  return id;
}

export const setDueIn = (periodId: string, days: number) =>
  db().reportPeriod.update({ where: { id: periodId }, data: { dueOn: dayFromToday(days) } });

/** A period made directly (no notice, no timeline), in any status: for the state-machine table. */
export async function makePeriodRow(
  plan: { id: string; khoiId: string },
  opts: { status?: ReportPeriodStatus; indicatorIds: string[]; fromMonth?: number; toMonth?: number; dueIn?: number },
) {
  return db().reportPeriod.create({
    data: {
      khoiId: plan.khoiId,
      planId: plan.id,
      kind: "SIX_MONTH",
      title: `Đợt thử ${unique("đợt")}`,
      year: thisYear,
      fromMonth: opts.fromMonth ?? 1,
      toMonth: opts.toMonth ?? 6,
      dueOn: dayFromToday(opts.dueIn ?? 30),
      status: opts.status ?? "OPEN",
      indicators: { create: opts.indicatorIds.map((indicatorId) => ({ indicatorId })) },
    },
    select: { id: true, khoiId: true, planId: true, version: true },
  });
}

/** A cơ sở report made directly in any status, with its creation on the timeline. */
export async function makeReportRow(
  period: { id: string; khoiId: string },
  coSoId: string,
  status: ReportStatus,
  opts: { revision?: number; submittedById?: string | null; values?: Record<string, number> } = {},
) {
  const sent = status !== "DRAFT";
  const row = await db().report.create({
    data: {
      khoiId: period.khoiId,
      periodId: period.id,
      unitId: coSoId,
      coSoId,
      revision: opts.revision ?? 0,
      status,
      narratives: ["Kết quả trụ cột 1", "Kết quả trụ cột 2", "Kết quả trụ cột 3"],
      strengths: "Cơ sở chủ động",
      submittedAt: sent ? new Date() : null,
      submittedById: sent ? (opts.submittedById ?? null) : null,
      values: { create: Object.entries(opts.values ?? {}).map(([indicatorId, value]) => ({ indicatorId, value })) },
    },
    select: { id: true, version: true },
  });
  await db().statusChange.create({
    data: { khoiId: period.khoiId, entityType: "Report", entityId: row.id, fromStatus: null, toStatus: status },
  });
  return row;
}

export const reportRow = (id: string) =>
  db().report.findUniqueOrThrow({ where: { id }, include: { values: { orderBy: { indicatorId: "asc" } } } });
export const reportVersion = async (id: string) =>
  (await db().report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** The report form as posted, at the report's current version. */
export async function reportForm(
  id: string,
  over: { values?: Record<string, string | number | null>; narratives?: string[]; strengths?: string; version?: number } = {},
) {
  return {
    id,
    version: over.version ?? (await reportVersion(id)),
    narratives: over.narratives ?? [
      "Tổ chức 3 buổi sinh hoạt chuyên đề",
      "Ra mắt 2 công trình thanh niên",
      "Hiến máu tình nguyện",
    ],
    strengths: over.strengths ?? "Đoàn viên tham gia đông đủ",
    weaknesses: "Báo cáo còn chậm",
    proposals: "Đề nghị Đoàn Khối tổ chức tập huấn",
    values: over.values ?? {},
  };
}

type Values = Record<string, string | number | null>;

/**
 * A report is sent only with every typed figure of its period (issue 16): the figures a test does
 * not name are sent as 0, so a test names only those it checks. A value given as blank or null
 * stays so (a test of the refusal).
 */
export async function completeValues(reportId: string, values: Values = {}): Promise<Values> {
  const typed = await db().reportPeriodIndicator.findMany({
    where: {
      period: { reports: { some: { id: reportId } } },
      indicator: { measure: { in: ["ENTERED", "MONEY"] } },
    },
    select: { indicatorId: true },
  });
  return { ...Object.fromEntries(typed.map((t) => [t.indicatorId, "0"])), ...values };
}

/** The report form as sent: reportForm, with every typed figure of the period (completeValues). */
export async function sendForm(id: string, over: Parameters<typeof reportForm>[1] = {}) {
  return reportForm(id, { ...over, values: await completeValues(id, over.values) });
}

/** The period's report of the writer's cơ sở, opened and submitted with these typed values (the others 0). */
export async function submittedReport(writer: Viewer, periodId: string, values: Values = {}) {
  const { id } = await openReport(writer, reportOpenInput.parse({ periodId }));
  await submitReport(writer, reportSaveInput.parse(await sendForm(id, { values })));
  return id;
}

export async function acceptedReport(
  writer: Viewer,
  reviewer: Viewer,
  periodId: string,
  values: Record<string, string | number | null> = {},
) {
  const id = await submittedReport(writer, periodId, values);
  await acceptReport(reviewer, reportAcceptInput.parse({ id, version: await reportVersion(id) }));
  return id;
}

export async function returnedReport(
  writer: Viewer,
  reviewer: Viewer,
  periodId: string,
  values: Record<string, string | number | null> = {},
) {
  const id = await submittedReport(writer, periodId, values);
  await returnReport(
    reviewer,
    reportReturnInput.parse({ id, version: await reportVersion(id), comment: "Bổ sung số liệu quý II" }),
  );
  return id;
}

/** The report's status changes as "from→to", sorted (changes made in one transaction share a time). */
export async function transitionsOf(entityId: string) {
  const rows = await db().statusChange.findMany({
    where: { entityType: "Report", entityId },
    select: { fromStatus: true, toStatus: true },
  });
  return rows.map((r) => `${r.fromStatus ?? "∅"}→${r.toStatus}`).sort();
}

/** Notices a user has received whose title starts with `prefix`. */
export const noticesOf = (userId: string, prefix: string) =>
  db().notification.findMany({ where: { userId, title: { startsWith: prefix } }, select: { title: true, link: true } });

/** The error an AppError-throwing call ends with, as { code, message, fieldErrors }. */
export async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    const e = error as { code?: string; message: string; fieldErrors?: Record<string, string> };
    return { code: e.code ?? "UNEXPECTED", message: e.message, fieldErrors: e.fieldErrors ?? {} };
  }
  throw new Error("expected the call to be refused");
}
