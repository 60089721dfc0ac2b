import Link from "next/link";
import type { Viewer } from "@/lib/authz";
import { canSomewhere, holds, ROLE_LABELS } from "@/lib/authz";
import { SignOutButton } from "./sign-out-button";
import { PortalNav, type NavGroup } from "./portal-nav";

/** The menu, grouped by what the role does; a group with nothing for this viewer is left out. */
function navFor(viewer: Viewer, waiting: Record<string, number>): NavGroup[] {
  const groups: NavGroup[] = [];
  const group = (label: string, entries: [boolean, string, string][]) => {
    const items = entries
      .filter(([shown]) => shown)
      .map(([, href, text]) => ({ href, label: text, waiting: waiting[href] ?? 0 }));
    if (items.length) groups.push({ label, items });
  };
  const reviews = holds(viewer, "entry.read");
  group("Theo dõi", [
    [canSomewhere(viewer, "plan.read"), "/bang-dieu-khien", "Bảng điều khiển"],
    [holds(viewer, "unit.read", { at: ["KHOI"] }), "/khoi", "Cơ cấu tổ chức"],
    [holds(viewer, "unit.read", { at: ["CO_SO", "CHI_DOAN"] }), "/co-so", "Đơn vị"],
    [holds(viewer, "unit.read", { at: ["CITY"] }), "/thanh-doan", "Các Đoàn Khối"],
    [holds(viewer, "member.read"), "/doan-vien", "Đoàn viên"],
  ]);
  group("Phong trào", [
    [canSomewhere(viewer, "plan.read"), "/ke-hoach", "Kế hoạch"],
    [canSomewhere(viewer, "activity.read"), "/hoat-dong", "Hoạt động"],
    [canSomewhere(viewer, "project.read"), "/cong-trinh", "Công trình"],
    // Members see their own entries on their record; these lists are for those who review them.
    [reviews, "/ghi-nhan", "Kết quả rèn luyện"],
    [reviews, "/cam-ket", "Đăng ký rèn luyện"],
    [canSomewhere(viewer, "idea.share"), "/y-tuong", "Ý tưởng được chia sẻ"],
  ]);
  group("Báo cáo, thi đua", [
    [canSomewhere(viewer, "report.read"), "/bao-cao", "Báo cáo"],
    [holds(viewer, "report.manage", { at: ["KHOI"] }), "/khoi/nhac-han", "Nhắc hạn"],
    [canSomewhere(viewer, "honour.read"), "/khen-thuong", "Khen thưởng"],
    [canSomewhere(viewer, "honour.city"), "/thanh-doan/khen-thuong", "Đề nghị khen thưởng"],
    [canSomewhere(viewer, "inspection.read"), "/kiem-tra", "Kiểm tra"],
  ]);
  group("Người dân", [
    [canSomewhere(viewer, "question.answer") || canSomewhere(viewer, "question.manage"), "/hoi-dap", "Hỏi đáp"],
    [canSomewhere(viewer, "handbook.write") || canSomewhere(viewer, "question.manage"), "/cam-nang", "Cẩm nang"],
    [holds(viewer, "question.manage", { at: ["KHOI"] }), "/khoi/trang-cong-khai", "Trang công khai"],
  ]);
  group("Quản trị", [
    [canSomewhere(viewer, "account.manage"), "/khoi/tai-khoan", "Tài khoản"],
    [canSomewhere(viewer, "audit.read"), "/khoi/nhat-ky", "Nhật ký"],
    [canSomewhere(viewer, "audit.read"), "/khoi/thu-di", "Thư đi"],
  ]);
  group("Cá nhân", [[holds(viewer, "entry.log", { at: ["CO_SO", "CHI_DOAN"], self: true }), "/ca-nhan", "Hồ sơ của tôi"]]);
  return groups;
}

/** `waiting`: the work waiting per menu entry (its href), shown as a count beside it. */
export function PortalHeader({
  viewer,
  unread,
  waiting = {},
}: {
  viewer: Viewer;
  unread: number;
  waiting?: Record<string, number>;
}) {
  const grant = viewer.grants[0];
  const who = (
    <>
      <span className="font-medium text-white">{viewer.name}</span>
      {grant && <span className="text-white/80">{` · ${ROLE_LABELS[grant.role]} – ${grant.unitName}`}</span>}
    </>
  );
  const link = "rounded-md px-2 py-1 text-white/90 hover:bg-white/10";
  return (
    <header className="bg-doan-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 pt-3 text-sm md:pb-1">
        <Link href="/" className="mr-auto text-base font-semibold">
          Cổng “3 trách nhiệm”
        </Link>
        <span className="hidden md:inline" title={viewer.email}>
          {who}
        </span>
        <Link href="/thong-bao" className={link} aria-label={`Thông báo, ${unread} chưa đọc`}>
          Thông báo
          {unread > 0 && (
            <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">{unread}</span>
          )}
        </Link>
        <Link href="/doi-mat-khau" className={`${link} hidden md:inline-block`}>
          Đổi mật khẩu
        </Link>
        <span className="hidden md:inline">
          <SignOutButton />
        </span>
        <PortalNav
          groups={navFor(viewer, waiting)}
          account={
            <div className="flex flex-wrap items-center gap-2 px-3">
              <p className="w-full" title={viewer.email}>
                {who}
              </p>
              <Link href="/doi-mat-khau" className={link}>
                Đổi mật khẩu
              </Link>
              <SignOutButton />
            </div>
          }
        />
      </div>
    </header>
  );
}
