// A large Khối's cơ sở as a list to search and page (lib/domain/unit-tree-view.ts): each row opens
// that cơ sở's part of the tree, with its chi đoàn and the forms to change them.
import Link from "next/link";
import type { CoSoNode } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { buttonClass } from "@/components/ui/button";
import { scrollRegion } from "@/components/ui/scroll-region";
import { SearchInput } from "@/components/ui/search-input";

export function CoSoList({ rows, q, openHref }: { rows: CoSoNode[]; q: string; openHref: (coSoId: string) => string }) {
  return (
    <>
      <form method="get" role="search" className="mb-3 flex flex-col gap-2 sm:flex-row">
        <SearchInput
          label="Tìm cơ sở Đoàn theo tên"
          value={q}
          placeholder="Tìm cơ sở Đoàn theo tên (có dấu hoặc không dấu)"
          className="sm:flex-1"
        />
        <button type="submit" className={buttonClass("secondary")}>
          Tìm
        </button>
      </form>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">Không có cơ sở Đoàn nào có tên như vậy. Thử tìm bằng từ khác.</p>
      ) : (
        <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-sm">
            <caption className="sr-only">Các cơ sở Đoàn</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Cơ sở Đoàn
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Chi đoàn
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Đoàn viên
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((c) => (
                <tr key={c.id}>
                  <td className="px-4 py-2">
                    <Link href={openHref(c.id)} className="text-doan-700 hover:underline">
                      {c.name}
                    </Link>
                    {c.clusterName && (
                      <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{c.clusterName}</span>
                    )}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(c.chiDoan.length)}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{formatNumber(c.memberCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
