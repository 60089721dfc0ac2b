// The zip layer of an uploaded .xlsx, read strictly (SECURITY.md #18, #19). Zip readers disagree
// about what an archive holds: JSZip (exceljs's `xlsx.load`) names entries from the central
// directory, or from an Info-ZIP Unicode Path field; streaming readers (exceljs's WorkbookReader,
// via unzipper) from the local headers, in file order; a name listed twice is the first entry to
// one reader and the last to another; exceljs strips a leading "/" and matches part names anywhere
// in a path. A guard that judges one view while the parser reads another is bypassed — the finding
// behind this file: 150,000 rows under "/xl/worksheets/sheet1.xml" were never counted. So an
// archive is accepted only when every view is the same: local entries back to back from byte 0,
// exactly as the central directory lists them, under the same plain, relative ASCII names, each once.
import { inflateRawSync } from "node:zlib";

export type XlsxProblem =
  "empty" | "tooLarge" | "notXlsx" | "corrupt" | "tooManyRows" | "tooManyCells" | "inflatesTooMuch" | "tooSlow";

export class XlsxGuardError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem);
    this.name = "XlsxGuardError";
  }
}

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The compressed bytes (a view into the upload). */
  data: Buffer;
};

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIR = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
const UNICODE_PATH_FIELD = 0x7075;
const ENCRYPTED = 0x1;
const STRONG_ENCRYPTION = 0x40;
const SIZES_AFTER_DATA = 0x8;

const corrupt = () => new XlsxGuardError("corrupt");

/** The entries of a zip whose every view agrees; throws XlsxGuardError otherwise. */
export function readZipEntries(view: Buffer, maxEntries: number): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(view);
  const count = view.readUInt16LE(eocd + 10);
  const cdSize = view.readUInt32LE(eocd + 12);
  const cdOffset = view.readUInt32LE(eocd + 16);
  // One disk, no ZIP64 (never needed under 5 MB), nothing after the comment.
  if (view.readUInt16LE(eocd + 4) !== 0 || view.readUInt16LE(eocd + 6) !== 0 || view.readUInt16LE(eocd + 8) !== count)
    throw corrupt();
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw corrupt();
  if (eocd + 22 + view.readUInt16LE(eocd + 20) !== view.length || cdOffset + cdSize !== eocd) throw corrupt();
  if (count > maxEntries) throw new XlsxGuardError("inflatesTooMuch");

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  // Where the next local header must start: nothing may hide between entries, where a streaming
  // reader would find an entry the central directory does not list.
  let next = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || view.readUInt32LE(p) !== CENTRAL_HEADER) throw corrupt();
    const flags = view.readUInt16LE(p + 8);
    const method = view.readUInt16LE(p + 10);
    const compressedSize = view.readUInt32LE(p + 20);
    const size = view.readUInt32LE(p + 24);
    const nameLength = view.readUInt16LE(p + 28);
    const extraLength = view.readUInt16LE(p + 30);
    const diskStart = view.readUInt16LE(p + 34);
    const localOffset = view.readUInt32LE(p + 42);
    const nameBytes = view.subarray(p + 46, p + 46 + nameLength);
    const extra = view.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
    p += 46 + nameLength + extraLength + view.readUInt16LE(p + 32);
    if (p > eocd || diskStart !== 0) throw corrupt();
    if (flags & (ENCRYPTED | STRONG_ENCRYPTION) || (method !== 0 && method !== 8)) throw corrupt();
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset !== next) throw corrupt();

    if (localOffset + 30 > cdOffset || view.readUInt32LE(localOffset) !== LOCAL_HEADER) throw corrupt();
    const localFlags = view.readUInt16LE(localOffset + 6);
    const localNameLength = view.readUInt16LE(localOffset + 26);
    const localExtraLength = view.readUInt16LE(localOffset + 28);
    const localName = view.subarray(localOffset + 30, localOffset + 30 + localNameLength);
    const localExtra = view.subarray(localOffset + 30 + localNameLength, localOffset + 30 + localNameLength + localExtraLength);
    if (!localName.equals(nameBytes) || view.readUInt16LE(localOffset + 8) !== method) throw corrupt();
    if ((localFlags & SIZES_AFTER_DATA) !== (flags & SIZES_AFTER_DATA)) throw corrupt();
    if (!(flags & SIZES_AFTER_DATA) && view.readUInt32LE(localOffset + 18) !== compressedSize) throw corrupt();
    // JSZip would take the name from this field instead of the one checked here.
    if (hasField(extra, UNICODE_PATH_FIELD) || hasField(localExtra, UNICODE_PATH_FIELD)) throw corrupt();

    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) throw corrupt();
    next = dataEnd + (flags & SIZES_AFTER_DATA ? descriptorLength(view, dataEnd, compressedSize, cdOffset) : 0);

    const name = partName(nameBytes);
    const key = name.toLowerCase(); // part names are case-insensitive (ECMA-376 Part 2)
    if (seen.has(key)) throw corrupt();
    seen.add(key);
    entries.push({ name, method, data: view.subarray(dataStart, dataEnd) });
  }
  if (p !== eocd || next !== cdOffset) throw corrupt();
  return entries;
}

function findEndOfCentralDirectory(view: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, view.length - 22 - 0xffff);
  for (let i = view.length - 22; i >= stop; i--) {
    if (view.readUInt32LE(i) === END_OF_CENTRAL_DIR) return i;
  }
  throw corrupt();
}

/** The data descriptor after an entry's data: its length, once it agrees with the central directory. */
function descriptorLength(view: Buffer, at: number, compressedSize: number, end: number): number {
  const signed = at + 4 <= end && view.readUInt32LE(at) === DATA_DESCRIPTOR;
  const length = signed ? 16 : 12;
  if (at + length > end || view.readUInt32LE(at + length - 8) !== compressedSize) throw corrupt();
  return length;
}

function hasField(extra: Buffer, id: number): boolean {
  for (let i = 0; i + 4 <= extra.length; i += 4 + extra.readUInt16LE(i + 2)) {
    if (extra.readUInt16LE(i) === id) return true;
  }
  return false;
}

/**
 * A part name as Excel, LibreOffice and exceljs write them: printable ASCII (no encoding for
 * readers to disagree on), relative, no backslash, no empty, "." or ".." segment. A trailing "/"
 * is a folder entry.
 */
function partName(bytes: Buffer): string {
  if (bytes.length === 0) throw corrupt();
  for (const b of bytes) if (b < 0x20 || b > 0x7e || b === 0x5c) throw corrupt();
  const name = bytes.toString("latin1");
  const segments = name.split("/");
  if (name.endsWith("/")) segments.pop();
  if (segments.some((s) => s === "" || s === "." || s === "..")) throw corrupt();
  return name;
}

/** An entry's content, inflating at most `budget` bytes whatever its header declares. */
export function inflateEntry(entry: ZipEntry, budget: number): Buffer {
  if (entry.method === 0) {
    if (entry.data.length > budget) throw new XlsxGuardError("inflatesTooMuch");
    return entry.data;
  }
  try {
    // maxOutputLength stops inflating as soon as the budget is exceeded.
    return inflateRawSync(entry.data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new XlsxGuardError("inflatesTooMuch");
    throw corrupt();
  }
}
