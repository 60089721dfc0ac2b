// Which typed figures are in force over a window: nested periods give the widest, consecutive
// ones add up, periods outside the window are left out.
import { describe, expect, it } from "vitest";
import { figuresInWindow, type Typed } from "@/lib/domain/report-figures";
import { periodWindow } from "@/lib/domain/report-rules";

const fig = (coSoId: string, fromMonth: number, toMonth: number, value: number): Typed => ({
  coSoId,
  value,
  fromMonth,
  toMonth,
  ...periodWindow({ year: 2026, fromMonth, toMonth }),
});
const year = periodWindow({ year: 2026, fromMonth: 1, toMonth: 12 });

describe("figuresInWindow", () => {
  it("takes the tổng kết over the sơ kết it contains", () => {
    expect(figuresInWindow([fig("A", 1, 6, 4), fig("A", 1, 12, 9)], year)).toEqual(new Map([["A", 9]]));
  });

  it("adds up consecutive periods, and keeps each cơ sở apart", () => {
    expect(figuresInWindow([fig("A", 1, 6, 4), fig("A", 7, 12, 1), fig("B", 7, 9, 2)], year)).toEqual(
      new Map([
        ["A", 5],
        ["B", 2],
      ]),
    );
  });

  it("leaves out periods reaching outside the window, and gives nothing without figures", () => {
    const half = periodWindow({ year: 2026, fromMonth: 1, toMonth: 6 });
    expect(figuresInWindow([fig("A", 1, 12, 9), fig("A", 1, 3, 2)], half)).toEqual(new Map([["A", 2]]));
    expect(figuresInWindow(undefined, year).size).toBe(0);
  });
});
