// A visit's conclusion and recommendations, as the team and as the cơ sở see them: the issued
// notice (and the ones it corrected), the draft form for the team, and each recommendation with
// its deadline, its state and the forms that move it on.
import type { VisitDto } from "@/lib/data/inspection-visits";
import { formatVietnameseDate } from "@/lib/domain/dates";
import {
  CONCLUSION_STATUS_LABELS,
  DEADLINE_STATE_LABELS,
  RATING_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  type DeadlineState,
} from "@/lib/domain/inspections";
import { Card } from "@/components/ui/page";
import { EvidenceUpload } from "@/components/activities/evidence-files";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { ConclusionForm, type ConclusionDraft } from "./conclusion-form";
import { RespondForm, ReviewForm } from "./recommendation-forms";

const STATE_STYLES: Record<DeadlineState, string> = {
  OVERDUE: "bg-red-100 text-red-800",
  DUE_SOON: "bg-amber-100 text-amber-900",
  OPEN: "bg-slate-100 text-slate-700",
  AWAITING_REVIEW: "bg-sky-100 text-sky-900",
  SETTLED: "bg-green-100 text-green-800",
};

export function DeadlineBadge({ state }: { state: DeadlineState }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATE_STYLES[state]}`}>{DEADLINE_STATE_LABELS[state]}</span>;
}

type Conclusion = VisitDto["conclusions"][number];

const asDraft = (c: Conclusion): ConclusionDraft => ({
  number: c.number ?? "",
  rating: c.rating ?? "",
  strengths: c.strengths ?? "",
  shortcomings: c.shortcomings ?? "",
  correctionReason: c.status === "DRAFT" ? (c.correctionReason ?? "") : "",
  recommendations: c.recommendations.map((r) => ({ recommendationId: r.recommendationId ?? "", text: r.text, dueOn: r.dueOn })),
});

/**
 * A correction starts from the issued notice with its recommendations as they stand now (a new
 * deadline the Khối gave kept), those withdrawn left out.
 */
const correctionOf = (c: Conclusion, live: VisitDto["recommendations"]): ConclusionDraft => ({
  ...asDraft(c),
  recommendations: live
    .filter((r) => r.status !== "WITHDRAWN")
    .map((r) => ({ recommendationId: r.id, text: r.text, dueOn: formatVietnameseDate(r.dueOn) })),
});

const EMPTY: ConclusionDraft = {
  number: "",
  rating: "",
  strengths: "",
  shortcomings: "",
  correctionReason: "",
  recommendations: [],
};

export function VisitConclusion({ visit, docHref }: { visit: VisitDto; docHref: (conclusionId: string) => string }) {
  const draft = visit.conclusions.find((c) => c.status === "DRAFT") ?? null;
  const issued = visit.conclusions.find((c) => c.status === "ISSUED") ?? null;
  const earlier = visit.conclusions.filter((c) => c.status === "SUPERSEDED");
  const drafting =
    visit.manages && visit.round.status !== "CLOSED" && (visit.status === "VISITED" || visit.status === "CONCLUDED");
  if (!drafting && !issued) return null;
  // Numbered as the notice numbers them: the withdrawn ones (no longer asked) come last.
  const live = [
    ...visit.recommendations.filter((r) => r.status !== "WITHDRAWN"),
    ...visit.recommendations.filter((r) => r.status === "WITHDRAWN"),
  ];
  return (
    <>
      {issued && (
        <Card title={`Thông báo kết luận số ${issued.number}${issued.revision > 1 ? " (đính chính)" : ""}`}>
          <dl className="grid gap-3 text-sm">
            <div>
              <dt className="font-medium text-slate-700">Ngày ban hành</dt>
              <dd>{formatVietnameseDate(issued.issuedOn)}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Xếp loại</dt>
              <dd className="font-semibold">{issued.rating ? RATING_LABELS[issued.rating] : "—"}</dd>
            </div>
            {issued.strengths && (
              <div>
                <dt className="font-medium text-slate-700">Ưu điểm</dt>
                <dd className="whitespace-pre-line">{issued.strengths}</dd>
              </div>
            )}
            {issued.shortcomings && (
              <div>
                <dt className="font-medium text-slate-700">Hạn chế, tồn tại</dt>
                <dd className="whitespace-pre-line">{issued.shortcomings}</dd>
              </div>
            )}
            {issued.correctionReason && (
              <div>
                <dt className="font-medium text-slate-700">Lý do đính chính</dt>
                <dd>{issued.correctionReason}</dd>
              </div>
            )}
          </dl>
          <p className="mt-3 text-sm">
            <a href={docHref(issued.id)} className="text-doan-700 underline" download>
              Tải thông báo kết luận (.docx)
            </a>
          </p>
          {earlier.length > 0 && (
            <ul className="mt-3 space-y-1 text-xs text-slate-600">
              {earlier.map((c) => (
                <li key={c.id}>
                  Bản {c.revision} số {c.number} ngày {formatVietnameseDate(c.issuedOn)} ({CONCLUSION_STATUS_LABELS[c.status]}) –{" "}
                  <a href={docHref(c.id)} className="underline" download>
                    .docx
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      {drafting && (
        <Card title={issued ? "Đính chính thông báo kết luận" : "Dự thảo thông báo kết luận"}>
          {draft && (
            <p className="mb-3 text-xs text-slate-600">
              Dự thảo bản {draft.revision}, lưu lần {draft.version + 1}.{" "}
              <a href={docHref(draft.id)} className="underline" download>
                Xem dự thảo (.docx)
              </a>
            </p>
          )}
          <details open={!issued || !!draft}>
            <summary className="mb-3 cursor-pointer text-sm text-doan-700">
              {issued ? "Soạn thông báo đính chính (bản đã ban hành vẫn được giữ)" : "Soạn kết luận"}
            </summary>
            <ConclusionForm
              key={draft ? `${draft.id}:${draft.version}` : `new:${issued?.id ?? ""}`}
              visitId={visit.id}
              version={draft?.version ?? null}
              basedOn={draft ? "" : (issued?.id ?? "")}
              values={draft ? asDraft(draft) : issued ? correctionOf(issued, visit.recommendations) : EMPTY}
              correction={(draft?.revision ?? (issued ? issued.revision + 1 : 1)) > 1}
              suggested={visit.rating}
            />
          </details>
        </Card>
      )}
      {visit.recommendations.length > 0 && (
        <Card title="Kiến nghị">
          <ol className="space-y-5">
            {live.map((r, i) => {
              const owed = r.status === "OPEN" || r.status === "REOPENED";
              const awaiting = r.status === "RESPONDED" || r.status === "DISPUTED";
              const open = visit.round.status !== "CLOSED";
              return (
                <li key={r.id} className="space-y-2 border-b border-slate-100 pb-4 last:border-0">
                  <p className="text-sm font-medium text-slate-800">
                    {i + 1}. {r.text}
                  </p>
                  <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <span>Hạn {formatVietnameseDate(r.dueOn)}</span>
                    <span>· {RECOMMENDATION_STATUS_LABELS[r.status]}</span>
                    <DeadlineBadge state={r.state} />
                  </p>
                  {r.response && (
                    <p className="rounded bg-slate-50 px-3 py-2 text-sm">
                      <span className="font-medium">
                        {r.status === "DISPUTED" ? "Cơ sở đề nghị xem xét lại: " : "Cơ sở báo cáo: "}
                      </span>
                      {r.response}
                    </p>
                  )}
                  {r.reviewNote && (
                    <p className="text-sm">
                      <span className="font-medium">Ý kiến của Khối: </span>
                      {r.reviewNote}
                    </p>
                  )}
                  {open && owed && visit.responds ? (
                    <>
                      <EvidenceUpload
                        ownerType="InspectionRecommendation"
                        ownerId={r.id}
                        files={r.files}
                        inputId={`rec-file-${r.id}`}
                        label="Minh chứng khắc phục (gửi trước khi báo cáo)"
                        hint="Ảnh chụp bằng điện thoại được thu nhỏ trước khi gửi; PDF, Word, Excel tối đa 10 MB."
                        shrinkPhotos
                      />
                      <RespondForm key={r.version} rec={{ id: r.id, version: r.version }} number={i + 1} />
                    </>
                  ) : (
                    r.files.length > 0 && (
                      <ul className="space-y-1 text-sm">
                        {r.files.map((f) => (
                          <li key={f.id}>
                            <a href={`/minh-chung/${f.id}`} className="text-doan-700 underline" download>
                              {f.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )
                  )}
                  {open && awaiting && visit.manages && (
                    <ReviewForm
                      key={r.version}
                      rec={{ id: r.id, version: r.version }}
                      number={i + 1}
                      disputed={r.status === "DISPUTED"}
                    />
                  )}
                  <details className="text-xs">
                    <summary className="cursor-pointer text-slate-600">Diễn biến</summary>
                    <StatusTimeline entries={r.timeline} labels={RECOMMENDATION_STATUS_LABELS} showNames={visit.manages} />
                  </details>
                </li>
              );
            })}
          </ol>
        </Card>
      )}
    </>
  );
}
