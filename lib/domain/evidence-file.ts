// Checks an uploaded evidence file (minh chứng) by its content, not its name: size cap, allowed
// types by magic bytes, and a clean display name with the extension of what it really is.
import { fileTypeFromBuffer } from "file-type";

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_PER_RECORD = 10;

/** What users attach: PDF, images, Word, Excel, PowerPoint (detected types → stored content type). */
const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};
/** Old Office files share one container format (cfb); the name says which it is. */
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

export const EVIDENCE_ACCEPT = ".pdf,.jpg,.jpeg,.png,.webp,.gif,.doc,.docx,.xls,.xlsx,.ppt,.pptx";

export type CheckedFile = { ok: true; fileName: string; contentType: string } | { ok: false; message: string };

/** "C:\\fakepath\\../../Báo cáo\u0000.pdf" → "Báo cáo.pdf"; the extension follows the content. */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "")
    .replace(/^\.+/, "")
    .trim();
  const stem =
    base
      .replace(/\.[^.]*$/, "")
      .slice(0, 150)
      .trim() || "minh-chung";
  return `${stem}.${ext}`;
}

export async function checkEvidenceFile(name: string, bytes: Uint8Array): Promise<CheckedFile> {
  if (bytes.byteLength === 0) return { ok: false, message: "Tệp rỗng" };
  if (bytes.byteLength > EVIDENCE_MAX_BYTES) return { ok: false, message: "Tệp quá lớn (tối đa 10 MB)" };
  const type = await fileTypeFromBuffer(bytes);
  const nameExt = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  if (type?.ext === "cfb" && LEGACY_OFFICE[nameExt])
    return { ok: true, fileName: cleanFileName(name, nameExt), contentType: LEGACY_OFFICE[nameExt] };
  if (!type || !ALLOWED[type.ext])
    return {
      ok: false,
      message: "Chỉ nhận tệp PDF, ảnh (JPG, PNG, WEBP, GIF), Word, Excel hoặc PowerPoint (kiểm tra theo nội dung tệp)",
    };
  return { ok: true, fileName: cleanFileName(name, type.ext), contentType: ALLOWED[type.ext] };
}
