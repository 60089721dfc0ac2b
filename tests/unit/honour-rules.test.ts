// Danh hiệu: criteria met from records or from what the nominator typed; the council's tally.
import { describe, expect, it } from "vitest";
import { evaluateCriteria, meetsAll, metCount, NO_ACHIEVEMENTS, type Criterion } from "@/lib/domain/honour-criteria";
import { tally } from "@/lib/domain/honour-tally";
import { nomineeName } from "@/lib/domain/honour-labels";

const criteria: Criterion[] = [
  { id: "ideas", source: "COMPUTED", wording: "Ít nhất 2 ý tưởng", metric: "IDEAS", threshold: 2 },
  { id: "hours", source: "COMPUTED", wording: "Ít nhất 8 giờ tình nguyện", metric: "VOLUNTEER_HOURS", threshold: 8 },
  { id: "ethics", source: "TYPED", wording: "Phẩm chất đạo đức tốt" },
];

describe("evaluateCriteria", () => {
  it("compares each computed number with its threshold, the threshold itself being met", () => {
    const results = evaluateCriteria(criteria, { ...NO_ACHIEVEMENTS, IDEAS: 2, VOLUNTEER_HOURS: 7.5 }, { ethics: true });
    expect(results).toEqual([
      { id: "ideas", met: true, value: 2, threshold: 2 },
      { id: "hours", met: false, value: 7.5, threshold: 8 },
      { id: "ethics", met: true, value: null, threshold: null },
    ]);
    expect(metCount(results)).toBe(2);
    expect(meetsAll(results)).toBe(false);
  });

  it("leaves an unanswered typed criterion open, and that is not enough to meet all", () => {
    const results = evaluateCriteria(criteria, { ...NO_ACHIEVEMENTS, IDEAS: 3, VOLUNTEER_HOURS: 8 }, {});
    expect(results[2]).toEqual({ id: "ethics", met: null, value: null, threshold: null });
    expect(meetsAll(results)).toBe(false);
    expect(meetsAll(evaluateCriteria(criteria, { ...NO_ACHIEVEMENTS, IDEAS: 3, VOLUNTEER_HOURS: 8 }, { ethics: true }))).toBe(
      true,
    );
  });

  it("takes a typed “not met” as not met", () => {
    expect(evaluateCriteria(criteria, NO_ACHIEVEMENTS, { ethics: false })[2].met).toBe(false);
  });

  it("meets a title without criteria", () => {
    expect(meetsAll(evaluateCriteria([], NO_ACHIEVEMENTS, {}))).toBe(true);
  });
});

describe("tally", () => {
  const ballot = (nominationId: string, userId: string, approve: boolean, score: number | null = null) => ({
    nominationId,
    userId,
    approve,
    score,
  });

  it("ranks by votes for, then by average score, and proposes more than half of the whole council", () => {
    const rows = tally(
      ["a", "b", "c"],
      [
        ballot("a", "u1", true, 80),
        ballot("a", "u2", false, 60),
        ballot("b", "u1", true, 90),
        ballot("b", "u2", true, 70),
        ballot("c", "u1", true, 95),
        ballot("c", "u2", true, 85),
      ],
      4,
    );
    expect(rows.map((r) => [r.nominationId, r.rank, r.votesFor, r.share, r.averageScore, r.proposed])).toEqual([
      ["c", 1, 2, 0.5, 90, false],
      ["b", 2, 2, 0.5, 80, false],
      ["a", 3, 1, 0.25, 70, false],
    ]);
  });

  it("counts a council member who did not vote as not for", () => {
    const rows = tally(["a"], [ballot("a", "u1", true), ballot("a", "u2", true)], 3);
    expect(rows[0]).toMatchObject({ votesFor: 2, ballots: 2, proposed: true, averageScore: null });
    expect(tally(["a"], [ballot("a", "u1", true)], 3)[0].proposed).toBe(false);
  });

  it("gives ties the same rank and skips the next (1, 1, 3), keeping the nominees' order", () => {
    const rows = tally(
      ["x", "y", "z"],
      [ballot("x", "u1", true, 70), ballot("y", "u1", true, 70), ballot("z", "u1", false, 99)],
      1,
    );
    expect(rows.map((r) => [r.nominationId, r.rank])).toEqual([
      ["x", 1],
      ["y", 1],
      ["z", 3],
    ]);
  });

  it("ranks a nominee nobody scored below any score", () => {
    const rows = tally(["n", "s"], [ballot("n", "u1", true), ballot("s", "u1", true, 0)], 1);
    expect(rows.map((r) => r.nominationId)).toEqual(["s", "n"]);
  });

  it("answers an empty council with no votes and nobody proposed", () => {
    expect(tally(["a"], [], 0)[0]).toMatchObject({ share: 0, proposed: false, rank: 1 });
  });
});

describe("nomineeName", () => {
  it("names a member, a cơ sở, and a chi đoàn with its cơ sở (two cơ sở may each have one of that name)", () => {
    expect(nomineeName({ member: { fullName: "Võ Thanh Tùng" }, unit: null })).toBe("Võ Thanh Tùng");
    expect(nomineeName({ member: null, unit: { name: "Đoàn Sở Tài chính", kind: "CO_SO", parent: { name: "Đoàn Khối" } } })).toBe(
      "Đoàn Sở Tài chính",
    );
    const office = (parent: string) =>
      nomineeName({ member: null, unit: { name: "Chi đoàn Văn phòng", kind: "CHI_DOAN", parent: { name: parent } } });
    expect(office("Đoàn Sở Tài chính")).toBe("Chi đoàn Văn phòng (Đoàn Sở Tài chính)");
    expect(office("Đoàn Sở Nội vụ")).not.toBe(office("Đoàn Sở Tài chính"));
  });
});
