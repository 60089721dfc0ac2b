// Which plans the "Theo kế hoạch" pickers offer by default, and which plans count as a second plan
// of the same issuer and years (issue 16, point 14).
import { describe, expect, it } from "vitest";
import { defaultPlanId, planInForce, samePlanQuestion, termsOverlap } from "@/lib/domain/plan-in-force";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plan = (startYear: number, endYear = startYear) => ({ kind: "PLAN" as const, startYear, endYear });
const programme = (startYear: number, endYear: number) => ({ kind: "PROGRAMME" as const, startYear, endYear });

describe("planInForce", () => {
  it("offers the annual plan of the current year and of the next one, not last year's", () => {
    const today = day("2026-12-05");
    expect(planInForce(plan(2026), today)).toBe(true);
    expect(planInForce(plan(2027), today)).toBe(true);
    expect(planInForce(plan(2025), today)).toBe(false);
    expect(planInForce(plan(2019), today)).toBe(false);
    expect(planInForce(plan(2028), today)).toBe(false);
  });

  it("turns with the year: on 1 January last year's plan is old", () => {
    expect(planInForce(plan(2026), day("2026-12-31"))).toBe(true);
    expect(planInForce(plan(2026), day("2027-01-01"))).toBe(false);
  });

  it("offers a programme while its term covers today", () => {
    const today = day("2026-06-15");
    expect(planInForce(programme(2023, 2027), today)).toBe(true);
    expect(planInForce(programme(2026, 2026), today)).toBe(true);
    expect(planInForce(programme(2018, 2022), today)).toBe(false);
    expect(planInForce(programme(2027, 2030), today)).toBe(false);
  });
});

describe("defaultPlanId", () => {
  it("starts a new record on the first plan in force, even when an old one is listed first", () => {
    expect(
      defaultPlanId([
        { id: "old", inForce: false },
        { id: "now", inForce: true },
      ]),
    ).toBe("now");
  });
  it("falls back to the first plan, and to nothing", () => {
    expect(defaultPlanId([{ id: "old", inForce: false }])).toBe("old");
    expect(defaultPlanId([{ id: "plain" }])).toBe("plain");
    expect(defaultPlanId([])).toBe("");
  });
});

describe("termsOverlap", () => {
  it("is a clash for the same kind and overlapping years only", () => {
    expect(termsOverlap(plan(2026), plan(2026))).toBe(true);
    expect(termsOverlap(plan(2026), plan(2027))).toBe(false);
    expect(termsOverlap(programme(2023, 2027), programme(2027, 2030))).toBe(true);
    expect(termsOverlap(programme(2023, 2027), plan(2026))).toBe(false);
  });
});

describe("samePlanQuestion", () => {
  it("names the plan there is, its years and issuer", () => {
    expect(
      samePlanQuestion(
        { kind: "PLAN", number: "12-KH/ĐTN", startYear: 2026, endYear: 2026, status: "PUBLISHED", unitName: "Đoàn Khối A" },
        "tạo",
      ),
    ).toBe("Đã có Kế hoạch số 12-KH/ĐTN năm 2026 của Đoàn Khối A: vẫn tạo?");
    expect(
      samePlanQuestion(
        { kind: "PROGRAMME", number: null, startYear: 2023, endYear: 2027, status: "DRAFT", unitName: "Cơ sở B" },
        "ban hành",
      ),
    ).toBe("Đã có Chương trình giai đoạn 2023–2027 của Cơ sở B (bản nháp): vẫn ban hành?");
  });
});
