// A commitment read back: under each pillar of the plan, what the member pledged and, once
// written, how they assessed it; then their rating.
import { LockIcon } from "@/components/ui/lock-icon";
import type { ReactNode } from "react";
import type { CommitmentDto } from "@/lib/data/commitment-reads";
import { ASSESSMENT_RATING_LABELS } from "@/lib/domain/work-labels";

export function PillarItems({
  commitment,
  showAssessment = true,
}: {
  commitment: Pick<CommitmentDto, "items" | "rating">;
  showAssessment?: boolean;
}) {
  const assessed = showAssessment && commitment.items.some((i) => i.assessment);
  return (
    <div className="space-y-4">
      <ol className="space-y-3">
        {commitment.items.map((item, i) => (
          <li key={i} className="rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
            <p className="text-sm font-semibold text-slate-800">
              {i + 1}. {item.pillar}
            </p>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-900">
              <span className="text-slate-500">Đăng ký: </span>
              {item.pledge}
            </p>
            {assessed && item.assessment && (
              <p className="mt-2 whitespace-pre-line border-t border-slate-200 pt-2 text-sm text-slate-900">
                <span className="text-slate-500">Tự đánh giá: </span>
                {item.assessment}
              </p>
            )}
          </li>
        ))}
      </ol>
      {assessed && commitment.rating && (
        <p className="text-sm">
          <span className="text-slate-500">Tự xếp loại: </span>
          <strong>{ASSESSMENT_RATING_LABELS[commitment.rating]}</strong>
        </p>
      )}
    </div>
  );
}

/** A padlock and "Đã xác nhận…": a confirmed part can no longer be edited. */
export function LockedNote({ children }: { children: ReactNode }) {
  return (
    <p className="flex items-center gap-1 text-sm text-green-800">
      <LockIcon />
      {children}
    </p>
  );
}
