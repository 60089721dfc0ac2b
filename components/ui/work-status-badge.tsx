import { ENTRY_STATUS_LABELS, PROJECT_STATUS_LABELS } from "@/lib/domain/work-labels";

const COLOURS: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-amber-100 text-amber-900",
  RETURNED: "bg-red-100 text-red-900",
  APPROVED: "bg-sky-100 text-sky-900",
  COMPLETED: "bg-indigo-100 text-indigo-900",
  CONFIRMED: "bg-green-100 text-green-900",
  ACKNOWLEDGED: "bg-green-100 text-green-900",
  HONOURED: "bg-yellow-200 text-yellow-900",
  WITHDRAWN: "bg-slate-200 text-slate-700",
};

/** A youth project's or a member entry's status, as a coloured pill. */
export function WorkStatusBadge({ status, kind }: { status: string; kind: "project" | "entry" }) {
  const labels: Record<string, string> = kind === "project" ? PROJECT_STATUS_LABELS : ENTRY_STATUS_LABELS;
  return (
    <span className={`whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${COLOURS[status] ?? "bg-slate-100"}`}>
      {labels[status] ?? status}
    </span>
  );
}
