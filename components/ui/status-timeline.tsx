// The timeline of a tracked record: every status change with when, from → to, who and why.
import type { TimelineEntry } from "@/lib/data/status-changes";
import { formatVietnameseDateTime } from "@/lib/domain/dates";

export function StatusTimeline({
  entries,
  labels,
  showNames,
  subjects,
}: {
  entries: TimelineEntry[];
  labels: Record<string, string>;
  showNames: boolean;
  /** When one timeline holds several records: what each one is, by id ("Đoàn Sở Nội vụ") */
  subjects?: Record<string, string>;
}) {
  if (!entries.length) return <p className="text-sm text-slate-600">Chưa có thay đổi trạng thái.</p>;
  return (
    <ol className="space-y-1 border-l border-slate-200 pl-3 text-sm" aria-label="Lịch sử trạng thái">
      {entries.map((t) => (
        <li key={t.id}>
          <span className="text-slate-500">{formatVietnameseDateTime(t.createdAt)}</span> ·{" "}
          {subjects?.[t.entityId] && <span className="font-medium">{subjects[t.entityId]}: </span>}
          {t.fromStatus ? `${labels[t.fromStatus] ?? t.fromStatus} → ` : "Tạo mới: "}
          {labels[t.toStatus] ?? t.toStatus}
          {showNames && t.actorName && ` · ${t.actorName}`}
          {t.comment && <span className="block text-slate-600">“{t.comment}”</span>}
        </li>
      ))}
    </ol>
  );
}
