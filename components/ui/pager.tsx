import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";

/**
 * "Trang 2/7 · 312 kết quả" with previous and next links; hidden when everything fits one page.
 * With `bounded`, the list counted only up to `total` ("Trang 3 · hơn 10.000 kết quả"): the last
 * page is unknown, so `hasNext` says whether to offer the next one.
 */
export function Pager({
  page,
  pageSize,
  total,
  hrefFor,
  bounded = false,
  hasNext,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
  bounded?: boolean;
  hasNext?: boolean;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const next = bounded ? !!hasNext : page < pages;
  if (!bounded && pages <= 1) return null;
  const link = "rounded px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50";
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>
        {bounded ? (
          <>
            Trang {page} · hơn {formatNumber(total)} kết quả
          </>
        ) : (
          <>
            Trang {page}/{pages} · {formatNumber(total)} kết quả
          </>
        )}
      </span>
      <span className="flex gap-2">
        {page > 1 && (
          <Link href={hrefFor(page - 1)} className={link} rel="prev">
            ← Trước
          </Link>
        )}
        {next && (
          <Link href={hrefFor(page + 1)} className={link} rel="next">
            Sau →
          </Link>
        )}
      </span>
    </nav>
  );
}
