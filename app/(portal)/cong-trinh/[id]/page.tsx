import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { evidenceOf } from "@/lib/data/evidence";
import { getProject } from "@/lib/data/projects";
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/domain/work-labels";
import { joinProjectAction, leaveProjectAction, withdrawProjectAction } from "@/lib/actions/projects";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { EvidenceList, EvidenceUpload } from "@/components/activities/evidence-files";
import {
  ProgressBar,
  ProjectInfo,
  ProjectParticipantsView,
  ProjectResult,
  ProjectUpdates,
} from "@/components/projects/project-details";
import { CompletionReportForm, ProgressUpdateForm } from "@/components/projects/project-progress-forms";
import { ProjectReviewPanel } from "@/components/projects/project-review-panel";

export const metadata: Metadata = { title: "Công trình thanh niên" };

const REPORTED = ["COMPLETED", "ACKNOWLEDGED", "HONOURED"];

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const p = await recordOr404((await params).id, (id) => getProject(viewer, id));
  // The city reads the project, not its files (they may name people): lib/data/evidence-owners.ts.
  const seesFiles = viewer.grants.some((g) => g.unitKind !== "CITY");
  const files = seesFiles ? await evidenceOf(viewer, p.khoiId, "YouthProject", [p.id]) : [];
  const reviews = p.can.approve || p.can.return || p.can.acknowledge || p.can.honour;
  const ref = { id: p.id, version: p.version };

  return (
    <>
      <PageHeader
        title={p.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <WorkStatusBadge kind="project" status={p.status} /> {PROJECT_KIND_LABELS[p.kind]} · {p.unitName}
          </span>
        }
        actions={
          <>
            {p.can.edit && (
              <Link href={`/cong-trinh/${p.id}/sua`} className={buttonClass(p.status === "RETURNED" ? "primary" : "secondary")}>
                {p.status === "RETURNED" ? "Sửa và gửi lại" : "Sửa"}
              </Link>
            )}
            {p.can.withdraw && (
              <ConfirmActionButton
                label="Rút đăng ký"
                variant="secondary"
                className=""
                confirm="Rút đăng ký công trình này? Bản đăng ký được lưu trữ và không còn hiện trong danh sách."
                redirectTo="/cong-trinh"
                run={withdrawProjectAction.bind(null, ref)}
              />
            )}
          </>
        }
      />
      {p.status === "RETURNED" && p.can.edit && (
        <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Đoàn Khối đã trả lại bản đăng ký{p.reviewComment ? `: “${p.reviewComment}”` : ""}. Bấm “Sửa và gửi lại” để sửa theo ý
          kiến rồi gửi duyệt lại.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Thông tin đăng ký">
            <ProjectInfo p={p} />
          </Card>
          <Card title={p.level === "KHOI" ? `Cơ sở tham gia (${p.joins.length})` : "Chi đoàn, đoàn viên tham gia"}>
            <ProjectParticipantsView p={p} />
          </Card>
          {(p.status === "APPROVED" || p.updates.length > 0) && (
            <Card title="Tiến độ thực hiện">
              <div className="space-y-4">
                <ProgressBar value={p.progress} />
                <ProjectUpdates p={p} />
                {p.can.postUpdate && <ProgressUpdateForm projectId={p.id} progress={p.progress} />}
              </div>
            </Card>
          )}
          {REPORTED.includes(p.status) && (
            <Card title="Báo cáo hoàn thành">
              <ProjectResult p={p} />
            </Card>
          )}
          {p.can.complete && (
            <Card title="Báo cáo hoàn thành">
              <CompletionReportForm projectId={p.id} version={p.version} progress={p.progress} />
            </Card>
          )}
          {seesFiles && (
            <Card title="Minh chứng">
              {p.can.attachFiles ? (
                <EvidenceUpload ownerType="YouthProject" ownerId={p.id} files={files} inputId="project-evidence" />
              ) : files.length ? (
                <EvidenceList files={files} />
              ) : (
                <p className="text-sm text-slate-600">Chưa có tệp minh chứng.</p>
              )}
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {reviews && (
            <Card title={p.can.approve || p.can.return ? "Duyệt đăng ký" : "Ghi nhận, tuyên dương"}>
              <ProjectReviewPanel projectId={p.id} version={p.version} can={p.can} selfRegistered={p.createdByViewer} />
            </Card>
          )}
          {p.joinAs.length > 0 && p.status === "APPROVED" && (
            <Card title="Tham gia công trình cấp Khối">
              <ul className="space-y-3 text-sm">
                {p.joinAs.map((c) => (
                  <li key={c.coSoId} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {c.name}
                      {c.joined ? " · đã tham gia" : ""}
                    </span>
                    {c.joined ? (
                      <ConfirmActionButton
                        label="Rút khỏi"
                        variant="secondary"
                        className=""
                        confirm={`Rút ${c.name} khỏi công trình này?`}
                        run={leaveProjectAction.bind(null, { projectId: p.id, coSoId: c.coSoId })}
                      />
                    ) : (
                      <ConfirmActionButton
                        label="Đăng ký tham gia"
                        variant="secondary"
                        className=""
                        run={joinProjectAction.bind(null, { projectId: p.id, coSoId: c.coSoId })}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card title="Lịch sử trạng thái">
            <StatusTimeline entries={p.timeline} labels={PROJECT_STATUS_LABELS} showNames={canSomewhere(viewer, "member.read")} />
          </Card>
        </div>
      </div>
    </>
  );
}
