// Checks an uploaded .xlsx before exceljs reads it (SECURITY.md #18, #19). An xlsx is a zip: a
// 5 MB upload can inflate to gigabytes (a zip bomb) or hold millions of cells. So the zip is read
// strictly (xlsx-zip.ts: every zip reader must see the same entries), every entry is inflated with
// a hard output cap (declared sizes can lie), and rows, cells and shared strings are counted in
// every entry, whatever its name: exceljs matches worksheet names anywhere in a path ("a/xl/…"),
// and a guard that guesses which parts the parser will read has already been bypassed once.
// xlsx-reader.ts then hands exceljs only parts judged here, and bounds the parse itself too.
import { inflateEntry, readZipEntries, XlsxGuardError, type ZipEntry } from "./xlsx-zip";

export { XlsxGuardError, type XlsxProblem } from "./xlsx-zip";

export type XlsxLimits = {
  /** Compressed size of the upload. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of every entry. */
  maxInflatedBytes: number;
  /** `<row>` elements in any one entry (and rows exceljs reads in any one sheet). */
  maxRowsPerSheet: number;
  /** `<c>` elements over all entries (and cells exceljs reads over all sheets). */
  maxCells: number;
  maxEntries: number;
  /** `<si>` elements over all entries: exceljs holds every shared string in memory at once. */
  maxSharedStrings: number;
  /** Inflated size of xl/sharedStrings.xml, for the same reason. */
  maxSharedStringsBytes: number;
  /** Inflated bytes of the parts exceljs parses (styles, shared strings, sheets): its time grows with them. */
  maxParsedBytes: number;
  /** Wall-clock time for the parse, a backstop behind the other limits. */
  maxParseMillis: number;
  /** `<mergeCell>` areas in any one sheet. */
  maxMergedAreas: number;
};

/** An upload that passed the guard: its entries by lower-cased name, with their inflated sizes. */
export type CheckedXlsx = { parts: Map<string, ZipEntry & { size: number }> };

/** Throws XlsxGuardError when the buffer is not a plain zip within the limits. */
export function checkXlsxUpload(buf: Uint8Array, limits: XlsxLimits): CheckedXlsx {
  if (buf.length === 0) throw new XlsxGuardError("empty");
  if (buf.length > limits.maxFileBytes) throw new XlsxGuardError("tooLarge");
  // Magic bytes: every xlsx starts with a zip local file header, "PK\x03\x04".
  if (buf.length < 22 || buf[0] !== 0x50 || buf[1] !== 0x4b || buf[2] !== 0x03 || buf[3] !== 0x04)
    throw new XlsxGuardError("notXlsx");
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.length);

  const parts: CheckedXlsx["parts"] = new Map();
  let budget = limits.maxInflatedBytes;
  let cells = 0;
  let strings = 0;
  for (const entry of readZipEntries(view, limits.maxEntries)) {
    const content = inflateEntry(entry, budget);
    budget -= content.length;
    const counts = countRowsAndCells(content);
    if (counts.rows > limits.maxRowsPerSheet) throw new XlsxGuardError("tooManyRows");
    cells += counts.cells;
    if (cells > limits.maxCells) throw new XlsxGuardError("tooManyCells");
    strings += counts.strings;
    if (strings > limits.maxSharedStrings) throw new XlsxGuardError("tooManyCells");
    const name = entry.name.toLowerCase();
    if (name === "xl/sharedstrings.xml" && content.length > limits.maxSharedStringsBytes)
      throw new XlsxGuardError("inflatesTooMuch");
    parts.set(name, { ...entry, size: content.length });
  }
  // A .docx or any other zip passes the magic bytes but is no workbook.
  if (!parts.has("xl/workbook.xml")) throw new XlsxGuardError("notXlsx");
  return { parts };
}

const LT = 0x3c; // <
const COLON = 0x3a;

/** Counts `<row …>`, `<c …>` and `<si …>` start tags (with or without a namespace prefix) in XML. */
export function countRowsAndCells(xml: Uint8Array): { rows: number; cells: number; strings: number } {
  let rows = 0;
  let cells = 0;
  let strings = 0;
  for (let i = xml.indexOf(LT); i !== -1; i = xml.indexOf(LT, i + 1)) {
    // Skip an optional prefix such as "x:" (Open XML SDK writes prefixed elements).
    let j = i + 1;
    let k = j;
    while (k < xml.length && k - j < 16 && isNameChar(xml[k])) k++;
    if (xml[k] === COLON) j = k + 1;
    if (xml[j] === 0x63 /* c */ && endsName(xml[j + 1])) cells++;
    else if (xml[j] === 0x72 && xml[j + 1] === 0x6f && xml[j + 2] === 0x77 /* row */ && endsName(xml[j + 3])) rows++;
    else if (xml[j] === 0x73 && xml[j + 1] === 0x69 /* si */ && endsName(xml[j + 2])) strings++;
  }
  return { rows, cells, strings };
}

function isNameChar(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d;
}

function endsName(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}
