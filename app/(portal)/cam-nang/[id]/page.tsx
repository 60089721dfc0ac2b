import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { handbookFor } from "@/lib/data/handbooks";
import { evidenceOf } from "@/lib/data/evidence";
import { recordOr404 } from "@/lib/routes/found";
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import { HANDBOOK_STATUS_LABELS, hasUnpublishedDraft } from "@/lib/domain/handbooks";
import { EditHandbookForm, PublishHandbookButton, WithdrawHandbookForm } from "@/components/handbooks/handbook-forms";
import { EvidenceList, EvidenceUpload } from "@/components/activities/evidence-files";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Cẩm nang thủ tục hành chính" };

type Props = { params: Promise<{ id: string }> };

export default async function HandbookPage({ params }: Props) {
  const viewer = await requireViewer();
  const h = await recordOr404((await params).id, (id) => handbookFor(viewer, id));
  const files = await evidenceOf(viewer, h.khoiId, "Handbook", [h.id]);
  const ref = { id: h.id, version: h.version };
  const draft = hasUnpublishedDraft(h);
  const waitingFiles = files.filter((f) => !h.publishedAt || f.createdAt > h.publishedAt).length;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/cam-nang" className="text-doan-700 underline">
          ← Cẩm nang thủ tục hành chính
        </Link>
      </p>
      <PageHeader
        title={h.latest.title}
        description={`${h.coSo.name} · ${HANDBOOK_STATUS_LABELS[h.status]}${h.publishedNumber ? ` · đang công khai phiên bản ${h.publishedNumber}` : ""}${h.withdrawnReason ? ` · lý do gỡ: ${h.withdrawnReason}` : ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title={draft ? `Bản nháp – phiên bản ${h.latestNumber}` : `Phiên bản ${h.latestNumber}`}>
            {/* Sanitised with an allow-list on the server when it was saved (lib/domain/rich-text.ts). */}
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: h.latest.html }} />
          </Card>
          {h.canWrite && (
            <Card title={draft ? "Sửa bản nháp" : `Sửa (tạo phiên bản ${h.latestNumber + 1})`}>
              {/* Redrawn when the saved text changes; a publication keeps what is being typed. */}
              <EditHandbookForm
                key={`${h.latestNumber}-${h.latest.updatedAt.getTime()}`}
                h={ref}
                title={h.latest.title}
                body={h.latest.source}
                published={h.status === "PUBLISHED"}
              />
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          {h.canWrite && (draft || h.status !== "PUBLISHED" || waitingFiles > 0) && (
            <Card title="Công khai">
              <p className="mb-3 text-sm text-slate-600">
                Đăng phiên bản {h.latestNumber} lên trang công khai của Đoàn Khối
                {h.publishedNumber && h.status === "PUBLISHED" ? `, thay cho phiên bản ${h.publishedNumber}` : ""}, cùng các tệp
                đính kèm.
              </p>
              {h.moderatedAt && !draft ? (
                <p className="text-sm text-amber-800">
                  Đoàn Khối đã gỡ cẩm nang này. Sửa nội dung và lưu (thành phiên bản mới) rồi công khai lại.
                </p>
              ) : (
                <PublishHandbookButton
                  key={h.version}
                  h={ref}
                  label={draft || h.status !== "PUBLISHED" ? `Công khai phiên bản ${h.latestNumber}` : "Công khai tệp mới"}
                />
              )}
              <p className="mt-2 text-xs text-slate-500">Lưu bản nháp trước khi công khai: phần chưa lưu không được công khai.</p>
            </Card>
          )}
          {h.status === "PUBLISHED" && (
            <Card title="Trên trang công khai">
              {h.publicPath ? (
                <p className="mb-3 text-sm">
                  <Link href={h.publicPath} className="text-doan-700 underline">
                    Xem trang công khai
                  </Link>
                </p>
              ) : (
                <p className="mb-3 text-sm text-slate-600">Trang công khai của Đoàn Khối đang tắt.</p>
              )}
              {(h.canWrite || h.canModerate) && <WithdrawHandbookForm key={h.version} h={ref} reasonRequired={!h.canWrite} />}
            </Card>
          )}
          <Card title="Tệp đính kèm">
            {h.canWrite ? (
              <EvidenceUpload
                ownerType="Handbook"
                ownerId={h.id}
                files={files}
                inputId="handbook-file"
                label="Biểu mẫu, tài liệu"
              />
            ) : (
              <EvidenceList files={files} />
            )}
            {files.length === 0 && !h.canWrite && <p className="text-sm text-slate-600">Không có tệp đính kèm.</p>}
            {waitingFiles > 0 && h.publishedAt && (
              <p className="mt-2 text-xs text-slate-500">
                {waitingFiles} tệp mới thêm chưa lên trang công khai: bấm “Công khai” để đăng.
              </p>
            )}
          </Card>
          <Card title="Các phiên bản">
            <ol className="space-y-1 text-sm">
              {h.versions.map((v) => (
                <li key={v.number}>
                  <span className="font-medium">Phiên bản {v.number}</span>: {v.title}
                  <span className="block text-xs text-slate-500">
                    {v.publishedAt ? `công khai ${formatVietnameseDateTime(v.publishedAt)}` : "chưa công khai"}
                    {v.editor && ` · ${v.editor}`} · sửa {formatVietnameseDateTime(v.updatedAt)}
                  </span>
                </li>
              ))}
            </ol>
          </Card>
          <Card title="Lịch sử">
            <StatusTimeline entries={h.timeline} labels={HANDBOOK_STATUS_LABELS} showNames />
          </Card>
        </div>
      </div>
    </>
  );
}
