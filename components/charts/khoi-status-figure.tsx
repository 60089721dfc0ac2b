// For the city: each Khối's current plan, its indicators counted by status, as a stacked chart
// and a table.
import { formatNumber } from "@/lib/domain/dates";
import { STATUS_COLOURS, STATUS_ORDER, statusSentence } from "@/lib/domain/dashboard-progress";
import type { KhoiStatusRow } from "@/lib/domain/dashboard-summaries";
import { PROGRESS_STATUS_LABELS } from "@/lib/domain/progress";
import { ChartFigure } from "./chart-figure";
import { DataTable } from "./data-table";
import { KhoiStatusChart } from "./khoi-status-chart";

/** `hrefOf`: each Khối's name links to its page (the city's drill-down into the Khối). */
export function KhoiStatusFigure({
  rows,
  year,
  hrefOf,
}: {
  rows: KhoiStatusRow[];
  year: number;
  hrefOf?: (khoiId: string) => string;
}) {
  const withPlan = rows.filter((r) => r.counts);
  const summary = `Chỉ tiêu của kế hoạch năm ${year} theo Đoàn Khối. ${rows.map((r) => `${r.khoiName}: ${r.counts ? statusSentence(r.counts) : "chưa có kế hoạch"}`).join("; ")}.`;
  const table = (
    <DataTable
      caption={`Chỉ tiêu của kế hoạch năm ${year} theo Đoàn Khối`}
      columns={[
        { header: "Đoàn Khối" },
        { header: "Kế hoạch" },
        { header: "Số chỉ tiêu", numeric: true },
        ...STATUS_ORDER.map((s) => ({ header: PROGRESS_STATUS_LABELS[s], numeric: true })),
      ]}
      rows={rows.map((r) => ({
        key: r.khoiId,
        cells: [
          hrefOf ? { text: r.khoiName, href: hrefOf(r.khoiId) } : r.khoiName,
          r.planTitle ?? `Chưa có kế hoạch năm ${year} đã ban hành`,
          formatNumber(r.total),
          ...STATUS_ORDER.map((s) => (r.counts ? formatNumber(r.counts[s]) : "—")),
        ],
      }))}
    />
  );
  return (
    <ChartFigure
      summary={summary}
      legend={STATUS_ORDER.map((s) => ({ colour: STATUS_COLOURS[s], label: PROGRESS_STATUS_LABELS[s] }))}
      table={table}
      tableOpen={!!hrefOf}
    >
      <KhoiStatusChart rows={withPlan.map((r) => ({ khoiName: r.khoiName, ...r.counts! }))} />
    </ChartFigure>
  );
}
