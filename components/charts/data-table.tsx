"use client";
// The numbers behind every chart as a real table. It is a client component whose cells are data,
// not elements: a server-rendered table of 30 rows crossed to the browser as hundreds of elements
// in as many lazy rows of the page's payload, each one a late segment for the HTML stream to patch
// in, and that was most of a large Khối's dashboard's render time. It still renders on the server.
import Link from "next/link";
import type { ProgressStatus } from "@/lib/domain/progress";
import { scrollRegion } from "@/components/ui/scroll-region";

export type Column = { header: string; numeric?: boolean };

/**
 * One cell: text; a link; bold text (a total); or an assessment coloured by its status, with an
 * optional figure on the line above it.
 */
export type Cell =
  | string
  | number
  | { text: string; href: string }
  | { text: string; bold: true }
  | { status: ProgressStatus; label: string; above?: string };

const STATUS_TEXT: Record<ProgressStatus, string> = {
  EXCEEDED: "text-green-800",
  MET: "text-green-700",
  NOT_MET: "text-amber-800",
  NO_DATA: "text-slate-500",
};

function StatusText({ status, label }: { status: ProgressStatus; label: string }) {
  return <span className={`font-medium ${STATUS_TEXT[status]}`}>{label}</span>;
}

function CellContent({ cell }: { cell: Cell }) {
  if (typeof cell !== "object") return cell;
  if ("href" in cell)
    return (
      <Link href={cell.href} className="text-doan-700 hover:underline">
        {cell.text}
      </Link>
    );
  if ("bold" in cell) return <strong>{cell.text}</strong>;
  return (
    <>
      {cell.above !== undefined && (
        <>
          {cell.above}
          <br />
        </>
      )}
      <StatusText status={cell.status} label={cell.label} />
    </>
  );
}

/** A plain data table: a caption, headers, and right-aligned tabular numbers. On a phone a wide one scrolls in its own box. */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column[];
  rows: { key: string; cells: Cell[] }[];
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
                  <CellContent cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
