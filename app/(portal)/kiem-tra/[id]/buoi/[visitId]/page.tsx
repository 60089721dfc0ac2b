import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { foundOrNull } from "@/lib/data/errors";
import { getVisit } from "@/lib/data/inspection-visits";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { CHECK_RESULT_LABELS, VISIT_STATUS_LABELS, groupByPillar } from "@/lib/domain/inspections";
import { Card, PageHeader } from "@/components/ui/page";
import { EvidenceUpload } from "@/components/activities/evidence-files";
import { AnswerForm } from "@/components/inspections/answer-form";
import { FinishVisitButton } from "@/components/inspections/finish-visit-button";
import { VisitConclusion } from "@/components/inspections/visit-conclusion";

export const metadata: Metadata = { title: "Buổi kiểm tra" };

export default async function VisitPage({ params }: { params: Promise<{ id: string; visitId: string }> }) {
  const { id, visitId } = await params;
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "inspection.read")) notFound();
  const visit = await foundOrNull(getVisit(viewer, visitId));
  if (!visit || visit.round.id !== id) notFound();
  const answers = new Map(visit.answers.map((a) => [a.itemId, a]));
  const numbered = visit.round.items.map((item, i) => ({ ...item, number: i + 1 }));
  const groups = groupByPillar(numbered, visit.round.plan.pillars);
  const missing = numbered.length - visit.answers.length;
  const recording = visit.manages && visit.recordable;
  // The cơ sở sends what it was asked to prepare until the visit is made; the team, while recording.
  const takesFiles = visit.manages ? visit.recordable : visit.status === "SCHEDULED" && visit.round.status !== "CLOSED";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/kiem-tra/${visit.round.id}`} className="text-doan-700 hover:underline">
          ← {visit.round.name}
        </Link>
      </p>
      <PageHeader
        title={`Kiểm tra tại ${visit.coSo.name}`}
        description={`Ngày ${formatVietnameseDate(visit.visitOn)} · ${VISIT_STATUS_LABELS[visit.status]}`}
        actions={
          recording &&
          visit.status === "SCHEDULED" && <FinishVisitButton visit={{ id: visit.id, version: visit.version }} missing={missing} />
        }
      />
      <div className="grid gap-6">
        {visit.manages && !visit.recordable && visit.status === "SCHEDULED" && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Kết quả được ghi trong hoặc sau buổi kiểm tra (từ ngày {formatVietnameseDate(visit.visitOn)}). Trước đó, xem nội dung
            kiểm tra và số liệu cổng đã có của cơ sở.
          </p>
        )}
        {groups.map((g) => (
          <Card key={g.label} title={g.label}>
            <ol className="space-y-5">
              {g.items.map((item) => {
                const answer = answers.get(item.id) ?? null;
                const suggestion = visit.suggestions[item.id] ?? null;
                return (
                  <li key={item.id}>
                    {recording ? (
                      <AnswerForm
                        key={answer?.version ?? "new"}
                        visitId={visit.id}
                        item={{ id: item.id, number: item.number, wording: item.wording }}
                        answer={answer}
                        suggestion={suggestion}
                      />
                    ) : (
                      <div className="text-sm">
                        <p className="font-medium text-slate-800">
                          {item.number}. {item.wording}
                        </p>
                        {answer && (
                          <p>
                            Kết quả: <strong>{CHECK_RESULT_LABELS[answer.result]}</strong>
                            {answer.note && ` – ${answer.note}`}
                          </p>
                        )}
                        {suggestion && (
                          <p className="text-xs text-slate-600">
                            Số liệu cổng: {CHECK_RESULT_LABELS[suggestion.result]} – {suggestion.why}
                          </p>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </Card>
        ))}
        <VisitConclusion visit={visit} docHref={(c) => `/kiem-tra/${visit.round.id}/buoi/${visit.id}/ket-luan/${c}`} />
        <Card title="Minh chứng, biên bản">
          {!visit.files.length && !takesFiles && <p className="text-sm text-slate-600">Chưa có tệp nào.</p>}
          {takesFiles ? (
            <EvidenceUpload
              ownerType="InspectionVisit"
              ownerId={visit.id}
              files={visit.files}
              inputId="visit-file"
              shrinkPhotos
              label={visit.manages ? "Biên bản, ảnh buổi kiểm tra" : "Hồ sơ cơ sở gửi trước buổi kiểm tra"}
              hint="Ảnh chụp bằng điện thoại được thu nhỏ và bỏ thông tin vị trí khi lưu; PDF, Word, Excel tối đa 10 MB."
            />
          ) : (
            visit.files.length > 0 && (
              <ul className="space-y-1 text-sm">
                {visit.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/minh-chung/${f.id}`} className="text-doan-700 underline" download>
                      {f.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            )
          )}
        </Card>
      </div>
    </>
  );
}
