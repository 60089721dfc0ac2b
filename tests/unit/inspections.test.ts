// Kiểm tra chuyên đề, the pure parts: the checklist a plan proposes, its grouping by pillar, the
// clashes between visits, the round's period, the rating the findings point to and where a
// recommendation stands against its deadline.
import { describe, expect, it } from "vitest";
import {
  PORTAL_CHECKS,
  USUAL_TYPED_ITEMS,
  countDeadlineStates,
  deadlineState,
  groupByPillar,
  suggestedRating,
  proposeChecklist,
  visitClashes,
  withinRound,
  type PlanIndicatorForChecklist,
} from "@/lib/domain/inspections";

const indicator = (over: Partial<PlanIndicatorForChecklist>): PlanIndicatorForChecklist => ({
  id: crypto.randomUUID(),
  code: "CT1",
  wording: "Chỉ tiêu",
  pillar: null,
  appliesTo: "EACH_CO_SO",
  measure: "RECORD_COUNT",
  recordKind: "IDEA",
  ...over,
});

describe("proposeChecklist", () => {
  it("starts with the portal's checks and the usual typed items, under no pillar", () => {
    const items = proposeChecklist([]);
    expect(items.map((i) => i.wording)).toEqual([...PORTAL_CHECKS.map((c) => c.wording), ...USUAL_TYPED_ITEMS]);
    expect(items.every((i) => i.pillar === null)).toBe(true);
    expect(items.filter((i) => i.source === "PORTAL").map((i) => i.portalCheck)).toEqual(PORTAL_CHECKS.map((c) => c.key));
  });

  it("asks one question per indicator a cơ sở answers for itself, under the indicator's pillar", () => {
    const each = indicator({ code: "CT3", wording: "Mỗi cơ sở có ít nhất 05 ý tưởng, sáng kiến.", pillar: 1 });
    const share = indicator({ code: "CT1", wording: "100% cơ sở có công trình", appliesTo: "KHOI", measure: "UNIT_SHARE" });
    const members = indicator({ code: "CT5", wording: "80% đoàn viên học tập", appliesTo: "EACH_MEMBER", pillar: 2 });
    const total = indicator({ code: "CT2", wording: "Ít nhất 1.000 ý tưởng", appliesTo: "KHOI" });
    const inspected = indicator({ code: "CT9", wording: "Kiểm tra 10 cơ sở", appliesTo: "KHOI", recordKind: "INSPECTION" });
    const asked = proposeChecklist([each, share, members, total, inspected]).filter((i) => i.source === "INDICATOR");
    expect(asked.map((i) => [i.wording, i.pillar, i.indicatorId])).toEqual([
      ["Cơ sở đạt chỉ tiêu CT3: Mỗi cơ sở có ít nhất 05 ý tưởng, sáng kiến?", 1, each.id],
      ["Cơ sở đạt chỉ tiêu CT1: 100% cơ sở có công trình?", null, share.id],
      ["Cơ sở đạt chỉ tiêu CT5: 80% đoàn viên học tập?", 2, members.id],
    ]);
  });
});

describe("groupByPillar", () => {
  it("puts the items of no pillar (or of a pillar the plan lacks) first, then each pillar in the plan's order", () => {
    const items = [
      { pillar: 2, w: "c" },
      { pillar: null, w: "a" },
      { pillar: 0, w: "b" },
      { pillar: 7, w: "lost" },
      { pillar: 2, w: "d" },
    ];
    const groups = groupByPillar(items, ["Với công việc", "Với nhân dân", "Với bản thân"]);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.w)])).toEqual([
      ["Công tác chỉ đạo, tổ chức thực hiện", ["a", "lost"]],
      ["Với công việc", ["b"]],
      ["Với bản thân", ["c", "d"]],
    ]);
  });
});

describe("visitClashes", () => {
  const day = (d: number) => new Date(Date.UTC(2026, 11, d));
  const visit = (id: string, coSo: string, d: number, team: string[], roundId = "r1") => ({
    id,
    roundId,
    coSoId: coSo,
    coSoName: `Đoàn ${coSo}`,
    visitOn: day(d),
    teamUserIds: team,
  });

  it("marks two visits on one day that need a same team member, both ways", () => {
    const clashes = visitClashes([visit("v1", "A", 10, ["u1", "u2"]), visit("v2", "B", 10, ["u2"], "r2")]);
    expect(clashes.get("v1")).toEqual(["Cùng ngày với buổi kiểm tra tại Đoàn B (chung thành viên đoàn)"]);
    expect(clashes.get("v2")).toEqual(["Cùng ngày với buổi kiểm tra tại Đoàn A (chung thành viên đoàn)"]);
  });

  it("leaves alone visits on other days, and visits of one day by two separate teams", () => {
    const clashes = visitClashes([
      visit("v1", "A", 10, ["u1"]),
      visit("v2", "B", 11, ["u1"]),
      visit("v3", "C", 10, ["u9"], "r2"),
    ]);
    expect(clashes.size).toBe(0);
  });

  it("says each reason once, however many visits give it", () => {
    const clashes = visitClashes([
      visit("v1", "A", 10, ["u1"]),
      visit("v2", "A", 10, ["u8"], "r2"),
      visit("v3", "A", 10, ["u9"], "r3"),
    ]);
    expect(clashes.get("v1")).toEqual(["Đoàn A có một buổi kiểm tra khác cùng ngày"]);
  });

  it("marks one cơ sở visited twice on a day even by separate teams", () => {
    const clashes = visitClashes([visit("v1", "A", 10, ["u1"]), visit("v2", "A", 10, ["u9"], "r2")]);
    expect(clashes.get("v1")).toEqual(["Đoàn A có một buổi kiểm tra khác cùng ngày"]);
    expect(clashes.get("v2")).toEqual(["Đoàn A có một buổi kiểm tra khác cùng ngày"]);
  });
});

describe("withinRound", () => {
  const round = { periodFrom: new Date(Date.UTC(2026, 10, 1)), periodTo: new Date(Date.UTC(2026, 10, 30)) };
  it("takes both ends of the period and nothing outside", () => {
    expect(withinRound(new Date(Date.UTC(2026, 10, 1)), round)).toBe(true);
    expect(withinRound(new Date(Date.UTC(2026, 10, 30)), round)).toBe(true);
    expect(withinRound(new Date(Date.UTC(2026, 9, 31)), round)).toBe(false);
    expect(withinRound(new Date(Date.UTC(2026, 11, 1)), round)).toBe(false);
  });
});

describe("the rating the findings point to", () => {
  const answers = (met: number, notMet: number, na = 0, indicatorMissed = false) => [
    ...Array.from({ length: met }, () => ({ result: "MET" as const })),
    ...Array.from({ length: notMet }, (_, i) => ({ result: "NOT_MET" as const, indicator: indicatorMissed && i === 0 })),
    ...Array.from({ length: na }, () => ({ result: "NOT_APPLICABLE" as const })),
  ];

  it("reads the share of applicable items met: Tốt from 90 %, Khá from 70 %, Trung bình from 50 %, else Yếu", () => {
    expect(suggestedRating(answers(9, 1))).toEqual({ rating: "GOOD", met: 9, applicable: 10 });
    expect(suggestedRating(answers(8, 2))?.rating).toBe("FAIR");
    expect(suggestedRating(answers(7, 3))?.rating).toBe("FAIR");
    expect(suggestedRating(answers(69, 31))?.rating).toBe("AVERAGE");
    expect(suggestedRating(answers(5, 5))?.rating).toBe("AVERAGE");
    expect(suggestedRating(answers(4, 6))?.rating).toBe("WEAK");
  });

  it("leaves the items that do not apply out, and has nothing to say when none applies", () => {
    expect(suggestedRating(answers(9, 0, 5))).toEqual({ rating: "GOOD", met: 9, applicable: 9 });
    expect(suggestedRating(answers(0, 0, 3))).toBeNull();
    expect(suggestedRating([])).toBeNull();
  });

  it("gives no Tốt while one of the plan's own indicators is missed", () => {
    expect(suggestedRating(answers(19, 1, 0, true))?.rating).toBe("FAIR");
    expect(suggestedRating(answers(19, 1, 0, false))?.rating).toBe("GOOD");
  });
});

describe("a recommendation against its deadline", () => {
  const today = new Date(Date.UTC(2026, 11, 5));
  const day = (d: number) => new Date(Date.UTC(2026, 11, 5 + d));

  it("is in time on its deadline day, due soon within a week, overdue from the day after", () => {
    expect(deadlineState({ status: "OPEN", dueOn: day(0) }, today)).toBe("DUE_SOON");
    expect(deadlineState({ status: "OPEN", dueOn: day(7) }, today)).toBe("DUE_SOON");
    expect(deadlineState({ status: "OPEN", dueOn: day(8) }, today)).toBe("OPEN");
    expect(deadlineState({ status: "OPEN", dueOn: day(-1) }, today)).toBe("OVERDUE");
    expect(deadlineState({ status: "REOPENED", dueOn: day(-30) }, today)).toBe("OVERDUE");
  });

  it("waits on the Khối once answered or disputed, whatever the date, and is done once accepted or withdrawn", () => {
    expect(deadlineState({ status: "RESPONDED", dueOn: day(-5) }, today)).toBe("AWAITING_REVIEW");
    expect(deadlineState({ status: "DISPUTED", dueOn: day(5) }, today)).toBe("AWAITING_REVIEW");
    expect(deadlineState({ status: "ACCEPTED", dueOn: day(-5) }, today)).toBe("SETTLED");
    expect(deadlineState({ status: "WITHDRAWN", dueOn: day(-5) }, today)).toBe("SETTLED");
  });

  it("counts a cơ sở's recommendations by state", () => {
    expect(
      countDeadlineStates(
        [
          { status: "OPEN", dueOn: day(-2) },
          { status: "OPEN", dueOn: day(20) },
          { status: "RESPONDED", dueOn: day(-2) },
          { status: "ACCEPTED", dueOn: day(-2) },
        ],
        today,
      ),
    ).toEqual({ total: 4, OVERDUE: 1, DUE_SOON: 0, OPEN: 1, AWAITING_REVIEW: 1, SETTLED: 1 });
  });
});
