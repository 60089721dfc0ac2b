import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listUnitOptions } from "@/lib/data/units";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { MemberForm } from "@/components/members/member-form";

export const metadata: Metadata = { title: "Thêm đoàn viên" };

export default async function NewMemberPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "member.create")) notFound();
  const chiDoanOptions = await listUnitOptions(viewer, "member.create", ["CHI_DOAN"]);
  return (
    <>
      <PageHeader title="Thêm đoàn viên" />
      {chiDoanOptions.length === 0 ? (
        <EmptyState title="Chưa có chi đoàn nào">Hãy tạo chi đoàn trước, rồi thêm đoàn viên vào chi đoàn.</EmptyState>
      ) : (
        <Card>
          <MemberForm chiDoanOptions={chiDoanOptions} />
        </Card>
      )}
    </>
  );
}
