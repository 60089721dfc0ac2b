import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { homePath } from "@/lib/auth/home";
import { publishedSites } from "@/lib/data/public-site";

export const metadata: Metadata = {
  title: { absolute: "Cổng “3 trách nhiệm” · Đoàn TNCS Hồ Chí Minh" },
  description: "Trang công khai của các Đoàn Khối: hỏi đáp thủ tục hành chính, kết quả phong trào “3 trách nhiệm”.",
};

/** Signed in: one's portal home. Signed out: the public entrance, the Khối that have public sites. */
export default async function Home() {
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer));
  const sites = await publishedSites();
  if (sites.length === 1) redirect(`/doan-khoi/${sites[0].slug}`);
  return (
    <main className="min-h-screen bg-gradient-to-b from-doan-50 to-slate-50 px-4 py-10">
      <div className="mx-auto max-w-3xl">
        <p className="text-sm font-medium uppercase tracking-wide text-doan-700">Đoàn TNCS Hồ Chí Minh</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Cổng “3 trách nhiệm”</h1>
        <p className="mt-2 text-sm text-slate-600">
          Trách nhiệm với công việc, với nhân dân, với bản thân: phong trào của cán bộ, công chức, viên chức trẻ. Chọn Đoàn Khối
          để hỏi đáp thủ tục hành chính và xem kết quả phong trào.
        </p>
        {sites.length === 0 ? (
          <p className="mt-6 rounded-lg bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
            Chưa có trang công khai nào.
          </p>
        ) : (
          <ul className="mt-6 grid gap-3 sm:grid-cols-2">
            {sites.map((s) => (
              <li key={s.slug}>
                <Link
                  href={`/doan-khoi/${s.slug}`}
                  className="block h-full rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-doan-600"
                >
                  <span className="block font-semibold text-slate-900">{s.title}</span>
                  <span className="mt-1 block text-sm text-slate-600">{s.khoiName}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-8 text-sm">
          Cán bộ Đoàn, đoàn viên:{" "}
          <Link href="/dang-nhap" className="font-medium text-doan-700 underline">
            Đăng nhập
          </Link>
        </p>
      </div>
    </main>
  );
}
