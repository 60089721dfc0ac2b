// The dashboard's reporting card: for the Khối, how many cơ sở have sent, been accepted, are late
// in each open period; for a cơ sở, what is due next and where its report stands.
import Link from "next/link";
import type { PeriodRow } from "@/lib/data/report-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { Card } from "@/components/ui/page";
import { LateBadge, SubmissionBadge } from "./report-badges";

export function PeriodsDue({ periods }: { periods: PeriodRow[] }) {
  // Open periods, and the latest closed one for reference.
  const shown = [...periods.filter((p) => p.status === "OPEN"), ...periods.filter((p) => p.status === "CLOSED").slice(0, 1)];
  if (!shown.length) return null;
  return (
    <Card
      title="Báo cáo định kỳ"
      actions={
        <Link href="/bao-cao" className="text-sm text-doan-700 underline">
          Tất cả đợt báo cáo
        </Link>
      }
    >
      <ul className="divide-y divide-slate-100 text-sm">
        {shown.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <Link href={`/bao-cao/${p.id}`} className="font-medium text-doan-700 underline">
              {p.title}
            </Link>
            <span className="text-slate-600">
              {p.status === "OPEN" ? `Hạn nộp ${formatVietnameseDate(p.dueOn)}` : "Đã khóa sổ"}
            </span>
            {p.tally && (
              <span>
                <strong>
                  {p.tally.sent}/{p.tally.coSo}
                </strong>{" "}
                cơ sở đã nộp · {p.tally.accepted} đã duyệt
                {p.tally.returned > 0 && ` · ${p.tally.returned} bị trả lại`}
                {p.tally.late > 0 && <span className="text-orange-800"> · {p.tally.late} trễ/quá hạn</span>}
              </span>
            )}
            {p.own && (
              <span className="inline-flex gap-1">
                <SubmissionBadge state={p.own.state} />
                {p.own.late && <LateBadge />}
              </span>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
