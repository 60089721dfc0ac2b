// Progress against target as a chart and a table: a plan's indicators, one indicator across the
// cơ sở, or one cơ sở across its indicators. Server-rendered frame around the client chart.
import { SHORT_LABEL_CHARS } from "@/lib/domain/dashboard-labels";
import { STATUS_LEGEND, statusChartSummary, type StatusBarRow } from "@/lib/domain/dashboard-progress";
import { ChartFigure } from "./chart-figure";
import { DataTable, type Column } from "./data-table";
import { StatusBarChart, type LabelRoom } from "./status-bar-chart";

/** Indicator labels are at most SHORT_LABEL_CHARS long; cơ sở names are whole at desk size. */
const INDICATOR_ROOM: LabelRoom = { width: 200, chars: SHORT_LABEL_CHARS, narrowWidth: 112, narrowChars: 15 };
const CO_SO_ROOM: LabelRoom = { width: 260, chars: 42, narrowWidth: 124, narrowChars: 18 };

/**
 * `by`: "indicator" rows carry a code and a wording; "coSo" rows a cơ sở name (linked to its
 * drill-down when `hrefOf` is given).
 */
export function ProgressFigure({
  title,
  rows,
  by,
  hrefOf,
}: {
  title: string;
  rows: StatusBarRow[];
  by: "indicator" | "coSo";
  hrefOf?: (id: string) => string;
}) {
  const columns: Column[] = [
    ...(by === "indicator" ? [{ header: "Mã" }, { header: "Chỉ tiêu" }] : [{ header: "Cơ sở Đoàn" }]),
    { header: "Kết quả", numeric: true },
    { header: "Mục tiêu", numeric: true },
    { header: "Tỉ lệ", numeric: true },
    { header: "Đánh giá" },
  ];
  const tableRows = rows.map((r) => ({
    key: r.id,
    cells: [
      ...(by === "indicator" ? [r.code ?? "", r.name] : [hrefOf ? { text: r.name, href: hrefOf(r.id) } : r.name]),
      r.valueText,
      r.targetText,
      r.percentText,
      { status: r.status, label: r.statusLabel },
    ],
  }));
  return (
    <ChartFigure
      summary={statusChartSummary(title, rows)}
      legend={STATUS_LEGEND}
      table={<DataTable caption={title} columns={columns} rows={tableRows} />}
    >
      <StatusBarChart rows={rows} room={by === "indicator" ? INDICATOR_ROOM : CO_SO_ROOM} />
    </ChartFigure>
  );
}
