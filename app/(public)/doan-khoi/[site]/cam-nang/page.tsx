import type { Metadata } from "next";
import Link from "next/link";
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

const control = "block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300";

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
      <form
        method="get"
        action={base}
        role="search"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">
            Tìm theo nội dung
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            placeholder="vd: ho so cap phep"
            className={control}
          />
        </div>
        <div>
          <label htmlFor="coSo" className="block text-sm font-medium text-slate-700">
            Cơ quan
          </label>
          <select id="coSo" name="coSo" defaultValue={query.coSo ?? ""} className={control}>
            <option value="">Tất cả</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="rounded-md bg-doan-700 px-4 py-2 text-sm font-medium text-white hover:bg-doan-800">
            Tìm
          </button>
        </div>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          {filtered
            ? "Không có cẩm nang nào khớp với điều kiện tìm. Hãy thử từ khóa ngắn hơn, hoặc "
            : "Chưa có cẩm nang nào được công khai. Bạn có thể "}
          <Link href={`/doan-khoi/${site.slug}/hoi-dap/dat-cau-hoi`} className="text-doan-700 underline">
            đặt câu hỏi
          </Link>
          .
        </p>
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
