import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz";
import { getMember, memberTarget } from "@/lib/data/members";
import { chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { optionalIdParam } from "@/lib/validation/list-query";
import { CoSoChooser } from "@/components/members/co-so-chooser";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { Card, PageHeader } from "@/components/ui/page";
import { FormNotice } from "@/components/ui/field";
import { MemberForm } from "@/components/members/member-form";
import { MemberProfile } from "@/components/members/member-profile";
import { ArchiveMemberButton } from "@/components/members/archive-member-button";

export const metadata: Metadata = { title: "Hồ sơ đoàn viên" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; coSo?: string }> };

export default async function MemberPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const member = await recordOr404((await params).id, (id) => getMember(viewer, id));
  // The target comes from the stored row, never from the URL.
  const row = await memberTarget(viewer, member.id);
  const editable = !!row && can(viewer, "member.update", row);
  const asked = await searchParams;
  const saved = asked.saved === "1";

  if (!editable) {
    return (
      <>
        <PageHeader title={member.fullName} />
        <Card>
          <MemberProfile member={member} />
        </Card>
      </>
    );
  }

  // A large Khối lists the chi đoàn of the member's cơ sở, or of another chosen to move them to.
  const chiDoan = await chiDoanPicker(viewer, "member.update", {
    coSo: optionalIdParam.parse(asked.coSo),
    selected: member.chiDoanId,
  });
  const coSoOptions = chiDoan.byCoSo ? await listUnitOptions(viewer, "member.update", ["CO_SO"]) : [];
  return (
    <>
      <PageHeader title={member.fullName} description={`${member.chiDoanName} – ${member.coSoName}`} />
      <div className="mb-4">
        <FormNotice message={saved ? "Đã lưu hồ sơ đoàn viên." : null} />
      </div>
      <Card title="Sửa hồ sơ" className="mb-6">
        {chiDoan.byCoSo && (
          <div className="mb-4 border-b border-slate-100 pb-4">
            <CoSoChooser label="Chuyển sang chi đoàn của cơ sở" options={coSoOptions} value={chiDoan.coSo} />
          </div>
        )}
        <MemberForm
          key={member.version}
          chiDoanOptions={chiDoan.options}
          initial={{
            id: member.id,
            version: member.version,
            fullName: member.fullName,
            birthDate: formatVietnameseDate(member.birthDate),
            gender: member.gender ?? "",
            position: member.position ?? "",
            agency: member.agency ?? "",
            joinedUnionAt: formatVietnameseDate(member.joinedUnionAt),
            chiDoanId: member.chiDoanId,
            email: member.email ?? "",
            phone: member.phone ?? "",
          }}
        />
      </Card>
      <Card title="Lưu trữ">
        <p className="mb-3 text-sm text-slate-600">
          Dùng khi đoàn viên đã chuyển công tác hoặc trưởng thành Đoàn. Hồ sơ được lưu trữ, không bị xóa.
        </p>
        <ArchiveMemberButton id={member.id} version={member.version} name={member.fullName} />
      </Card>
    </>
  );
}
