// Crafted workbooks for the Excel import's limits (SECURITY.md #19): a real workbook written by
// exceljs, its parts renamed, replaced or added to, then zipped again by hand.
import ExcelJS from "exceljs";
import { writeZip, zipParts, type CraftedEntry } from "./zip";

export const MEMBER_HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"];

/** A small real member list: the header and two members. */
export async function realMemberWorkbook(chiDoan = "Chi đoàn 1"): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(MEMBER_HEADER);
  ws.addRow([1, "Nguyễn Văn An", "05/03/1995", "Nam", "Bí thư", chiDoan]);
  ws.addRow([2, "Trần Thị Bình", "06/04/1996", "Nữ", null, chiDoan]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Worksheet XML with the member header and `rows` members as inline strings (about 200 bytes a row). */
export function memberSheetXml(rows: number, chiDoan = "Chi đoàn 1"): string {
  const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
  const out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  out.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  out.push(`<row r="1">${text("B1", "Họ và tên")}${text("F1", "Chi đoàn")}</row>`);
  for (let r = 2; r <= rows + 1; r++) {
    out.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c>${text(`B${r}`, `Nguyễn Văn Thứ ${r}`)}${text(`F${r}`, chiDoan)}</row>`,
    );
  }
  out.push("</sheetData></worksheet>");
  return out.join("");
}

/** Shared strings XML with `count` strings of `length` characters each. */
export function sharedStringsXml(count: number, length = 8): string {
  const item = `<si><t>${"Đ".repeat(length)}</t></si>`;
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${item.repeat(count)}</sst>`;
}

/** A real workbook whose parts `edit` renames, replaces or adds to. */
export async function craftWorkbook(edit: (parts: CraftedEntry[]) => CraftedEntry[], base?: Uint8Array): Promise<Buffer> {
  const parts = await zipParts(base ?? (await realMemberWorkbook()));
  return writeZip(edit(parts));
}

/** Replaces the data of the part named `name`, renaming it when `rename` is given. */
export const replacePart =
  (name: string, data: string | Buffer, rename?: string) =>
  (parts: CraftedEntry[]): CraftedEntry[] =>
    parts.map((p) => (p.name === name ? { ...p, name: rename ?? name, data } : p));

/** The finding's file: 150,000 member rows in a sheet whose entry name the old guard did not count. */
export async function manyRowsUnder(entryName: string, rows = 150_000, keepRealSheet = false): Promise<Buffer> {
  const xml = memberSheetXml(rows);
  return craftWorkbook((parts) => {
    if (!keepRealSheet) return replacePart("xl/worksheets/sheet1.xml", xml, entryName)(parts);
    return [...parts, { name: entryName, data: xml }];
  });
}
