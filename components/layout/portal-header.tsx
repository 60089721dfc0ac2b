import Link from "next/link";
import type { Viewer } from "@/lib/authz";
import { canSomewhere, ROLE_LABELS } from "@/lib/authz";
import { hasRole } from "@/lib/auth/home";
import { SignOutButton } from "./sign-out-button";

function navFor(viewer: Viewer) {
  const items: { href: string; label: string }[] = [];
  if (canSomewhere(viewer, "plan.read")) items.push({ href: "/bang-dieu-khien", label: "Bảng điều khiển" });
  if (hasRole(viewer, "KHOI_ADMIN", "KHOI_STAFF")) items.push({ href: "/khoi", label: "Cơ cấu tổ chức" });
  if (hasRole(viewer, "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY")) items.push({ href: "/co-so", label: "Đơn vị" });
  if (hasRole(viewer, "CITY_VIEWER")) items.push({ href: "/thanh-doan", label: "Các Đoàn Khối" });
  if (hasRole(viewer, "KHOI_ADMIN", "KHOI_STAFF", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY")) items.push({ href: "/doan-vien", label: "Đoàn viên" });
  if (canSomewhere(viewer, "plan.read")) items.push({ href: "/ke-hoach", label: "Kế hoạch" });
  if (canSomewhere(viewer, "activity.read")) items.push({ href: "/hoat-dong", label: "Hoạt động" });
  if (canSomewhere(viewer, "project.read")) items.push({ href: "/cong-trinh", label: "Công trình" });
  if (canSomewhere(viewer, "report.read")) items.push({ href: "/bao-cao", label: "Báo cáo" });
  // Members see their own entries on their record; these lists are for those who review them.
  if (hasRole(viewer, "KHOI_ADMIN", "KHOI_STAFF", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY")) {
    items.push({ href: "/ghi-nhan", label: "Kết quả rèn luyện" }, { href: "/cam-ket", label: "Đăng ký rèn luyện" });
  }
  if (canSomewhere(viewer, "account.manage")) items.push({ href: "/khoi/tai-khoan", label: "Tài khoản" });
  if (canSomewhere(viewer, "audit.read")) items.push({ href: "/khoi/nhat-ky", label: "Nhật ký" });
  if (hasRole(viewer, "MEMBER", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY")) items.push({ href: "/ca-nhan", label: "Hồ sơ của tôi" });
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
          <Link href="/thong-bao" className="rounded-md px-2 py-1 text-white/90 hover:bg-white/10" aria-label={`Thông báo, ${unread} chưa đọc`}>
            Thông báo
            {unread > 0 && <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">{unread}</span>}
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
              <Link href={item.href} className="block whitespace-nowrap rounded-md px-3 py-1.5 text-white/90 hover:bg-white/10">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
