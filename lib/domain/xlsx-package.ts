// The package exceljs's streaming reader is given (xlsx-reader.ts): rebuilt from the parts the
// guard judged (xlsx-guard.ts), never the upload itself. So whatever names the upload uses, exceljs
// reads only judged parts, under the names it expects, in the order it needs: workbook, styles
// (date formats), shared strings, then the worksheets in tab order. Given sheets before shared
// strings — the order Excel writes — the reader spools each sheet to a temporary file instead.
import { isAscii } from "node:buffer";
import { crc32 } from "node:zlib";
import type { CheckedXlsx, XlsxLimits } from "./xlsx-guard";
import { MergedCells } from "./xlsx-merges";
import { inflateEntry, XlsxGuardError } from "./xlsx-zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A part's name, and its content in pieces (built when the stream reaches it). */
export type PackagePart = { name: string; content: () => Buffer[] };

export type WorkbookPackage = {
  parts: PackagePart[];
  date1904: boolean;
  /** Merged areas of sheet k + 1 (exceljs's sheet id k + 1), filled in as its part is built. */
  merges: MergedCells[];
};

export function buildPackage(xlsx: CheckedXlsx, limits: XlsxLimits): WorkbookPackage {
  const size = (names: string[]) => names.reduce((sum, name) => sum + (xlsx.parts.get(name)?.size ?? 0), 0);
  // Read here rather than by exceljs, but just as much work for a crafted file.
  if (size(["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]) > limits.maxParsedBytes)
    throw new XlsxGuardError("inflatesTooMuch");
  const text = (name: string) => {
    const entry = xlsx.parts.get(name);
    return entry ? inflateEntry(entry, entry.size).toString("utf8") : "";
  };
  const workbook = text("xl/workbook.xml");
  const targets = new Map<string, string>();
  for (const rel of startTags(text("xl/_rels/workbook.xml.rels"), "Relationship")) {
    const id = attribute(rel, "Id");
    const target = attribute(rel, "Target");
    if (id && target && attribute(rel, "TargetMode") !== "External" && /\/worksheet$/.test(attribute(rel, "Type") ?? ""))
      targets.set(id, resolve(target));
  }
  // Tab order: workbook.xml's <sheet> elements, each naming its part through a relationship.
  const sheets: string[] = [];
  for (const sheet of startTags(workbook, "sheet")) {
    const relId = attribute(sheet, "[\\w.-]+:id");
    const part = relId ? targets.get(relId) : undefined;
    if (part && xlsx.parts.has(part) && !sheets.includes(part)) sheets.push(part);
  }
  const [pr = ""] = startTags(workbook, "workbookPr");
  const date1904 = /^(1|true)$/.test(attribute(pr, "date1904") ?? "");

  if (size(["xl/styles.xml", "xl/sharedstrings.xml", ...sheets]) > limits.maxParsedBytes)
    throw new XlsxGuardError("inflatesTooMuch");

  const merges: MergedCells[] = [];
  const inflate = (name: string) => inflateEntry(xlsx.parts.get(name)!, xlsx.parts.get(name)!.size);
  const part = (name: string) => () => ascii(inflate(name));
  const ids = sheets.map((_, k) => k + 1);
  const parts: PackagePart[] = [
    {
      name: "xl/workbook.xml",
      content: () => [
        Buffer.from(
          `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets>` +
            ids.map((k) => `<sheet name="Sheet${k}" sheetId="${k}" r:id="rId${k}"/>`).join("") +
            "</sheets></workbook>",
        ),
      ],
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      content: () => [
        Buffer.from(
          `<Relationships xmlns="${PACKAGE_REL_NS}">` +
            ids.map((k) => `<Relationship Id="rId${k}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${k}.xml"/>`).join("") +
            "</Relationships>",
        ),
      ],
    },
  ];
  if (xlsx.parts.has("xl/styles.xml")) parts.push({ name: "xl/styles.xml", content: part("xl/styles.xml") });
  // Always present: without shared strings the reader would spool every sheet to a temporary file.
  parts.push({
    name: "xl/sharedStrings.xml",
    content: xlsx.parts.has("xl/sharedstrings.xml")
      ? part("xl/sharedstrings.xml")
      : () => [Buffer.from(`<sst xmlns="${MAIN_NS}"/>`)],
  });
  sheets.forEach((name, k) =>
    parts.push({
      name: `xl/worksheets/sheet${k + 1}.xml`,
      content: () => {
        const xml = inflate(name);
        merges[k] = new MergedCells(xml, limits.maxMergedAreas);
        return ascii(xml);
      },
    }),
  );
  return { parts, date1904, merges };
}

/**
 * The parts as a stored (uncompressed) zip, built one part at a time as the reader pulls it. Each
 * part is built before its header, which carries its size: so a sheet's merged areas are known
 * before exceljs sees its first row. `stop(bytes)` is asked before each part and each chunk, with
 * the bytes handed over once the current part is: a spent budget ends the stream early, which
 * makes the reader fail instead of parsing on.
 */
export function* zipStream(parts: PackagePart[], stop: (bytes: number) => boolean): Generator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  let bytes = 0;
  for (const part of parts) {
    const pieces = part.content();
    const size = pieces.reduce((n, piece) => n + piece.length, 0);
    const crc = pieces.reduce((value, piece) => crc32(piece, value), 0);
    bytes += size;
    if (stop(bytes)) return;
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(size, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);
    for (const piece of pieces) {
      for (let i = 0; i < piece.length; i += 64 * 1024) {
        if (stop(bytes)) return;
        yield piece.subarray(i, i + 64 * 1024);
      }
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    header.copy(record, 16, 14, 26); // crc and sizes
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + size;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([directory, end]);
}

/**
 * A part's XML with every non-ASCII character written as a character reference. exceljs's
 * streaming reader decodes each chunk on its own (TextDecoder without `stream: true`): a Vietnamese
 * letter split between two chunks came out as U+FFFD (4 names in 3,000, measured). No chunk
 * boundary can split ASCII. (A CDATA section would show the references as text: Excel never writes
 * one.) Done a megabyte at a time, never splitting a character, so that a large part is not held
 * as one string too; an ASCII part (sheets whose text is in the shared strings) is passed as is.
 */
function ascii(utf8: Buffer): Buffer[] {
  const xml = utf8[0] === 0xef && utf8[1] === 0xbb && utf8[2] === 0xbf ? utf8.subarray(3) : utf8; // a byte-order mark
  if (isAscii(xml)) return [xml];
  const pieces: Buffer[] = [];
  for (let start = 0; start < xml.length;) {
    let end = Math.min(start + 1024 * 1024, xml.length);
    // Back up over at most 3 continuation bytes (10xxxxxx) to the start of a character.
    for (let k = 0; k < 3 && end < xml.length && (xml[end] & 0xc0) === 0x80; k++) end--;
    pieces.push(
      Buffer.from(
        xml.toString("utf8", start, end).replace(/[^\x00-\x7f]/gu, (ch) => `&#${ch.codePointAt(0)};`),
        "latin1",
      ),
    );
    start = end;
  }
  return pieces;
}

// The few tags and attributes read here, by regular expressions written to stay linear whatever
// the XML: a tag's scan stops at the next "<" or ">", an attribute is only tried after whitespace.
// (A general attribute pattern retried at every position took 194 s on a 400 KB attribute.)

/** The attribute text of each `<name …>` start tag, with any namespace prefix. */
function* startTags(xml: string, name: string): Generator<string> {
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}(\\s[^<>]*)>`, "g"))) yield m[1];
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in a start tag's text (`name` is a pattern), entities decoded. */
function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) ATTRIBUTES.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(tag);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeEntities = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

/** A relationship target of xl/workbook.xml as a lower-cased part name ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function resolve(target: string): string {
  try {
    return decodeURIComponent(new URL(target, "http://package/xl/workbook.xml").pathname.slice(1)).toLowerCase();
  } catch {
    return "";
  }
}
