import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { projectFormUnits } from "@/lib/data/project-options";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { ProjectForm } from "@/components/projects/project-form";

export const metadata: Metadata = { title: "Đăng ký công trình" };

export default async function NewProjectPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "project.register")) notFound();
  const units = await projectFormUnits(viewer);
  const withPlans = units.filter((u) => u.plans.length > 0);
  return (
    <>
      <PageHeader
        title="Đăng ký công trình, phần việc thanh niên"
        description="Công trình của cơ sở được gửi Đoàn Khối duyệt; công trình cấp Khối được thực hiện ngay và các cơ sở đăng ký tham gia."
      />
      {withPlans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch đã ban hành">
          Công trình được đăng ký theo một kế hoạch đã ban hành.{" "}
          <Link href="/ke-hoach" className="text-doan-700 underline">
            Xem các kế hoạch
          </Link>{" "}
          hoặc đề nghị Đoàn Khối ban hành kế hoạch năm.
        </EmptyState>
      ) : (
        <Card>
          <ProjectForm units={withPlans} />
        </Card>
      )}
    </>
  );
}
