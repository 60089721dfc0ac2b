// The commitment's state machine, date rule and export layout: pure functions, every case.
import { describe, expect, it } from "vitest";
import {
  assessmentEditable,
  assessmentOpen,
  assessmentOpensOn,
  commitmentStage,
  pendingStep,
  pledgesEditable,
} from "@/lib/domain/commitment-rules";
import { commitmentSheet, type CommitmentExportRow } from "@/lib/domain/commitment-export";
import type { EntryStatus } from "@/lib/generated/prisma/enums";

const S = (status: EntryStatus, assessmentStatus: EntryStatus | null = null) => ({ status, assessmentStatus });

describe("what waits for a reviewer, and what the member may still edit", () => {
  it.each([
    [S("SUBMITTED"), "commitment", true, false],
    [S("RETURNED"), null, true, false],
    [S("CONFIRMED"), null, false, true],
    [S("CONFIRMED", "SUBMITTED"), "assessment", false, true],
    [S("CONFIRMED", "RETURNED"), null, false, true],
    [S("CONFIRMED", "CONFIRMED"), null, false, false],
    [S("WITHDRAWN"), null, false, false],
  ] as const)("%o: pending %s, pledges editable %s, assessment editable %s", (state, step, pledges, assessment) => {
    expect(pendingStep(state)).toBe(step);
    expect(pledgesEditable(state)).toBe(pledges);
    expect(assessmentEditable(state)).toBe(assessment);
  });

  it("names the stage a list shows", () => {
    expect(commitmentStage(S("CONFIRMED"))).toBe("Đã xác nhận, chưa tự đánh giá");
    expect(commitmentStage(S("CONFIRMED", "CONFIRMED"))).toBe("Hoàn thành");
    expect(commitmentStage(S("RETURNED"))).toBe("Đã trả lại");
  });
});

describe("the self-assessment date rule (Vietnam calendar dates)", () => {
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
  it("opens on 1 November of the year and stays open", () => {
    expect(assessmentOpensOn(2027)).toEqual(day(2027, 11, 1));
    expect(assessmentOpen(2027, day(2027, 10, 31))).toBe(false);
    expect(assessmentOpen(2027, day(2027, 11, 1))).toBe(true);
    expect(assessmentOpen(2027, day(2028, 6, 1))).toBe(true);
    expect(assessmentOpen(2028, day(2027, 12, 31))).toBe(false);
  });
});

describe("the commitments sheet", () => {
  const row = (pillars: string[], pledges: string[]): CommitmentExportRow => ({
    memberName: "Nguyễn Văn An",
    chiDoanName: "Chi đoàn 1",
    coSoName: "Đoàn Sở A",
    year: 2026,
    status: "CONFIRMED",
    pillars,
    pledges,
    assessments: [],
    assessmentStatus: null,
    rating: null,
  });

  it("names a column after its pillar when every row agrees, else numbers it and names the pillar in the cell", () => {
    const same = commitmentSheet([row(["Bản thân", "Công việc", "Cộng đồng"], ["a", "b", "c"])]);
    expect(same.headers.map((h) => h.header)).toContain("Đăng ký: Công việc");
    const mixed = commitmentSheet([
      row(["Bản thân", "Công việc", "Cộng đồng"], ["a", "b", "c"]),
      row(["Công việc", "Nhân dân", "Bản thân"], ["x", "y", "z"]),
    ]);
    const headers = mixed.headers.map((h) => h.header);
    expect(headers).toContain("Đăng ký: Trách nhiệm 1");
    expect(mixed.cells[1][headers.indexOf("Đăng ký: Trách nhiệm 1")]).toBe("Công việc: x");
    expect(mixed.cells[0][headers.indexOf("Trạng thái tự đánh giá")]).toBe("Chưa tự đánh giá");
  });
});
