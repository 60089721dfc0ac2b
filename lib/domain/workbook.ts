// The pieces every .xlsx the portal hands out is made of: a bold, frozen header row, real date
// cells shown as dd/mm/yyyy, and every string neutralised against formula injection
// (SECURITY.md #20). No I/O.
import ExcelJS from "exceljs";
import { neutraliseFormula } from "@/lib/domain/member-columns";

export type OutCell = string | number | boolean | Date | null | undefined;
export type ColumnHeader = { header: string; width: number; date?: boolean; text?: boolean };

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng 3 trách nhiệm";
  wb.created = new Date();
  return wb;
}

/** A sheet with a bold, frozen header row; every string is neutralised on the way in. */
export function addTable(wb: ExcelJS.Workbook, name: string, headers: ColumnHeader[], rows: OutCell[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = headers.map((h) => ({
    header: neutraliseFormula(h.header),
    width: h.width,
    // Column formats also apply to what the user types later (dates; phone numbers keep their 0).
    style: h.date ? { numFmt: "dd/mm/yyyy" } : h.text ? { numFmt: "@" } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F0FE" } };
  for (const values of rows) {
    const row = ws.addRow(values.map((v) => (typeof v === "string" ? neutraliseFormula(v) : typeof v === "boolean" ? (v ? "Có" : "Không") : (v ?? null))));
    headers.forEach((h, i) => {
      if (values[i] instanceof Date) row.getCell(i + 1).numFmt = "dd/mm/yyyy";
    });
  }
  return ws;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

/** A one-sheet list export with an auto-filter on the header: projects, entries, commitments. */
export async function buildListExport(sheetName: string, headers: ColumnHeader[], rows: OutCell[][]): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = addTable(wb, sheetName, headers, rows);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  return toBuffer(wb);
}
