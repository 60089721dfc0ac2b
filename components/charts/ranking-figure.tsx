// The cơ sở ranked by indicators met, as a chart and a table linking each cơ sở to its drill-down.
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";
import { rankSummary, weightedRankSummary, type RankRow } from "@/lib/domain/dashboard-summaries";
import { ChartFigure, DataTable } from "./chart-figure";
import { RankingChart } from "./ranking-chart";

export function RankingFigure({
  rows,
  hrefOf,
  weighted = false,
}: {
  rows: RankRow[];
  hrefOf: (coSoId: string) => string;
  weighted?: boolean;
}) {
  const table = (
    <DataTable
      caption={weighted ? "Xếp hạng thi đua theo điểm có trọng số" : "Xếp hạng cơ sở theo số chỉ tiêu đạt"}
      columns={[
        { header: "Hạng", numeric: true },
        { header: "Cơ sở Đoàn" },
        { header: weighted ? "Số chỉ tiêu tính điểm" : "Chỉ tiêu đạt", numeric: true },
        { header: weighted ? "Điểm (thang 100)" : "Tỉ lệ", numeric: true },
      ]}
      rows={rows.map((r) => ({
        key: r.coSoId,
        cells: [
          formatNumber(r.place),
          <Link key="name" href={hrefOf(r.coSoId)} className="text-doan-700 hover:underline">
            {r.name}
          </Link>,
          weighted ? formatNumber(r.total) : `${formatNumber(r.met)}/${formatNumber(r.total)}`,
          r.scoreText,
        ],
      }))}
    />
  );
  return (
    // The table is open: its names are the way down to each cơ sở.
    <ChartFigure summary={weighted ? weightedRankSummary(rows) : rankSummary(rows)} table={table} tableOpen>
      <RankingChart rows={rows} />
    </ChartFigure>
  );
}
