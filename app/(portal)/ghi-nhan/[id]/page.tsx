import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { withdrawEntryAction } from "@/lib/actions/entries";
import { getEntry } from "@/lib/data/entry-reads";
import { evidenceOf } from "@/lib/data/evidence";
import { ENTRY_KIND_LABELS, ENTRY_STATUS_LABELS } from "@/lib/domain/work-labels";
import { buttonClass } from "@/components/ui/button";
import { FormNotice } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { EvidenceList, EvidenceUpload } from "@/components/activities/evidence-files";
import { ContestScoreForm } from "@/components/entries/contest-score-form";
import { ContestResult, EntryDetails } from "@/components/entries/entry-details";
import { ReviewPanel } from "@/components/entries/review-panel";
import { ShareControl } from "@/components/ideas/share-control";
import { ownIdeaSharing } from "@/lib/data/shared-ideas";

export const metadata: Metadata = { title: "Ghi nhận" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EntryPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const entry = await recordOr404((await params).id, (id) => getEntry(viewer, id));
  const files = await evidenceOf(viewer, entry.khoiId, "MemberEntry", [entry.id]);
  const saved = (await searchParams).saved === "1";
  const sharing = ownIdeaSharing(entry);

  return (
    <>
      <PageHeader
        title={entry.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {ENTRY_KIND_LABELS[entry.kind]} <WorkStatusBadge status={entry.status} kind="entry" />
          </span>
        }
        actions={
          entry.canEdit ? (
            <>
              <Link
                href={`/ghi-nhan/${entry.id}/sua`}
                className={buttonClass(entry.status === "RETURNED" ? "primary" : "secondary")}
              >
                {entry.status === "RETURNED" ? "Sửa và gửi lại" : "Sửa"}
              </Link>
              <ConfirmActionButton
                label="Rút ghi nhận"
                variant="secondary"
                className=""
                confirm="Rút ghi nhận này? Ghi nhận đã rút không còn hiện ở đâu và không được tính."
                run={withdrawEntryAction.bind(null, { id: entry.id, version: entry.version })}
                redirectTo="/ghi-nhan"
              />
            </>
          ) : undefined
        }
      />
      <div className="mb-4 space-y-2">
        <FormNotice
          message={
            saved && entry.isOwn && entry.status === "SUBMITTED"
              ? "Đã gửi. Bí thư chi đoàn sẽ xem và xác nhận; bạn vẫn sửa được cho đến lúc đó."
              : null
          }
        />
        {entry.isOwn && entry.status === "RETURNED" && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            Ghi nhận đã bị trả lại{entry.reviewComment ? `: “${entry.reviewComment}”` : ""}. Bấm “Sửa và gửi lại” sau khi chỉnh
            sửa.
          </div>
        )}
        {entry.locked && <p className="text-sm text-green-800">Đã xác nhận: ghi nhận đã khóa và được tính vào chỉ tiêu.</p>}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Nội dung">
            <EntryDetails entry={entry} />
          </Card>
          <Card title={entry.kind === "TRAINING" ? "Chứng chỉ, minh chứng" : "Minh chứng"}>
            {entry.canEdit ? (
              <EvidenceUpload
                ownerType="MemberEntry"
                ownerId={entry.id}
                files={files}
                inputId="entry-evidence"
                label={entry.kind === "TRAINING" ? "Chứng chỉ, giấy chứng nhận" : "Tệp minh chứng"}
              />
            ) : files.length ? (
              <EvidenceList files={files} />
            ) : (
              <p className="text-sm text-slate-600">Chưa có tệp minh chứng.</p>
            )}
          </Card>
          <Card title="Lịch sử">
            <StatusTimeline entries={entry.timeline} labels={ENTRY_STATUS_LABELS} showNames />
          </Card>
        </div>
        <div className="space-y-6">
          {sharing && (
            <Card title="Chia sẻ trong Khối">
              <ShareControl id={entry.id} shared={sharing.shared} canShare={sharing.canShare} />
            </Card>
          )}
          {entry.canReview && (
            <Card title="Xác nhận">
              <ReviewPanel id={entry.id} version={entry.version} />
            </Card>
          )}
          {entry.contest && (
            <Card title="Kết quả dự thi">
              {entry.canScore ? (
                <ContestScoreForm
                  id={entry.id}
                  version={entry.version}
                  score={entry.contestScore}
                  rank={entry.contestRank}
                  note={entry.contestNote}
                />
              ) : (
                <ContestResult entry={entry} />
              )}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
