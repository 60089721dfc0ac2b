// Deadlines read from a plan's text (issue 17, point 5): the cơ sở-plan due date and the report
// periods, with their sentence and the date highlighted; dates that are not deadlines are left out.
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDeadlines } from "@/lib/domain/plan-deadlines";
import { extractPlanText } from "@/lib/domain/plan-text";
import { CORPUS_DIR, loadCorpus } from "@/tests/helpers/plan-corpus";

const issueSentences = [
  "Các cơ sở Đoàn xây dựng kế hoạch thực hiện, gửi về Đoàn Khối trước ngày 31/3.",
  "Các cơ sở Đoàn gửi báo cáo sơ kết 6 tháng trước ngày 15/6.",
  "Báo cáo tổng kết năm trước ngày 15/11.",
];

const folders = ["plans", "plans-holdout", "plans-fresh", "plans-unseen"].map((f) => path.resolve(CORPUS_DIR, "..", f));
const corpus = (await Promise.all(folders.map((f) => loadCorpus(f)))).flat();

describe("extractDeadlines", () => {
  it("reads the three deadlines of the issue, taking the plan's year", () => {
    const found = extractDeadlines(issueSentences, "PLAN", 2027);
    expect(found.map((d) => [d.kind, d.dueOn])).toEqual([
      ["CO_SO_PLAN", "2027-03-31"],
      ["SIX_MONTH", "2027-06-15"],
      ["ANNUAL", "2027-11-15"],
    ]);
    for (const d of found) expect(d.source.slice(d.highlight.start, d.highlight.end)).toMatch(/^ngày \d+\/\d+$/);
    expect(found[0].source).toBe(issueSentences[0]);
  });

  it("reads a year written in the date, the long form and other cues", () => {
    const found = extractDeadlines(
      [
        "Các đơn vị đăng ký kế hoạch chậm nhất ngày 10/4/2027.",
        "Báo cáo 6 tháng gửi về Văn phòng trước ngày 15 tháng 6 năm 2027.",
        "Hạn chót nộp báo cáo tổng kết: ngày 20/11.",
        "Sơ kết giữa năm chậm nhất là ngày 30.6",
      ],
      "PLAN",
      2027,
    );
    expect(found.map((d) => [d.kind, d.dueOn])).toEqual([
      ["CO_SO_PLAN", "2027-04-10"],
      ["SIX_MONTH", "2027-06-15"],
      ["ANNUAL", "2027-11-20"],
      ["SIX_MONTH", "2027-06-30"],
    ]);
    const long = found[1];
    expect(long.source.slice(long.highlight.start, long.highlight.end)).toBe("ngày 15 tháng 6 năm 2027");
  });

  it("reads two deadlines in one sentence, each with its own duty", () => {
    const dutyFirst = extractDeadlines(["Sơ kết 6 tháng trước ngày 15/6 và tổng kết năm trước ngày 15/11."], "PLAN", 2026);
    const dateFirst = extractDeadlines(
      ["Trước ngày 15/6 gửi báo cáo sơ kết 6 tháng, trước ngày 15/11 gửi báo cáo tổng kết năm."],
      "PLAN",
      2026,
    );
    for (const found of [dutyFirst, dateFirst])
      expect(found.map((d) => [d.kind, d.dueOn])).toEqual([
        ["SIX_MONTH", "2026-06-15"],
        ["ANNUAL", "2026-11-15"],
      ]);
  });

  it("ignores dates that are not deadlines", () => {
    const found = extractDeadlines(
      [
        "TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2027",
        "Tổ chức các hoạt động kỷ niệm ngày 26/3 - ngày thành lập Đoàn.",
        "Hoàn thành trước ngày 26/3 các hoạt động chào mừng.",
        "Báo cáo kết quả thực hiện kế hoạch gửi về Đoàn Khối trước ngày 10/12.",
        "Các cơ sở sơ kết 6 tháng 1 lần; báo cáo chậm nhất 6 tháng 1 lần.",
        "Gửi kế hoạch trước ngày 31/2.",
      ],
      "PLAN",
      2027,
    );
    expect(found).toEqual([]);
  });

  it("proposes nothing without a year: no plan year, or a programme's term", () => {
    expect(extractDeadlines(issueSentences, "PLAN", null)).toEqual([]);
    expect(extractDeadlines(issueSentences, "PROGRAMME", 2023)).toEqual([]);
    expect(extractDeadlines(["Báo cáo tổng kết năm trước ngày 15/11/2024."], "PROGRAMME", 2023)).toEqual([
      expect.objectContaining({ kind: "ANNUAL", dueOn: "2024-11-15" }),
    ]);
  });

  it("is filled by extractPlanText from the body of a pasted plan", () => {
    const text = [
      "KẾ HOẠCH",
      "Thực hiện phong trào “3 trách nhiệm” năm 2027",
      "-----",
      "I. TỔ CHỨC THỰC HIỆN",
      ...issueSentences,
    ].join("\n");
    expect(extractPlanText(text).deadlines.map((d) => d.kind)).toEqual(["CO_SO_PLAN", "SIX_MONTH", "ANNUAL"]);
  });

  it("never throws and keeps its highlight inside the source, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }), (lines) => {
        for (const d of extractDeadlines(lines, "PLAN", 2027)) {
          expect(d.highlight.start).toBeGreaterThanOrEqual(0);
          expect(d.highlight.end).toBeLessThanOrEqual(d.source.length);
        }
      }),
    );
  });

  // The corpus (tests/fixtures/plans*): every plan lists the deadlines a secretary reads in it.
  it("has the corpus to read", () => expect(corpus.length).toBeGreaterThanOrEqual(25));
  it.each(corpus.map((p) => [p.name, p] as const))("reads the deadlines listed for %s", (_name, plan) => {
    const found = extractPlanText(plan.text).deadlines;
    expect(found.map((d) => ({ kind: d.kind, dueOn: d.dueOn }))).toEqual(
      plan.expected.deadlines.map((d) => ({ kind: d.kind, dueOn: d.dueOn })),
    );
  });
});
