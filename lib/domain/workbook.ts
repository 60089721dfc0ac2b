// The pieces every .xlsx the portal hands out is made of: a bold, frozen header row, real date
// cells shown as dd/mm/yyyy, and every string neutralised against formula injection
// (SECURITY.md #20). Large exports go through exceljs's streaming writer, which serialises and
// releases each row as it is committed (20,000 rows stay within a few hundred MB). No I/O.
import { once, type EventEmitter } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { neutraliseFormula } from "@/lib/domain/member-columns";

export type OutCell = string | number | boolean | Date | null | undefined;
export type ColumnHeader = { header: string; width: number; date?: boolean; text?: boolean };

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng 3 trách nhiệm";
  wb.created = new Date();
  return wb;
}

/** A sheet with a bold, frozen header row; every string is neutralised on the way in. */
export function addTable(wb: ExcelJS.Workbook, name: string, headers: ColumnHeader[], rows: OutCell[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = headers.map((h) => ({
    header: neutraliseFormula(h.header),
    width: h.width,
    // Column formats also apply to what the user types later (dates; phone numbers keep their 0).
    style: h.date ? { numFmt: "dd/mm/yyyy" } : h.text ? { numFmt: "@" } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F0FE" } };
  for (const values of rows) {
    const row = ws.addRow(
      values.map((v) =>
        typeof v === "string" ? neutraliseFormula(v) : typeof v === "boolean" ? (v ? "Có" : "Không") : (v ?? null),
      ),
    );
    headers.forEach((h, i) => {
      if (values[i] instanceof Date) row.getCell(i + 1).numFmt = "dd/mm/yyyy";
    });
  }
  return ws;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

const DATE_FORMAT = "dd/mm/yyyy";
// Excel draws the separators from the reader's locale: 1.234 and 2,5 on a Vietnamese machine.
const numberFormat = (n: number) => (Number.isInteger(n) ? "#,##0" : "#,##0.0");
const cellValue = (v: OutCell) =>
  typeof v === "string" ? neutraliseFormula(v) : typeof v === "boolean" ? (v ? "Có" : "Không") : (v ?? null);

export type StreamedWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * A streamed sheet with a bold, frozen, filterable header row: `add` commits each row as it is
 * written (dates as dd/mm/yyyy, numbers with separators, text columns kept as text), `end` the sheet.
 */
export function startStreamedSheet(wb: StreamedWorkbook, name: string, columns: ColumnHeader[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  ws.columns = columns.map((c) => ({ width: c.width }));
  const head = ws.addRow(columns.map((c) => neutraliseFormula(c.header)));
  head.font = { bold: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8F0FE" } };
  head.commit();
  return {
    add(values: OutCell[]) {
      const row = ws.addRow(values.map(cellValue));
      values.forEach((v, i) => {
        if (v instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
        else if (typeof v === "number") row.getCell(i + 1).numFmt = numberFormat(v);
        // Phone numbers keep their leading 0.
        else if (columns[i]?.text) row.getCell(i + 1).numFmt = "@";
      });
      row.commit();
    },
    end: () => ws.commit(),
  };
}

/** A streamed sheet of rows already in hand. */
export function addStreamedSheet(wb: StreamedWorkbook, name: string, columns: ColumnHeader[], rows: Iterable<OutCell[]>) {
  const sheet = startStreamedSheet(wb, name, columns);
  for (const values of rows) sheet.add(values);
  sheet.end();
}

/**
 * Where exceljs 4 hands each sheet's rows to the zip: a stream it writes to without heeding
 * backpressure (exceljs#734, #1894), so rows outrun the compressor and a 100,000-row sheet sat
 * whole in memory until the end. Waiting on these is what makes the writer stream. Internals:
 * tests/unit/workbook-stream.test.ts fails if a new exceljs moves them.
 */
type SheetPipe = EventEmitter & { _writableState?: { needDrain?: boolean; length?: number } };
export function sheetPipes(wb: StreamedWorkbook): SheetPipe[] {
  const sheets = (wb as unknown as { _worksheets: ({ _stream?: { pipes?: SheetPipe[] } } | undefined)[] })._worksheets;
  return sheets.flatMap((ws) => ws?._stream?.pipes ?? []);
}

/**
 * A workbook sent as it is written: `fill` adds rows batch by batch (read from the database a
 * few thousand at a time) and waits while the reader is behind, so the server holds one batch,
 * never the whole list. A failure midway ends the download with an error, never a short file.
 */
export function workbookStream(
  title: string,
  fill: (wb: StreamedWorkbook, readerCaughtUp: () => Promise<void>) => Promise<void>,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Cổng 3 trách nhiệm";
  wb.title = title;
  // A cancelled download closes `out`: nothing drains any more, so every wait ends there and
  // `fill` stops with an AbortError instead of waiting forever on a batch nobody will read.
  const cancelled = new AbortController();
  out.once("close", () => cancelled.abort());
  const readerCaughtUp = async () => {
    const { signal } = cancelled;
    signal.throwIfAborted();
    for (const pipe of sheetPipes(wb)) if (pipe._writableState?.needDrain) await once(pipe, "drain", { signal });
    if (out.writableNeedDrain) await once(out, "drain", { signal });
  };
  fill(wb, readerCaughtUp)
    .then(() => wb.commit())
    .catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** Writes a workbook with the streaming writer and returns its bytes. */
export async function streamedWorkbook(title: string, fill: (wb: StreamedWorkbook) => void): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out); // collect while exceljs writes, so the stream never stalls
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "Cổng 3 trách nhiệm";
  wb.title = title;
  try {
    fill(wb);
    await wb.commit();
  } catch (error) {
    bytes.catch(() => {}); // the failure is the commit's; don't leave a second rejection behind
    out.destroy();
    throw error;
  }
  return bytes;
}

/** A one-sheet list export with an auto-filter on the header: projects, entries, commitments. */
export async function buildListExport(sheetName: string, headers: ColumnHeader[], rows: OutCell[][]): Promise<Buffer> {
  return streamedWorkbook(sheetName, (wb) => addStreamedSheet(wb, sheetName, headers, rows));
}
