import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { honourPillars } from "@/lib/data/honour-titles";
import { Card, PageHeader } from "@/components/ui/page";
import { TitleForm } from "@/components/honours/title-form";

export const metadata: Metadata = { title: "Thêm danh hiệu" };

export default async function NewTitlePage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "honour.manage", { at: ["KHOI"] })) notFound();
  const pillars = await honourPillars(viewer);
  return (
    <>
      <PageHeader title="Thêm danh hiệu" description="Tên, đối tượng, cấp và tiêu chí của danh hiệu." />
      <Card>
        <TitleForm pillars={pillars} />
      </Card>
    </>
  );
}
