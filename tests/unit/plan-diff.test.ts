// What a revision changed, in staff's words: header fields, sections, indicators, and (issue 17)
// the cơ sở-plan due date and the report periods opened at publish.
import { describe, expect, it } from "vitest";
import { diffPlans } from "@/lib/domain/plan-diff";

const side = (over: Partial<Parameters<typeof diffPlans>[0]> = {}): Parameters<typeof diffPlans>[0] => ({
  number: "45-KH/ĐTN",
  subject: "Thực hiện phong trào năm 2027",
  issueDate: new Date("2027-01-10T00:00:00Z"),
  startYear: 2027,
  endYear: 2027,
  basisText: null,
  pillars: ["Trách nhiệm với công việc"],
  sections: [{ heading: "CHỈ TIÊU", body: "- Đề xuất 100 ý tưởng." }],
  closing: null,
  coSoPlanDueOn: new Date("2027-03-31T00:00:00Z"),
  reportSchedule: [
    { kind: "SIX_MONTH", title: "Sơ kết 6 tháng đầu năm 2027", year: 2027, fromMonth: 1, toMonth: 6, dueOn: "2027-06-15" },
  ],
  indicators: [
    { lineageId: "a", code: "CT1", wording: "Đề xuất 100 ý tưởng", target: 100, minTarget: null, unitLabel: "ý tưởng" },
  ],
  ...over,
});

describe("diffPlans", () => {
  it("names nothing when nothing changed", () => {
    expect(diffPlans(side(), side())).toEqual([]);
  });

  it("names a changed target and section", () => {
    const after = side({
      sections: [{ heading: "CHỈ TIÊU", body: "- Đề xuất 200 ý tưởng." }],
      indicators: [{ ...side().indicators[0], target: 1000 }],
    });
    expect(diffPlans(side(), after)).toEqual(["Sửa nội dung mục “CHỈ TIÊU”", "CT1: mục tiêu 100 → 1.000"]);
  });

  it("names the cơ sở-plan due date and the report periods added or dropped", () => {
    const after = side({
      coSoPlanDueOn: new Date("2027-04-15T00:00:00Z"),
      reportSchedule: [
        { kind: "ANNUAL", title: "Tổng kết năm 2027", year: 2027, fromMonth: 1, toMonth: 12, dueOn: "2027-11-15" },
      ],
    });
    expect(diffPlans(side(), after)).toEqual([
      "Hạn cơ sở gửi kế hoạch: 31/03/2027 → 15/04/2027",
      "Thêm kỳ báo cáo Tổng kết năm 2027 (hạn nộp 15/11/2027)",
      "Bỏ kỳ báo cáo Sơ kết 6 tháng đầu năm 2027 (hạn nộp 15/06/2027)",
    ]);
    expect(
      diffPlans(side({ reportSchedule: null, coSoPlanDueOn: null }), side({ reportSchedule: [], coSoPlanDueOn: null })),
    ).toEqual([]);
  });
});
