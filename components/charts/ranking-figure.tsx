// The cơ sở ranked by indicators met, as a chart and a table linking each cơ sở to its drill-down.
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";
import { rankSummary, type RankRow } from "@/lib/domain/dashboard-summaries";
import { ChartFigure, DataTable } from "./chart-figure";
import { RankingChart } from "./ranking-chart";

export function RankingFigure({ rows, hrefOf }: { rows: RankRow[]; hrefOf: (coSoId: string) => string }) {
  const table = (
    <DataTable
      caption="Xếp hạng cơ sở theo số chỉ tiêu đạt"
      columns={[{ header: "Hạng", numeric: true }, { header: "Cơ sở Đoàn" }, { header: "Chỉ tiêu đạt", numeric: true }, { header: "Tỉ lệ", numeric: true }]}
      rows={rows.map((r) => ({
        key: r.coSoId,
        cells: [
          formatNumber(r.place),
          <Link key="name" href={hrefOf(r.coSoId)} className="text-doan-700 hover:underline">
            {r.name}
          </Link>,
          `${formatNumber(r.met)}/${formatNumber(r.total)}`,
          r.scoreText,
        ],
      }))}
    />
  );
  return (
    // The table is open: its names are the way down to each cơ sở.
    <ChartFigure summary={rankSummary(rows)} table={table} tableOpen>
      <RankingChart rows={rows} />
    </ChartFigure>
  );
}
