// The Excel import's guard against crafted archives (SECURITY.md #19). Each file starts as a real
// workbook written by exceljs; its zip is then rewritten by hand the way an attacker would.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { readMemberSheet } from "@/lib/domain/member-sheet";
import { checkXlsxUpload, XlsxGuardError, type XlsxLimits, type XlsxProblem } from "@/lib/domain/xlsx-guard";
import {
  craftWorkbook,
  manyRowsUnder,
  memberSheetXml,
  realMemberWorkbook,
  replacePart,
  sharedStringsXml,
} from "../helpers/crafted-xlsx";
import { unicodePathExtra, writeZip, zipParts } from "../helpers/zip";

const LIMITS: XlsxLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxRowsPerSheet: 11_000,
  maxCells: 300_000,
  maxEntries: 1_000,
  maxSharedStrings: 300_000,
  maxSharedStringsBytes: 8 * 1024 * 1024,
  maxParsedBytes: 24 * 1024 * 1024,
  maxParseMillis: 20_000,
  maxMergedAreas: 50_000,
};

function problemOf(file: Uint8Array): XlsxProblem | "passed" {
  try {
    checkXlsxUpload(file, LIMITS);
    return "passed";
  } catch (error) {
    if (error instanceof XlsxGuardError) return error.problem;
    throw error;
  }
}

/** Refused by the guard, and by the import with the guard's message, in well under a second here. */
async function expectRefused(file: Uint8Array, problem: XlsxProblem, message: RegExp) {
  const t = performance.now();
  expect(problemOf(file)).toBe(problem);
  await expect(readMemberSheet(file)).rejects.toThrow(message);
  return performance.now() - t;
}

const TOO_MANY_ROWS = /Tệp có quá nhiều dòng: mỗi lần nhập tối đa 10\.000/;
const CORRUPT = /tệp bị hỏng/;

describe("the finding: 150,000 rows under a name the old guard did not count", () => {
  let slash: Buffer;
  let prefixed: Buffer;
  beforeAll(async () => {
    slash = await manyRowsUnder("/xl/worksheets/sheet1.xml");
    prefixed = await manyRowsUnder("a/xl/worksheets/sheet1.xml", 150_000, true);
  }, 60_000);

  it("refuses a sheet entry named /xl/worksheets/sheet1.xml (exceljs strips the slash and reads it)", async () => {
    expect(slash.length).toBeLessThan(LIMITS.maxFileBytes);
    const ms = await expectRefused(slash, "corrupt", CORRUPT);
    console.log(`150,000 rows under /xl/worksheets/sheet1.xml refused in ${ms.toFixed(0)} ms`);
  });

  it("refuses 150,000 rows under a/xl/worksheets/sheet1.xml beside the real sheet (exceljs parsed it for nothing)", async () => {
    const ms = await expectRefused(prefixed, "tooManyRows", TOO_MANY_ROWS);
    console.log(`150,000 rows under a/xl/worksheets/sheet1.xml refused in ${ms.toFixed(0)} ms`);
  });

  it("counts rows in every entry, whatever its name or extension", async () => {
    const xml = memberSheetXml(12_000);
    for (const name of [
      "xl/worksheets/sheet1.xml.bak",
      "customXml/item1.xml",
      "XL/Worksheets/Sheet2.xml",
      "xl/media/image1.png",
    ]) {
      const file = await craftWorkbook((parts) => [...parts, { name, data: xml }]);
      expect(problemOf(file), name).toBe("tooManyRows");
    }
  });
});

describe("archives whose zip readers would disagree", () => {
  it("refuses a name listed twice, in any case: readers keep the first or the last", async () => {
    const twice = await craftWorkbook((parts) => [...parts, { name: "xl/worksheets/sheet1.xml", data: memberSheetXml(5) }]);
    await expectRefused(twice, "corrupt", CORRUPT);
    const cased = await craftWorkbook((parts) => [...parts, { name: "xl/Worksheets/Sheet1.XML", data: memberSheetXml(5) }]);
    expect(problemOf(cased)).toBe("corrupt");
  });

  it("refuses a local header whose name differs from the central directory's (streaming readers use the local one)", async () => {
    const file = await craftWorkbook((parts) =>
      parts.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, centralName: "xl/media/sheet1.bin" } : p)),
    );
    await expectRefused(file, "corrupt", CORRUPT);
  });

  it("refuses a local entry the central directory does not list", async () => {
    const file = await craftWorkbook((parts) => [
      { name: "xl/worksheets/sheet9.xml", data: memberSheetXml(5), listed: false },
      ...parts,
    ]);
    await expectRefused(file, "corrupt", CORRUPT);
  });

  it("refuses an Info-ZIP Unicode Path field, from which JSZip would take another name", async () => {
    const file = await craftWorkbook((parts) => [
      ...parts,
      {
        name: "docProps/custom.xml",
        data: memberSheetXml(5),
        extra: unicodePathExtra("xl/worksheets/sheet2.xml", "docProps/custom.xml"),
      },
    ]);
    await expectRefused(file, "corrupt", CORRUPT);
  });

  it("refuses names that are absolute, climb, use backslashes, empty segments or non-ASCII", async () => {
    for (const name of [
      "/xl/styles2.xml",
      "../xl/worksheets/sheet2.xml",
      "xl/./worksheets/sheet2.xml",
      "xl\\worksheets\\sheet2.xml",
      "xl//sheet2.xml",
      "xl/worksheets/trang-tính.xml",
    ]) {
      const file = await craftWorkbook((parts) => [...parts, { name, data: "<x/>" }]);
      expect(problemOf(file), name).toBe("corrupt");
    }
  });

  it("refuses bytes before the first entry or between entries", async () => {
    const real = Buffer.from(await realMemberWorkbook());
    // Shifting every offset is what a reader that "repairs" prepended data would do; the guard does not.
    expect(problemOf(Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(26), real]))).toBe("corrupt");
  });

  it("still takes honest archives: exceljs's own, and one re-zipped with folder entries and data descriptors", async () => {
    const real = await realMemberWorkbook();
    expect(problemOf(real)).toBe("passed");
    const zip = new JSZip();
    for (const p of await zipParts(real)) zip.file(p.name, p.data);
    const rezipped = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", streamFiles: true });
    expect(Object.keys((await JSZip.loadAsync(rezipped)).files)).toContain("xl/");
    expect(problemOf(rezipped)).toBe("passed");
    expect((await readMemberSheet(rezipped)).rows.map((r) => r.fullName)).toEqual(["Nguyễn Văn An", "Trần Thị Bình"]);
  });
});

describe("shared strings", () => {
  it("refuses too many shared strings, which exceljs would hold in memory all at once", async () => {
    const file = await craftWorkbook(replacePart("xl/sharedStrings.xml", sharedStringsXml(400_000)));
    await expectRefused(file, "tooManyCells", /quá nhiều ô dữ liệu/);
  });

  it("refuses shared strings too large in bytes, however few", async () => {
    const file = await craftWorkbook(replacePart("xl/sharedStrings.xml", sharedStringsXml(1_000, 5_000)));
    await expectRefused(file, "inflatesTooMuch", /quá nhiều dữ liệu/);
  });

  it("counts shared strings in every entry, not only xl/sharedStrings.xml", async () => {
    const file = await craftWorkbook((parts) => [...parts, { name: "xl/sharedStrings2.xml", data: sharedStringsXml(400_000) }]);
    expect(problemOf(file)).toBe("tooManyCells");
  });
});

describe("limits on the zip itself", () => {
  it("refuses more entries than allowed, before inflating any", () => {
    const entries = Array.from({ length: 1_001 }, (_, i) => ({ name: `xl/media/i${i}.bin`, data: "x", stored: true }));
    expect(problemOf(writeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }, ...entries]))).toBe("inflatesTooMuch");
  });
});
