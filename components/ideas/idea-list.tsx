// The Khối's shared ideas: title, author and cơ sở, the day shared, supports and comments.
import Link from "next/link";
import { dayInVietnam, formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { IDEA_KIND_LABELS } from "@/lib/domain/work-labels";
import type { SharedIdeaRow } from "@/lib/data/shared-ideas";

export function IdeaList({ rows }: { rows: SharedIdeaRow[] }) {
  return (
    <ul
      className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      aria-label="Ý tưởng được chia sẻ"
    >
      {rows.map((r) => (
        <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3" data-testid="shared-idea">
          <div className="min-w-0 space-y-1">
            <Link href={`/y-tuong/${r.id}`} className="font-medium text-doan-800 hover:underline">
              {r.title}
            </Link>
            <p className="text-sm text-slate-600">
              {r.ideaKind ? `${IDEA_KIND_LABELS[r.ideaKind]} · ` : ""}
              {r.authorName} · {r.coSoName} · chia sẻ ngày {formatVietnameseDate(dayInVietnam(r.publishedAt))}
            </p>
            <p className="flex flex-wrap gap-2 text-xs">
              {r.confirmed && <span className="rounded bg-green-50 px-1.5 py-0.5 text-green-800">Đã xác nhận</span>}
              {r.applied && <span className="rounded bg-blue-50 px-1.5 py-0.5 text-blue-800">Đã áp dụng</span>}
              {r.contestName && <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900">Dự thi: {r.contestName}</span>}
            </p>
          </div>
          <div className="shrink-0 text-right text-sm text-slate-700">
            <p className="font-semibold">{formatNumber(r.supportCount)} ủng hộ</p>
            <p className="text-slate-500">{formatNumber(r.commentCount)} góp ý</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
