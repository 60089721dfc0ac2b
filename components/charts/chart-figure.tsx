// The frame of every dashboard chart: the chart as one image with a spoken summary, an optional
// colour legend, and the same numbers as a real table (server-rendered: tests, screen readers and
// anyone who prefers numbers read it without the chart's JavaScript).
import type { ReactNode } from "react";
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";
import { scrollRegion } from "@/components/ui/scroll-region";

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

export type Column = { header: string; numeric?: boolean };

/** A plain data table: a caption, headers, and right-aligned tabular numbers. On a phone a wide one scrolls in its own box. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <div {...scrollRegion()} className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left text-slate-500">
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={`py-1.5 pr-3 font-medium ${c.numeric ? "text-right" : ""}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((cell, i) => (
                <td
                  key={columns[i]?.header ?? i}
                  className={`py-1.5 pr-3 align-top ${columns[i]?.numeric ? "text-right tabular-nums whitespace-nowrap" : ""}`}
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
