// Reading an uploaded workbook's rows inside budgets (SECURITY.md #19), with exceljs's streaming
// reader. The guard (xlsx-guard.ts) judged the package first; this bounds the parse itself, so a
// file the guard misjudges still cannot run away: rows, cells, bytes and time are counted as
// exceljs reads, and reading stops with an XlsxGuardError as soon as one is spent. exceljs's full
// reader (`xlsx.load`) kept every cell of every sheet (~350 bytes each) and could not be stopped
// midway: 150,000 rows cost 9–12 s and ~950 MB of memory. Here memory is what the caller keeps.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CheckedXlsx, XlsxLimits } from "./xlsx-guard";
import { MergedCells } from "./xlsx-merges";
import { buildPackage, zipStream } from "./xlsx-package";
import { XlsxGuardError, type XlsxProblem } from "./xlsx-zip";

/** A row as read; valid until the next row is read. */
export type XlsxRow = {
  /** The row number Excel shows. */
  number: number;
  /** The row's filled cells, left to right, with the areas merged down onto it from above. */
  cells(): [number, ExcelJS.CellValue][];
  /** A cell's value; inside a merged area, the area's. */
  value(col: number): ExcelJS.CellValue;
};

type Budget = {
  deadline: number;
  cells: number;
  /** The budget that ended the stream of parts, if one did. */
  stopped: XlsxProblem | null;
  /** Those waiting on exceljs, told when the stream is ended early. */
  waiting: Set<(error: XlsxGuardError) => void>;
};

/** The worksheets in tab order, each an iterator of its rows. The caller may stop at any point. */
export async function* readXlsxSheets(xlsx: CheckedXlsx, limits: XlsxLimits): AsyncGenerator<AsyncGenerator<XlsxRow>> {
  const pkg = buildPackage(xlsx, limits);
  const budget: Budget = { deadline: Date.now() + limits.maxParseMillis, cells: 0, stopped: null, waiting: new Set() };
  const end = (problem: XlsxProblem) => {
    budget.stopped ??= problem;
    for (const stop of budget.waiting) stop(new XlsxGuardError(budget.stopped));
  };
  function* parts() {
    try {
      yield* zipStream(pkg.parts, (bytes) => {
        if (bytes > limits.maxParsedBytes) end("inflatesTooMuch");
        else if (Date.now() > budget.deadline) end("tooSlow");
        return budget.stopped !== null;
      });
    } catch (error) {
      // A stream that errors is not passed on by pipe(): exceljs would wait for it forever. End it.
      end(error instanceof XlsxGuardError ? error.problem : "corrupt");
    }
  }
  const source = Readable.from(parts(), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache", // the number formats that tell a date from a number
    hyperlinks: "ignore", // a link's cell keeps its text, which is what was typed
    entries: "ignore",
  });
  try {
    for await (const worksheet of translated(reader, budget)) {
      const k = Number((worksheet as unknown as { id: unknown }).id) - 1;
      yield rowsOf(worksheet, pkg.merges[k] ?? new MergedCells(Buffer.alloc(0), 0), pkg.date1904, budget, limits);
    }
    if (budget.stopped) throw new XlsxGuardError(budget.stopped);
  } finally {
    source.destroy();
  }
}

async function* rowsOf(
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  merges: MergedCells,
  date1904: boolean,
  budget: Budget,
  limits: XlsxLimits,
): AsyncGenerator<XlsxRow> {
  let rows = 0;
  let previous = 0;
  for await (const row of translated(worksheet, budget)) {
    budget.cells += row.actualCellCount;
    if (++rows > limits.maxRowsPerSheet) throw new XlsxGuardError("tooManyRows");
    if (budget.cells > limits.maxCells) throw new XlsxGuardError("tooManyCells");
    if (Date.now() > budget.deadline) throw new XlsxGuardError("tooSlow");
    // Excel writes each row once, in order; the full reader merged repeated rows, this one would not.
    if (!(row.number > previous)) throw new XlsxGuardError("corrupt");
    previous = row.number;
    const own = (col: number) => valueOf(row.getCell(col), date1904);
    const value = (col: number) => {
      const merged = merges.valueAt(col);
      return merged ? merged.value : own(col);
    };
    merges.enter(row.number, own);
    yield {
      number: row.number,
      value,
      cells() {
        const cells: [number, ExcelJS.CellValue][] = [];
        const filled = new Set<number>();
        row.eachCell((_, col) => {
          filled.add(col);
          cells.push([col, value(col)]);
        });
        for (const [col, v] of merges.fromAbove()) if (!filled.has(col)) cells.push([col, v]);
        return cells.sort((a, b) => a[0] - b[0]);
      },
    };
  }
  if (budget.stopped) throw new XlsxGuardError(budget.stopped);
}

/**
 * exceljs's items, its errors as the guard's (the budget that ended the stream, or a corrupt
 * file). Once the stream of parts is ended early, exceljs may fail or may wait forever for the
 * rest of a part (unzipper ends the archive, not the part): so each wait also ends with the stream.
 */
async function* translated<T>(items: AsyncIterable<T>, budget: Budget): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  let waiting = false;
  try {
    for (;;) {
      waiting = true;
      const next = await unlessEnded(iterator.next(), budget);
      waiting = false;
      if (next.done) return;
      yield next.value;
    }
  } catch (error) {
    throw error instanceof XlsxGuardError ? error : new XlsxGuardError(budget.stopped ?? "corrupt");
  } finally {
    // Closing exceljs's iterator lets it skip the rest of a sheet; not while a call of it is pending.
    if (!waiting) await iterator.return?.();
  }
}

/**
 * The promise, or the budget's error if the stream is ended first. Not Promise.race with one
 * long-lived "ended" promise: each race leaves a reaction on it holding that step's result, so
 * every row read would stay in memory (measured: over 128 MB for 11,000 rows of 27 cells).
 */
function unlessEnded<T>(promise: Promise<T>, budget: Budget): Promise<T> {
  if (budget.stopped) return Promise.reject(new XlsxGuardError(budget.stopped));
  return new Promise<T>((resolve, reject) => {
    budget.waiting.add(reject);
    void promise.then(resolve, reject).finally(() => budget.waiting.delete(reject));
  });
}

/**
 * A cell's value as exceljs's full reader gave it. The streaming reader leaves a date-formatted
 * formula's result as a serial number (=DATE(1995;3;5) typed as a birth date); the full reader
 * made it a Date. Same tests as exceljs's utils.isDateFmt and excelToDate.
 */
function valueOf(cell: ExcelJS.Cell, date1904: boolean): ExcelJS.CellValue {
  const value = cell.value;
  if (value && typeof value === "object" && "formula" in value && typeof value.result === "number" && isDateFormat(cell.numFmt)) {
    const days = value.result - 25569 + (date1904 ? 1462 : 0);
    return { ...value, result: new Date(Math.round(days * 86_400_000)) };
  }
  return value;
}

function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
