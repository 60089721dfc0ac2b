// Reading an uploaded member sheet into typed rows with per-row errors, with no I/O. The columns
// are in member-columns.ts; resolving the rows against the database's answers in member-rows.ts.
// exceljs only, never the `xlsx` package (SECURITY.md), and its streaming reader only, inside limits.
import type ExcelJS from "exceljs";
import type { z } from "zod";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { parseGender } from "@/lib/domain/labels";
import { joinDateProblem } from "@/lib/domain/member-age";
import { EXPORT_COLUMNS, matchHeader, unneutralise, type ColumnKey, type MemberSheetFields } from "@/lib/domain/member-columns";
import { hasUnstorableCharacters, tidyName } from "@/lib/domain/text";
import { checkXlsxUpload, XlsxGuardError, type XlsxProblem } from "@/lib/domain/xlsx-guard";
import { readXlsxSheets, type XlsxRow } from "@/lib/domain/xlsx-reader";
import { BAD_CHARACTERS, optionalDate, optionalEmail, optionalPhone, optionalText } from "@/lib/validation/fields";
import { IMPORT_MESSAGES, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "@/lib/validation/member-import";

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
  corrupt:
    "Không đọc được tệp: tệp bị hỏng, có đặt mật khẩu hoặc không phải tệp Excel .xlsx. Hãy mở bằng Excel, lưu lại rồi thử lại.",
  tooManyRows: `Tệp có quá nhiều dòng: mỗi lần nhập tối đa ${formatNumber(MAX_IMPORT_ROWS)} đoàn viên. Hãy chia danh sách thành nhiều tệp.`,
  tooManyCells: "Tệp có quá nhiều ô dữ liệu. Hãy chỉ giữ trang danh sách đoàn viên (xóa các trang tính, cột thừa) rồi thử lại.",
  inflatesTooMuch:
    "Tệp chứa quá nhiều dữ liệu. Hãy chỉ giữ trang danh sách đoàn viên (xóa hình ảnh, trang tính thừa) rồi thử lại.",
  tooSlow:
    "Tệp quá phức tạp nên không đọc kịp. Hãy chỉ giữ trang danh sách đoàn viên (xóa các trang tính, định dạng thừa) rồi thử lại.",
};

const LIMITS = {
  maxFileBytes: MAX_IMPORT_FILE_BYTES,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxRowsPerSheet: MAX_IMPORT_ROWS + 1_000, // header rows and styled empty rows
  maxCells: 300_000,
  maxEntries: 1_000,
  // A list of 10,000 members written by exceljs: 30,000 shared strings (1 MB), a 3.2 MB sheet.
  maxSharedStrings: 300_000,
  maxSharedStringsBytes: 8 * 1024 * 1024,
  maxParsedBytes: 24 * 1024 * 1024,
  maxParseMillis: 20_000,
  maxMergedAreas: 50_000,
};

/** A cell as read: trimmed text, a calendar date (UTC midnight), or nothing. */
export type SheetCell = string | Date | null;

export type SheetRow = MemberSheetFields & {
  /** The row number Excel shows. */
  row: number;
  /** What the file held, to write the row back out if it is rejected. */
  cells: Partial<Record<ColumnKey, SheetCell>>;
  chiDoanName: string;
  coSoName: string;
  /** Problems found in the row itself (Vietnamese). */
  errors: string[];
};

export type MemberSheet = { columns: ColumnKey[]; headerRow: number; rows: SheetRow[] };

const HEADER_SEARCH_ROWS = 10;

/**
 * Reads the first worksheet that has a member header row in its first 10 rows. Throws SheetError.
 * The file is checked (xlsx-guard.ts) and then read row by row inside the same limits
 * (xlsx-reader.ts): nothing of it is kept but the member rows.
 */
export async function readMemberSheet(data: Uint8Array): Promise<MemberSheet> {
  try {
    const checked = checkXlsxUpload(data, LIMITS);
    for await (const rows of readXlsxSheets(checked, LIMITS)) {
      const sheet = await readSheet(rows);
      if (sheet) return sheet;
    }
  } catch (error) {
    if (error instanceof XlsxGuardError) throw new SheetError(GUARD_MESSAGES[error.problem]);
    throw error;
  }
  throw new SheetError(
    "Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang tính. Dòng tiêu đề cần có các cột “Họ và tên” và “Chi đoàn” (xem tệp mẫu).",
  );
}

/** The member rows of a sheet, or null when none of its first 10 rows is a header row. */
async function readSheet(sheetRows: AsyncIterable<XlsxRow>): Promise<MemberSheet | null> {
  let header: { row: number; columns: Map<ColumnKey, number> } | null = null;
  const rows: SheetRow[] = [];
  for await (const row of sheetRows) {
    if (header) {
      const read = readRow(row, header.columns);
      if (read) rows.push(read);
    } else if (row.number > HEADER_SEARCH_ROWS) {
      return null;
    } else {
      const columns = headerColumns(row);
      if (columns) header = { row: row.number, columns };
    }
  }
  if (!header) return null;
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new SheetError(
      `Tệp có ${formatNumber(rows.length)} dòng đoàn viên, vượt quá giới hạn ${formatNumber(MAX_IMPORT_ROWS)} dòng mỗi lần nhập. Hãy chia danh sách thành nhiều tệp.`,
    );
  }
  const present = new Set(header.columns.keys());
  return { columns: EXPORT_COLUMNS.filter((k) => present.has(k)), headerRow: header.row, rows };
}

function headerColumns(row: XlsxRow): Map<ColumnKey, number> | null {
  const columns = new Map<ColumnKey, number>();
  for (const [col, raw] of row.cells()) {
    const value = cellValue(raw);
    const key = typeof value === "string" ? matchHeader(value) : null;
    if (key && !columns.has(key)) columns.set(key, col);
  }
  if (!columns.has("fullName") || columns.size < 2) return null;
  if (!columns.has("chiDoan")) {
    throw new SheetError(`Dòng tiêu đề (dòng ${row.number}) thiếu cột “Chi đoàn”: mỗi đoàn viên cần ghi tên chi đoàn sinh hoạt.`);
  }
  return columns;
}

/** A row below the header, or null when it holds no member. */
function readRow(row: XlsxRow, columns: Map<ColumnKey, number>): SheetRow | null {
  const cells: Partial<Record<ColumnKey, SheetCell>> = {};
  let filled = false;
  for (const [key, col] of columns) {
    let value = cellValue(row.value(col));
    // Numbers typed into a General cell lose the leading 0 of Vietnamese mobile numbers.
    if (key === "phone" && typeof value === "string" && /^\d{9}$/.test(value)) value = `0${value}`;
    cells[key] = value;
    // A row with only its STT filled (a pre-numbered blank line) is not a member.
    if (value !== null && key !== "stt") filled = true;
  }
  return filled ? parseRow(row.number, cells) : null;
}

/** exceljs cell value → trimmed text or a calendar date. Formulas give their cached result. */
function cellValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return utcCalendarDate(value);
  if (typeof value === "string") return nonEmpty(unneutralise(decodeEscapes(value).trim()));
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") {
    if ("richText" in value) return nonEmpty(unneutralise(decodeEscapes(value.richText.map((t) => t.text).join("")).trim()));
    if ("formula" in value || "sharedFormula" in value) return cellValue(value.result as ExcelJS.CellValue);
    // Excel turns typed e-mail addresses into mailto: links; the text is what was typed.
    if ("hyperlink" in value) return cellValue(value.text as ExcelJS.CellValue);
  }
  return null; // errors (#N/A…) and anything unexpected
}

const nonEmpty = (s: string) => (s === "" ? null : s);

/**
 * Excel writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`, and a
 * literal "_x" is itself escaped as `_x005F_`). exceljs's streaming reader leaves them as they
 * are: decode them, so the text is what was typed — and a NUL spelled this way is refused.
 */
function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

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

/** A cell value quoted in a message, cut at 40 characters. */
export const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

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
  // A cell may spell U+0000 or half a surrogate pair as `_x0000_`, which exceljs decodes: the
  // name is stored, so it is refused like a typed one (the other stored cells go through zod).
  else if (hasUnstorableCharacters(fullName)) errors.push(`Họ và tên: ${BAD_CHARACTERS.toLowerCase()}`);

  const birthDate = field(SCHEMAS.birthDate, "birthDate");
  const joinedUnionAt = field(SCHEMAS.joinedUnionAt, "joinedUnionAt");
  // The form's rule (memberCreateInput): a join date before the birth date, or too young, is a typo.
  const joinProblem = joinDateProblem(birthDate, joinedUnionAt);
  if (joinProblem) errors.push(joinProblem);

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

  return {
    row,
    cells,
    fullName,
    birthDate,
    gender,
    position,
    agency,
    joinedUnionAt,
    email,
    phone,
    chiDoanName,
    coSoName: tidyName(text("coSo")),
    errors,
  };
}
