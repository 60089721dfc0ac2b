import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { getOwnProfile } from "@/lib/data/members";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { MemberProfile } from "@/components/members/member-profile";

export const metadata: Metadata = { title: "Hồ sơ của tôi" };

export default async function OwnProfilePage() {
  const viewer = await requireViewer();
  const profile = await getOwnProfile(viewer);
  return (
    <>
      <PageHeader title="Hồ sơ của tôi" description={`Tài khoản ${viewer.email}`} />
      {profile ? (
        <Card title="Thông tin đoàn viên">
          <MemberProfile member={profile} />
          <p className="mt-4 text-sm text-slate-500">Thông tin chưa đúng? Liên hệ Bí thư chi đoàn của bạn để cập nhật.</p>
        </Card>
      ) : (
        <EmptyState title="Tài khoản chưa gắn với hồ sơ đoàn viên">Liên hệ Bí thư chi đoàn để gắn hồ sơ của bạn với tài khoản này.</EmptyState>
      )}
    </>
  );
}
