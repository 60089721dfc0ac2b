// "Chưa đăng ký: 12 đoàn viên", "3 cơ sở chưa nộp": the count opens the named list (a native
// disclosure, usable without script and by keyboard), with the reminder beside it. A long list
// names its first part and says how many more there are.
import type { ReactNode } from "react";

export type NotDoneItem = { key: string; name: string; detail?: string };

export function NotDoneList({
  summary,
  items,
  action,
  note,
  more,
  className = "",
}: {
  /** What the closed disclosure reads, e.g. "Chưa đăng ký: 12 đoàn viên" */
  summary: ReactNode;
  items: NotDoneItem[];
  /** The reminder button, shown with the list */
  action?: ReactNode;
  /** A line under the list (who has no account, say) */
  note?: ReactNode;
  /** A line saying how many more there are than the items named ("… và 1.204 đoàn viên khác") */
  more?: ReactNode;
  className?: string;
}) {
  if (!items.length) return <p className={`text-sm text-slate-700 ${className}`}>{summary}</p>;
  return (
    <details className={`text-sm ${className}`}>
      <summary className="cursor-pointer font-medium text-doan-700 underline underline-offset-2">{summary}</summary>
      <div className="mt-2 rounded-md border border-slate-200 bg-white p-3">
        {action && <div className="mb-3 flex flex-wrap items-start gap-2">{action}</div>}
        <ol className="max-h-80 list-decimal space-y-0.5 overflow-y-auto pl-6 sm:columns-2 sm:gap-8">
          {items.map((i) => (
            <li key={i.key} className="break-inside-avoid">
              {i.name}
              {i.detail && <span className="text-slate-600"> · {i.detail}</span>}
            </li>
          ))}
        </ol>
        {more && <p className="mt-2 text-sm text-slate-700">{more}</p>}
        {note && <p className="mt-2 text-xs text-slate-600">{note}</p>}
      </div>
    </details>
  );
}
