import Link from "next/link";
import type { Viewer } from "@/lib/authz";
import { canSomewhere, holds, ROLE_LABELS } from "@/lib/authz";
import { SignOutButton } from "./sign-out-button";
import { NavLink } from "./nav-link";

function navFor(viewer: Viewer) {
  const items: { href: string; label: string }[] = [];
  if (canSomewhere(viewer, "plan.read")) items.push({ href: "/bang-dieu-khien", label: "Bảng điều khiển" });
  if (holds(viewer, "unit.read", { at: ["KHOI"] })) items.push({ href: "/khoi", label: "Cơ cấu tổ chức" });
  if (holds(viewer, "unit.read", { at: ["CO_SO", "CHI_DOAN"] })) items.push({ href: "/co-so", label: "Đơn vị" });
  if (holds(viewer, "unit.read", { at: ["CITY"] })) items.push({ href: "/thanh-doan", label: "Các Đoàn Khối" });
  if (holds(viewer, "member.read")) items.push({ href: "/doan-vien", label: "Đoàn viên" });
  if (canSomewhere(viewer, "plan.read")) items.push({ href: "/ke-hoach", label: "Kế hoạch" });
  if (canSomewhere(viewer, "activity.read")) items.push({ href: "/hoat-dong", label: "Hoạt động" });
  if (canSomewhere(viewer, "project.read")) items.push({ href: "/cong-trinh", label: "Công trình" });
  if (canSomewhere(viewer, "report.read")) items.push({ href: "/bao-cao", label: "Báo cáo" });
  if (canSomewhere(viewer, "honour.read")) items.push({ href: "/khen-thuong", label: "Khen thưởng" });
  if (canSomewhere(viewer, "inspection.read")) items.push({ href: "/kiem-tra", label: "Kiểm tra" });
  if (holds(viewer, "report.manage", { at: ["KHOI"] })) items.push({ href: "/khoi/nhac-han", label: "Nhắc hạn" });
  if (canSomewhere(viewer, "question.answer") || canSomewhere(viewer, "question.manage"))
    items.push({ href: "/hoi-dap", label: "Hỏi đáp" });
  if (canSomewhere(viewer, "handbook.write") || canSomewhere(viewer, "question.manage"))
    items.push({ href: "/cam-nang", label: "Cẩm nang" });
  if (holds(viewer, "question.manage", { at: ["KHOI"] })) items.push({ href: "/khoi/trang-cong-khai", label: "Trang công khai" });
  if (canSomewhere(viewer, "honour.city")) items.push({ href: "/thanh-doan/khen-thuong", label: "Đề nghị khen thưởng" });
  // Members see their own entries on their record; these lists are for those who review them.
  if (holds(viewer, "entry.read")) {
    items.push({ href: "/ghi-nhan", label: "Kết quả rèn luyện" }, { href: "/cam-ket", label: "Đăng ký rèn luyện" });
  }
  if (canSomewhere(viewer, "account.manage")) items.push({ href: "/khoi/tai-khoan", label: "Tài khoản" });
  if (canSomewhere(viewer, "audit.read")) {
    items.push({ href: "/khoi/nhat-ky", label: "Nhật ký" }, { href: "/khoi/thu-di", label: "Thư đi" });
  }
  if (holds(viewer, "entry.log", { at: ["CO_SO", "CHI_DOAN"], self: true }))
    items.push({ href: "/ca-nhan", label: "Hồ sơ của tôi" });
  return items;
}

export function PortalHeader({ viewer, unread }: { viewer: Viewer; unread: number }) {
  const grant = viewer.grants[0];
  return (
    <header className="bg-doan-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="font-semibold">
          Cổng “3 trách nhiệm”
        </Link>
        <div className="flex items-center gap-2 text-sm">
          <span className="hidden text-white/80 sm:inline" title={viewer.email}>
            {viewer.name}
            {grant && ` · ${ROLE_LABELS[grant.role]} – ${grant.unitName}`}
          </span>
          <Link
            href="/thong-bao"
            className="rounded-md px-2 py-1 text-white/90 hover:bg-white/10"
            aria-label={`Thông báo, ${unread} chưa đọc`}
          >
            Thông báo
            {unread > 0 && (
              <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">{unread}</span>
            )}
          </Link>
          <Link href="/doi-mat-khau" className="rounded-md px-2 py-1 text-white/90 hover:bg-white/10">
            Đổi mật khẩu
          </Link>
          <SignOutButton />
        </div>
      </div>
      <nav aria-label="Điều hướng chính" className="mx-auto max-w-6xl overflow-x-auto px-4">
        <ul className="flex gap-1 pb-2 text-sm">
          {navFor(viewer).map((item) => (
            <li key={item.href}>
              <NavLink
                href={item.href}
                className="block whitespace-nowrap rounded-md px-3 py-1.5 text-white/90 hover:bg-white/10"
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
