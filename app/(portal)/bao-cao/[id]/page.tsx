import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { followUp, periodDetail } from "@/lib/data/report-reads";
import { formatVietnameseDate, formatVietnameseDay } from "@/lib/domain/dates";
import { PERIOD_KIND_LABELS, PERIOD_STATUS_LABELS, SUBMISSION_STATE_LABELS, periodRangeLabel } from "@/lib/domain/report-rules";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader, Stat } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { PeriodControls, RemindUnsentButton } from "@/components/reports/period-controls";
import { NotDoneList } from "@/components/reminders/not-done-list";
import { unsentOf } from "@/lib/domain/not-done";
import { LateBadge, ReportStatusBadge, SubmissionBadge } from "@/components/reports/report-badges";
import { StartReportButton } from "@/components/reports/report-decisions";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Đợt báo cáo" };

export default async function PeriodPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ traLai?: string }>;
}) {
  const viewer = await requireViewer();
  const p = await recordOr404((await params).id, (id) => periodDetail(viewer, id));
  const ownCoSo = p.own.filter((r) => r.coSoId);
  const returned = (await searchParams).traLai === "1";
  const rows = p.manages ? await followUp(viewer, p.id) : [];
  const open = p.status === "OPEN";
  const khoiReport = p.own.find((r) => !r.coSoId);
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  // "N cơ sở chưa nộp" is this list's length; the reminder reads the same cơ sở again on the server.
  const unsent = unsentOf(rows);

  return (
    <>
      <PageHeader
        title={p.title}
        description={`${PERIOD_KIND_LABELS[p.kind]} · ${periodRangeLabel(p)} · Hạn nộp ${formatVietnameseDate(p.dueOn)} · ${PERIOD_STATUS_LABELS[p.status]}`}
        actions={
          <>
            <Link href="/bao-cao" className={buttonClass("secondary")}>
              ← Danh sách
            </Link>
            {p.manages && open && (
              <Link href={`/bao-cao/${p.id}/sua`} className={buttonClass("secondary")}>
                Sửa
              </Link>
            )}
            {p.manages && (
              <a href={`/bao-cao/${p.id}/xuat-excel`} className={buttonClass("secondary")}>
                Xuất Excel
              </a>
            )}
          </>
        }
      />
      <div className="space-y-6">
        {returned && (
          <p role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
            Đã trả lại báo cáo để cơ sở sửa. Đoàn Khối xem lại khi cơ sở gửi lại.
          </p>
        )}
        {p.manages && (
          <>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Stat label="Đã nộp" value={`${count((r) => r.state === "SUBMITTED" || r.state === "ACCEPTED")}/${rows.length}`} />
              <Stat label="Đã duyệt" value={count((r) => r.state === "ACCEPTED")} />
              <Stat label="Bị trả lại" value={count((r) => r.state === "RETURNED")} />
              <Stat label="Trễ hạn / quá hạn" value={count((r) => r.late || r.overdue)} />
            </div>
            <Card title="Tình hình nộp báo cáo" actions={<PeriodControls id={p.id} version={p.version} open={open} />}>
              <NotDoneList
                className="mb-3"
                summary={unsent.length ? `${unsent.length} cơ sở chưa nộp` : "Tất cả cơ sở đã nộp báo cáo."}
                items={unsent.map((r) => ({
                  key: r.coSoId,
                  name: r.name,
                  detail: r.state === "NONE" ? undefined : SUBMISSION_STATE_LABELS[r.state].toLowerCase(),
                }))}
                action={open && <RemindUnsentButton id={p.id} count={unsent.length} />}
              />
              <div {...scrollRegion()} className="overflow-x-auto">
                <table className="min-w-full text-sm">
                  <thead className="text-left text-slate-600">
                    <tr>
                      <th className="py-2 pr-3 font-medium">Cơ sở Đoàn</th>
                      <th className="py-2 pr-3 font-medium">Tình trạng</th>
                      <th className="py-2 pr-3 font-medium">Ngày nộp</th>
                      <th className="py-2 pr-3 font-medium">Báo cáo</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {rows.map((r) => (
                      <tr key={r.coSoId}>
                        <td className="py-2 pr-3">{r.name}</td>
                        <td className="py-2 pr-3">
                          <span className="inline-flex flex-wrap gap-1">
                            <SubmissionBadge state={r.state} />
                            {(r.late || r.overdue) && <LateBadge overdue={!r.late} />}
                            {r.correcting && <span className="text-xs text-slate-600">(đang đính chính)</span>}
                          </span>
                        </td>
                        <td className="py-2 pr-3 whitespace-nowrap">
                          {r.submittedAt ? formatVietnameseDay(r.submittedAt) : "–"}
                        </td>
                        <td className="py-2 pr-3">
                          {r.reportId ? (
                            <Link href={`/bao-cao/${p.id}/don-vi/${r.reportId}`} className="text-doan-700 underline">
                              Xem{r.revision > 0 ? ` (đính chính lần ${r.revision})` : ""}
                            </Link>
                          ) : (
                            <span className="text-slate-500">Chưa gửi</span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
          </>
        )}

        {(p.fillsKhoi || p.fillsCoSo.length > 0) && (
          <Card title={p.fillsKhoi ? "Báo cáo tổng hợp của Đoàn Khối" : "Báo cáo của đơn vị"}>
            {p.fillsKhoi && (
              <div className="flex flex-wrap items-center gap-3 text-sm">
                <span>
                  Số liệu của toàn Khối được tổng hợp từ hồ sơ và báo cáo đã duyệt; cán bộ viết phần đánh giá rồi xuất Word.
                </span>
                {khoiReport ? (
                  <Link href={`/bao-cao/${p.id}/don-vi/${khoiReport.id}`} className={buttonClass()}>
                    Mở báo cáo tổng hợp
                  </Link>
                ) : (
                  <StartReportButton periodId={p.id} khoi label="Soạn báo cáo tổng hợp" />
                )}
              </div>
            )}
            {p.fillsCoSo.map((c) => {
              const r = ownCoSo.find((x) => x.unitId === c.id);
              return (
                <div key={c.id} className="flex flex-wrap items-center gap-3 py-1 text-sm">
                  <span className="font-medium">{c.name}</span>
                  {r ? (
                    <>
                      <ReportStatusBadge status={r.status} />
                      {r.late && <LateBadge />}
                      <Link href={`/bao-cao/${p.id}/don-vi/${r.id}`} className="text-doan-700 underline">
                        Mở báo cáo
                      </Link>
                    </>
                  ) : open ? (
                    <StartReportButton periodId={p.id} coSoId={c.id} label="Viết báo cáo" />
                  ) : (
                    <span className="text-slate-600">Đợt báo cáo đã khóa sổ.</span>
                  )}
                </div>
              );
            })}
          </Card>
        )}

        <Card title="Nội dung cần báo cáo">
          <p className="mb-2 text-sm text-slate-600">
            Theo {p.plan.kind === "PLAN" ? "Kế hoạch" : "Chương trình"}
            {p.plan.number ? ` số ${p.plan.number}` : ""}: {p.plan.subject}
          </p>
          {p.note && <p className="mb-3 whitespace-pre-line rounded-md bg-slate-50 p-3 text-sm">{p.note}</p>}
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {p.indicators.map((i) => (
              <li key={i.id}>
                <strong>{i.code}.</strong> {i.wording}
                {(i.measure === "ENTERED" || i.measure === "MONEY") && <span className="text-slate-500"> (nhập tay)</span>}
              </li>
            ))}
          </ul>
        </Card>

        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600">Lịch sử đợt báo cáo</summary>
          <div className="mt-2">
            <StatusTimeline entries={p.timeline} labels={PERIOD_STATUS_LABELS} showNames={p.manages} />
          </div>
        </details>
      </div>
    </>
  );
}
