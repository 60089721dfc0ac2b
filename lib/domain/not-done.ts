// "N cơ sở chưa nộp": which cơ sở of a period's follow-up have sent nothing yet (no report, a
// draft, or one returned and not sent again). The period page counts and names these, from the
// same rows, and "Nhắc các cơ sở này" reminds the same cơ sở (remindPeriod).
import type { SubmissionState } from "./report-rules";

export const UNSENT_STATES: readonly SubmissionState[] = ["NONE", "DRAFT", "RETURNED"];

/** The rows not sent, in the rows' own order (the follow-up's: by cơ sở name). */
export function unsentOf<T extends { state: SubmissionState }>(rows: T[]): T[] {
  return rows.filter((r) => UNSENT_STATES.includes(r.state));
}
