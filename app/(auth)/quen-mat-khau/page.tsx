import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetRequestForm } from "@/components/auth/password-reset-forms";

export const metadata: Metadata = { title: "Quên mật khẩu" };

export default function ForgotPasswordPage() {
  return (
    <AuthShell title="Quên mật khẩu">
      <p className="mb-4 text-sm text-slate-600">
        Nhập email đăng nhập của bạn. Cổng sẽ gửi một liên kết để đặt mật khẩu mới, dùng được một lần trong 30 phút.
      </p>
      <ResetRequestForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/dang-nhap" className="text-doan-700 underline">
          Quay lại đăng nhập
        </Link>
      </p>
    </AuthShell>
  );
}
