// How an audit row reads on the log page and in its export.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changesAsText, describeChanges, idsToName } from "@/lib/domain/audit-view";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, auditActionLabel } from "@/lib/domain/audit-labels";

const CHI_DOAN_1 = "11111111-1111-4111-8111-111111111111";
const CHI_DOAN_2 = "22222222-2222-4222-8222-222222222222";
const INDICATOR = "33333333-3333-4333-8333-333333333333";
const names = new Map([
  [CHI_DOAN_1, "Chi đoàn Văn phòng"],
  [CHI_DOAN_2, "Chi đoàn Thanh tra"],
  [INDICATOR, "CT1 – Vận động kinh phí"],
]);

describe("describeChanges", () => {
  it("names fields, codes and the records ids point at", () => {
    const row = { action: "plan.status", targetType: "Plan", before: { status: "DRAFT" }, after: { status: "PUBLISHED" } };
    expect(describeChanges(row, names)).toEqual([{ field: "Trạng thái", from: "Bản nháp", to: "Đã ban hành" }]);
    const transfer = {
      action: "member.transfer",
      targetType: "Member",
      before: { chiDoanId: CHI_DOAN_1 },
      after: { chiDoanId: CHI_DOAN_2 },
    };
    expect(describeChanges(transfer, names)).toEqual([
      { field: "Chi đoàn", from: "Chi đoàn Văn phòng", to: "Chi đoàn Thanh tra" },
    ]);
  });

  it("reads calendar days as dd/mm/yyyy, moments in Vietnam time, booleans and numbers in Vietnamese", () => {
    const row = {
      action: "activity.update",
      targetType: "Activity",
      before: { startsOn: "2026-03-05T00:00:00.000Z", people: 1200 },
      after: { startsOn: "2026-03-06T00:00:00.000Z", people: 1500 },
    };
    expect(describeChanges(row, names)).toEqual([
      { field: "Ngày bắt đầu", from: "05/03/2026", to: "06/03/2026" },
      { field: "Số người tham gia", from: "1.200", to: "1.500" },
    ]);
    expect(
      describeChanges(
        { action: "member.archive", targetType: "Member", before: { active: true }, after: { active: false } },
        names,
      )[0],
    ).toEqual({ field: "Đang hoạt động", from: "Có", to: "Không" });
  });

  it("shows a creation with no 'before', a deletion with no 'after', and report figures by indicator", () => {
    expect(
      describeChanges({ action: "indicator.delete", targetType: "Indicator", before: { code: "CT9" }, after: null }, names),
    ).toEqual([{ field: "Mã", from: "CT9", to: "" }]);
    const save = {
      action: "report.save",
      targetType: "Report",
      before: { values: { [INDICATOR]: 1000 } },
      after: { values: { [INDICATOR]: 2000 } },
    };
    expect(describeChanges(save, names)).toEqual([
      { field: "Số liệu", from: "CT1 – Vận động kinh phí: 1.000", to: "CT1 – Vận động kinh phí: 2.000" },
    ]);
    expect(changesAsText(describeChanges(save, names))).toBe(
      "Số liệu: CT1 – Vận động kinh phí: 1.000 → CT1 – Vận động kinh phí: 2.000",
    );
  });

  it("reads a refused attempt as the action, the reason and the ids sent, never looked up by name", () => {
    const row = {
      action: "action.refused",
      targetType: "Action",
      before: null,
      after: { action: "updatePlan", code: "NOT_FOUND", ids: { id: CHI_DOAN_1 }, capped: true },
    };
    const changes = describeChanges(row, names);
    expect(changes.map((c) => c.field)).toEqual(["Thao tác", "Lý do", "Mã gửi lên", "Ghi chú"]);
    expect(changes[2].to).toBe(`id: ${CHI_DOAN_1}`);
    expect(Object.values(idsToName(row)).flat()).toEqual([]);
  });
});

describe("the action labels", () => {
  it("label every known action once, in Vietnamese, and show an unknown one by its code", () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTION_GROUPS.flatMap((g) => Object.keys(g.actions)).length);
    expect(auditActionLabel("member.transfer")).toBe("Chuyển sinh hoạt");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });
});

describe("every action the code writes", () => {
  const read = (dir: string) =>
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
  const lib = path.resolve(__dirname, "../../lib");
  const sources = [...read(path.join(lib, "data")), ...read(path.join(lib, "auth"))];

  it("has a label in the filter: literal actions, and each timeline's .create and .status", () => {
    // `action: "x"`, `action: cond ? "x" : "y"`, and audit(…, "x", …) in lib/auth.
    const expressions = sources.flatMap((src) =>
      [...src.matchAll(/action: ([^,}\n]+)|audit\([^,]+, ("[\w.]+")/g)].map((m) => m[1] ?? m[2]),
    );
    // A union (`action: "plan.read" | "plan.manage"`) is a parameter's type, a permission: not written.
    const literal = expressions
      .filter((e) => !e.includes(" | "))
      .flatMap((e) => [...e.matchAll(/"([a-z]+\.[\w.-]+)"/g)].map((m) => m[1]));
    const timelines = sources.join("\n").match(/STATUS_AUDIT_PREFIX[^{]*\{([^}]*)\}/)![1];
    const prefixes = [...timelines.matchAll(/: "([\w.]+)"/g)].map((m) => m[1]);
    expect(prefixes).toContain("activity.registration");
    const written = new Set([...literal, ...prefixes.flatMap((p) => [`${p}.create`, `${p}.status`])]);
    expect(written.has("member.transfer")).toBe(true);
    // City-level rows (no Khối) never reach a Khối's log, so need no label there.
    const unlabelled = [...written].filter((a) => !AUDIT_ACTIONS.includes(a) && a !== "auth.login.throttled");
    expect(unlabelled).toEqual([]);
  });
});
