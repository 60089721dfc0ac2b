// Đạt / chưa đạt / vượt from a value and a target (lib/domain/progress.ts).
import { describe, expect, it } from "vitest";
import { percentOfTarget, progressStatus } from "@/lib/domain/progress";

describe("progressStatus", () => {
  it.each([
    [null, 10, "AT_LEAST", "NO_DATA"],
    [9, 10, "AT_LEAST", "NOT_MET"],
    [10, 10, "AT_LEAST", "MET"],
    [11, 10, "AT_LEAST", "EXCEEDED"],
    [99.9, 100, "PERCENT", "NOT_MET"],
    [100, 100, "PERCENT", "MET"],
    [4, 4, "EXACT", "MET"],
    [3, 4, "EXACT", "NOT_MET"],
    [5, 4, "EXACT", "EXCEEDED"],
    [0, 0, "AT_LEAST", "MET"],
  ] as const)("%s against %s (%s) is %s", (value, target, kind, expected) => {
    expect(progressStatus(value, target, kind)).toBe(expected);
  });
});

describe("percentOfTarget", () => {
  it("rounds to one decimal and treats a zero target as reached", () => {
    expect(percentOfTarget(2, 3)).toBe(66.7);
    expect(percentOfTarget(12, 10)).toBe(120);
    expect(percentOfTarget(0, 0)).toBe(100);
    expect(percentOfTarget(null, 5)).toBeNull();
  });
});
