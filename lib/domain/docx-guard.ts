// Checks an uploaded .docx before docx-reader.ts reads it (SECURITY.md #18, #19), as xlsx-guard.ts
// does for Excel: a .docx is a zip, so a 5 MB upload could inflate to gigabytes. The zip is read
// strictly (xlsx-zip.ts: every zip reader must see the same entries) and every entry is inflated
// with a hard output cap, the declared sizes being the sender's word. An old Word file (.doc) or a
// PDF is named as such: the user can fix it in Word ("Lưu thành .docx").
import { inflateEntry, readZipEntries, XlsxGuardError } from "./xlsx-zip";

export type DocxProblem = "empty" | "tooLarge" | "saveAsDocx" | "notDocx" | "corrupt" | "tooMuch";

export class DocxGuardError extends Error {
  constructor(readonly problem: DocxProblem) {
    super(problem);
    this.name = "DocxGuardError";
  }
}

export type DocxLimits = {
  /** Compressed size of the upload. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of every entry. */
  maxInflatedBytes: number;
  maxEntries: number;
  /** Inflated size of each XML part the reader parses (document, numbering, styles). */
  maxPartBytes: number;
};

/** As for an Excel upload (member-sheet.ts): 5 MB, 50 MB inflated in all, 1,000 entries. */
export const DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxEntries: 1_000,
  // A 60-page plan's document.xml is about 1 MB; a parsed XML tree takes ~10× its size in memory.
  maxPartBytes: 16 * 1024 * 1024,
};

/** The parts the reader needs, inflated. */
export type DocxParts = { document: Buffer; numbering: Buffer | null; styles: Buffer | null };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const startsWith = (buf: Uint8Array, magic: number[]) => magic.every((b, i) => buf[i] === b);

const WANTED = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];

/** Throws DocxGuardError when the buffer is not a plain .docx within the limits. */
export function checkDocxUpload(buf: Uint8Array, limits: DocxLimits = DOCX_LIMITS): DocxParts {
  if (buf.length === 0) throw new DocxGuardError("empty");
  if (buf.length > limits.maxFileBytes) throw new DocxGuardError("tooLarge");
  // A PDF may carry a few bytes of junk before its header (readers allow 1,024): look there too.
  if (startsWith(buf, OLE_MAGIC) || indexOfMagic(buf.subarray(0, 1024), PDF_MAGIC) >= 0) throw new DocxGuardError("saveAsDocx");
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04)
    throw new DocxGuardError("notDocx");
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.length);

  const found = new Map<string, Buffer>();
  try {
    let budget = limits.maxInflatedBytes;
    // Every entry is inflated (and counted), not only the parts read: a bomb hides anywhere.
    for (const entry of readZipEntries(view, limits.maxEntries)) {
      const name = entry.name.toLowerCase();
      const content = inflateEntry(entry, WANTED.includes(name) ? Math.min(budget, limits.maxPartBytes) : budget);
      budget -= content.length;
      if (WANTED.includes(name)) found.set(name, content);
    }
  } catch (error) {
    if (error instanceof XlsxGuardError) throw new DocxGuardError(error.problem === "corrupt" ? "corrupt" : "tooMuch");
    throw error;
  }
  const document = found.get("word/document.xml");
  // An .xlsx, a .pptx or any other zip passes the magic bytes but is no Word document.
  if (!document) throw new DocxGuardError("notDocx");
  return { document, numbering: found.get("word/numbering.xml") ?? null, styles: found.get("word/styles.xml") ?? null };
}

function indexOfMagic(buf: Uint8Array, magic: number[]): number {
  for (let i = 0; i + magic.length <= buf.length; i++) if (startsWith(buf.subarray(i), magic)) return i;
  return -1;
}
