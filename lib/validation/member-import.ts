// The upload of a member sheet: shared by the import form (checks before sending) and the server
// actions (which check again: actions can be POSTed directly). No heavy imports here: the form
// bundles this file.
import { z } from "zod";
import "./locale";
import { requestKey } from "./fields";

export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10_000;
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const IMPORT_MESSAGES = {
  noFile: "Vui lòng chọn tệp Excel (.xlsx) cần nhập.",
  empty: "Tệp rỗng. Vui lòng chọn tệp Excel (.xlsx) có danh sách đoàn viên.",
  tooLarge: "Tệp lớn hơn 5 MB. Hãy xóa các trang tính, hình ảnh không cần thiết hoặc chia danh sách thành nhiều tệp.",
  notXlsx:
    "Tệp này không phải tệp Excel .xlsx. Nếu bạn có tệp .xls hoặc .csv, hãy mở bằng Excel và lưu lại dưới dạng “Excel Workbook (.xlsx)”.",
};

const file = z
  .instanceof(File, { error: IMPORT_MESSAGES.noFile })
  .refine((f) => f.size > 0, { error: IMPORT_MESSAGES.empty })
  .refine((f) => f.size <= MAX_IMPORT_FILE_BYTES, { error: IMPORT_MESSAGES.tooLarge });

/** Checking a file writes nothing: no key needed. */
export const memberImportPreviewInput = z.object({ file });

/** One key per chosen file: a double click or a retry imports the rows once. */
export const memberImportInput = z.object({
  file,
  requestKey,
  /** “Tạo tài khoản cho đoàn viên có email”: invitations for the imported members (issue 16, point 9). */
  createAccounts: z.boolean().default(false),
});
export type MemberImportInput = z.input<typeof memberImportInput>;
