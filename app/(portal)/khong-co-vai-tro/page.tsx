import { requireViewer } from "@/lib/auth/viewer";
import { EmptyState } from "@/components/ui/page";

export default async function NoRolePage() {
  await requireViewer();
  return (
    <EmptyState title="Tài khoản của bạn chưa được phân vai trò">Liên hệ quản trị viên Đoàn Khối để được cấp quyền.</EmptyState>
  );
}
