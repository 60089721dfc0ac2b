import type { Metadata } from "next";
import { PublicSearchForm } from "@/components/public/public-search";
import { ShowcaseCard } from "@/components/public/showcase-card";
import { publicShowcase } from "@/lib/data/showcase";
import { SHOWCASE_KIND_LABELS, SHOWCASE_KINDS } from "@/lib/domain/showcase";
import { publicShowcaseQuery } from "@/lib/validation/showcase";
import { publicMetadata, siteOf } from "../site";

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, {
    title: "Gương điển hình, mô hình hay",
    description: `Cá nhân tiêu biểu và công trình thanh niên hiệu quả trong phong trào “3 trách nhiệm” của ${site.khoiName}.`,
    path: "/dien-hinh",
  });
}

export default async function PublicShowcasePage({ params, searchParams }: Props) {
  const site = await siteOf(params);
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);
  const query = publicShowcaseQuery.parse({ pillar: one(raw.pillar), year: one(raw.year), kind: one(raw.kind) });
  const { rows, pillars, years } = await publicShowcase(site, query);
  const base = `/doan-khoi/${site.slug}/dien-hinh`;
  const filtered = !!(query.pillar || query.year || query.kind);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Gương điển hình, mô hình hay</h1>
        <p className="mt-1 text-sm text-slate-600">
          Cán bộ, công chức, viên chức trẻ tiêu biểu và công trình thanh niên hiệu quả, được giới thiệu với sự đồng ý của người
          được nêu tên.
        </p>
      </div>
      <PublicSearchForm
        action={base}
        filters={[
          {
            name: "kind",
            label: "Loại",
            value: query.kind,
            options: SHOWCASE_KINDS.map((k) => ({ value: k, label: SHOWCASE_KIND_LABELS[k] })),
          },
          { name: "pillar", label: "Trách nhiệm", value: query.pillar, options: pillars.map((p) => ({ value: p, label: p })) },
          {
            name: "year",
            label: "Năm",
            value: query.year ? String(query.year) : undefined,
            options: years.map((y) => ({ value: String(y), label: String(y) })),
          },
        ]}
      />
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          {filtered
            ? "Không có hồ sơ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc."
            : "Đoàn Khối chưa giới thiệu gương điển hình nào."}
        </p>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          {rows.map((p) => (
            <ShowcaseCard key={p.id} href={`${base}/${p.id}`} p={p} />
          ))}
        </div>
      )}
    </div>
  );
}
