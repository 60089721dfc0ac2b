// The streamed workbook (lib/domain/workbook.ts) really streams: exceljs 4 hands a sheet's rows
// to its zip without heeding backpressure, so without waiting on it (sheetPipes) the whole sheet
// sat in memory and the first byte left only after the last row. These fail if a new exceljs
// moves the internals the wait relies on.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetPipes, startStreamedSheet, workbookStream } from "@/lib/domain/workbook";

const ROWS = 20_000;
const BATCH = 500;
const row = (i: number) => [
  i,
  `Nguyễn Văn Thành ${i}`,
  new Date(Date.UTC(1995, i % 12, 1 + (i % 28))),
  `user${i}@example.gov.vn`,
];

describe("a streamed workbook", () => {
  it("sends bytes while rows are still being written, holding about one batch between them", async () => {
    let filled = false;
    let mostHeld = 0;
    let pipes = 0;
    const stream = workbookStream("Thử", async (wb, readerCaughtUp) => {
      const sheet = startStreamedSheet(wb, "Danh sách", [
        { header: "STT", width: 6 },
        { header: "Họ và tên", width: 30 },
        { header: "Ngày sinh", width: 12, date: true },
        { header: "Email", width: 30 },
      ]);
      for (let i = 1; i <= ROWS; i++) {
        sheet.add(row(i));
        if (i % BATCH === 0) {
          await readerCaughtUp();
          pipes = sheetPipes(wb).length;
          mostHeld = Math.max(mostHeld, ...sheetPipes(wb).map((p) => p._writableState?.length ?? 0));
        }
      }
      sheet.end();
      filled = true;
    });
    const chunks: Buffer[] = [];
    let sentBeforeEnd = 0;
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      if (!filled) sentBeforeEnd += chunk.length;
      chunks.push(Buffer.from(chunk));
    }
    const whole = Buffer.concat(chunks);
    expect(pipes).toBe(1);
    // ~2.5 MB of sheet XML: never more than a few batches of it waiting at once.
    expect(mostHeld).toBeLessThan(512 * 1024);
    // Most of the file left before the last row was written (before the fix: none of it).
    expect(sentBeforeEnd).toBeGreaterThan(whole.length / 2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(whole as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(ROWS + 1);
    expect(ws.getRow(ROWS + 1).getCell(2).value).toBe(`Nguyễn Văn Thành ${ROWS}`);
  }, 60_000);
});

describe("a cancelled download", () => {
  it("stops filling the workbook instead of waiting forever for a reader that is gone", async () => {
    let written = 0;
    let outcome = "running" as "running" | "finished" | Error;
    const stream = workbookStream("Thử", async (wb, readerCaughtUp) => {
      try {
        const sheet = startStreamedSheet(wb, "Danh sách", [
          { header: "STT", width: 6 },
          { header: "Họ và tên", width: 30 },
        ]);
        for (let i = 1; i <= ROWS * 10; i++) {
          sheet.add([i, `Nguyễn Văn Thành ${i}`]);
          written = i;
          if (i % BATCH === 0) await readerCaughtUp();
        }
        sheet.end();
        outcome = "finished";
      } catch (error) {
        outcome = error as Error;
        throw error;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => outcome, { timeout: 5_000 }).toBeInstanceOf(Error);
    expect((outcome as Error).name).toBe("AbortError");
    // It stopped where the reader left, far from the end of the list.
    expect(written).toBeLessThan(ROWS * 10);
  }, 15_000);
});
