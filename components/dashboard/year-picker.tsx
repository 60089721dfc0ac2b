// Năm: the year a dashboard shows, as links (?nam=2025) that work without JavaScript; the other
// params of the page (a chosen indicator) are kept.
import Link from "next/link";

export function YearPicker({
  years,
  year,
  hrefOf,
}: {
  years: readonly number[];
  year: number;
  hrefOf: (year: number) => string;
}) {
  if (years.length < 2) return null;
  return (
    <nav aria-label="Chọn năm" className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="text-slate-600">Năm:</span>
      {years.map((y) => (
        <Link
          key={y}
          href={hrefOf(y)}
          aria-current={y === year ? "page" : undefined}
          className={`rounded-full px-3 py-1 ring-1 ${y === year ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
        >
          {y}
        </Link>
      ))}
    </nav>
  );
}
