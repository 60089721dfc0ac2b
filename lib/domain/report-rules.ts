// The periodic-report workflow as one table, and the words and dates that go with it. A cơ sở
// writes its report (DRAFT), submits it (and may withdraw it, back to DRAFT, until the Khối has
// acted on it), the Khối accepts or returns it; an accepted report is locked and a correction is
// a new revision. lib/data refuses anything else (SECURITY.md #22);
// pages read the same table to offer only the buttons that would work.
import type { ReportPeriodKind, ReportPeriodStatus, ReportStatus } from "@/lib/generated/prisma/enums";

export type ReportStep = "save" | "submit" | "withdraw" | "accept" | "return" | "correct";

export const REPORT_STEP_FROM: Record<ReportStep, readonly ReportStatus[]> = {
  save: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  // Rút lại: only while it waits for the Khối; accepted or returned, the Khối has acted on it.
  withdraw: ["SUBMITTED"],
  accept: ["SUBMITTED"],
  return: ["SUBMITTED"],
  correct: ["ACCEPTED"],
};

export const REPORT_STEP_REFUSED: Record<ReportStep, string> = {
  save: "Chỉ sửa được báo cáo đang soạn hoặc đã bị trả lại",
  submit: "Chỉ gửi được báo cáo đang soạn hoặc đã bị trả lại",
  withdraw: "Chỉ rút lại được báo cáo đã gửi mà Đoàn Khối chưa duyệt hoặc trả lại",
  accept: "Chỉ duyệt được báo cáo đã gửi và đang chờ duyệt",
  return: "Chỉ trả lại được báo cáo đã gửi và đang chờ duyệt",
  correct: "Chỉ đính chính được báo cáo đã được duyệt",
};

/**
 * Steps refused once the Khối has closed the period (khóa sổ): writing, and returning or
 * withdrawing (a report sent back to draft then could never be sent again). Accepting what was
 * sent goes on.
 */
export const STEPS_NEEDING_OPEN_PERIOD: readonly ReportStep[] = ["save", "submit", "withdraw", "correct", "return"];
export const PERIOD_CLOSED_MESSAGE = "Đợt báo cáo đã khóa sổ, không nhận thêm báo cáo";

/**
 * Whether a report in `status` may take `step` now. The Khối's own report (`ownKhoi`) is compiled
 * after the cơ sở have reported, so closing the period (khóa sổ) does not stop it being written.
 */
export const reportStepAllowed = (step: ReportStep, status: ReportStatus, periodStatus: ReportPeriodStatus, ownKhoi = false) =>
  REPORT_STEP_FROM[step].includes(status) && (periodStatus === "OPEN" || ownKhoi || !STEPS_NEEDING_OPEN_PERIOD.includes(step));

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "Đang soạn",
  SUBMITTED: "Chờ duyệt",
  RETURNED: "Đã trả lại",
  ACCEPTED: "Đã duyệt",
  SUPERSEDED: "Đã có bản đính chính",
};

/** Where a cơ sở stands in a period, as the follow-up screen and the documents show it. */
export type SubmissionState = "NONE" | "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  NONE: "Chưa có báo cáo",
  DRAFT: "Đang soạn",
  SUBMITTED: "Chờ duyệt",
  RETURNED: "Đã trả lại",
  ACCEPTED: "Đã duyệt",
};

export const PERIOD_KIND_LABELS: Record<ReportPeriodKind, string> = {
  SIX_MONTH: "Sơ kết 6 tháng",
  ANNUAL: "Tổng kết năm",
  AD_HOC: "Đột xuất",
};

export const PERIOD_STATUS_LABELS: Record<ReportPeriodStatus, string> = { OPEN: "Đang nhận báo cáo", CLOSED: "Đã khóa sổ" };

/** The months a period of each kind covers unless the Khối chooses (sơ kết: 1–6, tổng kết: 1–12). */
export const DEFAULT_MONTHS: Record<ReportPeriodKind, [number, number]> = { SIX_MONTH: [1, 6], ANNUAL: [1, 12], AD_HOC: [1, 12] };

/** The title the form suggests: "Báo cáo sơ kết 6 tháng đầu năm 2026". */
export function defaultPeriodTitle(kind: ReportPeriodKind, year: number): string {
  if (kind === "SIX_MONTH") return `Báo cáo sơ kết 6 tháng đầu năm ${year}`;
  if (kind === "ANNUAL") return `Báo cáo tổng kết năm ${year}`;
  return `Báo cáo đột xuất năm ${year}`;
}

/** The days a period covers, as date-only values (UTC midnight); `to` is exclusive. */
export function periodWindow(p: { year: number; fromMonth: number; toMonth: number }): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(p.year, p.fromMonth - 1, 1)), to: new Date(Date.UTC(p.year, p.toMonth, 1)) };
}

/** "Từ tháng 01 đến tháng 6/2026", for headings. */
export function periodRangeLabel(p: { year: number; fromMonth: number; toMonth: number }): string {
  if (p.fromMonth === 1 && p.toMonth === 12) return `Năm ${p.year}`;
  if (p.fromMonth === p.toMonth) return `Tháng ${p.fromMonth}/${p.year}`;
  return `Tháng ${p.fromMonth} – ${p.toMonth}/${p.year}`;
}

/**
 * The list filter (kỳ) matching a period, for the links from a number to the records behind it:
 * the year, a half or a month; a range the lists do not offer falls back to the year.
 */
export function periodListKey(p: { year: number; fromMonth: number; toMonth: number }): string {
  if (p.fromMonth === 1 && p.toMonth === 6) return `${p.year}-6t1`;
  if (p.fromMonth === 7 && p.toMonth === 12) return `${p.year}-6t2`;
  if (p.fromMonth === p.toMonth) return `${p.year}-${String(p.fromMonth).padStart(2, "0")}`;
  return String(p.year);
}

/** Trễ hạn: submitted on a day (Vietnam time) after the deadline, which is inclusive. */
export const isLate = (dueOn: Date, today: Date) => today.getTime() > dueOn.getTime();
