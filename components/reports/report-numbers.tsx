// The numbers of a report: each indicator asked for, the value (read from the records, or typed
// in), the target it is measured against and the verdict, with a link to the records behind it;
// then the standing figures from the records. Once sent, the value sent is shown, and the live
// count beside it when records have changed since.
import Link from "next/link";
import type { PeriodHonourRow, RecordFigureRow, ReportNumber } from "@/lib/data/report-numbers";
import { formatNumber } from "@/lib/domain/dates";
import { formatReportStatus, formatReportTarget, formatReportValue } from "@/lib/domain/report-format";
import { scrollRegion } from "@/components/ui/scroll-region";

type Row = ReportNumber & { sentValue?: number | null };

export function ReportNumbersTable({ numbers, forCoSo }: { numbers: Row[]; forCoSo: boolean }) {
  if (!numbers.length) return <p className="text-sm text-slate-600">Đợt báo cáo này không yêu cầu chỉ tiêu nào.</p>;
  return (
    <div {...scrollRegion()} className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Kết quả thực hiện các chỉ tiêu</caption>
        <thead className="text-left text-slate-600">
          <tr>
            <th className="py-2 pr-3 font-medium">Mã</th>
            <th className="py-2 pr-3 font-medium">Chỉ tiêu</th>
            <th className="py-2 pr-3 font-medium">Kết quả</th>
            <th className="py-2 pr-3 font-medium">Chỉ tiêu đề ra</th>
            <th className="py-2 pr-3 font-medium">Đánh giá</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {numbers.map((n) => {
            const sent = n.sentValue !== undefined;
            const shown = sent ? { ...n, value: n.sentValue ?? null } : n;
            const value = formatReportValue(shown, forCoSo);
            return (
              <tr key={n.indicatorId}>
                <td className="py-2 pr-3 align-top">{n.code}</td>
                <td className="py-2 pr-3 align-top">
                  {n.wording}
                  {n.typed && <span className="block text-xs text-slate-500">Nhập tay</span>}
                </td>
                <td className="py-2 pr-3 align-top whitespace-nowrap">
                  {n.href ? (
                    <Link href={n.href} className="text-doan-700 underline" title="Xem hồ sơ">
                      {value}
                    </Link>
                  ) : (
                    value
                  )}
                  {sent && n.sentValue !== n.value && (
                    <span className="block text-xs text-slate-500">Hiện tại: {formatReportValue(n, forCoSo)}</span>
                  )}
                </td>
                <td className="py-2 pr-3 align-top whitespace-nowrap">{formatReportTarget(shown, forCoSo) || "–"}</td>
                <td className="py-2 pr-3 align-top">{formatReportStatus(shown)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function RecordFiguresTable({ figures }: { figures: RecordFigureRow[] }) {
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">Số liệu từ hồ sơ trong kỳ</caption>
      <tbody className="divide-y divide-slate-100">
        {figures.map((f) => (
          <tr key={f.key}>
            <td className="py-1.5 pr-3">{f.label}</td>
            <td className="py-1.5 text-right">
              <Link href={f.href} className="text-doan-700 underline">
                {formatNumber(f.value)}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Khen thưởng trong kỳ: who was honoured, for what, by which decision, linking to its round. */
export function PeriodHonours({ honours }: { honours: PeriodHonourRow[] }) {
  if (honours.length === 0) return <p className="text-sm text-slate-600">Chưa có quyết định khen thưởng nào trong kỳ báo cáo.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {honours.map((h) => (
        <li key={h.id} className="py-1.5">
          <span className="font-medium text-slate-900">{h.name}</span>
          {h.coSoName && <span className="text-slate-600"> · {h.coSoName}</span>}
          <br />
          <span className="text-slate-700">{h.titleName}</span> ·{" "}
          <Link href={h.href} className="text-doan-700 underline">
            {h.decision}
          </Link>
        </li>
      ))}
    </ul>
  );
}
