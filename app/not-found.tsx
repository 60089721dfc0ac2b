import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-20 text-center">
      <p className="text-sm font-medium text-doan-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Không tìm thấy</h1>
      <p className="mt-2 text-slate-600">Trang hoặc dữ liệu bạn tìm không tồn tại, hoặc bạn không có quyền xem.</p>
      <Link href="/" className="mt-6 inline-block text-doan-700 hover:underline">
        Về trang chủ
      </Link>
    </main>
  );
}
