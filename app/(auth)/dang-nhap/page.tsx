import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

type Props = { searchParams: Promise<{ matKhauMoi?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  if (await getViewer()) redirect("/");
  const passwordChanged = (await searchParams).matKhauMoi === "1";
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-doan-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-medium uppercase tracking-wide text-doan-700">Đoàn TNCS Hồ Chí Minh</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">Cổng “3 trách nhiệm”</h1>
          <p className="mt-1 text-sm text-slate-600">Cán bộ, công chức, viên chức trẻ thực hiện phong trào</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          {passwordChanged && (
            <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
              Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.
            </p>
          )}
          <LoginForm />
        </div>
      </div>
    </main>
  );
}
