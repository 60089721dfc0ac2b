import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { coSoForInspections, getInspectionRound } from "@/lib/data/inspection-rounds";
import { foundOrNull } from "@/lib/data/errors";
import { formatVietnameseDate, formatVietnameseDateTime } from "@/lib/domain/dates";
import {
  INSPECTION_ROUND_STATUS_LABELS,
  RATING_LABELS,
  VISIT_STATUS_LABELS,
  groupByPillar,
  proposeChecklist,
} from "@/lib/domain/inspections";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { AnnounceButton } from "@/components/inspections/announce-button";
import { CloseRoundButton } from "@/components/inspections/close-round-button";
import { ChecklistEditor, type ChecklistRow } from "@/components/inspections/checklist-editor";
import { ScheduleVisitForm, VisitRowActions } from "@/components/inspections/visit-forms";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Đợt kiểm tra" };

const TIMELINE_LABELS = { ...INSPECTION_ROUND_STATUS_LABELS, ...VISIT_STATUS_LABELS };

const asRow = (i: {
  wording: string;
  pillar: number | null;
  source: ChecklistRow["source"];
  indicatorId: string | null;
  portalCheck: string | null;
}): ChecklistRow => ({
  wording: i.wording,
  pillar: i.pillar === null ? "" : String(i.pillar),
  source: i.source,
  indicatorId: i.indicatorId ?? "",
  portalCheck: i.portalCheck ?? "",
});

export default async function InspectionRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "inspection.read")) notFound();
  const round = await foundOrNull(getInspectionRound(viewer, id));
  if (!round) notFound();
  const closed = round.status === "CLOSED";
  const live = round.visits.filter((v) => v.status !== "CANCELLED");
  const untold = live.filter((v) => v.status === "SCHEDULED" && !v.notifiedAt).length;
  const recorded = round.answered > 0 || live.some((v) => v.status === "VISITED" || v.status === "CONCLUDED");
  const onList = new Set(live.map((v) => v.coSoId));
  const coSo = round.manages && !closed ? (await coSoForInspections(viewer)).filter((c) => !onList.has(c.id)) : [];
  const groups = groupByPillar(round.items, round.plan.pillars);
  const lead = round.team.find((t) => t.lead);
  const concluded = live.filter((v) => v.status === "CONCLUDED").length;
  return (
    <>
      <PageHeader
        title={round.name}
        description={
          <>
            Quyết định số {round.decisionNumber} ngày {formatVietnameseDate(round.decisionOn)} · Thời gian kiểm tra{" "}
            {formatVietnameseDate(round.periodFrom)} – {formatVietnameseDate(round.periodTo)} ·{" "}
            <strong>{INSPECTION_ROUND_STATUS_LABELS[round.status]}</strong>
          </>
        }
        actions={
          round.manages && (
            <>
              {!closed && (
                <Link href={`/kiem-tra/${round.id}/sua`} className={buttonClass("secondary")}>
                  Sửa đợt, đoàn kiểm tra
                </Link>
              )}
              {!closed && untold > 0 && <AnnounceButton round={{ id: round.id, version: round.version }} untold={untold} />}
              {concluded > 0 && (
                <>
                  <a href={`/kiem-tra/${round.id}/bao-cao`} className={buttonClass("secondary")} download>
                    Báo cáo kết quả (.docx)
                  </a>
                  <a href={`/kiem-tra/${round.id}/bao-cao/xlsx`} className={buttonClass("secondary")} download>
                    Số liệu (.xlsx)
                  </a>
                </>
              )}
              {!closed && round.status === "ANNOUNCED" && concluded > 0 && (
                <CloseRoundButton round={{ id: round.id, version: round.version }} />
              )}
            </>
          )
        }
      />
      <div className="grid gap-6">
        <Card title="Đoàn kiểm tra">
          <ul className="space-y-1 text-sm">
            {lead && (
              <li>
                <span className="font-medium">Trưởng đoàn:</span> {lead.user.name}
              </li>
            )}
            {round.team.some((t) => !t.lead) && (
              <li>
                <span className="font-medium">Thành viên:</span>{" "}
                {round.team
                  .filter((t) => !t.lead)
                  .map((t) => t.user.name)
                  .join(", ")}
              </li>
            )}
            <li className="text-slate-600">
              Theo kế hoạch: {round.plan.number ? `số ${round.plan.number} – ` : ""}
              {round.plan.subject}
              {round.indicator && ` · Tính vào chỉ tiêu ${round.indicator.code}: ${round.indicator.wording}`}
            </li>
          </ul>
          {round.prepare && (
            <div className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-medium">Cơ sở cần chuẩn bị</p>
              <p className="whitespace-pre-line">{round.prepare}</p>
            </div>
          )}
        </Card>

        <Card title={round.manages ? `Lịch kiểm tra (${live.length} cơ sở)` : "Buổi kiểm tra tại đơn vị"}>
          {round.visits.length === 0 ? (
            <p className="text-sm text-slate-600">
              Chưa có cơ sở nào trong lịch. Chọn cơ sở và ngày bên dưới; ngày phải trong thời gian kiểm tra của đợt.
            </p>
          ) : (
            <div {...scrollRegion()} className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-500">
                  <tr>
                    <th className="py-2 pr-3">Ngày</th>
                    <th className="py-2 pr-3">Cơ sở</th>
                    <th className="py-2 pr-3">Trạng thái</th>
                    <th className="py-2 pr-3">Kết luận, kiến nghị</th>
                    {round.manages && <th className="py-2">Thao tác</th>}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {round.visits.map((v) => (
                    <tr key={v.id} className={v.status === "CANCELLED" ? "text-slate-400" : ""}>
                      <td className="py-2 pr-3 align-top whitespace-nowrap">{formatVietnameseDate(v.visitOn)}</td>
                      <td className="py-2 pr-3 align-top">
                        {v.status === "CANCELLED" ? (
                          v.coSo.name
                        ) : (
                          <Link href={`/kiem-tra/${round.id}/buoi/${v.id}`} className="text-doan-700 hover:underline">
                            {v.coSo.name}
                          </Link>
                        )}
                        {v.clashes.map((c) => (
                          <p key={c} className="text-xs text-red-700">
                            ⚠ {c}
                          </p>
                        ))}
                      </td>
                      <td className="py-2 pr-3 align-top">
                        {VISIT_STATUS_LABELS[v.status]}
                        {round.manages && v.status === "SCHEDULED" && (
                          <span className="block text-xs text-slate-500">
                            {v.notifiedAt ? `Đã thông báo ${formatVietnameseDateTime(v.notifiedAt)}` : "Chưa thông báo cơ sở"}
                          </span>
                        )}
                      </td>
                      <td className="py-2 pr-3 align-top">
                        {v.conclusion && (
                          <span className="block">
                            {v.conclusion.rating ? RATING_LABELS[v.conclusion.rating] : ""} · TB số {v.conclusion.number}
                          </span>
                        )}
                        {v.recommendations.total > 0 && (
                          <span className="block text-xs text-slate-600">
                            {v.recommendations.total} kiến nghị: {v.recommendations.SETTLED} xong
                            {v.recommendations.AWAITING_REVIEW > 0 && `, ${v.recommendations.AWAITING_REVIEW} chờ xem xét`}
                            {v.recommendations.OVERDUE > 0 && (
                              <strong className="text-red-700">, {v.recommendations.OVERDUE} quá hạn</strong>
                            )}
                          </span>
                        )}
                      </td>
                      {round.manages && (
                        <td className="py-2 align-top">
                          {v.status === "SCHEDULED" && !closed && (
                            <VisitRowActions
                              key={v.version}
                              visit={{
                                id: v.id,
                                version: v.version,
                                visitOn: formatVietnameseDate(v.visitOn),
                                coSoName: v.coSo.name,
                              }}
                            />
                          )}
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {round.manages && !closed && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <ScheduleVisitForm roundId={round.id} coSo={coSo} />
            </div>
          )}
        </Card>

        <Card title={`Nội dung kiểm tra (${round.items.length})`}>
          {round.manages && !closed && !recorded ? (
            <ChecklistEditor
              key={round.version}
              roundId={round.id}
              version={round.version}
              items={round.items.map(asRow)}
              proposed={proposeChecklist(round.indicators).map(asRow)}
              pillars={round.plan.pillars}
            />
          ) : (
            <div className="space-y-4">
              {round.manages && recorded && (
                <p className="text-sm text-slate-600">
                  Đã có kết quả kiểm tra được ghi theo danh mục này: danh mục được giữ nguyên.
                </p>
              )}
              {groups.map((g) => (
                <section key={g.label}>
                  <h3 className="text-sm font-semibold text-slate-800">{g.label}</h3>
                  <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
                    {g.items.map((i) => (
                      <li key={i.id}>{i.wording}</li>
                    ))}
                  </ol>
                </section>
              ))}
            </div>
          )}
        </Card>

        <Card title="Lịch sử">
          <StatusTimeline
            entries={round.timeline}
            labels={TIMELINE_LABELS}
            showNames={round.manages}
            subjects={Object.fromEntries([
              [round.id, "Đợt kiểm tra"],
              ...round.visits.map((v) => [v.id, `Buổi kiểm tra ${v.coSo.name}`]),
            ])}
          />
        </Card>
      </div>
    </>
  );
}
