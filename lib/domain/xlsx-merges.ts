// Merged cells for the streaming reader (xlsx-reader.ts). exceljs's full reader gave every cell
// of a merged area the value of its top-left cell; its streaming reader ignores merges. A chi đoàn
// name merged down over its members is common in Vietnamese lists, so the full reader's answer is
// kept. The areas are listed after the rows in the sheet's XML: they are read from the part before
// exceljs parses it. Never expanded cell by cell (A1:XFD1048576 is one small element): rows come in
// order, so only the areas covering the current row are looked at.
import type ExcelJS from "exceljs";
import { XlsxGuardError } from "./xlsx-zip";

type Area = { top: number; left: number; bottom: number; right: number; value: ExcelJS.CellValue };

/** More areas over one row than any list needs: a crafted sheet's, which would make each lookup slow. */
const MAX_AREAS_PER_ROW = 1_000;

export class MergedCells {
  private readonly areas: Area[];
  private next = 0;
  private active: Area[] = [];
  private row = 0;

  /** The `<mergeCell ref="A1:B2">` areas of a worksheet's XML; throws tooManyCells past `max`. */
  constructor(sheet: Buffer, max: number) {
    this.areas = [];
    // The areas follow the rows: read from the first one on (their references are ASCII).
    const at = sheet.indexOf("<mergeCell");
    const xml = at < 0 ? "" : sheet.toString("latin1", at);
    for (const m of xml.matchAll(
      /<mergeCell\s[^<>]*?\bref\s*=\s*["']\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})["']/g,
    )) {
      if (this.areas.length >= max) throw new XlsxGuardError("tooManyCells");
      const [rowA, rowB, colA, colB] = [Number(m[2]), Number(m[4]), columnNumber(m[1]), columnNumber(m[3])];
      this.areas.push({
        top: Math.min(rowA, rowB),
        bottom: Math.max(rowA, rowB),
        left: Math.min(colA, colB),
        right: Math.max(colA, colB),
        value: null,
      });
    }
    this.areas.sort((a, b) => a.top - b.top);
  }

  /** Moves to row `number` (rows come in increasing order); `valueAt` gives this row's own values. */
  enter(number: number, valueAt: (col: number) => ExcelJS.CellValue) {
    this.row = number;
    this.active = this.active.filter((a) => a.bottom >= number);
    for (; this.next < this.areas.length && this.areas[this.next].top <= number; this.next++) {
      const area = this.areas[this.next];
      if (area.bottom < number) continue;
      // An area whose top row has no <row> element has an empty top-left cell.
      if (area.top === number) area.value = valueAt(area.left);
      this.active.push(area);
    }
    if (this.active.length > MAX_AREAS_PER_ROW) throw new XlsxGuardError("tooManyCells");
  }

  /** The area's value for a cell of the current row inside a merged area, other than its top-left cell. */
  valueAt(col: number): { value: ExcelJS.CellValue } | undefined {
    for (const a of this.active) {
      if (col >= a.left && col <= a.right && (a.top !== this.row || a.left !== col)) return { value: a.value };
    }
    return undefined;
  }

  /** Areas that started on an earlier row and cover the current one: their first column and value. */
  fromAbove(): [number, ExcelJS.CellValue][] {
    return this.active.filter((a) => a.top < this.row).map((a) => [a.left, a.value]);
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
