// Workbooks the portal hands out, with no I/O: the member export, the import template and the
// rejected rows of an import. Every string is neutralised against formula injection
// (SECURITY.md #20); dates are real date cells shown as dd/mm/yyyy.
import type ExcelJS from "exceljs";
import { GENDER_LABELS } from "@/lib/domain/labels";
import {
  columnSpec,
  DATE_COLUMNS,
  EXPORT_COLUMNS,
  IMPORT_COLUMNS,
  type ColumnKey,
  type MemberSheetFields,
} from "@/lib/domain/member-columns";
import { addTable, newWorkbook, startStreamedSheet, toBuffer, workbookStream, type OutCell } from "@/lib/domain/workbook";
import type { RejectedRow } from "@/lib/domain/member-rows";
import type { MemberSheet } from "@/lib/domain/member-sheet";
import { MAX_IMPORT_ROWS } from "@/lib/validation/member-import";

const headersFor = (keys: ColumnKey[]) => keys.map((k) => ({ ...columnSpec(k), date: DATE_COLUMNS.has(k), text: k === "phone" }));

/** `honours`: the member's standing honours, one cell ("Khen thưởng"; not read back on import) */
export type ExportMember = MemberSheetFields & { chiDoanName: string; coSoName: string; honours: string };

/**
 * The member list as .xlsx, streamed as the batches arrive: STT, Họ và tên, Ngày sinh (dd/mm/yyyy)
 * … Số điện thoại, Khen thưởng. A Khối of 100,000 members is never held whole.
 */
export function streamMemberExport(batches: AsyncIterable<ExportMember[]>): ReadableStream<Uint8Array> {
  const headers = [...headersFor(EXPORT_COLUMNS), { header: "Khen thưởng", width: 50 }];
  return workbookStream("Danh sách đoàn viên", async (wb, readerCaughtUp) => {
    const sheet = startStreamedSheet(wb, "Đoàn viên", headers);
    let stt = 0;
    for await (const batch of batches) {
      for (const m of batch) {
        const byKey: Record<ColumnKey, OutCell> = {
          stt: ++stt,
          fullName: m.fullName,
          birthDate: m.birthDate,
          gender: m.gender ? GENDER_LABELS[m.gender] : null,
          position: m.position,
          agency: m.agency,
          chiDoan: m.chiDoanName,
          coSo: m.coSoName,
          joinedUnionAt: m.joinedUnionAt,
          email: m.email,
          phone: m.phone,
        };
        sheet.add([...EXPORT_COLUMNS.map((k) => byKey[k]), m.honours || null]);
      }
      await readerCaughtUp();
    }
    sheet.end();
  });
}

const TEMPLATE_ROWS = MAX_IMPORT_ROWS + 1;

/** The import template: header, one example row, and a second sheet with the usable chi đoàn. */
export async function buildMemberTemplate(chiDoan: { name: string; coSoName: string }[]): Promise<Buffer> {
  const wb = newWorkbook();
  const example: Record<string, OutCell> = {
    stt: 1,
    fullName: "Nguyễn Văn An",
    birthDate: new Date(Date.UTC(1998, 2, 15)),
    gender: GENDER_LABELS.NAM,
    position: "Đoàn viên",
    chiDoan: chiDoan[0]?.name ?? "Chi đoàn …",
    coSo: chiDoan[0]?.coSoName ?? "Đoàn …",
    email: "nguyenvanan@example.com",
    phone: "0912345678",
  };
  const ws = addTable(wb, "Đoàn viên", headersFor(IMPORT_COLUMNS), [IMPORT_COLUMNS.map((k) => example[k])]);
  ws.getRow(2).font = { italic: true, color: { argb: "FF64748B" } };
  ws.getCell(2, 2).note = "Dòng ví dụ: hãy ghi đè hoặc xóa dòng này trước khi nhập.";
  ws.getCell(1, IMPORT_COLUMNS.indexOf("coSo") + 1).note =
    "Có thể bỏ trống nếu bạn chỉ nhập cho một cơ sở Đoàn. Cần ghi khi tên chi đoàn trùng nhau giữa các cơ sở (xem trang “Chi đoàn”).";

  const col = (k: ColumnKey) => String.fromCharCode(65 + IMPORT_COLUMNS.indexOf(k));
  const warn = { allowBlank: true, showErrorMessage: true, errorStyle: "warning" } as const;
  addValidation(ws, `${col("gender")}2:${col("gender")}${TEMPLATE_ROWS}`, {
    ...warn,
    type: "list",
    formulae: [`"${GENDER_LABELS.NAM},${GENDER_LABELS.NU},${GENDER_LABELS.KHAC}"`],
    error: "Ghi Nam, Nữ hoặc Khác",
  });
  if (chiDoan.length) {
    addValidation(ws, `${col("chiDoan")}2:${col("chiDoan")}${TEMPLATE_ROWS}`, {
      ...warn,
      type: "list",
      formulae: [`'Chi đoàn'!$A$2:$A$${chiDoan.length + 1}`],
      error: "Tên chi đoàn cần khớp một tên ở trang “Chi đoàn”",
    });
  }
  addTable(
    wb,
    "Chi đoàn",
    [
      { header: "Chi đoàn", width: 36 },
      { header: "Cơ sở Đoàn", width: 36 },
    ],
    chiDoan.map((c) => [c.name, c.coSoName]),
  );
  return toBuffer(wb);
}

/** exceljs applies a validation to a whole range at run time (worksheet.dataValidations) but does not type it. */
function addValidation(ws: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation) {
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
    range,
    validation,
  );
}

/** The rejected rows as the user sent them (same columns), with a "Lý do" column, to fix and re-upload. */
export async function buildRejectedRows(sheet: MemberSheet, rejected: RejectedRow[]): Promise<Buffer> {
  const keys = EXPORT_COLUMNS.filter((k) => IMPORT_COLUMNS.includes(k) || sheet.columns.includes(k));
  const wb = newWorkbook();
  const ws = addTable(
    wb,
    "Dòng bị loại",
    [...headersFor(keys), { header: "Lý do", width: 60 }],
    rejected.map(({ row, reasons }) => [...keys.map((k) => row.cells[k] ?? null), reasons.join("; ")]),
  );
  ws.getColumn(keys.length + 1).alignment = { wrapText: true, vertical: "top" };
  return toBuffer(wb);
}
