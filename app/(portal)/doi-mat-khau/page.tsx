import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { Card, PageHeader } from "@/components/ui/page";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const viewer = await requireViewer({ allowPasswordChange: true });
  return (
    <>
      <PageHeader
        title="Đổi mật khẩu"
        description={
          viewer.mustChangePassword ? "Đây là lần đăng nhập đầu tiên: hãy đặt mật khẩu của riêng bạn để tiếp tục." : undefined
        }
      />
      <Card>
        <ChangePasswordForm forced={viewer.mustChangePassword} />
      </Card>
    </>
  );
}
