"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-slate-600">Hệ thống tạm thời không xử lý được yêu cầu. Dữ liệu đã lưu không bị ảnh hưởng.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-doan-700 px-4 py-2 text-white">
        Thử lại
      </button>
    </main>
  );
}
