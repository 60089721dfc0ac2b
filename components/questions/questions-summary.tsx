// The dashboard's line on the public's questions: received this year, answered on time, waiting,
// late now; the figures per agency are on Hỏi đáp.
import Link from "next/link";
import type { AgencyResponse } from "@/lib/data/questions";
import { formatNumber } from "@/lib/domain/dates";
import { Card } from "@/components/ui/page";

export function QuestionsSummary({ year, agencies }: { year: number; agencies: AgencyResponse[] }) {
  const sum = (pick: (a: AgencyResponse) => number) => agencies.reduce((n, a) => n + pick(a), 0);
  const answered = sum((a) => a.answered);
  const stats = [
    { label: "Câu hỏi nhận", value: formatNumber(sum((a) => a.received)) },
    { label: "Trả lời đúng hạn", value: answered ? `${Math.round((sum((a) => a.answeredOnTime) / answered) * 100)}%` : "—" },
    { label: "Đang chờ trả lời", value: formatNumber(sum((a) => a.waiting)) },
    { label: "Đang quá hạn", value: formatNumber(sum((a) => a.lateNow)), alert: sum((a) => a.lateNow) > 0 },
  ];
  return (
    <Card
      title={`Hỏi đáp của người dân năm ${year}`}
      actions={
        <Link href="/hoi-dap" className="text-sm text-doan-700 underline">
          Xem chi tiết
        </Link>
      }
    >
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {stats.map((s) => (
          <div key={s.label} className="rounded-md bg-slate-50 p-3">
            <dt className="text-xs text-slate-600">{s.label}</dt>
            <dd className={`text-lg font-semibold ${s.alert ? "text-red-700" : "text-slate-900"}`}>{s.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
