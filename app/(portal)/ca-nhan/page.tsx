import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { ownRecord } from "@/lib/data/own-record";
import { todayInVietnam } from "@/lib/domain/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { MemberProfile } from "@/components/members/member-profile";
import { OwnCommitment } from "@/components/commitments/own-commitment";
import { OwnEntries } from "@/components/commitments/own-entries";
import { OwnProjects } from "@/components/projects/own-projects";
import { OwnHonours } from "@/components/honours/own-honours";
import { OwnTitleRegistrations } from "@/components/honours/own-title-registrations";
import { OwnShowcases } from "@/components/showcase/own-showcases";

export const metadata: Metadata = { title: "Hồ sơ của tôi" };

/** The member's whole record on one page: profile, this year's commitment, logged entries, projects. */
export default async function OwnRecordPage() {
  const viewer = await requireViewer();
  const year = todayInVietnam().getUTCFullYear();
  const record = await ownRecord(viewer, year);
  if (!record.profile)
    return (
      <>
        <PageHeader title="Hồ sơ của tôi" description={`Tài khoản ${viewer.email}`} />
        <EmptyState title="Tài khoản chưa gắn với hồ sơ đoàn viên">
          Liên hệ Bí thư chi đoàn để gắn hồ sơ của bạn với tài khoản này.
        </EmptyState>
      </>
    );

  const { profile, current, previous, entries, projects, honours, aims, showcases } = record;
  // Last year's stays on the page until its self-assessment is confirmed (assessed in January too).
  const last = previous.commitment;
  const showPrevious = !!last && !(last.status === "CONFIRMED" && last.assessmentStatus === "CONFIRMED");
  const jump = "rounded-md px-2 py-1 text-doan-700 underline";

  return (
    <>
      <PageHeader
        title="Hồ sơ của tôi"
        description={`${profile.fullName} · ${profile.chiDoanName} · ${profile.coSoName}`}
        actions={
          <nav aria-label="Các phần của hồ sơ" className="flex flex-wrap gap-1 text-sm">
            <a href="#ren-luyen" className={jump}>
              Đăng ký rèn luyện
            </a>
            <a href="#ghi-nhan" className={jump}>
              Kết quả đã ghi nhận
            </a>
            <a href="#cong-trinh" className={jump}>
              Công trình tham gia
            </a>
            <a href="#khen-thuong" className={jump}>
              Khen thưởng
            </a>
          </nav>
        }
      />
      <div className="space-y-6">
        <Card title="Thông tin đoàn viên">
          <MemberProfile member={profile} />
          <p className="mt-4 text-sm text-slate-500">Thông tin chưa đúng? Liên hệ Bí thư chi đoàn của bạn để cập nhật.</p>
        </Card>
        <div id="ren-luyen" className="scroll-mt-4 space-y-6">
          <Card title={`Đăng ký rèn luyện năm ${year}`}>
            <OwnCommitment view={current} />
          </Card>
          {showPrevious && (
            <Card title={`Đăng ký rèn luyện năm ${year - 1}`}>
              <OwnCommitment view={previous} />
            </Card>
          )}
        </div>
        <div id="ghi-nhan" className="scroll-mt-4">
          <Card title="Ý tưởng, học tập, tình nguyện đã ghi nhận">
            <OwnEntries entries={entries} />
          </Card>
        </div>
        <div id="cong-trinh" className="scroll-mt-4">
          <Card title={`Công trình, phần việc thanh niên tham gia (${projects.length})`}>
            <OwnProjects projects={projects} />
          </Card>
        </div>
        <div id="khen-thuong" className="scroll-mt-4 space-y-6">
          {aims && (
            <Card title={`Đăng ký thi đua năm ${aims.year}`}>
              <OwnTitleRegistrations data={aims} />
            </Card>
          )}
          <Card title={`Khen thưởng (${honours.length})`}>
            <OwnHonours honours={honours} />
          </Card>
        </div>
        {showcases.length > 0 && (
          <div id="dien-hinh" className="scroll-mt-4">
            <Card title="Giới thiệu gương điển hình">
              <OwnShowcases rows={showcases} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
