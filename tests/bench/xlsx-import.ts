// The Excel import under crafted files (SECURITY.md #19) and at its honest size: each case in its
// own process (so peak memory is its own), previewMemberImport on an in-memory PGlite.
// Run: npm run bench:import            (all cases)
//      npx tsx --conditions=react-server tests/bench/xlsx-import.ts <case>
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { createPrismaClient, switchDatabase } from "@/lib/db/client";
import { newPGlite, pgliteAdapter } from "@/lib/db/adapters";
import { previewMemberImport } from "@/lib/data/member-import";
import { makeTenant } from "@/tests/factories";
import { craftWorkbook, manyRowsUnder, MEMBER_HEADER, replacePart, sharedStringsXml } from "@/tests/helpers/crafted-xlsx";
import { migrationScripts } from "@/tests/helpers/migrations";
import { viewerOf } from "@/tests/helpers/viewers";

type Case = { file: () => Promise<Uint8Array>; runs: number; note: string };

async function validList(rows: number, chiDoan: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đoàn viên");
  ws.addRow(MEMBER_HEADER);
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      i + 1,
      `Nguyễn Thị Số ${i}`,
      new Date(Date.UTC(1985 + (i % 20), i % 12, 1 + (i % 28))),
      i % 2 ? "Nữ" : "Nam",
      "Đoàn viên",
      chiDoan[i % chiDoan.length],
      `bench-${i}@vd.vn`,
      `09${String(i).padStart(8, "0")}`,
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A sheet as wide and long as the guard lets through: the most a file can cost once accepted. */
function wideSheetXml(rows: number, columns: number): string {
  const letters = (n: number) =>
    (n < 26 ? "" : String.fromCharCode(64 + Math.floor(n / 26))) + String.fromCharCode(65 + (n % 26));
  const cell = (c: number, r: number, text: string) => `<c r="${letters(c)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const out = ['<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  out.push(`<row r="1">${cell(1, 1, "Họ và tên")}${cell(5, 1, "Chi đoàn")}</row>`);
  for (let r = 2; r <= rows; r++)
    out.push(`<row r="${r}">${Array.from({ length: columns }, (_, c) => cell(c, r, `Ô số ${c} dòng ${r}`)).join("")}</row>`);
  return `${out.join("")}</sheetData></worksheet>`;
}

const cases = (chiDoan: string[]): Record<string, Case> => ({
  "valid-5000": { file: () => validList(5_000, chiDoan), runs: 7, note: "a valid list of 5,000 members" },
  "valid-10000": { file: () => validList(10_000, chiDoan), runs: 5, note: "a valid list of 10,000 members (the limit)" },
  "slash-150k": {
    file: () => manyRowsUnder("/xl/worksheets/sheet1.xml"),
    runs: 1,
    note: "150,000 rows under /xl/worksheets/sheet1.xml",
  },
  "prefix-150k": {
    file: () => manyRowsUnder("a/xl/worksheets/sheet1.xml", 150_000, true),
    runs: 1,
    note: "150,000 rows under a/xl/worksheets/sheet1.xml",
  },
  "at-limits": {
    file: () => craftWorkbook(replacePart("xl/worksheets/sheet1.xml", wideSheetXml(10_990, 27))),
    runs: 3,
    note: "10,990 rows × 27 cells (just within the guard)",
  },
  "shared-strings": {
    file: () => craftWorkbook(replacePart("xl/sharedStrings.xml", sharedStringsXml(1_400_000))),
    runs: 1,
    note: "1,400,000 shared strings (45 MB inflated)",
  },
});

async function runCase(name: string) {
  const pglite = newPGlite();
  for (const sql of migrationScripts()) await pglite.exec(sql);
  const client = createPrismaClient(pgliteAdapter(pglite));
  switchDatabase(client);
  const tenant = await makeTenant(client);
  const viewer = await viewerOf(tenant.users.admin.id);
  const c = cases([tenant.chiDoanA1.name, tenant.chiDoanA2.name, tenant.chiDoanB1.name])[name];
  const file = await c.file();

  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const sampler = setInterval(sample, 5);
  const ms: number[] = [];
  const cpu: number[] = [];
  let outcome = "";
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  peakHeap = heapBefore;
  peakRss = rssBefore;
  for (let i = 0; i < c.runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    try {
      const preview = await previewMemberImport(viewer, file);
      outcome = `ok: ${preview.validCount} valid of ${preview.total}`;
    } catch (error) {
      outcome = `refused: ${(error as Error).message.slice(0, 70)}`;
    }
    ms.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    sample();
  }
  clearInterval(sampler);
  const median = (xs: number[]) =>
    xs
      .sort((a, b) => a - b)
      [(xs.length - 1) >> 1].toFixed(0)
      .padStart(6);
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  // CPU time beside wall time: on a shared machine the wall time says more about the neighbours.
  console.log(
    `${c.note.padEnd(48)} ${(file.length / 1024).toFixed(0).padStart(5)} KB  median ${median(ms)} ms, CPU ${median(cpu)} ms (n=${c.runs})  heap +${mb(peakHeap - heapBefore)} MB  RSS +${mb(peakRss - rssBefore)} MB (peak ${mb(peakRss)})\n  → ${outcome}`,
  );
  await pglite.close();
}

async function main() {
  const only = process.argv[2];
  if (only) return runCase(only);
  for (const name of Object.keys(cases([]))) {
    const run = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", process.argv[1], name], { stdio: "inherit" });
    if (run.status !== 0) console.log(`${name}: exited with ${run.status ?? run.signal}`);
  }
}

void main();
