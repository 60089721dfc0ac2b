import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listPeriods } from "@/lib/data/report-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PERIOD_KIND_LABELS, PERIOD_STATUS_LABELS, periodRangeLabel } from "@/lib/domain/report-rules";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { LateBadge, SubmissionBadge } from "@/components/reports/report-badges";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Báo cáo định kỳ" };

export default async function ReportsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "report.read")) notFound();
  const periods = await listPeriods(viewer);
  const manages = canSomewhere(viewer, "report.manage");

  return (
    <>
      <PageHeader
        title="Báo cáo định kỳ"
        description="Báo cáo sơ kết 6 tháng, tổng kết năm và báo cáo đột xuất của các cơ sở Đoàn gửi Đoàn Khối."
        actions={
          manages && (
            <Link href="/bao-cao/moi" className={buttonClass()}>
              Mở đợt báo cáo
            </Link>
          )
        }
      />
      {periods.length === 0 ? (
        <EmptyState title="Chưa có đợt báo cáo nào">
          {manages
            ? "Mở một đợt báo cáo theo kế hoạch năm đã ban hành: các cơ sở sẽ được thông báo."
            : "Khi Đoàn Khối mở đợt báo cáo, bạn sẽ nhận được thông báo và viết báo cáo tại đây."}
        </EmptyState>
      ) : (
        <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">Đợt báo cáo</th>
                <th className="px-3 py-2 font-medium">Kỳ</th>
                <th className="px-3 py-2 font-medium">Hạn nộp</th>
                <th className="px-3 py-2 font-medium">Tình trạng</th>
                <th className="px-3 py-2 font-medium">{manages ? "Đã nộp / duyệt" : "Báo cáo của đơn vị"}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {periods.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2">
                    <Link href={`/bao-cao/${p.id}`} className="font-medium text-doan-700 underline">
                      {p.title}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {PERIOD_KIND_LABELS[p.kind]} · {p.planSubject}
                    </span>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">{periodRangeLabel(p)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatVietnameseDate(p.dueOn)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{PERIOD_STATUS_LABELS[p.status]}</td>
                  <td className="px-3 py-2">
                    {p.tally ? (
                      <span>
                        {p.tally.sent}/{p.tally.coSo} đã nộp · {p.tally.accepted} đã duyệt
                        {p.tally.returned > 0 && ` · ${p.tally.returned} trả lại`}
                        {p.tally.late > 0 && <span className="text-orange-800"> · {p.tally.late} trễ/quá hạn</span>}
                      </span>
                    ) : p.own ? (
                      <span className="inline-flex gap-1">
                        <SubmissionBadge state={p.own.state} />
                        {p.own.late && <LateBadge />}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
