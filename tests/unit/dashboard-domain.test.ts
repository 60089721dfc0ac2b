// The dashboards' pure helpers (lib/domain/dashboard-*.ts): colours by status, Vietnamese texts of
// values and targets, the rows each chart and its table share, and the summaries read aloud.
import { describe, expect, it } from "vitest";
import {
  BAR_CAP,
  coSoProgressRows,
  countStatuses,
  indicatorCoSoRows,
  indicatorTargetText,
  indicatorValueText,
  progressRows,
  STATUS_COLOURS,
  statusChartSummary,
  statusColour,
  statusSentence,
  SUMMARY_ITEMS,
  type IndicatorLike,
} from "@/lib/domain/dashboard-progress";
import {
  KHOI_TREND_SERIES,
  khoiStatusRows,
  memberYear,
  rankRows,
  sharedIndicators,
  trendRows,
  trendSummary,
  type KhoiProgress,
} from "@/lib/domain/dashboard-summaries";

const base: IndicatorLike = {
  id: "i1",
  code: "CT1",
  wording: "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến",
  measure: "RECORD_COUNT",
  appliesTo: "KHOI",
  targetKind: "AT_LEAST",
  unitLabel: "ý tưởng",
  value: 850,
  target: 1000,
  percent: 85,
  status: "NOT_MET",
  coSo: [],
};
const ind = (over: Partial<IndicatorLike>): IndicatorLike => ({ ...base, ...over });

describe("status colours", () => {
  it("paints vượt dark green, đạt green, chưa có số liệu slate", () => {
    expect(statusColour("EXCEEDED", 150)).toBe(STATUS_COLOURS.EXCEEDED);
    expect(statusColour("MET", 100)).toBe(STATUS_COLOURS.MET);
    expect(statusColour("NO_DATA", null)).toBe(STATUS_COLOURS.NO_DATA);
  });

  it("paints chưa đạt amber from half the target, red below it", () => {
    expect(statusColour("NOT_MET", 50)).toBe(STATUS_COLOURS.NOT_MET);
    expect(statusColour("NOT_MET", 49.9)).toBe(STATUS_COLOURS.FAR_BEHIND);
    expect(statusColour("NOT_MET", 0)).toBe(STATUS_COLOURS.FAR_BEHIND);
  });
});

describe("counts by status", () => {
  it("counts each status and says it in Vietnamese, most favourable first, leaving out the empty ones", () => {
    const counts = countStatuses([{ status: "MET" }, { status: "NOT_MET" }, { status: "EXCEEDED" }, { status: "MET" }]);
    expect(counts).toEqual({ EXCEEDED: 1, MET: 2, NOT_MET: 1, NO_DATA: 0 });
    expect(statusSentence(counts)).toBe("1 vượt, 2 đạt, 1 chưa đạt");
    expect(statusSentence(countStatuses([]))).toBe("chưa có chỉ tiêu");
  });
});

describe("value and target texts", () => {
  it("writes counts with the unit and vi-VN thousands, and the target as the plan states it", () => {
    expect(indicatorValueText(ind({ value: 1250 }))).toBe("1.250 ý tưởng");
    expect(indicatorTargetText(base)).toBe("Ít nhất 1.000 ý tưởng");
  });

  it("writes shares of cơ sở and per-member indicators as percents with a decimal comma", () => {
    expect(indicatorValueText(ind({ measure: "UNIT_SHARE", value: 66.7, target: 100, targetKind: "PERCENT" }))).toBe("66,7%");
    expect(indicatorTargetText(ind({ measure: "UNIT_SHARE", target: 100, targetKind: "PERCENT" }))).toBe("100%");
    expect(indicatorValueText(ind({ appliesTo: "EACH_MEMBER", value: 50 }))).toBe("50%");
  });

  it("writes per-cơ sở counts as how many cơ sở reached their own target", () => {
    const each = ind({ appliesTo: "EACH_CO_SO", value: 12, target: 20 });
    expect(indicatorValueText(each)).toBe("12 cơ sở đạt");
    expect(indicatorTargetText(each)).toBe("20 cơ sở");
  });

  it("says when a value waits for the reports, and writes money in đồng", () => {
    expect(indicatorValueText(ind({ measure: "ENTERED", value: null, status: "NO_DATA" }))).toBe("Chưa có số liệu");
    expect(indicatorValueText(ind({ measure: "MONEY", value: 2500000, unitLabel: "" }))).toBe("2.500.000 đồng");
  });
});

describe("rows shared by a chart and its table", () => {
  it("gives each indicator its percent, a capped bar, a label and a colour", () => {
    const rows = progressRows([
      base,
      ind({ id: "i2", code: "CT2", wording: "Chỉ tiêu thứ hai", value: 5000, percent: 500, status: "EXCEEDED" }),
      ind({
        id: "i3",
        code: "CT3",
        wording: "Chỉ tiêu thứ ba",
        measure: "ENTERED",
        value: null,
        percent: null,
        status: "NO_DATA",
      }),
    ]);
    expect(rows[0]).toMatchObject({
      // Issue 16: the start of the wording, never the bare code (kept for the table).
      label: "Đề xuất 1.000 ý tưởng…",
      code: "CT1",
      name: base.wording,
      valueText: "850 ý tưởng",
      targetText: "Ít nhất 1.000 ý tưởng",
      percentText: "85%",
      bar: 85,
      statusLabel: "Chưa đạt",
      colour: STATUS_COLOURS.NOT_MET,
    });
    expect(rows[1]).toMatchObject({ bar: BAR_CAP, percentText: "500%", statusLabel: "Vượt" });
    expect(rows[2]).toMatchObject({ bar: 0, percentText: "—", statusLabel: "Chưa có số liệu", colour: STATUS_COLOURS.NO_DATA });
  });

  it("shows one indicator across the cơ sở, each against its own target", () => {
    const each = ind({
      appliesTo: "EACH_CO_SO",
      coSo: [
        { coSoId: "a", name: "Đoàn Sở Tài chính", value: 2, target: 1, status: "EXCEEDED" },
        { coSoId: "b", name: "Chi đoàn Sở Tư pháp", value: 1, target: 4, status: "NOT_MET" },
      ],
    });
    const rows = indicatorCoSoRows(each);
    expect(rows.map((r) => [r.label, r.valueText, r.targetText, r.percentText, r.colour])).toEqual([
      ["Đoàn Sở Tài chính", "2 ý tưởng", "1 ý tưởng", "200%", STATUS_COLOURS.EXCEEDED],
      ["Chi đoàn Sở Tư pháp", "1 ý tưởng", "4 ý tưởng", "25%", STATUS_COLOURS.FAR_BEHIND],
    ]);
    // A large Khối's list: only the furthest from their target, written as the whole list would be.
    expect(indicatorCoSoRows(each, 1)).toEqual([rows[1]]);
  });

  it("shows one cơ sở across its per-cơ sở indicators, skipping the Khối-wide ones", () => {
    const share = ind({
      id: "s",
      code: "CT2",
      measure: "UNIT_SHARE",
      coSo: [{ coSoId: "a", name: "A", value: 0, target: 1, status: "NOT_MET" }],
    });
    const perMember = ind({
      id: "m",
      code: "CT7",
      appliesTo: "EACH_MEMBER",
      coSo: [{ coSoId: "a", name: "A", value: 66.7, target: 50, status: "EXCEEDED" }],
    });
    const rows = coSoProgressRows([base, share, perMember], "a");
    expect(rows.map((r) => [r.code, r.valueText, r.targetText, r.statusLabel])).toEqual([
      ["CT2", "Chưa có", "Có", "Chưa đạt"],
      ["CT7", "66,7%", "50%", "Vượt"],
    ]);
    expect(coSoProgressRows([share], "other")).toEqual([]);
  });
});

describe("summaries read aloud (aria-label)", () => {
  it("states the counts and each bar", () => {
    const text = statusChartSummary("Tiến độ chỉ tiêu", progressRows([base]));
    expect(text).toBe("Tiến độ chỉ tiêu. 1 chưa đạt. Đề xuất 1.000 ý tưởng…: 85% (chưa đạt).");
  });

  it("names the first bars only and points to the table when there are many", () => {
    const many = Array.from({ length: SUMMARY_ITEMS + 3 }, (_, i) =>
      ind({ id: `i${i}`, code: `CT${i + 1}`, wording: `Chỉ tiêu số ${i + 1}` }),
    );
    const text = statusChartSummary("Theo cơ sở", progressRows(many));
    expect(text).toContain(`Chỉ tiêu số ${SUMMARY_ITEMS}:`);
    expect(text).not.toContain(`Chỉ tiêu số ${SUMMARY_ITEMS + 1}:`);
    expect(text).toContain("và 3 mục khác trong bảng số liệu");
  });
});

describe("monthly trend", () => {
  it("always has twelve months, missing ones at zero, and sums the year", () => {
    const rows = trendRows(
      [
        { month: 3, ideas: 4, trainings: 1, projects: 0, volunteerHours: 2.5 },
        { month: 5, ideas: 6, trainings: 0, projects: 2, volunteerHours: 0 },
      ],
      KHOI_TREND_SERIES,
    );
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ short: "T1", label: "Tháng 1", ideas: 0 });
    expect(rows[4]).toMatchObject({ label: "Tháng 5", ideas: 6, projects: 2 });
    expect(trendSummary("Năm 2026", rows, KHOI_TREND_SERIES)).toBe(
      "Năm 2026: 10 ý tưởng, sáng kiến; 1 học tập, bồi dưỡng; 2 công trình, phần việc; nhiều nhất tháng 5.",
    );
  });
});

describe("ranking", () => {
  it("gives equal scores the same place", () => {
    const rows = rankRows([
      { coSoId: "a", name: "A", met: 3, total: 3, score: 100 },
      { coSoId: "b", name: "B", met: 2, total: 3, score: 66.7 },
      { coSoId: "c", name: "C", met: 2, total: 3, score: 66.7 },
      { coSoId: "d", name: "D", met: 0, total: 3, score: 0 },
    ]);
    expect(rows.map((r) => [r.place, r.scoreText])).toEqual([
      [1, "100%"],
      [2, "66,7%"],
      [2, "66,7%"],
      [4, "0%"],
    ]);
  });
});

describe("a member's year", () => {
  const d = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 10));
  it("counts this year's entries by kind and status, confirmed volunteer hours, and by month", () => {
    const y = memberYear(
      [
        { kind: "IDEA", status: "CONFIRMED", occurredOn: d(2026, 2), hours: null },
        { kind: "IDEA", status: "SUBMITTED", occurredOn: d(2026, 2), hours: null },
        { kind: "IDEA", status: "CONFIRMED", occurredOn: d(2025, 12), hours: null }, // last year
        { kind: "TRAINING", status: "RETURNED", occurredOn: d(2026, 4), hours: null },
        { kind: "VOLUNTEER", status: "CONFIRMED", occurredOn: d(2026, 4), hours: 3.5 },
        { kind: "VOLUNTEER", status: "SUBMITTED", occurredOn: d(2026, 4), hours: 8 }, // not confirmed: no hours
        { kind: "VOLUNTEER", status: "WITHDRAWN", occurredOn: d(2026, 4), hours: 8 },
      ],
      2026,
    );
    expect(y.byKind).toEqual([
      { kind: "IDEA", confirmed: 1, waiting: 1, returned: 0 },
      { kind: "TRAINING", confirmed: 0, waiting: 0, returned: 1 },
      { kind: "VOLUNTEER", confirmed: 1, waiting: 1, returned: 0 },
    ]);
    expect(y.volunteerHours).toBe(3.5);
    expect(y.months[1]).toEqual({ month: 2, IDEA: 2, TRAINING: 0, VOLUNTEER: 0 });
    expect(y.months[3]).toEqual({ month: 4, IDEA: 0, TRAINING: 1, VOLUNTEER: 2 });
  });
});

describe("the Khối side by side (city)", () => {
  const khoi = (id: string, indicators: (IndicatorLike & { recordKind: string | null })[] | null): KhoiProgress => ({
    khoiId: id,
    khoiName: `Khối ${id}`,
    planTitle: indicators ? `Kế hoạch ${id}` : null,
    indicators,
  });
  const ideas = { ...base, recordKind: "IDEA" };

  it("counts each Khối's indicators by status, and says when a Khối has no plan", () => {
    const rows = khoiStatusRows([khoi("A", [ideas, { ...ideas, id: "x", status: "MET" }]), khoi("B", null)]);
    expect(rows[0]).toMatchObject({ total: 2, counts: { MET: 1, NOT_MET: 1, EXCEEDED: 0, NO_DATA: 0 } });
    expect(rows[1]).toMatchObject({ total: 0, counts: null, planTitle: null });
  });

  it("compares only indicators with the same code that count the same thing the same way", () => {
    const a = khoi("A", [ideas, { ...ideas, id: "a2", code: "CT2", recordKind: "TRAINING" }]);
    const b = khoi("B", [
      { ...ideas, id: "b1", percent: 120, status: "EXCEEDED" },
      { ...ideas, id: "b2", code: "CT2", recordKind: "PROJECT" },
    ]);
    const shared = sharedIndicators([a, b, khoi("C", null)]);
    expect(shared).toHaveLength(1);
    expect(shared[0].code).toBe("CT1");
    expect(shared[0].cells).toEqual([
      { percentText: "85%", status: "NOT_MET", statusLabel: "Chưa đạt" },
      { percentText: "120%", status: "EXCEEDED", statusLabel: "Vượt" },
      null,
    ]);
  });
});
