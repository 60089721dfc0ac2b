// Revisions of a plan, what the current one changed, and every status change (who, when).
import Link from "next/link";
import { canSomewhere, type Viewer } from "@/lib/authz";
import type { TimelineEntry } from "@/lib/data/status-changes";
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import { PLAN_STATUS_LABELS } from "@/lib/domain/plan-labels";

type History = {
  revisions: { id: string; revision: number; status: string; publishedAt: Date | null; changeNote: string | null }[];
  timeline: TimelineEntry[];
  /** What this revision changed from the one before, if there is one. */
  changes: { from: number; lines: string[] } | null;
};

const label = (r: number) => (r === 0 ? "Bản gốc" : `Bản sửa đổi lần ${r}`);

export function PlanHistory({ currentId, history, viewer }: { currentId: string; history: History; viewer: Viewer }) {
  const changes = history.changes;
  // Names are personal data: the city level reads the history without them.
  const showNames = canSomewhere(viewer, "member.read");
  const revisionOf = new Map(history.revisions.map((r) => [r.id, r.revision]));
  return (
    <div className="space-y-4 text-sm">
      {history.revisions.length > 1 && (
        <ul className="space-y-1">
          {history.revisions.map((r) => (
            <li key={r.id}>
              {r.id === currentId ? (
                <strong>{label(r.revision)}</strong>
              ) : (
                <Link href={`/ke-hoach/${r.id}`} className="text-doan-700 underline">
                  {label(r.revision)}
                </Link>
              )}{" "}
              – {PLAN_STATUS_LABELS[r.status]}
            </li>
          ))}
        </ul>
      )}
      {changes && (
        <div>
          <p className="font-medium">Thay đổi so với {label(changes.from).toLowerCase()}:</p>
          {changes.lines.length ? (
            <ul className="list-disc pl-5" data-testid="plan-changes">
              {changes.lines.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">Chưa có thay đổi.</p>
          )}
        </div>
      )}
      <ol className="space-y-1 border-l border-slate-200 pl-3">
        {history.timeline.map((t) => (
          <li key={t.id}>
            <span className="text-slate-500">{formatVietnameseDateTime(t.createdAt)}</span> ·{" "}
            {history.revisions.length > 1 ? `${label(revisionOf.get(t.entityId) ?? 0)}: ` : ""}
            {t.fromStatus ? `${PLAN_STATUS_LABELS[t.fromStatus] ?? t.fromStatus} → ` : "Tạo "}
            {PLAN_STATUS_LABELS[t.toStatus] ?? t.toStatus}
            {showNames && t.actorName && ` · ${t.actorName}`}
            {t.comment && <span className="block text-slate-600">“{t.comment}”</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
