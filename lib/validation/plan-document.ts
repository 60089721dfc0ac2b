// The upload of a plan's Word file (issue 17): shared by the paste box (checks before sending) and
// the server action (which checks again: actions can be POSTed directly). No heavy imports here:
// the form bundles this file.
import { z } from "zod";
import "./locale";

export const MAX_PLAN_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const PLAN_DOCUMENT_MESSAGES = {
  noFile: "Vui lòng chọn tệp Word (.docx) của văn bản.",
  empty: "Tệp rỗng. Vui lòng chọn tệp Word (.docx) của văn bản.",
  tooLarge: "Tệp lớn hơn 5 MB. Hãy xóa bớt hình ảnh trong văn bản (hoặc chỉ dán phần chữ) rồi thử lại.",
  /** An old .doc or a PDF: Word opens both and saves them as .docx. */
  saveAsDocx:
    "Đây là tệp Word cũ (.doc) hoặc tệp PDF, hệ thống chỉ đọc được tệp .docx. Hãy mở tệp bằng Word, chọn Tệp → Lưu thành (Save As) → “Lưu thành .docx” (Word Document) rồi tải lên tệp mới.",
  notDocx: "Tệp không phải văn bản Word (.docx). Hãy chọn tệp .docx hoặc dán nội dung văn bản vào ô bên trên.",
  corrupt:
    "Không đọc được tệp: tệp bị hỏng hoặc có đặt mật khẩu. Hãy mở bằng Word, lưu lại thành .docx rồi thử lại, hoặc dán nội dung văn bản.",
  tooMuch: "Tệp chứa quá nhiều dữ liệu. Hãy xóa bớt hình ảnh, bảng thừa trong văn bản rồi thử lại, hoặc dán nội dung văn bản.",
  noText: "Không tìm thấy chữ nào trong văn bản. Hãy kiểm tra lại tệp hoặc dán nội dung văn bản.",
};

export const planDocumentInput = z.object({
  file: z
    .instanceof(File, { error: PLAN_DOCUMENT_MESSAGES.noFile })
    .refine((f) => f.size > 0, { error: PLAN_DOCUMENT_MESSAGES.empty })
    .refine((f) => f.size <= MAX_PLAN_DOCUMENT_BYTES, { error: PLAN_DOCUMENT_MESSAGES.tooLarge }),
});
