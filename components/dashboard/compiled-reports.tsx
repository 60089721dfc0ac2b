// The Khối's compiled reports as the city reads them: one per period, newest first, its text by
// section (folded) and how many cơ sở reports it was compiled from. Read-only.
import type { CompiledReport } from "@/lib/data/dashboard-khoi";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { PERIOD_KIND_LABELS, PERIOD_STATUS_LABELS, REPORT_STATUS_LABELS } from "@/lib/domain/report-rules";
import { Card } from "@/components/ui/page";

export function CompiledReports({ reports }: { reports: CompiledReport[] }) {
  return (
    <Card title="Báo cáo tổng hợp của Đoàn Khối">
      {reports.length === 0 ? (
        <p className="text-sm text-slate-600">Đoàn Khối chưa có báo cáo tổng hợp nào.</p>
      ) : (
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.id} className="rounded-md ring-1 ring-slate-200">
              <details>
                <summary className="cursor-pointer px-3 py-2 text-sm">
                  <span className="font-medium text-slate-900">{r.period.title}</span>
                  <span className="text-slate-600">
                    {" "}
                    · {PERIOD_KIND_LABELS[r.period.kind]} · hạn {formatVietnameseDate(r.period.dueOn)} ·{" "}
                    {PERIOD_STATUS_LABELS[r.period.status]} · Báo cáo: {REPORT_STATUS_LABELS[r.status]}, cập nhật{" "}
                    {formatVietnameseDate(r.updatedAt)} · {formatNumber(r.coSoReports.accepted)}/
                    {formatNumber(r.coSoReports.sent)} báo cáo cơ sở đã duyệt
                  </span>
                </summary>
                <div className="space-y-3 border-t border-slate-100 px-3 py-3 text-sm">
                  {r.sections.length === 0 ? (
                    <p className="text-slate-600">Báo cáo chưa có nội dung.</p>
                  ) : (
                    r.sections.map((s, i) => (
                      <section key={i}>
                        <h3 className="font-medium text-slate-800">{s.heading}</h3>
                        <p className="mt-1 whitespace-pre-line text-slate-700">{s.text}</p>
                      </section>
                    ))
                  )}
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
