// The bounded streaming reader (SECURITY.md #19): it stops itself when a budget is spent, even on
// a file the guard let through, and it reads honest files as exceljs's full reader did.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readMemberSheet } from "@/lib/domain/member-sheet";
import { checkXlsxUpload, XlsxGuardError, type XlsxLimits } from "@/lib/domain/xlsx-guard";
import { readXlsxSheets } from "@/lib/domain/xlsx-reader";
import { craftWorkbook, MEMBER_HEADER, memberSheetXml, replacePart, sharedStringsXml } from "../helpers/crafted-xlsx";
import { zipParts } from "../helpers/zip";

/** Limits wide enough for the guard to let every file here through: the reader's own are what is tested. */
const OPEN: XlsxLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRowsPerSheet: 1_000_000,
  maxCells: 10_000_000,
  maxEntries: 1_000,
  maxSharedStrings: 1_000_000,
  maxSharedStringsBytes: 50 * 1024 * 1024,
  maxParsedBytes: 100 * 1024 * 1024,
  maxParseMillis: 60_000,
  maxMergedAreas: 50_000,
};

/** Reads every row under `limits`; the problem it stopped on and how many rows it gave first. */
async function readAll(file: Uint8Array, limits: Partial<XlsxLimits>) {
  let rows = 0;
  try {
    for await (const sheet of readXlsxSheets(checkXlsxUpload(file, OPEN), { ...OPEN, ...limits })) {
      for await (const _ of sheet) rows++;
    }
    return { problem: null, rows };
  } catch (error) {
    if (error instanceof XlsxGuardError) return { problem: error.problem, rows };
    throw error;
  }
}

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

afterEach(() => vi.restoreAllMocks());

describe("budgets inside the parser", () => {
  const big = () => craftWorkbook(replacePart("xl/worksheets/sheet1.xml", memberSheetXml(150_000)));

  it("stops 150,000 rows at the row budget, having kept nothing", async () => {
    const file = await big();
    const t = performance.now();
    expect(await readAll(file, { maxRowsPerSheet: 11_000 })).toEqual({ problem: "tooManyRows", rows: 11_000 });
    // Memory is measured by npm run bench:import (its own process, peak heap and RSS).
    console.log(`150,000 rows stopped after 11,000 in ${(performance.now() - t).toFixed(0)} ms`);
  }, 60_000);

  it("stops at the cell budget over all sheets", async () => {
    expect(await readAll(await big(), { maxCells: 3_000 })).toEqual({ problem: "tooManyCells", rows: 1_000 });
  }, 60_000);

  it("refuses parts larger in bytes than the budget before exceljs starts", async () => {
    expect(await readAll(await big(), { maxParsedBytes: 1024 * 1024 })).toEqual({ problem: "inflatesTooMuch", rows: 0 });
    // workbook.xml is read by the package builder, not exceljs: the same budget.
    const padded = await craftWorkbook((parts) =>
      parts.map((p) =>
        p.name === "xl/workbook.xml" ? { ...p, data: `${p.data.toString()}<!--${" ".repeat(2 * 1024 * 1024)}-->` } : p,
      ),
    );
    expect(await readAll(padded, { maxParsedBytes: 1024 * 1024 })).toEqual({ problem: "inflatesTooMuch", rows: 0 });
  }, 60_000);

  it("counts the bytes exceljs is actually given: Vietnamese text written as ASCII grows", async () => {
    // 2 MB of "Đ" (2 bytes each in UTF-8) are 6 MB once written as "&#272;".
    const file = await craftWorkbook(
      replacePart("xl/sharedStrings.xml", `<sst><si><t>${"Đ".repeat(1024 * 1024)}</t></si></sst>`),
    );
    expect(await readAll(file, { maxParsedBytes: 4 * 1024 * 1024 })).toEqual({ problem: "inflatesTooMuch", rows: 0 });
  });

  it("stops when its time is up, before or in the middle of a sheet", async () => {
    const file = await big();
    expect(await readAll(file, { maxParseMillis: 0 })).toEqual({ problem: "tooSlow", rows: 0 });
    // A clock that moves 1 ms each time it is read: the time runs out part-way through the rows.
    let now = Date.now();
    vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
    const midway = await readAll(file, { maxParseMillis: 2_000 });
    expect(midway.problem).toBe("tooSlow");
    expect(midway.rows).toBeGreaterThan(0);
    expect(midway.rows).toBeLessThan(2_000);
  }, 60_000);

  it("stops when its time is up while exceljs reads the shared strings, where no row is counted", async () => {
    const file = await craftWorkbook(replacePart("xl/sharedStrings.xml", sharedStringsXml(200_000)));
    let now = Date.now();
    vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
    // The first parts take a few readings of the clock; the shared strings take about 100 chunks.
    expect(await readAll(file, { maxParseMillis: 20 })).toEqual({ problem: "tooSlow", rows: 0 });
  }, 60_000);

  it("stops on a part the package cannot be built from, without leaving exceljs waiting", async () => {
    const merges = Array.from({ length: 11 }, (_, i) => `<mergeCell ref="A${i + 10}:B${i + 10}"/>`).join("");
    const xml = memberSheetXml(3).replace("</sheetData>", `</sheetData><mergeCells>${merges}</mergeCells>`);
    const file = await craftWorkbook(replacePart("xl/worksheets/sheet1.xml", xml));
    expect(await readAll(file, { maxMergedAreas: 10 })).toEqual({ problem: "tooManyCells", rows: 0 });
    expect(await readAll(file, { maxMergedAreas: 11 })).toEqual({ problem: null, rows: 4 });
  });

  it("reads workbook.xml, its relationships and merged areas in linear time, whatever they hold", async () => {
    // Each was a pattern retried at every position once: 400 KB in one attribute took 194 s.
    const run = "a".repeat(4 * 1024 * 1024);
    const file = await craftWorkbook((parts) =>
      parts.map((p) => {
        if (p.name === "xl/_rels/workbook.xml.rels")
          return { ...p, data: p.data.toString().replace("<Relationship ", `<Relationship ${run} `) };
        if (p.name === "xl/workbook.xml")
          return { ...p, data: p.data.toString().replace("<sheets>", `<sheets>${"<sheet r:id".repeat(200_000)}`) };
        if (p.name === "xl/worksheets/sheet1.xml")
          return { ...p, data: `${p.data.toString()}${"<mergeCell ref=".repeat(200_000)}` };
        return p;
      }),
    );
    expect(await readAll(file, {})).toMatchObject({ problem: "corrupt" }); // the sheet's XML is broken; it was read
  }, 10_000);

  it("refuses rows out of order or repeated (the full reader merged them)", async () => {
    const xml = memberSheetXml(3).replace('<row r="3">', '<row r="2">');
    const file = await craftWorkbook(replacePart("xl/worksheets/sheet1.xml", xml));
    expect((await readAll(file, {})).problem).toBe("corrupt");
  });
});

describe("honest files read as exceljs's full reader read them", () => {
  it("never spools a sheet to a temporary file, though Excel writes the sheets before the shared strings", async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.addRow(MEMBER_HEADER);
      ws.addRow([1, "Nguyễn Văn An", null, null, null, "Chi đoàn 1"]);
    });
    const names = (await zipParts(file)).map((p) => p.name);
    expect(names.indexOf("xl/worksheets/sheet1.xml")).toBeLessThan(names.indexOf("xl/sharedStrings.xml"));
    // exceljs's reader spools through the tmp package, which writes into os.tmpdir() ($TMPDIR).
    const dir = mkdtempSync(path.join(tmpdir(), "xlsx-reader-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      expect((await readMemberSheet(file)).rows).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.env.TMPDIR = saved;
      rmSync(dir, { recursive: true });
    }
  });

  it("keeps every Vietnamese letter, wherever the parser's chunks end", async () => {
    const names = Array.from({ length: 3_000 }, (_, i) => `Nguyễn Thị Ngọc Ánh ${i} ữẵặ`);
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.addRow(MEMBER_HEADER);
      names.forEach((name, i) => ws.addRow([i + 1, name, null, null, null, `Chi đoàn Phòng Tổ chức ${i % 7}`]));
    });
    const sheet = await readMemberSheet(file);
    expect(sheet.rows.map((r) => r.fullName)).toEqual(names);
    expect(sheet.rows.every((r) => r.chiDoanName.startsWith("Chi đoàn Phòng Tổ chức"))).toBe(true);
  });

  it("gives each cell of a merged area the area's value: a chi đoàn merged down over its members", async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.addRow(MEMBER_HEADER);
      ws.addRow([1, "Nguyễn Văn An", null, "Nam", null, "Chi đoàn 1"]);
      ws.addRow([2, "Trần Thị Bình", null, "Nữ"]);
      ws.addRow([3, "Lê Văn Cường", null, "Nam", null, "Chi đoàn 2"]);
      ws.addRow([4, "Phạm Thị Dung"]);
      ws.mergeCells("F2:F3");
      ws.mergeCells("F4:F5");
      ws.mergeCells("D5:E5"); // a stray merge: D5 is empty, so E5 (Chức vụ) is too
    });
    const rows = (await readMemberSheet(file)).rows;
    expect(rows.map((r) => [r.fullName, r.chiDoanName, r.gender, r.position])).toEqual([
      ["Nguyễn Văn An", "Chi đoàn 1", "NAM", null],
      ["Trần Thị Bình", "Chi đoàn 1", "NU", null],
      ["Lê Văn Cường", "Chi đoàn 2", "NAM", null],
      ["Phạm Thị Dung", "Chi đoàn 2", null, null],
    ]);
  });

  it("finds a header whose labels are merged down from the row above", async () => {
    const file = await workbook((wb) => {
      const ws = wb.addWorksheet("Danh sách");
      ws.addRow(["STT", "Họ và tên", "Ngày sinh", null, "Chi đoàn"]);
      ws.addRow([null, null, "Nam", "Nữ", null]);
      ws.addRow([1, "Nguyễn Văn An", "05/03/1995", null, "Chi đoàn 1"]);
      for (const range of ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]) ws.mergeCells(range);
    });
    // As before: row 1 is the header, and row 2, merged down, reads as an odd member row.
    const sheet = await readMemberSheet(file);
    expect(sheet.headerRow).toBe(1);
    expect(sheet.rows.map((r) => [r.row, r.fullName, r.chiDoanName])).toEqual([
      [2, "Họ và tên", "Chi đoàn"],
      [3, "Nguyễn Văn An", "Chi đoàn 1"],
    ]);
  });

  it("reads a date-formatted formula's result as a date, in 1900 and 1904 workbooks", async () => {
    for (const date1904 of [false, true]) {
      const file = await workbook((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet("Danh sách");
        ws.addRow(MEMBER_HEADER);
        ws.addRow([
          1,
          "Công Thức",
          { formula: "DATE(1995,3,5)", result: new Date(Date.UTC(1995, 2, 5)) },
          null,
          null,
          "Chi đoàn 1",
        ]);
        ws.addRow([2, "Ô Ngày", new Date(Date.UTC(1996, 3, 6)), null, null, "Chi đoàn 1"]);
        ws.getColumn(3).numFmt = "dd/mm/yyyy";
      });
      const rows = (await readMemberSheet(file)).rows;
      expect(
        rows.map((r) => [r.birthDate?.toISOString(), r.errors]),
        `date1904: ${date1904}`,
      ).toEqual([
        ["1995-03-05T00:00:00.000Z", []],
        ["1996-04-06T00:00:00.000Z", []],
      ]);
    }
  });

  it("follows the tab order of workbook.xml, skipping a sheet with no header in its first 10 rows", async () => {
    const file = await workbook((wb) => {
      const notes = wb.addWorksheet("Ghi chú");
      for (let i = 0; i < 2_000; i++) notes.addRow([`Ghi chú ${i}`]);
      const list = wb.addWorksheet("Danh sách");
      list.addRow(MEMBER_HEADER);
      list.addRow([1, "Nguyễn Văn An", null, null, null, "Chi đoàn 1"]);
      const other = wb.addWorksheet("Danh sách cũ");
      other.addRow(MEMBER_HEADER);
      other.addRow([1, "Người Cũ", null, null, null, "Chi đoàn 1"]);
    });
    expect((await readMemberSheet(file)).rows.map((r) => r.fullName)).toEqual(["Nguyễn Văn An"]);
    // The same parts, the sheets' order in workbook.xml reversed: the old list comes first.
    const reversed = await craftWorkbook(
      (parts) =>
        parts.map((p) => {
          if (p.name !== "xl/workbook.xml") return p;
          const xml = p.data.toString();
          const sheets = xml.match(/<sheet [^>]*\/>/g)!;
          return { ...p, data: xml.replace(sheets.join(""), [...sheets].reverse().join("")) };
        }),
      file,
    );
    expect((await readMemberSheet(reversed)).rows.map((r) => r.fullName)).toEqual(["Người Cũ"]);
  });
});
