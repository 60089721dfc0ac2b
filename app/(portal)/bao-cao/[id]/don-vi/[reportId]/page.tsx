import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { foundOrNull } from "@/lib/data/errors";
import { reportDetail } from "@/lib/data/report-reads";
import { withdrawReportAction } from "@/lib/actions/reports";
import { formatNumber, formatVietnameseDate, formatVietnameseDateTime, todayInVietnam } from "@/lib/domain/dates";
import { isLate, periodRangeLabel, REPORT_STATUS_LABELS } from "@/lib/domain/report-rules";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { LockIcon } from "@/components/ui/lock-icon";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { LateBadge, ReportStatusBadge } from "@/components/reports/report-badges";
import { CorrectReportForm, ReportReviewPanel } from "@/components/reports/report-decisions";
import { ReportForm } from "@/components/reports/report-form";
import { PeriodHonours, RecordFiguresTable, ReportNumbersTable } from "@/components/reports/report-numbers";
import { SourceTexts } from "@/components/reports/source-texts";

export const metadata: Metadata = { title: "Báo cáo" };

function Text({ title, body }: { title: string; body: string | null }) {
  return (
    <div>
      <h3 className="font-medium text-slate-800">{title}</h3>
      <p className="mt-1 whitespace-pre-line text-sm text-slate-700">
        {body || <span className="text-slate-500">(Không có nội dung)</span>}
      </p>
    </div>
  );
}

export default async function ReportPage({ params }: { params: Promise<{ id: string; reportId: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const ids = z.object({ id: z.uuid(), reportId: z.uuid() }).safeParse(raw);
  if (!ids.success) notFound();
  const d = await foundOrNull(reportDetail(viewer, ids.data.reportId));
  if (!d || d.report.periodId !== ids.data.id) notFound();
  const r = d.report;
  const forCoSo = r.coSoId !== null;
  const typedValues = new Map(d.numbers.filter((n) => n.typed).map((n) => [n.indicatorId, n.value]));

  return (
    <>
      <PageHeader
        title={`${forCoSo ? r.unit.name : "Báo cáo tổng hợp của Đoàn Khối"}`}
        description={`${r.period.title} · ${periodRangeLabel(r.period)} · Hạn nộp ${formatVietnameseDate(r.period.dueOn)}`}
        actions={
          <>
            <Link href={`/bao-cao/${r.periodId}`} className={buttonClass("secondary")}>
              ← Đợt báo cáo
            </Link>
            <a href={`/bao-cao/${r.periodId}/xuat-word?bao-cao=${r.id}`} className={buttonClass("secondary")}>
              Xuất Word
            </a>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Tình trạng">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              {forCoSo ? <ReportStatusBadge status={r.status} /> : <span>Bản tổng hợp của Đoàn Khối (không gửi duyệt)</span>}
              {r.late && <LateBadge />}
              {r.revision > 0 && <span className="text-slate-700">Đính chính lần {r.revision}</span>}
              {r.submittedAt && <span className="text-slate-500">· Gửi {formatVietnameseDateTime(r.submittedAt)}</span>}
            </div>
            {r.status === "RETURNED" && r.reviewComment && (
              <p className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                Lý do trả lại: “{r.reviewComment}”
              </p>
            )}
            {r.correctionNote && <p className="mt-3 text-sm text-slate-700">Lý do đính chính: “{r.correctionNote}”</p>}
            {(r.status === "ACCEPTED" || r.status === "SUPERSEDED") && (
              <p className="mt-3 flex items-center gap-1 text-sm text-slate-700">
                <LockIcon />{" "}
                {r.status === "ACCEPTED"
                  ? "Báo cáo đã được duyệt và khóa; muốn sửa thì tạo bản đính chính."
                  : "Bản này đã được thay bằng bản đính chính."}
              </p>
            )}
            {r.status === "SUBMITTED" && !d.abilities.accept && (
              <p className="mt-3 text-sm text-slate-700">Đã gửi, đang chờ Đoàn Khối duyệt.</p>
            )}
            {d.abilities.withdraw && (
              <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
                <span className="text-slate-700">Cần sửa? Bạn có thể rút lại báo cáo khi Đoàn Khối chưa duyệt hoặc trả lại.</span>
                <ConfirmActionButton
                  label="Rút lại báo cáo"
                  variant="secondary"
                  className=""
                  confirm={`Rút lại báo cáo để sửa? Báo cáo trở về bản nháp, Đoàn Khối được thông báo; sửa xong bạn gửi lại.${
                    r.revision === 0 && isLate(r.period.dueOn, todayInVietnam())
                      ? " Đã quá hạn nộp: khi gửi lại, báo cáo sẽ bị ghi nhận trễ hạn."
                      : ""
                  }`}
                  run={withdrawReportAction.bind(null, { id: r.id, version: r.version })}
                />
              </div>
            )}
          </Card>

          <Card title={`Kết quả thực hiện chỉ tiêu (${periodRangeLabel(r.period)})`}>
            <p className="mb-3 text-sm text-slate-600">
              Số liệu tính từ hồ sơ đã xác nhận trong kỳ; bấm vào số để xem hồ sơ.{" "}
              {r.status === "DRAFT" || r.status === "RETURNED" ? "Số liệu được cập nhật đến lúc gửi." : "Số liệu như khi gửi."}
            </p>
            <ReportNumbersTable numbers={d.numbers} forCoSo={forCoSo} />
          </Card>

          {!forCoSo && (
            <Card title={`Nội dung báo cáo các cơ sở đã duyệt (${d.sources.length})`}>
              <SourceTexts pillars={d.pillars} sources={d.sources} />
            </Card>
          )}

          {d.abilities.save ? (
            <Card title="Nội dung báo cáo">
              <ReportForm
                reportId={r.id}
                version={r.version}
                pillars={d.pillars}
                narratives={r.narratives}
                strengths={r.strengths}
                weaknesses={r.weaknesses}
                proposals={r.proposals}
                typed={d.numbers
                  .filter((n) => n.typed && forCoSo)
                  .map((n) => ({
                    id: n.indicatorId,
                    code: n.code,
                    wording: n.wording,
                    unitLabel: n.unitLabel,
                    money: n.measure === "MONEY",
                    value: typedValues.get(n.indicatorId) != null ? formatNumber(typedValues.get(n.indicatorId)!) : "",
                  }))}
                canSubmit={d.abilities.submit}
                late={d.sendsLate}
              />
            </Card>
          ) : (
            <Card title="Nội dung báo cáo">
              <div className="space-y-4">
                {d.pillars.map((p, i) => (
                  <Text key={p} title={`${i + 1}. ${p}`} body={r.narratives[i] ?? null} />
                ))}
                <Text title="Ưu điểm" body={r.strengths} />
                <Text title="Hạn chế" body={r.weaknesses} />
                <Text title="Đề xuất, kiến nghị" body={r.proposals} />
              </div>
            </Card>
          )}
        </div>

        <div className="space-y-6">
          {(d.abilities.accept || d.abilities.return) && (
            <Card title="Duyệt báo cáo">
              <ReportReviewPanel reportId={r.id} version={r.version} periodId={r.periodId} />
            </Card>
          )}
          {d.abilities.correct && (
            <Card title="Đính chính">
              <CorrectReportForm reportId={r.id} version={r.version} periodId={r.periodId} />
            </Card>
          )}
          <Card title="Số liệu từ hồ sơ trong kỳ">
            <RecordFiguresTable figures={d.figures} />
          </Card>
          <Card title={`Khen thưởng trong kỳ (${d.honours.length})`}>
            <PeriodHonours honours={d.honours} />
          </Card>
          {d.revisions.length > 1 && (
            <Card title="Các lần báo cáo">
              <ul className="space-y-1 text-sm">
                {d.revisions.map((v) => (
                  <li key={v.id}>
                    {v.id === r.id ? (
                      <strong>{v.revision === 0 ? "Bản đầu" : `Đính chính lần ${v.revision}`}</strong>
                    ) : (
                      <Link href={`/bao-cao/${r.periodId}/don-vi/${v.id}`} className="text-doan-700 underline">
                        {v.revision === 0 ? "Bản đầu" : `Đính chính lần ${v.revision}`}
                      </Link>
                    )}
                    {" · "}
                    {REPORT_STATUS_LABELS[v.status]}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="Lịch sử trạng thái">
            <StatusTimeline entries={d.timeline} labels={REPORT_STATUS_LABELS} showNames />
          </Card>
        </div>
      </div>
    </>
  );
}
