import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { optionalIdParam } from "@/lib/validation/list-query";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { MemberForm } from "@/components/members/member-form";
import { CoSoChooser } from "@/components/members/co-so-chooser";

export const metadata: Metadata = { title: "Thêm đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NewMemberPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "member.create")) notFound();
  // A large Khối chooses the cơ sở first, then one of its chi đoàn in the form.
  const chiDoan = await chiDoanPicker(viewer, "member.create", { coSo: optionalIdParam.parse(one((await searchParams).coSo)) });
  const coSoOptions = chiDoan.byCoSo ? await listUnitOptions(viewer, "member.create", ["CO_SO"]) : [];
  return (
    <>
      <PageHeader title="Thêm đoàn viên" />
      {chiDoan.byCoSo && (
        <Card className="mb-4">
          <CoSoChooser label="Cơ sở Đoàn của đoàn viên" options={coSoOptions} value={chiDoan.coSo} />
        </Card>
      )}
      {chiDoan.byCoSo && !chiDoan.coSo ? null : chiDoan.options.length === 0 ? (
        <EmptyState title="Chưa có chi đoàn nào">Hãy tạo chi đoàn trước, rồi thêm đoàn viên vào chi đoàn.</EmptyState>
      ) : (
        <Card>
          <MemberForm chiDoanOptions={chiDoan.options} />
        </Card>
      )}
    </>
  );
}
