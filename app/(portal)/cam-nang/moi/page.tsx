import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { NewHandbookForm } from "@/components/handbooks/handbook-forms";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Viết cẩm nang mới" };

export default async function NewHandbookPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "handbook.write")) notFound();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/cam-nang" className="text-doan-700 underline">
          ← Cẩm nang thủ tục hành chính
        </Link>
      </p>
      <PageHeader title="Viết cẩm nang mới" description="Lưu bản nháp, xem lại, đính kèm biểu mẫu rồi công khai khi sẵn sàng." />
      <Card>
        <NewHandbookForm />
      </Card>
    </>
  );
}
