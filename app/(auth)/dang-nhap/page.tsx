import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage() {
  if (await getViewer()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-doan-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-medium uppercase tracking-wide text-doan-700">Đoàn TNCS Hồ Chí Minh</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">Cổng “3 trách nhiệm”</h1>
          <p className="mt-1 text-sm text-slate-600">Trách nhiệm với công việc, với nhân dân, với bản thân</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <LoginForm />
        </div>
      </div>
    </main>
  );
}
