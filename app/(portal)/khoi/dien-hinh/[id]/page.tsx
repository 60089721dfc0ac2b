import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { showcaseFor } from "@/lib/data/showcase";
import { evidenceOf } from "@/lib/data/evidence";
import { projectPhotosFor } from "@/lib/data/showcase-photos";
import { ProjectPhotos } from "@/components/showcase/project-photos";
import { EvidenceUpload } from "@/components/activities/evidence-files";
import { siteSettingsFor } from "@/lib/data/questions";
import { foundOr404, idOr404 } from "@/lib/routes/found";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { SHOWCASE_PILLARS } from "@/lib/validation/showcase";
import { SHOWCASE_KIND_LABELS, SHOWCASE_STATUS_LABELS } from "@/lib/domain/showcase";
import { EditShowcaseForm, ShowcaseStatusForm } from "@/components/showcase/showcase-forms";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Hồ sơ điển hình" };

type Props = { params: Promise<{ id: string }> };

export default async function ShowcaseProfilePage({ params }: Props) {
  const viewer = await requireViewer();
  if (!holds(viewer, "question.manage", { at: ["KHOI"] })) notFound();
  const { profile: p, timeline } = await foundOr404(showcaseFor(viewer, idOr404((await params).id)));
  const [site, files, projectPhotos] = await Promise.all([
    siteSettingsFor(viewer),
    evidenceOf(viewer, p.khoiId, "ShowcaseProfile", [p.id]),
    projectPhotosFor(viewer, p.id),
  ]);
  const waiting = p.people.filter((x) => !x.consentedAt).map((x) => x.member.fullName);
  const live = p.status === "PUBLISHED" && waiting.length === 0;
  const ref = { id: p.id, version: p.version };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/khoi/dien-hinh" className="text-doan-700 underline">
          ← Gương điển hình, mô hình hay
        </Link>
      </p>
      <PageHeader
        title={p.title}
        description={`${SHOWCASE_KIND_LABELS[p.kind]} · ${SHOWCASE_STATUS_LABELS[p.status]}${p.coSo ? ` · ${p.coSo.name}` : ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Nội dung">
            <EditShowcaseForm key={p.version} p={p} pillars={SHOWCASE_PILLARS} />
          </Card>
          <Card title="Ảnh">
            <p className="mb-3 text-sm text-slate-600">
              Ảnh đầu tiên hiện trên trang công khai. Ảnh được lưu lại không kèm thông tin máy chụp, vị trí (GPS).
            </p>
            <EvidenceUpload
              ownerType="ShowcaseProfile"
              ownerId={p.id}
              files={files}
              inputId="showcase-photo"
              label="Ảnh"
              accept="image/jpeg,image/png,image/webp"
              hint="Ảnh JPG, PNG hoặc WebP; tối đa 10 MB."
              chooseLabel="Chọn ảnh"
            />
            {projectPhotos.length > 0 && (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <ProjectPhotos profileId={p.id} photos={projectPhotos} />
              </div>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="Trên trang công khai">
            <p className="mb-3 text-sm text-slate-700">
              {live ? (
                site.exists && site.published ? (
                  <Link href={`/doan-khoi/${site.slug}/dien-hinh/${p.id}`} className="text-doan-700 underline">
                    Đang hiện: xem trang công khai
                  </Link>
                ) : (
                  "Đã công khai; trang công khai của Đoàn Khối chưa mở."
                )
              ) : p.status === "PUBLISHED" ? (
                `Chưa hiện: chờ ${waiting.join(", ")} đồng ý.`
              ) : p.status === "WITHDRAWN" ? (
                `Đã gỡ: ${p.withdrawnReason ?? ""}`
              ) : (
                "Bản nháp: chưa hiện."
              )}
            </p>
            <ShowcaseStatusForm key={p.version} p={ref} published={p.status === "PUBLISHED"} />
          </Card>
          <Card title="Người được nêu tên">
            {p.people.length === 0 ? (
              <p className="text-sm text-slate-600">Không nêu tên ai: không cần xin đồng ý.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {p.people.map((x) => (
                  <li key={x.member.fullName}>
                    {x.member.fullName}:{" "}
                    {x.consentedAt ? `đã đồng ý ngày ${formatVietnameseDate(dayInVietnam(x.consentedAt))}` : "chưa đồng ý"}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {p.honour && (
            <Card title="Khen thưởng">
              <p className="text-sm text-slate-700">
                {p.honour.titleName}, Quyết định số {p.honour.decision.number} ngày{" "}
                {formatVietnameseDate(p.honour.decision.signedOn)}
              </p>
            </Card>
          )}
          <Card title="Lịch sử">
            <StatusTimeline entries={timeline} labels={SHOWCASE_STATUS_LABELS} showNames />
          </Card>
        </div>
      </div>
    </>
  );
}
