// What a cơ sở report must hold before it is sent (issue 16), as a pure rule: each typed figure
// (0 counts, blank does not) and each pillar's narrative, keyed as the form names its fields.
import { describe, expect, it } from "vitest";
import { incompleteMessage, missingForSubmit } from "@/lib/domain/report-completeness";

const pillars = ["Với bản thân", "Với công việc", "Với cộng đồng"];
const typed = [
  { id: "money", code: "CT1" },
  { id: "people", code: "CT2" },
];
const full = { narratives: ["Một", "Hai", "Ba"], values: { money: 1_500_000, people: 0 } };

describe("a report's completeness before sending", () => {
  it("asks nothing of a report with every figure (0 included) and every pillar written", () => {
    expect(missingForSubmit(pillars, typed, full)).toEqual({});
  });

  it("names each missing figure and each pillar left blank, beside its field", () => {
    expect(missingForSubmit(pillars, typed, { narratives: [" ", "Hai"], values: { money: null } })).toEqual({
      "values.money": "Vui lòng nhập số liệu chỉ tiêu CT1 trước khi gửi báo cáo (không có thì nhập 0)",
      "values.people": "Vui lòng nhập số liệu chỉ tiêu CT2 trước khi gửi báo cáo (không có thì nhập 0)",
      "narratives.0": "Vui lòng viết kết quả thực hiện “Với bản thân” trước khi gửi báo cáo",
      "narratives.2": "Vui lòng viết kết quả thực hiện “Với cộng đồng” trước khi gửi báo cáo",
    });
  });

  it("asks no figure of a period without typed indicators, and no narrative of a plan without pillars", () => {
    expect(missingForSubmit([], [], { narratives: [], values: {} })).toEqual({});
  });

  it("sums up what is missing above the form", () => {
    const missing = missingForSubmit(pillars, typed, { narratives: [], values: {} });
    expect(incompleteMessage(missing)).toBe(
      "Báo cáo chưa đủ nội dung để gửi: còn thiếu 2 số liệu nhập tay và kết quả thực hiện của 3 trách nhiệm. Bạn vẫn có thể lưu nháp.",
    );
    expect(incompleteMessage(missingForSubmit(pillars, typed, { ...full, narratives: ["Một", "", "Ba"] }))).toBe(
      "Báo cáo chưa đủ nội dung để gửi: còn thiếu kết quả thực hiện của 1 trách nhiệm. Bạn vẫn có thể lưu nháp.",
    );
  });
});
