// The dashboard figures render on the server with their numbers in a real table and a spoken
// summary on the chart (what screen readers and the e2e tests read).
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { progressRows, type IndicatorLike } from "@/lib/domain/dashboard-progress";
import { KHOI_TREND_SERIES, rankRows, trendRows } from "@/lib/domain/dashboard-summaries";
import { ProgressFigure } from "@/components/charts/progress-figure";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { TrendFigure } from "@/components/charts/trend-figure";
import { DataTable } from "@/components/charts/data-table";

const indicator: IndicatorLike = {
  id: "i1",
  code: "CT1",
  wording: "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến",
  measure: "RECORD_COUNT",
  appliesTo: "KHOI",
  targetKind: "AT_LEAST",
  unitLabel: "ý tưởng",
  value: 1250,
  target: 1000,
  percent: 125,
  status: "EXCEEDED",
  coSo: [],
};

describe("dashboard figures", () => {
  it("renders the progress chart as an image with a summary, and the same numbers as a table", () => {
    const html = renderToStaticMarkup(
      h(ProgressFigure, { title: "Tiến độ chỉ tiêu", rows: progressRows([indicator]), by: "indicator" }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Tiến độ chỉ tiêu. 1 vượt. Đề xuất 1.000 ý tưởng…: 125% (vượt)."');
    expect(html).toContain("Xem số liệu dạng bảng");
    expect(html).toMatch(/<table[^>]*>.*<caption[^>]*>Tiến độ chỉ tiêu<\/caption>/);
    for (const cell of ["CT1", "1.250 ý tưởng", "Ít nhất 1.000 ý tưởng", "125%", "Vượt"]) expect(html).toContain(`>${cell}<`);
  });

  it("links each ranked cơ sở to its drill-down", () => {
    const rows = rankRows([{ coSoId: "c1", name: "Đoàn Sở Tài chính", met: 2, total: 3, score: 66.7 }]);
    const html = renderToStaticMarkup(h(RankingFigure, { rows, hrefOf: (id: string) => `/bang-dieu-khien/co-so/${id}` }));
    expect(html).toContain('href="/bang-dieu-khien/co-so/c1"');
    expect(html).toContain(">2/3<");
    expect(html).toContain(">66,7%<");
  });

  it("tabulates twelve months and the year's total", () => {
    const rows = trendRows([{ month: 2, ideas: 1200, trainings: 3, projects: 1, volunteerHours: 0 }], KHOI_TREND_SERIES);
    const html = renderToStaticMarkup(h(TrendFigure, { title: "Theo tháng", rows, series: KHOI_TREND_SERIES }));
    expect(html.match(/<tr>/g)).toHaveLength(1 + 12 + 1);
    expect(html).toContain(">Tháng 12<");
    expect(html).toContain("<strong>1.200</strong>");
  });

  it("writes each kind of cell: text, a number, a link, a total, an assessment with its figure above", () => {
    const html = renderToStaticMarkup(
      h(DataTable, {
        caption: "Các loại ô",
        columns: [{ header: "A" }, { header: "B", numeric: true }, { header: "C" }, { header: "D" }, { header: "E" }],
        rows: [
          {
            key: "r",
            cells: [
              "chữ",
              7,
              { text: "Đoàn Sở Y tế", href: "/bang-dieu-khien/co-so/c2" },
              { text: "Cả năm", bold: true },
              { above: "80%", status: "NOT_MET", label: "Chưa đạt" },
            ],
          },
        ],
      }),
    );
    expect(html).toContain(">chữ</td>");
    expect(html).toMatch(/<td class="[^"]*text-right[^"]*">7<\/td>/);
    expect(html).toContain('<a class="text-doan-700 hover:underline" href="/bang-dieu-khien/co-so/c2">Đoàn Sở Y tế</a>');
    expect(html).toContain("<strong>Cả năm</strong>");
    expect(html).toContain('80%<br/><span class="font-medium text-amber-800">Chưa đạt</span>');
  });
});
