// The member's logged entries on their record page: ideas, trainings and volunteer days, grouped
// by kind, with their status; a confirmed entry is locked (it counts toward the indicators).
import Link from "next/link";
import type { MyEntry } from "@/lib/data/entry-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { ENTRY_KINDS, ENTRY_KIND_LABELS } from "@/lib/domain/work-labels";
import { buttonClass } from "@/components/ui/button";
import { LockIcon } from "@/components/ui/lock-icon";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";

/** Where each kind is logged (the entry form reads `loai`). */
const NEW_ENTRY: Record<MyEntry["kind"], { href: string; label: string; empty: string }> = {
  IDEA: { href: "/ghi-nhan/moi?loai=y-tuong", label: "Ghi nhận ý tưởng", empty: "Chưa có ý tưởng, sáng kiến nào." },
  TRAINING: { href: "/ghi-nhan/moi?loai=hoc-tap", label: "Ghi nhận học tập", empty: "Chưa có khóa học, lớp bồi dưỡng nào." },
  VOLUNTEER: {
    href: "/ghi-nhan/moi?loai=tinh-nguyen",
    label: "Ghi nhận tình nguyện",
    empty: "Chưa có hoạt động tình nguyện nào.",
  },
};

export function NewEntryButtons() {
  return (
    <div className="flex flex-wrap gap-2">
      {ENTRY_KINDS.map((kind) => (
        <Link key={kind} href={NEW_ENTRY[kind].href} className={buttonClass("secondary")}>
          {NEW_ENTRY[kind].label}
        </Link>
      ))}
    </div>
  );
}

export function OwnEntries({ entries }: { entries: MyEntry[] }) {
  return (
    <div className="space-y-5">
      <NewEntryButtons />
      {ENTRY_KINDS.map((kind) => {
        const rows = entries.filter((e) => e.kind === kind);
        return (
          <section key={kind} aria-labelledby={`ghi-nhan-${kind}`}>
            <h3 id={`ghi-nhan-${kind}`} className="mb-2 font-semibold text-slate-800">
              {ENTRY_KIND_LABELS[kind]} ({rows.length})
            </h3>
            {rows.length === 0 ? (
              <p className="text-sm text-slate-600">
                {NEW_ENTRY[kind].empty}{" "}
                <Link href={NEW_ENTRY[kind].href} className="text-doan-700 underline">
                  {NEW_ENTRY[kind].label}
                </Link>
              </p>
            ) : (
              <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
                {rows.map((e) => (
                  <li key={e.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm" data-testid="own-entry">
                    <Link
                      href={`/ghi-nhan/${e.id}`}
                      className="min-w-0 basis-full font-medium text-doan-700 hover:underline sm:basis-0 sm:flex-1"
                    >
                      {e.title}
                    </Link>
                    <span className="text-slate-500 tabular-nums">{formatVietnameseDate(e.occurredOn)}</span>
                    <WorkStatusBadge kind="entry" status={e.status} />
                    {e.locked && <LockIcon label="Đã khóa" />}
                    {e.returnReason && <span className="basis-full text-xs text-red-700">Lý do trả lại: {e.returnReason}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
