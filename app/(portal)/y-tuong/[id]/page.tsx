import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { recordOr404 } from "@/lib/routes/found";
import { getSharedIdea } from "@/lib/data/shared-ideas";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { IDEA_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { CommentForm } from "@/components/ideas/comment-form";
import { CommentList } from "@/components/ideas/comment-list";
import { CuratePanel } from "@/components/ideas/curate-panel";
import { SupportButton } from "@/components/ideas/support-button";

export const metadata: Metadata = { title: "Ý tưởng được chia sẻ" };

type Props = { params: Promise<{ id: string }> };

export default async function SharedIdeaPage({ params }: Props) {
  const viewer = await requireViewer();
  // Another Khối's idea, a private one and a malformed id are the same 404.
  const idea = await recordOr404((await params).id, (id) => getSharedIdea(viewer, id));
  const section = (label: string, text: string | null) =>
    text ? (
      <div>
        <dt className="text-sm font-medium text-slate-700">{label}</dt>
        <dd className="whitespace-pre-line text-sm text-slate-900">{text}</dd>
      </div>
    ) : null;

  return (
    <>
      <PageHeader
        title={idea.title}
        description={`${idea.ideaKind ? `${IDEA_KIND_LABELS[idea.ideaKind]} · ` : ""}${idea.authorName} · ${idea.coSoName} · chia sẻ ngày ${formatVietnameseDate(dayInVietnam(idea.publishedAt))}`}
        actions={
          <Link href="/y-tuong" className="text-sm text-doan-700 underline">
            ← Ý tưởng được chia sẻ
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Nội dung">
            <dl className="space-y-3">
              {section("Lĩnh vực", idea.field ? WORK_FIELD_LABELS[idea.field] : null)}
              {section("Vấn đề đặt ra", idea.problem)}
              {section("Giải pháp đề xuất", idea.proposal)}
              {section("Hiệu quả", idea.effect)}
            </dl>
            <p className="mt-3 flex flex-wrap gap-2 text-xs">
              {idea.confirmed && <span className="rounded bg-green-50 px-1.5 py-0.5 text-green-800">Đã xác nhận</span>}
              {idea.applied && <span className="rounded bg-blue-50 px-1.5 py-0.5 text-blue-800">Đã áp dụng</span>}
              {idea.contestName && (
                <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900">Dự thi: {idea.contestName}</span>
              )}
            </p>
          </Card>
          <Card title="Góp ý">
            <div className="space-y-4">
              <CommentList comments={idea.comments} />
              <CommentForm id={idea.id} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Ủng hộ">
            <SupportButton id={idea.id} supported={idea.supported} count={idea.supportCount} canSupport={idea.canSupport} />
          </Card>
          {idea.canCurate && (
            <Card title="Đoàn Khối">
              <CuratePanel
                id={idea.id}
                version={idea.version}
                contestId={idea.contestId}
                contests={idea.contests}
                canPickContest={idea.canPickContest}
                applied={idea.applied}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
