// The project list: diacritic-insensitive search, filters, paging, the .xlsx export (formula
// injection neutralised, SECURITY.md #20, access checked) and the counts the reports are built
// from, on a hand-built set in a tenant of its own.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { countProjects, listProjects } from "@/lib/data/projects";
import { GET as exportRoute } from "@/app/(portal)/cong-trinh/xuat-excel/route";
import { LIST_PAGE_SIZE, parsePeriod } from "@/lib/validation/list-query";
import { projectListQuery } from "@/lib/validation/projects";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject, type ProjectSpec } from "../factories/projects";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let c: Tenant;
let b: Tenant;
let staff: Viewer;
const ids: Record<string, string> = {};
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const INJECTION = '=HYPERLINK("http://x","bấm vào")';

beforeAll(async () => {
  c = await makeTenant(db());
  b = await makeTenant(db());
  staff = await viewerOf(c.users.staff.id);
  const plan = await makePlan(db(), { id: c.khoi.id, khoiId: c.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const at = (coSoId: string | null) => ({ khoiId: c.khoi.id, coSoId, planId: plan.id });
  const set: [string, string | null, ProjectSpec][] = [
    [
      "paperless",
      c.coSoA.id,
      { name: "Công sở không giấy", kind: "PROJECT", status: "APPROVED", field: "DIGITAL", startsOn: day(2025, 2, 1) },
    ],
    ["customs", c.coSoA.id, { name: "Thông quan điện tử", kind: "PROJECT", status: "APPROVED", startsOn: day(2025, 5, 20) }],
    [
      "business",
      c.coSoA.id,
      { name: "Đăng ký kinh doanh trực tuyến", kind: "TASK", status: "PENDING", startsOn: day(2025, 6, 30) },
    ],
    ["model", c.coSoA.id, { name: "Mô hình một cửa thân thiện", kind: "MODEL", status: "COMPLETED", startsOn: day(2025, 7, 1) }],
    ["honoured", c.coSoB.id, { name: "Ngày thứ 7 tình nguyện", kind: "PROJECT", status: "HONOURED", startsOn: day(2025, 3, 3) }],
    ["khoi", null, { name: INJECTION, kind: "SOLUTION", status: "APPROVED", startsOn: day(2025, 1, 1) }],
    ["withdrawn", c.coSoB.id, { name: "Đã rút", kind: "PROJECT", status: "WITHDRAWN", startsOn: day(2025, 4, 4) }],
    ["lastYear", c.coSoA.id, { name: "Năm trước", kind: "PROJECT", status: "APPROVED", startsOn: day(2024, 12, 31) }],
  ];
  for (const [key, coSoId, spec] of set) ids[key] = (await makeProject(db(), at(coSoId), spec)).id;
  // Enough for two pages, in a field of their own so the filters can isolate them.
  for (let i = 0; i < LIST_PAGE_SIZE + 2; i++)
    await makeProject(db(), at(c.coSoB.id), {
      name: `Trồng cây xanh số ${i}`,
      kind: "TASK",
      field: "ENVIRONMENT",
      status: "APPROVED",
      startsOn: day(2023, 1, 1 + (i % 28)),
    });
});

const list = (viewer: Viewer, params: Record<string, string>) => listProjects(viewer, projectListQuery.parse(params));
const names = async (params: Record<string, string>) => (await list(staff, params)).rows.map((r) => r.name).sort();

describe("searching and filtering the list", () => {
  it("finds names whatever the diacritics or case typed", async () => {
    expect(await names({ q: "cong so khong giay" })).toEqual(["Công sở không giấy"]);
    expect(await names({ q: "ĐĂNG KÝ" })).toEqual(["Đăng ký kinh doanh trực tuyến"]);
    expect(await names({ q: "  điện   tử " })).toEqual(["Thông quan điện tử"]);
    expect(await names({ q: "khong co dau nay" })).toEqual([]);
  });

  it("filters by period, cơ sở, status, field and kind, and never lists withdrawn ones", async () => {
    expect(await names({ ky: "2025-6t2" })).toEqual(["Mô hình một cửa thân thiện"]);
    expect(await names({ ky: "2025-05" })).toEqual(["Thông quan điện tử"]);
    expect(await names({ ky: "2025-6t1", coSo: c.coSoB.id })).toEqual(["Ngày thứ 7 tình nguyện"]);
    expect(await names({ status: "PENDING" })).toEqual(["Đăng ký kinh doanh trực tuyến"]);
    expect(await names({ field: "DIGITAL" })).toEqual(["Công sở không giấy"]);
    expect(await names({ kind: "SOLUTION" })).toEqual([INJECTION]);
    expect(await names({ kind: "MODEL", status: "APPROVED" })).toEqual([]);
    // Bad values are "no filter", never an error page.
    expect((await list(staff, { ky: "2025-13", status: "WITHDRAWN", kind: "x", coSo: "not-an-id", q: "da rut" })).total).toBe(0);
    expect((await list(staff, { ky: "bad" })).total).toBe(8 + LIST_PAGE_SIZE + 2 - 1);
  });

  it("pages with a total, in a stable order", async () => {
    const first = await list(staff, { field: "ENVIRONMENT" });
    const second = await list(staff, { field: "ENVIRONMENT", page: "2" });
    expect([first.total, first.rows.length, second.rows.length]).toEqual([LIST_PAGE_SIZE + 2, LIST_PAGE_SIZE, 2]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(LIST_PAGE_SIZE + 2);
    expect((await list(staff, { field: "ENVIRONMENT", page: "3" })).rows).toEqual([]);
  });

  it("a cơ sở's list holds its own and the Khối's, whatever cơ sở it asks for", async () => {
    const secretary = await viewerOf(c.users.coSo.id);
    expect((await list(secretary, { ky: "2025" })).rows.map((r) => r.name).sort()).toEqual(
      [
        "Công sở không giấy",
        "Thông quan điện tử",
        "Đăng ký kinh doanh trực tuyến",
        "Mô hình một cửa thân thiện",
        INJECTION,
      ].sort(),
    );
    expect((await list(secretary, { coSo: c.coSoB.id })).total).toBe(0);
  });
});

describe("counting projects for the reports", () => {
  const key = (r: { coSoId: string | null; kind: string; status: string; count: number }) =>
    `${r.coSoId ?? "Khối"} ${r.kind} ${r.status} ${r.count}`;

  it("groups by cơ sở, kind and status in the period the work starts in, withdrawn ones left out", async () => {
    const half = parsePeriod("2025-6t1")!;
    expect((await countProjects(staff, half)).map(key).sort()).toEqual(
      [
        `${c.coSoA.id} PROJECT APPROVED 2`,
        `${c.coSoA.id} TASK PENDING 1`,
        `${c.coSoB.id} PROJECT HONOURED 1`,
        "Khối SOLUTION APPROVED 1",
      ].sort(),
    );
    const city = await viewerOf(c.users.city.id);
    expect((await countProjects(city, half)).map(key).sort()).toEqual((await countProjects(staff, half)).map(key).sort());
  });

  it("counts for a cơ sở only its own and the Khối's, and nothing for another Khối", async () => {
    const year = parsePeriod("2025")!;
    const secretary = await viewerOf(c.users.coSo.id);
    expect((await countProjects(secretary, year)).map(key).sort()).toEqual(
      [
        `${c.coSoA.id} PROJECT APPROVED 2`,
        `${c.coSoA.id} TASK PENDING 1`,
        `${c.coSoA.id} MODEL COMPLETED 1`,
        "Khối SOLUTION APPROVED 1",
      ].sort(),
    );
    expect(await countProjects(await viewerOf(b.users.admin.id), year)).toEqual([]);
  });
});

async function readSheet(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

describe("the .xlsx export", () => {
  it("holds the filtered list with date cells, and a formula in a name comes out as text", async () => {
    actingAs(c.users.staff.id);
    const res = await exportRoute(new NextRequest(`http://localhost/cong-trinh/xuat-excel?ky=2025-6t1&kind=SOLUTION`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Cong trinh thanh nien \d{2}-\d{2}-\d{4}\.xlsx"/,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const ws = await readSheet(res);
    expect(ws.rowCount).toBe(2);
    expect((ws.getRow(1).values as unknown[]).slice(1, 10)).toEqual([
      "STT",
      "Tên công trình",
      "Loại",
      "Lĩnh vực",
      "Đơn vị đăng ký",
      "Cấp",
      "Trạng thái",
      "Ngày bắt đầu",
      "Ngày kết thúc",
    ]);
    const name = ws.getCell("B2");
    expect(name.value).toBe(`'${INJECTION}`);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C2").value).toBe("Giải pháp");
    expect(ws.getCell("F2").value).toBe("Khối");
    expect(ws.getCell("H2").value).toEqual(day(2025, 1, 1));
    expect(ws.getCell("H2").numFmt).toBe("dd/mm/yyyy");
  });

  it("keeps the search and leaves out withdrawn projects and other tenants' rows", async () => {
    actingAs(c.users.staff.id);
    const found = await readSheet(
      await exportRoute(new NextRequest(`http://localhost/cong-trinh/xuat-excel?q=${encodeURIComponent("thong quan")}`)),
    );
    expect((found.getColumn(2).values as unknown[]).slice(2)).toEqual(["Thông quan điện tử"]);
    const all = await readSheet(await exportRoute(new NextRequest("http://localhost/cong-trinh/xuat-excel")));
    expect(all.rowCount).toBe(1 + 8 + LIST_PAGE_SIZE + 2 - 1);
    expect((all.getColumn(2).values as unknown[]).includes("Đã rút")).toBe(false);
    actingAs(b.users.admin.id);
    expect((await readSheet(await exportRoute(new NextRequest("http://localhost/cong-trinh/xuat-excel")))).rowCount).toBe(1);
  });

  it("sends a signed-out visitor to sign in", async () => {
    actingAs(null);
    await expect(exportRoute(new NextRequest("http://localhost/cong-trinh/xuat-excel"))).rejects.toMatchObject({
      digest: expect.stringMatching(/NEXT_REDIRECT.*\/dang-nhap/),
    });
  });
});
