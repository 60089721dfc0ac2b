// The frame of every dashboard chart: the chart as one image with a spoken summary, an optional
// colour legend, and the same numbers as a real table (server-rendered: tests, screen readers and
// anyone who prefers numbers read it without the chart's JavaScript).
import type { ReactNode } from "react";
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";

/** `tableOpen`: show the table from the start (when its links are the way on, as in the ranking). */
export function ChartFigure({
  summary,
  children,
  legend,
  table,
  tableOpen = false,
}: {
  summary: string;
  children: ReactNode;
  legend?: { colour: string; label: string }[];
  table: ReactNode;
  tableOpen?: boolean;
}) {
  return (
    <figure className="min-w-0">
      {/* The SVG's inner parts are noise to a screen reader: one image, one summary. */}
      <div role="img" aria-label={summary} className="w-full min-w-0">
        {children}
      </div>
      {legend && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Chú thích màu">
          {legend.map((l) => (
            <li key={l.label} className="flex items-center gap-1.5">
              <span className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: l.colour }} aria-hidden />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-3 text-sm" open={tableOpen}>
        <summary className="cursor-pointer text-doan-700 hover:underline">
          {tableOpen ? "Bảng số liệu" : "Xem số liệu dạng bảng"}
        </summary>
        <div className="mt-2">{table}</div>
      </details>
    </figure>
  );
}

/** Over a list cut short on a large Khối's dashboard: which part is drawn, and the way to all of it. */
export function ShownNote({ shown, total, which, href }: { shown: number; total: number; which: string; href: string }) {
  return (
    <p className="mb-2 text-sm text-slate-600">
      Hiển thị {formatNumber(shown)} cơ sở {which} trong {formatNumber(total)} cơ sở.{" "}
      <Link href={href} className="text-doan-700 underline">
        Xem đủ {formatNumber(total)} cơ sở
      </Link>
    </p>
  );
}
