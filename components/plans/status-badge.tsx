import { PLAN_STATUS_LABELS } from "@/lib/domain/plan-labels";

const COLOURS: Record<string, string> = {
  DRAFT: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  SUPERSEDED: "bg-slate-100 text-slate-700",
  ARCHIVED: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${COLOURS[status] ?? "bg-slate-100"}`}>
      {PLAN_STATUS_LABELS[status] ?? status}
    </span>
  );
}
