// Checks an uploaded .xlsx before exceljs opens it (SECURITY.md #18, #19). An xlsx is a zip: a
// 5 MB upload can inflate to gigabytes (a zip bomb) or hold millions of cells, and exceljs keeps
// the whole workbook in memory. So the zip is walked here first, every entry is inflated with a
// hard output cap (declared sizes can lie), and the worksheets' rows and cells are counted.
import { inflateRawSync } from "node:zlib";

export type XlsxLimits = {
  /** Compressed size of the upload. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of every entry. */
  maxInflatedBytes: number;
  /** `<row>` elements in any one worksheet. */
  maxRowsPerSheet: number;
  /** `<c>` elements over all worksheets (~350 bytes of heap each once exceljs has loaded them). */
  maxCells: number;
  maxEntries: number;
};

export type XlsxProblem = "empty" | "tooLarge" | "notXlsx" | "corrupt" | "tooManyRows" | "tooManyCells" | "inflatesTooMuch";

export class XlsxGuardError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem);
    this.name = "XlsxGuardError";
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;

/** Throws XlsxGuardError when the buffer is not a plain zip within the limits. */
export function checkXlsxUpload(buf: Uint8Array, limits: XlsxLimits): void {
  if (buf.length === 0) throw new XlsxGuardError("empty");
  if (buf.length > limits.maxFileBytes) throw new XlsxGuardError("tooLarge");
  // Magic bytes: every xlsx starts with a zip local file header, "PK\x03\x04".
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04) throw new XlsxGuardError("notXlsx");
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.length);

  const eocd = findEndOfCentralDirectory(view);
  const entries = view.readUInt16LE(eocd + 10);
  const cdOffset = view.readUInt32LE(eocd + 16);
  // ZIP64 and multi-disk archives are never produced for files this small: refuse them.
  if (entries === 0xffff || cdOffset === 0xffffffff) throw new XlsxGuardError("corrupt");
  if (entries > limits.maxEntries) throw new XlsxGuardError("inflatesTooMuch");

  let budget = limits.maxInflatedBytes;
  let cells = 0;
  let sawWorkbook = false;
  let p = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > view.length || view.readUInt32LE(p) !== CENTRAL_HEADER) throw new XlsxGuardError("corrupt");
    const flags = view.readUInt16LE(p + 8);
    const method = view.readUInt16LE(p + 10);
    const compressedSize = view.readUInt32LE(p + 20);
    const nameLength = view.readUInt16LE(p + 28);
    const extraLength = view.readUInt16LE(p + 30);
    const commentLength = view.readUInt16LE(p + 32);
    const localOffset = view.readUInt32LE(p + 42);
    const name = view.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;

    if (flags & 0x1) throw new XlsxGuardError("corrupt"); // encrypted entry
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new XlsxGuardError("corrupt");
    if (localOffset + 30 > view.length || view.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new XlsxGuardError("corrupt");
    const dataStart = localOffset + 30 + view.readUInt16LE(localOffset + 26) + view.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > view.length) throw new XlsxGuardError("corrupt");
    const data = view.subarray(dataStart, dataStart + compressedSize);

    const content = inflateEntry(data, method, budget);
    budget -= content.length;
    if (name === "xl/workbook.xml") sawWorkbook = true;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const counts = countRowsAndCells(content);
      if (counts.rows > limits.maxRowsPerSheet) throw new XlsxGuardError("tooManyRows");
      cells += counts.cells;
      if (cells > limits.maxCells) throw new XlsxGuardError("tooManyCells");
    }
  }
  // A .docx or any other zip passes the magic bytes but is no workbook.
  if (!sawWorkbook) throw new XlsxGuardError("notXlsx");
}

function findEndOfCentralDirectory(view: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.length - 22 - 0xffff);
  for (let i = view.length - 22; i >= stop; i--) {
    if (view.readUInt32LE(i) === END_OF_CENTRAL_DIR) return i;
  }
  throw new XlsxGuardError("corrupt");
}

function inflateEntry(data: Buffer, method: number, budget: number): Buffer {
  if (method === 0) {
    if (data.length > budget) throw new XlsxGuardError("inflatesTooMuch");
    return data;
  }
  if (method !== 8) throw new XlsxGuardError("corrupt");
  try {
    // maxOutputLength stops inflating as soon as the budget is exceeded, whatever the header says.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new XlsxGuardError("inflatesTooMuch");
    throw new XlsxGuardError("corrupt");
  }
}

const LT = 0x3c; // <
const COLON = 0x3a;

/** Counts `<row …>` and `<c …>` start tags (with or without a namespace prefix) in sheet XML. */
export function countRowsAndCells(xml: Uint8Array): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (let i = xml.indexOf(LT); i !== -1; i = xml.indexOf(LT, i + 1)) {
    // Skip an optional prefix such as "x:" (Open XML SDK writes prefixed elements).
    let j = i + 1;
    let k = j;
    while (k < xml.length && k - j < 16 && isNameChar(xml[k])) k++;
    if (xml[k] === COLON) j = k + 1;
    if (xml[j] === 0x63 /* c */ && endsName(xml[j + 1])) cells++;
    else if (xml[j] === 0x72 && xml[j + 1] === 0x6f && xml[j + 2] === 0x77 /* row */ && endsName(xml[j + 3])) rows++;
  }
  return { rows, cells };
}

function isNameChar(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d;
}

function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}
