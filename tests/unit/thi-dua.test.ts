// The thi đua score: share of each target reached (capped), weighed, out of 100.
import { describe, expect, it } from "vitest";
import { reached, weightedScores } from "@/lib/domain/thi-dua";

const row = (coSoId: string, value: number | null, target: number | null) => ({ coSoId, name: `Cơ sở ${coSoId}`, value, target });

describe("weightedScores", () => {
  const indicators = [
    { id: "x", coSo: [row("A", 4, 4), row("B", 2, 4)] },
    { id: "y", coSo: [row("A", 0, 1), row("B", 3, 1)] },
  ];

  it("weighs every indicator the same by default", () => {
    expect(weightedScores(indicators, new Map())).toEqual([
      { coSoId: "B", name: "Cơ sở B", score: 75, indicators: 2 },
      { coSoId: "A", name: "Cơ sở A", score: 50, indicators: 2 },
    ]);
  });

  it("follows the weights the Khối sets, and leaves out an indicator weighing 0", () => {
    // x weighs 3, y 1: A = (3·1 + 0) / 4 = 75; B = (3·0,5 + 1·1) / 4 = 62,5.
    expect(
      weightedScores(
        indicators,
        new Map([
          ["x", 3],
          ["y", 1],
        ]),
      ).map((s) => [s.coSoId, s.score]),
    ).toEqual([
      ["A", 75],
      ["B", 62.5],
    ]);
    expect(weightedScores(indicators, new Map([["y", 0]])).map((s) => [s.coSoId, s.score, s.indicators])).toEqual([
      ["A", 100, 1],
      ["B", 50, 1],
    ]);
  });

  it("caps a target passed at 100% and counts nothing reported as nothing done", () => {
    expect(reached(10, 4)).toBe(1);
    expect(reached(null, 4)).toBe(0);
    expect(reached(1, 0)).toBe(1);
    expect(reached(0, 0)).toBe(0);
  });

  it("ranks equal scores by name, in Vietnamese order", () => {
    const tie = [
      {
        id: "x",
        coSo: [
          { coSoId: "2", name: "Đoàn Sở Y tế", value: 1, target: 1 },
          { coSoId: "1", name: "Đoàn Sở Tư pháp", value: 1, target: 1 },
        ],
      },
    ];
    expect(weightedScores(tie, new Map()).map((s) => s.name)).toEqual(["Đoàn Sở Tư pháp", "Đoàn Sở Y tế"]);
  });
});
