// Pieces shared by the dashboard sections: status counts as tiles, the "no plan yet" state, and
// the plan's heading.
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";
import { countStatuses, STATUS_ORDER } from "@/lib/domain/dashboard-progress";
import { planTitle } from "@/lib/domain/plan-labels";
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from "@/lib/domain/progress";
import { EmptyState, Stat } from "@/components/ui/page";

/** "Chỉ tiêu: 7 · Vượt 2 · Đạt 3 · Chưa đạt 1 · Chưa có số liệu 1" as tiles. */
export function StatusStats({ items }: { items: { status: ProgressStatus }[] }) {
  const counts = countStatuses(items);
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
      <Stat label="Chỉ tiêu" value={formatNumber(items.length)} />
      {STATUS_ORDER.map((s) => (
        <Stat key={s} label={PROGRESS_STATUS_LABELS[s]} value={formatNumber(counts[s])} />
      ))}
    </div>
  );
}

/** No published Khối plan for the year: say who can fix it and where. */
export function NoPlan({ year, canPublish }: { year: number; canPublish: boolean }) {
  return (
    <EmptyState title={`Chưa có kế hoạch năm ${year} đã ban hành`}>
      {canPublish ? (
        <>
          Vào{" "}
          <Link href="/ke-hoach" className="text-doan-700 underline">
            Kế hoạch
          </Link>{" "}
          để ban hành kế hoạch năm {year}; các chỉ tiêu sẽ được theo dõi tại đây.
        </>
      ) : (
        <>Đoàn Khối chưa ban hành kế hoạch năm {year}. Tiến độ chỉ tiêu sẽ hiện tại đây khi kế hoạch được ban hành.</>
      )}
    </EmptyState>
  );
}

export function PlanLink({ plan }: { plan: { id: string; kind: "PLAN" | "PROGRAMME"; number: string | null; subject: string } }) {
  return (
    <Link href={`/ke-hoach/${plan.id}`} className="text-doan-700 hover:underline">
      {planTitle(plan)}
    </Link>
  );
}

export function SectionHeading({ id, title, description }: { id: string; title: string; description?: React.ReactNode }) {
  return (
    <div className="mb-3">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
    </div>
  );
}
