import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { publicHandbook } from "@/lib/data/handbooks";
import { dayInVietnam, formatKilobytes, formatVietnameseDate } from "@/lib/domain/dates";
import { publicMetadata, siteOf } from "../../site";

type Props = { params: Promise<{ site: string; id: string }> };

/** One read per request: the page and its metadata share it. */
const handbookAt = cache(async (slug: string, id: string) => {
  const site = await siteOf(Promise.resolve({ site: slug }));
  const h = await publicHandbook(site, id);
  if (!h) notFound();
  return { site, h };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const { site, h } = await handbookAt(p.site, p.id);
  return publicMetadata(site, {
    title: h.title,
    description: `${h.coSo.name}: ${h.summary.slice(0, 160)}`,
    path: `/cam-nang/${h.id}`,
  });
}

export default async function PublicHandbookPage({ params }: Props) {
  const p = await params;
  const { site, h } = await handbookAt(p.site, p.id);
  const base = `/doan-khoi/${site.slug}/cam-nang`;
  return (
    <article className="space-y-5">
      <p className="text-sm">
        <Link href={base} className="text-doan-700 underline">
          ← Cẩm nang thủ tục hành chính
        </Link>
      </p>
      <header>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{h.title}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {h.coSo.name}
          {h.publishedAt && ` · cập nhật ${formatVietnameseDate(dayInVietnam(h.publishedAt))}`} · phiên bản {h.publishedNumber}
        </p>
      </header>
      {/* Sanitised with an allow-list on the server when it was saved (lib/domain/rich-text.ts). */}
      <div
        className="rich-text rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
        dangerouslySetInnerHTML={{ __html: h.html }}
      />
      {h.files.length > 0 && (
        <section className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-base font-semibold text-slate-900">Biểu mẫu, tài liệu kèm theo</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {h.files.map((f) => (
              <li key={f.id}>
                <a href={`${base}/${h.id}/tep/${f.id}`} className="text-doan-700 underline" download>
                  {f.fileName}
                </a>{" "}
                <span className="text-xs text-slate-500">({formatKilobytes(f.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="text-sm text-slate-600">
        Chưa rõ?{" "}
        <Link href={`/doan-khoi/${site.slug}/hoi-dap/dat-cau-hoi`} className="text-doan-700 underline">
          Đặt câu hỏi cho {h.coSo.name}
        </Link>
        .
      </p>
    </article>
  );
}
