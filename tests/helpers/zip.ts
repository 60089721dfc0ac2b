// Zips written by hand, to craft the archives no honest writer makes: names that lie, sizes that
// lie, a name twice, a local header the central directory does not list. JSZip (via exceljs)
// reads real workbooks' parts so that a crafted file starts from a real one.
import { crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

export type CraftedEntry = {
  name: string;
  data: Buffer | string;
  /** The name in the central directory when it should differ from the local header's. */
  centralName?: string;
  /** The uncompressed size the central directory declares (a lie when set). */
  declaredSize?: number;
  /** Extra fields (raw bytes) for both headers. */
  extra?: Buffer;
  /** false: written as a local entry only, left out of the central directory. */
  listed?: boolean;
  stored?: boolean;
};

export function writeZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data) : e.data;
    const packed = e.stored ? data : deflateRawSync(data);
    const method = e.stored ? 0 : 8;
    const name = Buffer.from(e.name);
    const extra = e.extra ?? Buffer.alloc(0);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.declaredSize ?? data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    if (e.listed !== false) {
      const centralName = Buffer.from(e.centralName ?? e.name);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(method, 10);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(packed.length, 20);
      central.writeUInt32LE(e.declaredSize ?? data.length, 24);
      central.writeUInt16LE(centralName.length, 28);
      central.writeUInt16LE(extra.length, 30);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, centralName, extra);
      listed++;
    }
    locals.push(local, name, extra, packed);
    offset += local.length + name.length + extra.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a real .xlsx, in the order they were written. */
export async function zipParts(file: Uint8Array): Promise<{ name: string; data: Buffer }[]> {
  const zip = await JSZip.loadAsync(file);
  const parts = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.push({ name: entry.name, data: await entry.async("nodebuffer") });
  }
  return parts;
}

/** The Info-ZIP Unicode Path extra field (0x7075): JSZip takes the entry's name from it. */
export function unicodePathExtra(name: string, headerName: string): Buffer {
  const utf8 = Buffer.from(name);
  const field = Buffer.alloc(4 + 5 + utf8.length);
  field.writeUInt16LE(0x7075, 0);
  field.writeUInt16LE(5 + utf8.length, 2);
  field.writeUInt8(1, 4);
  field.writeUInt32LE(crc32(Buffer.from(headerName)), 5);
  utf8.copy(field, 9);
  return field;
}
