// The member's "Đăng ký rèn luyện năm …" on their record page: register under the plan's pillars,
// edit until confirmed, then the year-end self-assessment from 1 November, with the timeline.
import Link from "next/link";
import type { OwnCommitmentView } from "@/lib/data/commitment-reads";
import {
  assessmentEditable,
  COMMITMENT_TIMELINE_LABELS,
  commitmentStage,
  noPlanMessage,
  pledgesEditable,
} from "@/lib/domain/commitment-rules";
import { formatVietnameseDate, formatVietnameseDay } from "@/lib/domain/dates";
import { EmptyState } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { AssessmentForm } from "./assessment-form";
import { CommitmentForm } from "./commitment-form";
import { LockedNote, PillarItems } from "./pillar-items";

function Returned({ reason, what }: { reason: string | null; what: string }) {
  return (
    <div role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      Bí thư đã trả lại {what}
      {reason ? `: “${reason}”` : "."} Vui lòng sửa rồi gửi lại.
    </div>
  );
}

export function OwnCommitment({ view }: { view: OwnCommitmentView }) {
  const { year, plan, commitment: c } = view;
  if (!c && !plan) return <EmptyState title={`Chưa thể đăng ký rèn luyện năm ${year}`}>{noPlanMessage(year)}</EmptyState>;
  if (!c)
    return (
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          Bạn chưa đăng ký rèn luyện năm {year}. Theo <strong>{plan!.title}</strong>, ghi những việc bạn sẽ làm trong năm cho từng
          trách nhiệm; Bí thư chi đoàn sẽ xác nhận. Bạn sửa được cho đến khi bản đăng ký được xác nhận.
        </p>
        <CommitmentForm key="new" pillars={plan!.pillars} planId={plan!.id} />
      </div>
    );

  const assessing = c.status === "CONFIRMED" && assessmentEditable(c) && view.assessmentOpen;
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <WorkStatusBadge kind="entry" status={c.status} />
        <span className="text-slate-700">{commitmentStage(c)}</span>
        <Link href={`/cam-ket/${c.id}`} className="ml-auto text-doan-700 underline">
          Xem chi tiết
        </Link>
      </div>

      {c.status === "RETURNED" && <Returned reason={c.reviewComment} what="bản đăng ký" />}
      {pledgesEditable(c) ? (
        <CommitmentForm
          key={c.id}
          pillars={c.items.map((i) => i.pillar)}
          edit={{ id: c.id, version: c.version, pledges: c.items.map((i) => i.pledge), returned: c.status === "RETURNED" }}
        />
      ) : (
        <>
          <LockedNote>
            Bản đăng ký đã được xác nhận{c.reviewedAt && !c.assessmentStatus ? ` ngày ${formatVietnameseDay(c.reviewedAt)}` : ""},
            nội dung đã khóa.
          </LockedNote>
          {!assessing && <PillarItems commitment={c} />}
        </>
      )}

      {c.status === "CONFIRMED" && (
        <section aria-labelledby={`tu-danh-gia-${c.year}`} className="space-y-3 border-t border-slate-100 pt-4">
          <h3 id={`tu-danh-gia-${c.year}`} className="font-semibold text-slate-800">
            Tự đánh giá cuối năm {c.year}
          </h3>
          {c.assessmentStatus === "CONFIRMED" ? (
            <LockedNote>Bản tự đánh giá đã được xác nhận, nội dung đã khóa.</LockedNote>
          ) : !view.assessmentOpen ? (
            <p className="text-sm text-slate-600">
              Tự đánh giá mở từ ngày {formatVietnameseDate(view.assessmentOpensOn)}. Khi đó, ghi kết quả thực hiện của từng trách
              nhiệm tại đây.
            </p>
          ) : (
            <>
              {c.assessmentStatus === "RETURNED" && <Returned reason={c.reviewComment} what="bản tự đánh giá" />}
              {c.assessmentStatus === "SUBMITTED" && (
                <p className="text-sm text-slate-600">
                  Đã gửi, đang chờ Bí thư xác nhận. Bạn vẫn sửa được cho đến khi được xác nhận.
                </p>
              )}
              <AssessmentForm
                id={c.id}
                version={c.version}
                items={c.items}
                rating={c.rating}
                returned={c.assessmentStatus === "RETURNED"}
              />
            </>
          )}
        </section>
      )}

      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">Lịch sử trạng thái</summary>
        <div className="mt-2">
          <StatusTimeline entries={view.timeline} labels={COMMITMENT_TIMELINE_LABELS} showNames />
        </div>
      </details>
    </div>
  );
}
