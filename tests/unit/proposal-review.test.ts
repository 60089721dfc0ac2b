// The review of proposed indicators (components/plans/proposal-review.ts): the marked span survives
// bad offsets, "Đọc là" follows the row's values, split and merge keep the sentence and unconfirm,
// and the client-only review fields never reach the server's payload or schema output.
import { describe, expect, it } from "vitest";
import { indicatorPayload } from "@/components/plans/indicator-fields";
import { toPastedPlan } from "@/components/plans/paste-plan-text";
import {
  mergeRows,
  nextCode,
  parseHighlight,
  readAs,
  sourceParts,
  splitCopy,
  SOURCE_JOIN,
  type ProposalRow,
} from "@/components/plans/proposal-review";
import { indicatorDraft } from "@/lib/validation/plans";

const SENTENCE = "Mỗi cơ sở Đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề";

function row(over: Partial<ProposalRow> = {}): ProposalRow {
  return {
    confirmed: true,
    code: "CT1",
    wording: SENTENCE,
    pillar: "",
    measure: "RECORD_COUNT",
    recordKind: "ACTIVITY",
    targetKind: "AT_LEAST",
    target: "1",
    minTarget: "",
    unitLabel: "buổi sinh hoạt chuyên đề",
    appliesTo: "EACH_CO_SO",
    period: "YEAR",
    months: "",
    honourLevel: "",
    source: SENTENCE,
    highlight: "31-58",
    reason: "",
    inTargets: true,
    ...over,
  };
}

describe("the marked span", () => {
  it("marks the quantity and its noun", () => {
    expect(sourceParts(SENTENCE, "23-58").filter((p) => p.marked)).toEqual([
      { text: "ít nhất 01 buổi sinh hoạt chuyên đề", marked: true },
    ]);
    expect(
      sourceParts(SENTENCE, "23-58")
        .map((p) => p.text)
        .join(""),
    ).toBe(SENTENCE);
  });

  it("drops bad offsets instead of throwing or marking garbage", () => {
    for (const bad of [undefined, "", "x", "-3-4", "10-5", "7-7", "999-1000", "NaN-Infinity"])
      expect(sourceParts("abc", bad)).toEqual([{ text: "abc", marked: false }]);
    expect(parseHighlight("1-999", 3)).toEqual([[1, 3]]);
    expect(parseHighlight("4-6,0-2,1-3", 10)).toEqual([
      [0, 3],
      [4, 6],
    ]);
  });
});

describe("Đọc là", () => {
  it("names the quantity, the records, whom it applies to and the period", () => {
    expect(readAs(row())).toBe(
      "Đọc là: số lượng ít nhất 1 buổi sinh hoạt chuyên đề · đếm hồ sơ “Hoạt động tổ chức” · Áp dụng: mỗi cơ sở · Kỳ: năm",
    );
  });

  it("follows the edits of the row", () => {
    expect(readAs(row({ target: "1.000", appliesTo: "KHOI", period: "MONTHS", months: "3, 5" }))).toContain(
      "1.000 buổi sinh hoạt chuyên đề · đếm hồ sơ “Hoạt động tổ chức” · Áp dụng: toàn Khối · Kỳ: tháng 3, 5",
    );
    expect(readAs(row({ measure: "ENTERED", recordKind: "", targetKind: "PERCENT", target: "95", period: "TERM" }))).toBe(
      "Đọc là: tỷ lệ 95% · nhập số liệu · Áp dụng: mỗi cơ sở · Kỳ: nhiệm kỳ",
    );
    expect(readAs(row({ recordKind: "HONOUR", honourLevel: "CITY", appliesTo: "EACH_MEMBER" }))).toMatch(
      /Áp dụng: mỗi đoàn viên · Kỳ: năm · cấp thành$/,
    );
    expect(readAs(row({ target: "" }))).toContain("chưa có mục tiêu");
  });
});

describe("split and merge", () => {
  it("a split copy keeps the sentence and highlight, takes a free code and is unconfirmed", () => {
    const rows = [row(), row({ code: "CT3" })];
    const copy = splitCopy(rows[0], rows);
    expect(copy).toMatchObject({ source: SENTENCE, highlight: "31-58", confirmed: false, code: "CT4" });
    expect(nextCode([{ code: "ct1" }, { code: "CT2" }])).toBe("CT3");
  });

  it("merging keeps the upper's fields, joins both sentences with both marks, and unconfirms", () => {
    const lower = row({
      wording: "Có ít nhất 60 buổi",
      target: "60",
      source: "toàn Khối có ít nhất 60 buổi.",
      highlight: "21-28",
      reason: "đơn vị tính lạ",
      inTargets: false,
    });
    const merged = mergeRows(row(), lower);
    expect(merged).toMatchObject({
      wording: SENTENCE,
      target: "1",
      confirmed: false,
      reason: "đơn vị tính lạ",
      inTargets: false,
    });
    expect(merged.source).toBe(`${SENTENCE}${SOURCE_JOIN}toàn Khối có ít nhất 60 buổi.`);
    expect(
      sourceParts(merged.source!, merged.highlight)
        .filter((p) => p.marked)
        .map((p) => p.text),
    ).toEqual(["01 buổi sinh hoạt chuyên đề", "60 buổi"]);
  });

  it("merging a split copy back gives the one sentence again", () => {
    const merged = mergeRows(row({ highlight: "23-40" }), splitCopy(row(), [row()]));
    expect(merged.source).toBe(SENTENCE);
    expect(merged.highlight).toBe("23-58");
  });
});

describe("the review fields stay in the browser", () => {
  it("the paste box carries highlight, reason and whether it was read in the targets section", () => {
    const [first] = toPastedPlan("II. CHỈ TIÊU\n- Đề xuất ít nhất 1.000 ý tưởng, sáng kiến.\n").indicators;
    expect(first.highlight).toMatch(/^\d+-\d+$/);
    expect(typeof first.reason).toBe("string");
    expect(typeof first.inTargets).toBe("boolean");
    expect(sourceParts(first.source!, first.highlight).some((p) => p.marked && p.text.includes("1.000"))).toBe(true);
  });

  it("neither the payload nor the server's schema keeps them", () => {
    const payload = indicatorPayload(row());
    for (const key of ["highlight", "reason", "inTargets", "confirmed"]) expect(payload).not.toHaveProperty(key);
    const parsed = indicatorDraft.parse({ ...payload, highlight: "0-3", reason: "x", inTargets: true });
    for (const key of ["highlight", "reason", "inTargets"]) expect(parsed).not.toHaveProperty(key);
  });
});
