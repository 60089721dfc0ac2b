// The yearly commitment (đăng ký rèn luyện) as a state machine, and its date rule. Pure: the data
// layer and the pages read the same answers, and the unit tests pin them down.
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { ENTRY_STATUS_LABELS } from "./work-labels";

/**
 * The self-assessment opens on 1 November of the commitment's year (Vietnam time) and stays open
 * afterwards. Why: cơ sở hold their year-end review (tổng kết năm) and send the annual report in
 * December; from November the year's work is mostly done, and secretaries still have a month to
 * confirm the assessments before the report counts them. An earlier "assessment" would judge a
 * year that is not over.
 */
export const ASSESSMENT_OPENS = { month: 11, day: 1 } as const;

/** The first day (UTC midnight, as todayInVietnam() gives it) a year's self-assessment is open. */
export function assessmentOpensOn(year: number): Date {
  return new Date(Date.UTC(year, ASSESSMENT_OPENS.month - 1, ASSESSMENT_OPENS.day));
}

/** Is the self-assessment of `year` open on `today` (a calendar date in Vietnam)? Past years: yes. */
export function assessmentOpen(year: number, today: Date): boolean {
  return today.getTime() >= assessmentOpensOn(year).getTime();
}

/** Said on the member's page and by the server when the Khối has no plan for the year. */
export const noPlanMessage = (year: number) =>
  `Đoàn Khối chưa ban hành kế hoạch năm ${year} nên chưa thể đăng ký rèn luyện. Vui lòng quay lại sau khi kế hoạch được ban hành.`;

type State = { status: EntryStatus; assessmentStatus: EntryStatus | null };

/**
 * What waits for a reviewer: the registration (pledges), then — once it is confirmed and the
 * member has assessed themselves — the assessment. Never both: no step can be skipped.
 */
export function pendingStep(c: State): "commitment" | "assessment" | null {
  if (c.status === "SUBMITTED") return "commitment";
  if (c.status === "CONFIRMED" && c.assessmentStatus === "SUBMITTED") return "assessment";
  return null;
}

/** The member may edit the pledges until they are confirmed (a returned one is resubmitted). */
export const pledgesEditable = (c: State) => c.status === "SUBMITTED" || c.status === "RETURNED";

/** The member may write (or rewrite) the assessment on a confirmed commitment until it is confirmed. */
export const assessmentEditable = (c: State) => c.status === "CONFIRMED" && c.assessmentStatus !== "CONFIRMED";

/** Status-change values of the assessment phase (the registration phase uses EntryStatus). */
export const ASSESSMENT_STEP = {
  SUBMITTED: "ASSESSMENT_SUBMITTED",
  CONFIRMED: "ASSESSMENT_CONFIRMED",
  RETURNED: "ASSESSMENT_RETURNED",
} as const;

/** Labels of every value a commitment's timeline holds. */
export const COMMITMENT_TIMELINE_LABELS: Record<string, string> = {
  ...ENTRY_STATUS_LABELS,
  SUBMITTED: "Đã đăng ký, chờ xác nhận",
  CONFIRMED: "Bản đăng ký đã xác nhận",
  RETURNED: "Bản đăng ký bị trả lại",
  ASSESSMENT_SUBMITTED: "Đã tự đánh giá, chờ xác nhận",
  ASSESSMENT_CONFIRMED: "Tự đánh giá đã xác nhận",
  ASSESSMENT_RETURNED: "Tự đánh giá bị trả lại",
};

/** One line for a list: where the commitment stands as a whole. */
export function commitmentStage(c: State): string {
  if (c.status !== "CONFIRMED") return ENTRY_STATUS_LABELS[c.status];
  switch (c.assessmentStatus) {
    case null:
      return "Đã xác nhận, chưa tự đánh giá";
    case "SUBMITTED":
      return "Tự đánh giá chờ xác nhận";
    case "RETURNED":
      return "Tự đánh giá bị trả lại";
    case "CONFIRMED":
      return "Hoàn thành";
    default:
      return ENTRY_STATUS_LABELS[c.status];
  }
}
