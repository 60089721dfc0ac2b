import type { Metadata } from "next";
import Link from "next/link";
import { resetLinkUsable } from "@/lib/data/password-reset";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/password-reset-forms";

export const metadata: Metadata = { title: "Đặt lại mật khẩu" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const token = (await searchParams).token ?? "";
  const usable = await resetLinkUsable(token);
  return (
    <AuthShell title="Đặt lại mật khẩu">
      {usable ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p role="alert" className="text-sm text-slate-700">
          Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng.{" "}
          <Link href="/quen-mat-khau" className="text-doan-700 underline">
            Yêu cầu liên kết mới
          </Link>
          .
        </p>
      )}
    </AuthShell>
  );
}
