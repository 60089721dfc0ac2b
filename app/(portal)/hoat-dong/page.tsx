import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listActivities } from "@/lib/data/activities";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { ActivityList } from "@/components/activities/activity-list";

export const metadata: Metadata = { title: "Hoạt động của Đoàn Khối" };

export default async function ActivitiesPage() {
  const viewer = await requireViewer();
  const activities = await listActivities(viewer);
  const manages = canSomewhere(viewer, "activity.manage");
  return (
    <>
      <PageHeader
        title="Hoạt động của Đoàn Khối"
        description="Hội thi, hoạt động cao điểm, tập huấn, sản phẩm tuyên truyền, kiểm tra chuyên đề theo kế hoạch."
        actions={
          manages ? (
            <Link href="/hoat-dong/moi" className={buttonClass()}>
              Thêm hoạt động
            </Link>
          ) : undefined
        }
      />
      {activities.length === 0 ? (
        <EmptyState title="Chưa có hoạt động nào">
          {manages
            ? "Ban hành kế hoạch rồi bấm “Thêm hoạt động” để lên lịch các hoạt động theo kế hoạch."
            : "Khi Đoàn Khối lên lịch hoạt động, hoạt động sẽ hiện ở đây."}
        </EmptyState>
      ) : (
        <Card>
          <ActivityList activities={activities} />
        </Card>
      )}
    </>
  );
}
