import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LoginForm } from "@/components/auth/login-form";
import { AuthShell } from "@/components/auth/auth-shell";

export const metadata: Metadata = { title: "Đăng nhập" };

type Props = { searchParams: Promise<{ matKhauMoi?: string; tiep?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  // The page the user asked for before being sent here, if it is one of this site's.
  const returnTo = safeReturnPath(typeof params.tiep === "string" ? params.tiep : null);
  if (await getViewer()) redirect(returnTo ?? "/");
  const passwordChanged = params.matKhauMoi === "1";
  return (
    <AuthShell>
      {passwordChanged && (
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.
        </p>
      )}
      <LoginForm returnTo={returnTo} />
      <p className="mt-4 text-center text-sm">
        <Link href="/quen-mat-khau" className="text-doan-700 underline">
          Quên mật khẩu?
        </Link>
      </p>
    </AuthShell>
  );
}
