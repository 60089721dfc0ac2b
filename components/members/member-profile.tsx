import type { MemberDto } from "@/lib/data/members";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { GENDER_LABELS } from "@/lib/domain/labels";

/** A member's profile as a definition list. */
export function MemberProfile({ member }: { member: MemberDto }) {
  const rows: [string, string][] = [
    ["Họ và tên", member.fullName],
    ["Ngày sinh", formatVietnameseDate(member.birthDate)],
    ["Giới tính", member.gender ? GENDER_LABELS[member.gender] : ""],
    ["Chức vụ", member.position ?? ""],
    ["Cơ quan/đơn vị", member.agency ?? ""],
    ["Ngày vào Đoàn", formatVietnameseDate(member.joinedUnionAt)],
    ["Chi đoàn", member.chiDoanName],
    ["Cơ sở Đoàn", member.coSoName],
    ["Email", member.email ?? ""],
    ["Điện thoại", member.phone ?? ""],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-sm text-slate-500">{label}</dt>
          <dd className="text-slate-900">{value || <span className="text-slate-400">Chưa cập nhật</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
