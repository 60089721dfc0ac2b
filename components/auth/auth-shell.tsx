// The signed-out pages' frame: the portal's name above one card (đăng nhập, quên mật khẩu).
import type { ReactNode } from "react";

export function AuthShell({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-doan-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-medium uppercase tracking-wide text-doan-700">Đoàn TNCS Hồ Chí Minh</p>
          <h1 className="mt-1 text-2xl font-semibold text-slate-900">Cổng “3 trách nhiệm”</h1>
          <p className="mt-1 text-sm text-slate-600">Cán bộ, công chức, viên chức trẻ thực hiện phong trào</p>
        </div>
        <div className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          {title && <h2 className="mb-4 text-lg font-semibold text-slate-900">{title}</h2>}
          {children}
        </div>
      </div>
    </main>
  );
}
