// A member's honours on their record: the title, its level and the decision that conferred it
// (the Khối's, or the Thành Đoàn's for a city-level title the Khối proposed).
import Link from "next/link";
import type { OwnHonourDto } from "@/lib/data/honour-decisions";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { HONOUR_LEVEL_LABELS } from "@/lib/domain/honour-labels";
import { EmptyState } from "@/components/ui/page";

export function OwnHonours({ honours }: { honours: OwnHonourDto[] }) {
  if (honours.length === 0)
    return (
      <EmptyState title="Chưa có khen thưởng">
        Khi cơ sở Đoàn đề xuất và Đoàn Khối ra quyết định khen thưởng bạn, danh hiệu sẽ hiện ở đây.
      </EmptyState>
    );
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {honours.map((h) => (
        <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span className="font-medium text-slate-900">
            {h.titleName} <span className="font-normal text-slate-600">({HONOUR_LEVEL_LABELS[h.level]})</span>
          </span>
          <Link href={`/khen-thuong/${h.roundId}`} className="text-doan-700 underline">
            Quyết định số {h.decisionNumber}
            {h.by === "CITY" && " của Thành Đoàn"} ngày {formatVietnameseDate(h.decidedOn)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
