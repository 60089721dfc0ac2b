// Issue 16 point 12, the pure parts: indicators named by a short label (never the bare code),
// rankings that share places (1, 1, 3) and say when everyone is tied, small monthly counts drawn
// as bars, and the year picked on a dashboard.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { clipWords, distinctIndicatorLabels, indicatorShortLabel, SHORT_LABEL_CHARS } from "@/lib/domain/dashboard-labels";
import { competitionPlaces, placeText, tieSentence, tieSummary } from "@/lib/domain/dashboard-ranking";
import {
  coSoProgressRows,
  furthestFromTarget,
  progressRows,
  type IndicatorLike,
  type StatusBarRow,
} from "@/lib/domain/dashboard-progress";
import { KHOI_TREND_SERIES, rankRows, trendChartKind, trendRows, weightedRankRows } from "@/lib/domain/dashboard-summaries";
import { dashboardYearParam, pickYear } from "@/lib/validation/dashboard";

describe("indicator short labels", () => {
  it("names an indicator by the start of its wording, cut at a word with an ellipsis", () => {
    const label = indicatorShortLabel({
      code: "CT7",
      wording: "Kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn",
    });
    expect(label).toBe("Kiểm tra chuyên đề việc…");
    expect(label.length).toBeLessThanOrEqual(SHORT_LABEL_CHARS);
    expect(label).not.toContain("CT7");
  });

  it("drops the target's qualifiers and keeps a short wording whole", () => {
    expect(
      indicatorShortLabel({ code: "CT1", wording: "Vận động ít nhất 200.000.000 đồng cho các hoạt động an sinh xã hội" }),
    ).toBe("Vận động 200.000.000 đồng…");
    expect(indicatorShortLabel({ code: "CT2", wording: "  Giới thiệu   đoàn viên ưu tú " })).toBe("Giới thiệu đoàn viên ưu tú");
    expect(indicatorShortLabel({ code: "CT3", wording: "100% cơ sở Đoàn có công trình" })).toBe("100% cơ sở Đoàn có công…");
    expect(indicatorShortLabel({ code: "CT5", wording: "phấn đấu 80% đoàn viên học tập" })).toBe("80% đoàn viên học tập");
  });

  it("falls back to the code only when there is no wording; cuts a single long word inside", () => {
    expect(indicatorShortLabel({ code: "CT9", wording: "   " })).toBe("CT9");
    expect(clipWords("Siêudàiliềnmộtchữkhôngcókhoảngtrắngnào", 12)).toBe("Siêudàiliền…");
  });

  it("puts the code before two labels that would read alike, and only before those", () => {
    const labels = distinctIndicatorLabels([
      { id: "a", code: "CT4", wording: "Thực hiện 01 bộ sản phẩm tuyên truyền về chuyển đổi số" },
      { id: "b", code: "CT5", wording: "Thực hiện 01 bộ sản phẩm tuyên truyền về pháp luật" },
      { id: "c", code: "CT6", wording: "Giới thiệu đoàn viên ưu tú" },
    ]);
    expect(labels.get("a")).toBe("CT4 · Thực hiện 01 bộ sản…");
    expect(labels.get("b")).toBe("CT5 · Thực hiện 01 bộ sản…");
    expect(labels.get("c")).toBe("Giới thiệu đoàn viên ưu tú");
    for (const l of labels.values()) expect(l.length).toBeLessThanOrEqual(SHORT_LABEL_CHARS);
  });

  it("gives the charts and chips the label, and keeps the code and the full wording for the table", () => {
    const i: IndicatorLike = {
      id: "i1",
      code: "CT4",
      wording: "Tổ chức ít nhất 2 lượt học tập chuyên đề cho đoàn viên mỗi cơ sở",
      measure: "RECORD_COUNT",
      appliesTo: "EACH_CO_SO",
      targetKind: "AT_LEAST",
      unitLabel: "lượt",
      value: 1,
      target: 2,
      percent: 50,
      status: "NOT_MET",
      coSo: [{ coSoId: "c1", name: "Đoàn Sở Tư pháp", value: 1, target: 2, status: "NOT_MET" }],
    };
    for (const row of [progressRows([i])[0], coSoProgressRows([i], "c1")[0]]) {
      expect(row.label).toBe("Tổ chức 2 lượt học tập…");
      expect(row.code).toBe("CT4");
      expect(row.name).toBe(i.wording);
    }
  });
});

describe("rankings and ties", () => {
  const same = (a: number, b: number) => a === b;

  it("shares a place between equal results and skips the next (1, 1, 3)", () => {
    expect(competitionPlaces([90, 90, 80, 70, 70, 70, 10], same)).toEqual([1, 1, 3, 4, 4, 4, 7]);
    expect(competitionPlaces([], same)).toEqual([]);
    const rows = rankRows([
      { coSoId: "a", name: "A", met: 2, total: 3, score: 66.7 },
      { coSoId: "b", name: "B", met: 2, total: 3, score: 66.7 },
      { coSoId: "c", name: "C", met: 1, total: 3, score: 33.3 },
    ]);
    expect(rows.map((r) => r.place)).toEqual([1, 1, 3]);
    const weighted = weightedRankRows([
      { coSoId: "a", name: "A", score: 50, indicators: 2 },
      { coSoId: "b", name: "B", score: 40, indicators: 2 },
      { coSoId: "c", name: "C", score: 40, indicators: 2 },
    ]);
    expect(weighted.map((r) => r.place)).toEqual([1, 2, 2]);
  });

  it("says when every cơ sở has the same result instead of fourteen 'rank 1'", () => {
    const places = competitionPlaces(Array(14).fill(0), same);
    const summary = tieSummary(places);
    expect(summary).toEqual({ kind: "all", count: 14 });
    expect(tieSentence(summary)).toBe("Tất cả 14 cơ sở cùng kết quả: chưa có thứ hạng.");
  });

  it("marks shared places 'Đồng hạng' and says nothing when every place differs", () => {
    const places = [1, 1, 3, 4];
    expect(tieSummary(places)).toEqual({ kind: "some", tied: 2 });
    expect(tieSentence(tieSummary(places))).toContain("2 cơ sở đồng hạng");
    expect(placeText(1, places)).toBe("Đồng hạng 1");
    expect(placeText(3, places)).toBe("3");
    expect(tieSummary([1, 2, 3])).toEqual({ kind: "distinct" });
    expect(tieSentence(tieSummary([1, 2, 3]))).toBeNull();
    expect(tieSummary([1])).toEqual({ kind: "none" });
  });
});

describe("the ranking as rendered", () => {
  const hrefOf = (id: string) => `/bang-dieu-khien/co-so/${id}`;

  it("shows one sentence and the names, not fourteen 'rank 1' rows, when every cơ sở is tied", () => {
    const rows = rankRows(
      Array.from({ length: 14 }, (_, i) => ({ coSoId: `c${i}`, name: `Đoàn cơ sở số ${i + 1}`, met: 0, total: 5, score: 0 })),
    );
    const html = renderToStaticMarkup(h(RankingFigure, { rows, hrefOf }));
    expect(html).toContain("Tất cả 14 cơ sở cùng kết quả: chưa có thứ hạng.");
    expect(html).toContain("Mỗi cơ sở: 0/5 chỉ tiêu đạt (0%)");
    expect(html).not.toContain("<table");
    expect(html.match(/href="\/bang-dieu-khien\/co-so\/c\d+"/g)).toHaveLength(14);
  });

  it("writes shared places 'Đồng hạng' in the table", () => {
    const rows = rankRows([
      { coSoId: "a", name: "A", met: 2, total: 3, score: 66.7 },
      { coSoId: "b", name: "B", met: 2, total: 3, score: 66.7 },
      { coSoId: "c", name: "C", met: 1, total: 3, score: 33.3 },
    ]);
    const html = renderToStaticMarkup(h(RankingFigure, { rows, hrefOf }));
    expect(html.match(/>Đồng hạng 1</g)).toHaveLength(2);
    expect(html).toContain(">3<");
  });

  it("on a large Khối draws the first places only, with the whole list's places and ties, and links to all", () => {
    // 600 cơ sở: the first two share place 1, the rest are all different.
    const rows = rankRows(
      Array.from({ length: 600 }, (_, i) => ({
        coSoId: `c${i}`,
        name: `Đoàn cơ sở số ${i + 1}`,
        met: 1,
        total: 5,
        score: i < 2 ? 100 : 99 - i / 10,
      })),
    );
    const more = { shown: 30, href: "/bang-dieu-khien?tatCa=1#xep-hang" };
    const html = renderToStaticMarkup(h(RankingFigure, { rows, hrefOf, more }));
    expect(html.match(/<tr>/g)).toHaveLength(31); // the header and 30 places
    expect(html).toContain("Hiển thị 30 cơ sở đứng đầu trong 600 cơ sở.");
    expect(html).toContain('href="/bang-dieu-khien?tatCa=1#xep-hang"');
    expect(html).toContain("2 cơ sở đồng hạng");
    expect(html).toContain(">30<");
    expect(html).not.toContain("Đoàn cơ sở số 31<");
    // All tied: the sentence counts them all, the names are the first 30.
    const tied = rankRows(rows.map((r) => ({ ...r, score: 0 })));
    const allTied = renderToStaticMarkup(h(RankingFigure, { rows: tied, hrefOf, more }));
    expect(allTied).toContain("Tất cả 600 cơ sở cùng kết quả");
    expect(allTied.match(/href="\/bang-dieu-khien\/co-so\/c\d+"/g)).toHaveLength(30);
    // Asked for all (?tatCa=1): no cut, no note.
    const all = renderToStaticMarkup(h(RankingFigure, { rows, hrefOf }));
    expect(all.match(/<tr>/g)).toHaveLength(601);
    expect(all).not.toContain("Hiển thị");
  });
});

describe("a large Khối's cơ sở on one indicator", () => {
  it("shows those furthest from the target, without figures first, in their order otherwise", () => {
    const row = (id: string, percent: number | null) => ({ id, percent }) as StatusBarRow;
    const rows = [row("a", 80), row("b", null), row("c", 20), row("d", 20), row("e", 150)];
    expect(furthestFromTarget(rows, 3).map((r) => r.id)).toEqual(["b", "c", "d"]);
    expect(furthestFromTarget(rows, 10).map((r) => r.id)).toEqual(["b", "c", "d", "a", "e"]);
  });
});

describe("monthly charts", () => {
  const months = (n: number) =>
    Array.from({ length: 12 }, (_, k) => ({ month: k + 1, ideas: k === 5 ? n : 1, trainings: 0, projects: 0 }));

  it("draws small monthly counts as bars and large ones as lines", () => {
    expect(trendChartKind(trendRows(months(3), KHOI_TREND_SERIES), KHOI_TREND_SERIES)).toBe("bar");
    expect(trendChartKind(trendRows(months(19), KHOI_TREND_SERIES), KHOI_TREND_SERIES)).toBe("bar");
    expect(trendChartKind(trendRows(months(20), KHOI_TREND_SERIES), KHOI_TREND_SERIES)).toBe("line");
    expect(trendChartKind([], KHOI_TREND_SERIES)).toBe("bar");
  });
});

describe("the year picked on a dashboard (?nam=)", () => {
  it("accepts an offered year and falls back to the current year for anything else", () => {
    const offered = [2026, 2025, 2024];
    expect(pickYear(dashboardYearParam.parse("2025"), offered, 2026)).toBe(2025);
    for (const raw of ["2019", "abc", "2025.5", "", undefined, "99999", "2025\u0000"])
      expect(pickYear(dashboardYearParam.parse(raw), offered, 2026)).toBe(2026);
  });
});
