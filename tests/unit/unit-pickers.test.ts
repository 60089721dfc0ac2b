// Chi đoàn pickers in a large Khối (lib/domain/unit-pickers.ts): past CHI_DOAN_LIST_MAX the list
// narrows to the chosen cơ sở's chi đoàn, and keeps the one a link already filters by.
import { describe, expect, it } from "vitest";
import { CHI_DOAN_LIST_MAX, chiDoanChoices, coSoOfChoice } from "@/lib/domain/unit-pickers";

const chiDoan = (n: number, perCoSo = 5) =>
  Array.from({ length: n }, (_, i) => ({ id: `cd${i}`, parentId: `cs${Math.floor(i / perCoSo)}` }));

describe("chi đoàn choices", () => {
  it("lists every chi đoàn while they are few", () => {
    const few = chiDoan(CHI_DOAN_LIST_MAX);
    expect(chiDoanChoices(few, "cs1")).toEqual({ options: few, byCoSo: false });
  });

  it("past the limit: none before a cơ sở is chosen, then that cơ sở's, and always the one selected", () => {
    const many = chiDoan(CHI_DOAN_LIST_MAX + 1);
    expect(chiDoanChoices(many)).toEqual({ options: [], byCoSo: true });
    expect(chiDoanChoices(many, "cs2").options.map((o) => o.id)).toEqual(["cd10", "cd11", "cd12", "cd13", "cd14"]);
    expect(chiDoanChoices(many, undefined, "cd37").options.map((o) => o.id)).toEqual(["cd37"]);
    expect(chiDoanChoices(many, "cs0", "cd37").options.map((o) => o.id)).toEqual(["cd0", "cd1", "cd2", "cd3", "cd4", "cd37"]);
  });

  it("starts from the cơ sở asked for, else the cơ sở of the chi đoàn asked for", () => {
    const many = chiDoan(300);
    expect(coSoOfChoice(many, "cs9", "cd37")).toBe("cs9");
    expect(coSoOfChoice(many, undefined, "cd37")).toBe("cs7");
    expect(coSoOfChoice(many, undefined, "unknown")).toBeUndefined();
    expect(coSoOfChoice(many)).toBeUndefined();
  });
});
