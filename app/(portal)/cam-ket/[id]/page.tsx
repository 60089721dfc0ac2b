import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitment } from "@/lib/data/commitment-reads";
import { COMMITMENT_TIMELINE_LABELS, commitmentStage } from "@/lib/domain/commitment-rules";
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { LockedNote, PillarItems } from "@/components/commitments/pillar-items";
import { ReviewPanel } from "@/components/commitments/review-panel";

export const metadata: Metadata = { title: "Đăng ký rèn luyện" };

export default async function CommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const c = await recordOr404((await params).id, (id) => getCommitment(viewer, id));
  const returned = c.status === "RETURNED" || c.assessmentStatus === "RETURNED";

  return (
    <>
      <PageHeader
        title={`Đăng ký rèn luyện năm ${c.year}: ${c.memberName}`}
        description={`${c.chiDoanName} · ${c.coSoName}`}
        actions={
          c.isOwn ? (
            <Link href="/ca-nhan#ren-luyen" className={buttonClass("secondary")}>
              Sửa tại Hồ sơ của tôi
            </Link>
          ) : (
            <Link href={`/cam-ket?year=${c.year}`} className={buttonClass("secondary")}>
              ← Danh sách
            </Link>
          )
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Nội dung đăng ký và tự đánh giá">
            <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
              <WorkStatusBadge kind="entry" status={c.status} />
              <span className="text-slate-700">{commitmentStage(c)}</span>
              <span className="text-slate-500">· Cập nhật {formatVietnameseDateTime(c.updatedAt)}</span>
            </div>
            {returned && c.reviewComment && (
              <p className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                Lý do trả lại: “{c.reviewComment}”
              </p>
            )}
            {c.status === "CONFIRMED" && (
              <div className="mb-3">
                <LockedNote>
                  {c.assessmentStatus === "CONFIRMED"
                    ? "Bản đăng ký và bản tự đánh giá đã được xác nhận, nội dung đã khóa."
                    : "Bản đăng ký đã được xác nhận, nội dung đăng ký đã khóa."}
                </LockedNote>
              </div>
            )}
            <PillarItems commitment={c} />
            {c.status === "CONFIRMED" && !c.assessmentStatus && (
              <p className="mt-4 text-sm text-slate-600">
                {c.assessmentOpen ? "Đoàn viên chưa gửi bản tự đánh giá." : `Tự đánh giá cuối năm mở từ ngày 01/11/${c.year}.`}
              </p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          {c.reviewStep && (
            <Card title={c.reviewStep === "commitment" ? "Xác nhận bản đăng ký" : "Xác nhận bản tự đánh giá"}>
              <ReviewPanel id={c.id} version={c.version} step={c.reviewStep} memberName={c.memberName} />
            </Card>
          )}
          <Card title="Lịch sử trạng thái">
            <StatusTimeline entries={c.timeline} labels={COMMITMENT_TIMELINE_LABELS} showNames />
          </Card>
        </div>
      </div>
    </>
  );
}
