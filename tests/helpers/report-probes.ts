// The access probes of the periodic-report actions (see action-probes.ts): one valid call of each,
// aimed at tenant A's rows, and who may make it.
import { db } from "@/lib/db/client";
import * as notificationActions from "@/lib/actions/notifications";
import * as reportActions from "@/lib/actions/reports";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, type Tenant } from "../factories";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";
import { makePeriodRow, makeReportRow, reportVersion } from "./reports";

/**
 * Periods are the Khối's to open, edit, close, reopen and remind about. A cơ sở report is written
 * (opened, saved, submitted, withdrawn, corrected) by the secretary of that cơ sở only, and reviewed by Khối
 * staff. The report is opened naming cơ sở A, so the secretary of cơ sở B is refused rather than
 * opening cơ sở B's own report, and Khối staff rather than opening the Khối's own.
 */
export const REPORT_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  openPeriodAction: { may: ["admin", "staff"], each: true },
  updatePeriodAction: { may: ["admin", "staff"], each: true },
  closePeriodAction: { may: ["admin", "staff"], each: true },
  reopenPeriodAction: { may: ["admin", "staff"], each: true },
  remindPeriodAction: { may: ["admin", "staff"], each: true },
  openReportAction: { may: ["coSo"], each: true },
  saveReportAction: { may: ["coSo"], each: true },
  submitReportAction: { may: ["coSo"], each: true },
  // Rút lại: the cơ sở that sent it, before the Khối acts (anyone else, here or in the other Khối: not found).
  withdrawReportAction: { may: ["coSo"], each: true },
  acceptReportAction: { may: ["admin", "staff"], each: true },
  returnReportAction: { may: ["admin", "staff"], each: true },
  correctReportAction: { may: ["coSo"], each: true },
  // Thi đua weights of the Khối plan's indicators.
  saveWeightsAction: { may: ["admin", "staff"], each: true },
  // Nhắc hạn: the Khối's own schedule (nothing of another's to aim at), and a reminder now.
  saveReminderSettingsAction: { may: ["admin", "staff"], each: true },
  remindNowAction: { may: ["admin", "staff"], each: true },
};

export type ReportRows = {
  /** An open period on the published plan (cơ sở A has no report in it yet) */
  period: string;
  /** A closed period on the same plan */
  closedPeriod: string;
  /** Cơ sở A's reports, each in a period of its own: being written, sent, accepted */
  draft: string;
  submitted: string;
  accepted: string;
};

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeReportRows(a: Tenant, plans: PlanRows): Promise<ReportRows> {
  const plan = { id: plans.published.id, khoiId: a.khoi.id };
  const indicatorIds = [plans.published.indicatorId];
  const period = await makePeriodRow(plan, { indicatorIds });
  const closedPeriod = await makePeriodRow(plan, { indicatorIds, status: "CLOSED" });
  const report = async (status: "DRAFT" | "SUBMITTED" | "ACCEPTED") =>
    (await makeReportRow(await makePeriodRow(plan, { indicatorIds }), a.coSoA.id, status, { submittedById: a.users.coSo.id })).id;
  return {
    period: period.id,
    closedPeriod: closedPeriod.id,
    draft: await report("DRAFT"),
    submitted: await report("SUBMITTED"),
    accepted: await report("ACCEPTED"),
  };
}

const periodVersion = async (id: string) => (await db().reportPeriod.findUniqueOrThrow({ where: { id } })).version;
const date = (days: number) => formatVietnameseDate(dayFromToday(days));

export function reportProbes(f: { a: Tenant; plans: PlanRows; reports: ReportRows }, p: ProbeMaker): Probe[] {
  const { a, plans: pl, reports: r } = f;
  const periodFields = (title: string) => ({
    kind: "SIX_MONTH",
    title,
    fromMonth: 1,
    toMonth: 6,
    dueOn: date(20),
    indicatorIds: [pl.published.indicatorId],
  });
  const reportFields = async (id: string) => ({
    id,
    version: await reportVersion(id),
    narratives: ["Tổ chức 3 buổi sinh hoạt chuyên đề", "Ra mắt công trình thanh niên", "Hiến máu tình nguyện"],
    strengths: "Đoàn viên tham gia đông đủ",
    values: {},
  });
  return [
    // Tenant A's published plan: the call's target.
    p("openPeriodAction", reportActions.openPeriodAction, async () => ({
      ...periodFields("Báo cáo sơ kết 6 tháng đầu năm"),
      planId: pl.published.id,
      requestKey: crypto.randomUUID(),
    })),
    p("updatePeriodAction", reportActions.updatePeriodAction, async () => ({
      ...periodFields("Báo cáo sơ kết (đã sửa hạn nộp)"),
      id: r.period,
      version: await periodVersion(r.period),
    })),
    p("closePeriodAction", reportActions.closePeriodAction, async () => ({
      id: r.period,
      version: await periodVersion(r.period),
    })),
    p("reopenPeriodAction", reportActions.reopenPeriodAction, async () => ({
      id: r.closedPeriod,
      version: await periodVersion(r.closedPeriod),
    })),
    p("remindPeriodAction", reportActions.remindPeriodAction, async () => ({ id: r.period })),
    p(
      "saveReminderSettingsAction",
      notificationActions.saveReminderSettingsAction,
      async () => ({ "report-period": "5, 1", "honour-round": "7", activity: "" }),
      false,
    ),
    p("remindNowAction", notificationActions.remindNowAction, async () => ({ type: "report-period", id: r.period })),
    p("openReportAction", reportActions.openReportAction, async () => ({ periodId: r.period, coSoId: a.coSoA.id })),
    p("saveReportAction", reportActions.saveReportAction, async () => reportFields(r.draft)),
    p("submitReportAction", reportActions.submitReportAction, async () => reportFields(r.draft)),
    p("withdrawReportAction", reportActions.withdrawReportAction, async () => ({
      id: r.submitted,
      version: await reportVersion(r.submitted),
    })),
    p("acceptReportAction", reportActions.acceptReportAction, async () => ({
      id: r.submitted,
      version: await reportVersion(r.submitted),
      comment: "Đạt yêu cầu",
    })),
    p("returnReportAction", reportActions.returnReportAction, async () => ({
      id: r.submitted,
      version: await reportVersion(r.submitted),
      comment: "Bổ sung số liệu tháng 6",
    })),
    p("correctReportAction", reportActions.correctReportAction, async () => ({
      id: r.accepted,
      version: await reportVersion(r.accepted),
      correctionNote: "Sai số liệu vận động",
    })),
    p("saveWeightsAction", reportActions.saveWeightsAction, async () => ({
      planId: pl.published.id,
      weights: { [pl.published.indicatorId]: 3 },
    })),
  ];
}
