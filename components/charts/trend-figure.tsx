// Month by month counts of a year as a chart (bars or lines) and a table; `tableOnly` series (volunteer
// hours, on another scale) appear in the table alone.
import { formatNumber } from "@/lib/domain/dates";
import { trendSummary, trendTotals, type TrendRow, type TrendSeries } from "@/lib/domain/dashboard-summaries";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { TrendChart } from "./trend-chart";

export function TrendFigure({
  title,
  rows,
  series,
  tableOnly = [],
}: {
  title: string;
  rows: TrendRow[];
  series: TrendSeries[];
  tableOnly?: TrendSeries[];
}) {
  const all = [...series, ...tableOnly];
  const totals = trendTotals(rows, all);
  const table = (
    <DataTable
      caption={title}
      columns={[{ header: "Tháng" }, ...all.map((s) => ({ header: s.label, numeric: true }))]}
      rows={[
        ...rows.map((r) => ({ key: r.short, cells: [r.label, ...all.map((s) => formatNumber(Number(r[s.key])))] })),
        {
          key: "total",
          cells: [
            { text: "Cả năm", bold: true },
            ...all.map((s) => ({ text: formatNumber(totals[s.key]), bold: true as const })),
          ],
        },
      ]}
    />
  );
  return (
    <ChartFigure
      summary={trendSummary(title, rows, series)}
      legend={series.map((s) => ({ colour: s.colour, label: s.label }))}
      table={table}
    >
      <TrendChart rows={rows} series={series} />
    </ChartFigure>
  );
}
