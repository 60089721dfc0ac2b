// A member's own entries (from myEntries): newest first, with their state — returned ones say why
// and invite an edit, confirmed ones are locked. Also the buttons to log a new one.
import Link from "next/link";
import type { MyEntry } from "@/lib/data/entry-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/page";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { entryKindLabel } from "./labels";

export function NewEntryButtons() {
  return (
    <>
      <Link href="/ghi-nhan/moi?loai=y-tuong" className={buttonClass("primary")}>
        Ý tưởng, sáng kiến
      </Link>
      <Link href="/ghi-nhan/moi?loai=hoc-tap" className={buttonClass("secondary")}>
        Học tập, bồi dưỡng
      </Link>
      <Link href="/ghi-nhan/moi?loai=tinh-nguyen" className={buttonClass("secondary")}>
        Tham gia tình nguyện
      </Link>
    </>
  );
}

export function MyEntriesList({ entries }: { entries: MyEntry[] }) {
  if (!entries.length)
    return (
      <EmptyState title="Bạn chưa ghi nhận kết quả rèn luyện nào">
        Ghi lại ý tưởng, sáng kiến bạn đề xuất, khóa học bạn tham gia và những ngày tình nguyện; Bí thư chi đoàn sẽ xác nhận để
        tính vào chỉ tiêu.
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {entries.map((e) => (
        <li key={e.id} className="space-y-1 px-4 py-3 text-sm" data-testid="my-entry">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/ghi-nhan/${e.id}`} className="font-medium text-doan-700 hover:underline">
              {e.title}
            </Link>
            <WorkStatusBadge status={e.status} kind="entry" />
            {e.locked && <span className="text-xs text-slate-500">Đã khóa</span>}
          </div>
          <p className="text-xs text-slate-600">
            {[
              entryKindLabel(e),
              formatVietnameseDate(e.occurredOn),
              e.contestName ? `Dự thi: ${e.contestName}` : null,
              e.contestRank ? `Hạng ${e.contestRank}` : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {e.returnReason && (
            <p className="text-xs text-red-700">
              Lý do trả lại: {e.returnReason} —{" "}
              <Link href={`/ghi-nhan/${e.id}/sua`} className="underline">
                sửa và gửi lại
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
