// The youth-project forms' schemas: what a user types becomes clean values or a Vietnamese
// message beside the field; the list's search params never fail the page.
import { describe, expect, it } from "vitest";
import {
  projectCompleteInput,
  projectListQuery,
  projectProgressInput,
  projectRegisterInput,
  projectReturnInput,
} from "@/lib/validation/projects";
import { stepFrom } from "@/lib/domain/project-rules";

const uuid = () => crypto.randomUUID();
const fieldErrors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the registration form", () => {
  const base = {
    planId: uuid(),
    kind: "PROJECT",
    name: "  Công sở không giấy ",
    field: "DIGITAL",
    goal: "Số hóa",
    startsOn: "05-03-2026",
    requestKey: uuid(),
  };

  it("trims text, reads dd/mm/yyyy (also with - or .), and defaults the lists to empty", () => {
    const r = projectRegisterInput.parse({ ...base, endsOn: "", coSoId: "" });
    expect(r).toMatchObject({
      name: "Công sở không giấy",
      startsOn: new Date(Date.UTC(2026, 2, 5)),
      endsOn: null,
      chiDoanIds: [],
      memberIds: [],
      indicatorIds: [],
      expectedValue: null,
    });
    expect("coSoId" in r && r.coSoId !== undefined).toBe(false);
  });

  it("says what is wrong beside each field", () => {
    const r = projectRegisterInput.safeParse({
      ...base,
      name: " ",
      kind: "X",
      startsOn: "31/02/2026",
      endsOn: "01/01/2026",
      memberIds: ["nope"],
    });
    expect(fieldErrors(r)).toMatchObject({
      name: "Vui lòng nhập tên công trình",
      kind: "Vui lòng chọn loại công trình",
      startsOn: "Ngày bắt đầu không hợp lệ (định dạng dd/mm/yyyy)",
      "memberIds.0": "Có đoàn viên không hợp lệ, vui lòng chọn lại",
    });
    expect(fieldErrors(projectRegisterInput.safeParse({ ...base, endsOn: "01/01/2026" }))).toEqual({
      endsOn: "Ngày kết thúc không được trước ngày bắt đầu",
    });
  });
});

describe("progress, completion and review", () => {
  it("takes a percent from 0 to 100, or none", () => {
    expect(
      projectProgressInput.parse({ requestKey: uuid(), projectId: uuid(), body: "Đã xong nửa", percent: "" }).percent,
    ).toBeNull();
    expect(
      projectProgressInput.parse({ requestKey: uuid(), projectId: uuid(), body: "Đã xong nửa", percent: "50" }).percent,
    ).toBe(50);
    expect(
      fieldErrors(projectProgressInput.safeParse({ requestKey: uuid(), projectId: uuid(), body: "x", percent: "101" })),
    ).toEqual({ percent: "Tiến độ từ 0 đến 100 (%)" });
  });

  it("reads money in đồng as people write it", () => {
    const money = (resultAmount: unknown) =>
      projectCompleteInput.safeParse({ id: uuid(), version: 0, resultText: "Xong", resultAmount });
    expect(money("15.000.000").data?.resultAmount).toBe(15_000_000);
    expect(money("2 500 000 đ").data?.resultAmount).toBe(2_500_000);
    expect(money(1200).data?.resultAmount).toBe(1200);
    expect(money("").data?.resultAmount).toBeNull();
    for (const bad of ["12,5", "-5", "mười triệu", 1.5])
      expect(fieldErrors(money(bad))).toEqual({ resultAmount: "Giá trị làm lợi là số đồng, ví dụ 15.000.000" });
  });

  it("needs a reason to return a registration", () => {
    expect(fieldErrors(projectReturnInput.safeParse({ id: uuid(), version: 0, comment: "  " }))).toEqual({
      comment: "Vui lòng nhập lý do trả lại",
    });
  });
});

describe("the list's search params", () => {
  it("fall back to no filter instead of failing, and never filter on withdrawn", () => {
    expect(projectListQuery.parse({ q: "x".repeat(500), ky: "2026-13", status: "WITHDRAWN", coSo: "1", page: "-3" })).toEqual({
      q: "",
      page: 1,
    });
    expect(projectListQuery.parse({ ky: "2026-6t2", status: "HONOURED", kind: "MODEL", field: "DIGITAL" })).toMatchObject({
      ky: { key: "2026-6t2", from: new Date(Date.UTC(2026, 6, 1)), to: new Date(Date.UTC(2027, 0, 1)) },
      status: "HONOURED",
      kind: "MODEL",
      field: "DIGITAL",
    });
  });
});

describe("the workflow table", () => {
  it("lets the Khối's own projects skip review, and only they be joined", () => {
    expect(stepFrom("approve", "KHOI")).toEqual([]);
    expect(stepFrom("edit", "KHOI")).toEqual(["APPROVED"]);
    expect(stepFrom("join", "CO_SO")).toEqual([]);
    expect(stepFrom("edit", "CO_SO")).toEqual(["PENDING", "RETURNED"]);
  });
});
