// The columns of a member list in Excel, and the guard against formula injection that every
// exported string goes through. No I/O: reading a sheet is member-sheet.ts, resolving its rows
// member-rows.ts, writing workbooks member-workbooks.ts.
import type { Gender } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/domain/text";

/** A member's profile fields as they travel through Excel: read, imported, exported. */
export type MemberSheetFields = {
  fullName: string;
  birthDate: Date | null;
  gender: Gender | null;
  position: string | null;
  agency: string | null;
  joinedUnionAt: Date | null;
  email: string | null;
  phone: string | null;
};

export type ColumnKey =
  "stt" | "fullName" | "birthDate" | "gender" | "position" | "agency" | "chiDoan" | "coSo" | "joinedUnionAt" | "email" | "phone";

/** Header text as written, the folded spellings accepted on import, and the width in exports. */
const COLUMNS: Record<ColumnKey, { header: string; aliases: string[]; width: number }> = {
  stt: { header: "STT", aliases: ["stt", "tt", "so thu tu"], width: 6 },
  fullName: { header: "Họ và tên", aliases: ["ho va ten", "ho ten", "ho va ten doan vien"], width: 28 },
  birthDate: { header: "Ngày sinh", aliases: ["ngay sinh", "ngay thang nam sinh"], width: 12 },
  gender: { header: "Giới tính", aliases: ["gioi tinh"], width: 10 },
  position: { header: "Chức vụ", aliases: ["chuc vu"], width: 22 },
  agency: {
    header: "Cơ quan/đơn vị",
    aliases: ["co quan don vi", "co quan", "don vi cong tac", "co quan don vi cong tac"],
    width: 28,
  },
  chiDoan: { header: "Chi đoàn", aliases: ["chi doan", "ten chi doan"], width: 26 },
  coSo: { header: "Cơ sở Đoàn", aliases: ["co so doan", "doan co so", "co so"], width: 26 },
  joinedUnionAt: { header: "Ngày vào Đoàn", aliases: ["ngay vao doan"], width: 14 },
  email: { header: "Email", aliases: ["email", "e mail", "thu dien tu", "dia chi email"], width: 28 },
  phone: { header: "Số điện thoại", aliases: ["so dien thoai", "dien thoai", "sdt", "so dt", "dtdd"], width: 15 },
};

/**
 * The template, and the base of the rejected-rows file. "Cơ sở Đoàn" is optional for the
 * secretary of one cơ sở, but Khối staff need it: chi đoàn names repeat across cơ sở (every Sở
 * has its "Chi đoàn Văn phòng Sở").
 */
export const IMPORT_COLUMNS: ColumnKey[] = [
  "stt",
  "fullName",
  "birthDate",
  "gender",
  "position",
  "chiDoan",
  "coSo",
  "email",
  "phone",
];
/** The export; its extra columns are read back on import, so an export can be re-imported. */
export const EXPORT_COLUMNS: ColumnKey[] = [
  "stt",
  "fullName",
  "birthDate",
  "gender",
  "position",
  "agency",
  "chiDoan",
  "coSo",
  "joinedUnionAt",
  "email",
  "phone",
];
export const DATE_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(["birthDate", "joinedUnionAt"]);

export const columnSpec = (key: ColumnKey) => ({ header: COLUMNS[key].header, width: COLUMNS[key].width });

const normaliseHeader = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
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
export function unneutralise(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
