import type { Metadata } from "next";
import Link from "next/link";
import { NoPublicResults, PublicSearchForm } from "@/components/public/public-search";
import { publicHandbooks } from "@/lib/data/handbooks";
import { publicAgencies } from "@/lib/data/public-site";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { handbookQueryInput } from "@/lib/validation/handbooks";
import { publicMetadata, siteOf } from "../site";

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, {
    title: "Cẩm nang thủ tục hành chính",
    description: `Sổ tay hướng dẫn thủ tục hành chính của các cơ quan thuộc ${site.khoiName}: các bước, hồ sơ, biểu mẫu.`,
    path: "/cam-nang",
  });
}

export default async function PublicHandbooksPage({ params, searchParams }: Props) {
  const site = await siteOf(params);
  const raw = await searchParams;
  const query = handbookQueryInput.parse({
    q: typeof raw.q === "string" ? raw.q : undefined,
    coSo: typeof raw.coSo === "string" && raw.coSo ? raw.coSo : undefined,
  });
  const [agencies, rows] = await Promise.all([publicAgencies(site), publicHandbooks(site, query)]);
  const base = `/doan-khoi/${site.slug}/cam-nang`;
  const filtered = !!(query.q || query.coSo);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Cẩm nang thủ tục hành chính</h1>
        <p className="mt-1 text-sm text-slate-600">
          Hướng dẫn các bước, hồ sơ và biểu mẫu do Đoàn Thanh niên từng cơ quan biên soạn.
        </p>
      </div>
      <PublicSearchForm
        action={base}
        q={query.q}
        placeholder="vd: ho so cap phep"
        filters={[
          { name: "coSo", label: "Cơ quan", value: query.coSo, options: agencies.map((a) => ({ value: a.id, label: a.name })) },
        ]}
      />
      {rows.length === 0 ? (
        <NoPublicResults what="cẩm nang" filtered={filtered} askHref={`/doan-khoi/${site.slug}/hoi-dap/dat-cau-hoi`} />
      ) : (
        <ul className="space-y-3">
          {rows.map((h) => (
            <li key={h.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <h2 className="text-base font-semibold text-slate-900">
                <Link href={`${base}/${h.id}`} className="hover:underline">
                  {h.title}
                </Link>
              </h2>
              <p className="mt-1 text-xs text-slate-500">
                {h.coSo.name}
                {h.publishedAt && ` · cập nhật ${formatVietnameseDate(dayInVietnam(h.publishedAt))}`}
              </p>
              <p className="mt-2 line-clamp-3 text-sm text-slate-700">{h.extract}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
