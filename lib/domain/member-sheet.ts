// Member lists in Excel, with no I/O: the columns, reading an uploaded sheet into typed rows with
// per-row errors, and resolving chi đoàn names against the ones the viewer may use. Writing the
// workbooks is in member-workbooks.ts. exceljs only, never the `xlsx` package (SECURITY.md).
import ExcelJS from "exceljs";
import type { z } from "zod";
import type { Gender } from "@/lib/generated/prisma/enums";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { parseGender } from "@/lib/domain/labels";
import { foldVietnamese, tidyName } from "@/lib/domain/text";
import { checkXlsxUpload, XlsxGuardError, type XlsxProblem } from "@/lib/domain/xlsx-guard";
import { optionalDate, optionalEmail, optionalPhone, optionalText } from "@/lib/validation/fields";
import { IMPORT_MESSAGES, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/member-import";

// ---------------------------------------------------------------- columns

export type ColumnKey = "stt" | "fullName" | "birthDate" | "gender" | "position" | "agency" | "chiDoan" | "coSo" | "joinedUnionAt" | "email" | "phone";

/** Header text as written, the folded spellings accepted on import, and the width in exports. */
const COLUMNS: Record<ColumnKey, { header: string; aliases: string[]; width: number }> = {
  stt: { header: "STT", aliases: ["stt", "tt", "so thu tu"], width: 6 },
  fullName: { header: "Họ và tên", aliases: ["ho va ten", "ho ten", "ho va ten doan vien"], width: 28 },
  birthDate: { header: "Ngày sinh", aliases: ["ngay sinh", "ngay thang nam sinh"], width: 12 },
  gender: { header: "Giới tính", aliases: ["gioi tinh"], width: 10 },
  position: { header: "Chức vụ", aliases: ["chuc vu"], width: 22 },
  agency: { header: "Cơ quan/đơn vị", aliases: ["co quan don vi", "co quan", "don vi cong tac", "co quan don vi cong tac"], width: 28 },
  chiDoan: { header: "Chi đoàn", aliases: ["chi doan", "ten chi doan"], width: 26 },
  coSo: { header: "Cơ sở Đoàn", aliases: ["co so doan", "doan co so"], width: 26 },
  joinedUnionAt: { header: "Ngày vào Đoàn", aliases: ["ngay vao doan"], width: 14 },
  email: { header: "Email", aliases: ["email", "e mail", "thu dien tu", "dia chi email"], width: 28 },
  phone: { header: "Số điện thoại", aliases: ["so dien thoai", "dien thoai", "sdt", "so dt", "dtdd"], width: 15 },
};

/** The columns a secretary already keeps: the template, and the base of the rejected-rows file. */
export const IMPORT_COLUMNS: ColumnKey[] = ["stt", "fullName", "birthDate", "gender", "position", "chiDoan", "email", "phone"];
/** The export; its extra columns are read back on import, so an export can be re-imported. */
export const EXPORT_COLUMNS: ColumnKey[] = ["stt", "fullName", "birthDate", "gender", "position", "agency", "chiDoan", "coSo", "joinedUnionAt", "email", "phone"];
export const DATE_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(["birthDate", "joinedUnionAt"]);

export const columnSpec = (key: ColumnKey) => ({ header: COLUMNS[key].header, width: COLUMNS[key].width });

const normaliseHeader = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, " ").trim();
const HEADER_LOOKUP = new Map<string, ColumnKey>(
  (Object.keys(COLUMNS) as ColumnKey[]).flatMap((key) => COLUMNS[key].aliases.map((alias) => [alias, key] as const)),
);

/** "Họ và tên", "HỌ VÀ TÊN", "ho ten (*)" → "fullName"; null when the header is not ours. */
export function matchHeader(text: string): ColumnKey | null {
  return HEADER_LOOKUP.get(normaliseHeader(text)) ?? null;
}

// ---------------------------------------------------------------- formula injection

const FORMULA_START = /^[\s\0]*[=+\-@]|^[\t\r\0]/;

/**
 * Text that a spreadsheet could take for a formula (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or a
 * leading tab/CR/NUL) gets a leading apostrophe, so it stays text even when the cell is edited
 * or the sheet is saved as CSV (SECURITY.md #20). Every exported string goes through here.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula on import, so an exported value comes back unchanged. */
function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

// ---------------------------------------------------------------- reading

export class SheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetError";
  }
}

const GUARD_MESSAGES: Record<XlsxProblem, string> = {
  empty: IMPORT_MESSAGES.empty,
  tooLarge: IMPORT_MESSAGES.tooLarge,
  notXlsx: IMPORT_MESSAGES.notXlsx,
  corrupt: "Không đọc được tệp: tệp bị hỏng, có đặt mật khẩu hoặc không phải tệp Excel .xlsx. Hãy mở bằng Excel, lưu lại rồi thử lại.",
  tooManyRows: `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${formatNumber(MAX_IMPORT_ROWS)} đoàn viên. Hãy chia danh sách thành nhiều tệp.`,
  tooManyCells: "Tệp có quá nhiều ô dữ liệu. Hãy chỉ giữ trang danh sách đoàn viên (xoá các trang tính, cột thừa) rồi thử lại.",
  inflatesTooMuch: "Tệp chứa quá nhiều dữ liệu. Hãy chỉ giữ trang danh sách đoàn viên (xoá hình ảnh, trang tính thừa) rồi thử lại.",
};

const LIMITS = {
  maxFileBytes: MAX_IMPORT_FILE_BYTES,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxRowsPerSheet: MAX_IMPORT_ROWS + 1_000, // header rows and styled empty rows
  maxCells: 300_000,
  maxEntries: 1_000,
};

/** A cell as read: trimmed text, a calendar date (UTC midnight), or nothing. */
export type SheetCell = string | Date | null;

export type SheetRow = {
  /** The row number Excel shows. */
  row: number;
  /** What the file held, to write the row back out if it is rejected. */
  cells: Partial<Record<ColumnKey, SheetCell>>;
  fullName: string;
  birthDate: Date | null;
  gender: Gender | null;
  position: string | null;
  agency: string | null;
  joinedUnionAt: Date | null;
  email: string | null;
  phone: string | null;
  chiDoanName: string;
  coSoName: string;
  /** Problems found in the row itself (Vietnamese). */
  errors: string[];
};

export type MemberSheet = { columns: ColumnKey[]; headerRow: number; rows: SheetRow[] };

const HEADER_SEARCH_ROWS = 10;

/** Reads the first worksheet that has a member header row in its first 10 rows. Throws SheetError. */
export async function readMemberSheet(data: Uint8Array): Promise<MemberSheet> {
  try {
    checkXlsxUpload(data, LIMITS);
  } catch (error) {
    if (error instanceof XlsxGuardError) throw new SheetError(GUARD_MESSAGES[error.problem]);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.length) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SheetError(GUARD_MESSAGES.corrupt);
  }
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet);
    if (header) return readRows(sheet, header.row, header.columns);
  }
  throw new SheetError(
    "Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang tính. Dòng tiêu đề cần có các cột “Họ và tên” và “Chi đoàn” (xem tệp mẫu).",
  );
}

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<ColumnKey, number> } | null {
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const columns = new Map<ColumnKey, number>();
    row.eachCell((cell, col) => {
      const value = cellValue(cell.value);
      const key = typeof value === "string" ? matchHeader(value) : null;
      if (key && !columns.has(key)) columns.set(key, col);
    });
    if (!columns.has("fullName") || columns.size < 2) continue;
    if (!columns.has("chiDoan")) {
      throw new SheetError(`Dòng tiêu đề (dòng ${r}) thiếu cột “Chi đoàn”: mỗi đoàn viên cần ghi tên chi đoàn sinh hoạt.`);
    }
    return { row: r, columns };
  }
  return null;
}

function readRows(sheet: ExcelJS.Worksheet, headerRow: number, columns: Map<ColumnKey, number>): MemberSheet {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, r) => {
    if (r <= headerRow) return;
    const cells: Partial<Record<ColumnKey, SheetCell>> = {};
    let filled = false;
    for (const [key, col] of columns) {
      let value = cellValue(row.getCell(col).value);
      // Numbers typed into a General cell lose the leading 0 of Vietnamese mobile numbers.
      if (key === "phone" && typeof value === "string" && /^\d{9}$/.test(value)) value = `0${value}`;
      cells[key] = value;
      // A row with only its STT filled (a pre-numbered blank line) is not a member.
      if (value !== null && key !== "stt") filled = true;
    }
    if (filled) rows.push(parseRow(r, cells));
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new SheetError(
      `Tệp có ${formatNumber(rows.length)} dòng đoàn viên, vượt quá giới hạn ${formatNumber(MAX_IMPORT_ROWS)} dòng mỗi lần nhập. Hãy chia danh sách thành nhiều tệp.`,
    );
  }
  const present = new Set(columns.keys());
  return { columns: EXPORT_COLUMNS.filter((k) => present.has(k)), headerRow, rows };
}

/** exceljs cell value → trimmed text or a calendar date. Formulas give their cached result. */
function cellValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return utcCalendarDate(value);
  if (typeof value === "string") return nonEmpty(unneutralise(value.trim()));
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    if ("richText" in value) return nonEmpty(unneutralise(value.richText.map((t) => t.text).join("").trim()));
    if ("formula" in value || "sharedFormula" in value) return cellValue(value.result as ExcelJS.CellValue);
    // Excel turns typed e-mail addresses into mailto: links; the text is what was typed.
    if ("hyperlink" in value) return cellValue(value.text as ExcelJS.CellValue);
  }
  return null; // errors (#N/A…) and anything unexpected
}

const nonEmpty = (s: string) => (s === "" ? null : s);

/** exceljs reads date cells as UTC instants: the UTC fields are the calendar date Excel shows. */
function utcCalendarDate(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

// Built once: a zod schema costs far more to build than to run (5,000 rows × 5 fields).
const SCHEMAS = {
  birthDate: optionalDate("Ngày sinh"),
  joinedUnionAt: optionalDate("Ngày vào Đoàn"),
  text200: optionalText(200),
};

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

function parseRow(row: number, cells: Partial<Record<ColumnKey, SheetCell>>): SheetRow {
  const errors: string[] = [];
  const text = (key: ColumnKey) => {
    const v = cells[key];
    if (v instanceof Date) return formatVietnameseDate(v);
    return v ?? "";
  };
  const field = <T>(schema: z.ZodType<T>, key: ColumnKey, describe: (message: string) => string = (m) => m): T | null => {
    const result = schema.safeParse(text(key));
    if (result.success) return result.data;
    errors.push(describe(result.error.issues[0]?.message ?? ""));
    return null;
  };

  const fullName = tidyName(text("fullName"));
  if (!fullName) errors.push("Thiếu họ và tên");
  else if (fullName.length > 100) errors.push("Họ và tên dài quá 100 ký tự");

  const birthDate = field(SCHEMAS.birthDate, "birthDate");
  const joinedUnionAt = field(SCHEMAS.joinedUnionAt, "joinedUnionAt");

  const genderText = text("gender");
  const gender = genderText ? parseGender(genderText) : null;
  if (genderText && !gender) errors.push(`Giới tính ${quote(genderText)} không hợp lệ (ghi Nam, Nữ hoặc Khác)`);

  const position = field(SCHEMAS.text200, "position", (m) => `Chức vụ: ${m.toLowerCase()}`);
  const agency = field(SCHEMAS.text200, "agency", (m) => `Cơ quan/đơn vị: ${m.toLowerCase()}`);
  // One message whatever zod's reason (some of its length messages are English).
  const email = field(optionalEmail, "email", () => "Email không hợp lệ");
  const phone = field(optionalPhone, "phone", () => "Số điện thoại không hợp lệ");

  const chiDoanName = tidyName(text("chiDoan"));
  if (!chiDoanName) errors.push("Thiếu tên chi đoàn");

  return { row, cells, fullName, birthDate, gender, position, agency, joinedUnionAt, email, phone, chiDoanName, coSoName: tidyName(text("coSo")), errors };
}

// ---------------------------------------------------------------- resolving against the database's answers

/** A chi đoàn the viewer may import into, as lib/data found it. */
export type ChiDoanChoice = { id: string; name: string; khoiId: string; coSoId: string; coSoName: string };

/** A row ready for `createMany`: tenant and tree columns come from the chi đoàn, never the file. */
export type MemberImportRow = {
  row: number;
  khoiId: string;
  coSoId: string;
  chiDoanId: string;
  fullName: string;
  searchName: string;
  birthDate: Date | null;
  gender: Gender | null;
  position: string | null;
  agency: string | null;
  joinedUnionAt: Date | null;
  email: string | null;
  phone: string | null;
};

export type RejectedRow = { row: SheetRow; reasons: string[] };

/** The key of `existingEmails`: e-mails are unique per Khối. */
export const emailKey = (khoiId: string, email: string) => `${khoiId} ${email}`;

export function resolveMemberRows(
  sheet: MemberSheet,
  choices: ChiDoanChoice[],
  existingEmails: ReadonlySet<string>,
): { valid: MemberImportRow[]; rejected: RejectedRow[] } {
  const byName = new Map<string, ChiDoanChoice[]>();
  for (const c of choices) {
    const key = foldVietnamese(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const rowsByEmail = new Map<string, number[]>();
  for (const r of sheet.rows) if (r.email) rowsByEmail.set(r.email, [...(rowsByEmail.get(r.email) ?? []), r.row]);

  const valid: MemberImportRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const r of sheet.rows) {
    const reasons = [...r.errors];
    const chiDoan = r.chiDoanName ? pickChiDoan(r, byName, reasons) : null;
    if (r.email) {
      const others = rowsByEmail.get(r.email)!.filter((n) => n !== r.row);
      if (others.length) {
        const listed = others.slice(0, 3).join(", ") + (others.length > 3 ? "…" : "");
        reasons.push(`Email trùng với dòng ${listed} của tệp`);
      }
      if (chiDoan && existingEmails.has(emailKey(chiDoan.khoiId, r.email))) {
        reasons.push("Email đã được dùng cho một đoàn viên khác trong Đoàn Khối");
      }
    }
    if (reasons.length || !chiDoan) {
      rejected.push({ row: r, reasons });
      continue;
    }
    valid.push({
      row: r.row,
      khoiId: chiDoan.khoiId,
      coSoId: chiDoan.coSoId,
      chiDoanId: chiDoan.id,
      fullName: r.fullName,
      searchName: foldVietnamese(r.fullName),
      birthDate: r.birthDate,
      gender: r.gender,
      position: r.position,
      agency: r.agency ?? chiDoan.coSoName,
      joinedUnionAt: r.joinedUnionAt,
      email: r.email,
      phone: r.phone,
    });
  }
  return { valid, rejected };
}

function pickChiDoan(r: SheetRow, byName: Map<string, ChiDoanChoice[]>, reasons: string[]): ChiDoanChoice | null {
  let found = byName.get(foldVietnamese(r.chiDoanName)) ?? [];
  if (r.coSoName) found = found.filter((c) => foldVietnamese(c.coSoName) === foldVietnamese(r.coSoName));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    // Out of scope and non-existent read the same: another unit's names are not revealed.
    reasons.push(
      r.coSoName
        ? `Không có chi đoàn ${quote(r.chiDoanName)} thuộc cơ sở Đoàn ${quote(r.coSoName)} trong các chi đoàn bạn được nhập`
        : `Không có chi đoàn ${quote(r.chiDoanName)} trong các chi đoàn bạn được nhập (xem danh sách ở tệp mẫu)`,
    );
  } else {
    reasons.push(`Có nhiều chi đoàn tên ${quote(r.chiDoanName)}: thêm cột “Cơ sở Đoàn” để phân biệt`);
  }
  return null;
}
