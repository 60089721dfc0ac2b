// Where a report stands, as coloured pills: its status, a cơ sở's state in a period, late marks.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { REPORT_STATUS_LABELS, SUBMISSION_STATE_LABELS, type SubmissionState } from "@/lib/domain/report-rules";

const COLOURS: Record<string, string> = {
  NONE: "bg-slate-100 text-slate-700",
  DRAFT: "bg-slate-200 text-slate-800",
  SUBMITTED: "bg-amber-100 text-amber-900",
  RETURNED: "bg-red-100 text-red-900",
  ACCEPTED: "bg-green-100 text-green-900",
  SUPERSEDED: "bg-slate-200 text-slate-700",
};

const pill = "whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium";

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`${pill} ${COLOURS[status]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}

export function SubmissionBadge({ state }: { state: SubmissionState }) {
  return <span className={`${pill} ${COLOURS[state]}`}>{SUBMISSION_STATE_LABELS[state]}</span>;
}

export function LateBadge({ overdue }: { overdue?: boolean }) {
  return <span className={`${pill} bg-orange-100 text-orange-900`}>{overdue ? "Quá hạn" : "Trễ hạn"}</span>;
}
