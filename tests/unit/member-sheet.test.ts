import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { matchHeader, neutraliseFormula } from "@/lib/domain/member-columns";
import { emailKey, resolveMemberRows, type ChiDoanChoice, type ExistingPerson } from "@/lib/domain/member-rows";
import { readMemberSheet, SheetError } from "@/lib/domain/member-sheet";
import { buildMemberTemplate, buildRejectedRows, streamMemberExport, type ExportMember } from "@/lib/domain/member-workbooks";
import { contentDisposition } from "@/lib/domain/download";
import { countRowsAndCells } from "@/lib/domain/xlsx-guard";
import { writeZip } from "../helpers/zip";

/** The streamed export of these batches, read to the end. */
async function exportOf(...batches: ExportMember[][]): Promise<Buffer> {
  async function* each() {
    for (const b of batches) yield b;
  }
  return Buffer.from(await new Response(streamMemberExport(each())).arrayBuffer());
}

/** A secretary's own list: the template's columns without "Cơ sở Đoàn". */
const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"];
const TEMPLATE_HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Chức vụ",
  "Chi đoàn",
  "Cơ sở Đoàn",
  "Email",
  "Số điện thoại",
];
const nothingExisting = { emails: new Set<string>(), people: [] };

async function xlsx(rows: unknown[][], build?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  for (const r of rows) ws.addRow(r);
  build?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(buf: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A zip written by hand whose central directory claims 1 KB for each entry: the guard must not believe it. */
const zip = (entries: { name: string; data: Buffer }[]) =>
  writeZip(entries.map((e) => ({ ...e, declaredSize: Math.min(e.data.length, 1024) })));

const choices: ChiDoanChoice[] = [
  { id: "cd-a1", name: "Chi đoàn Phòng Tổ chức", khoiId: "k1", coSoId: "cs-a", coSoName: "Đoàn Sở Nội vụ" },
  { id: "cd-a2", name: "Chi đoàn 1", khoiId: "k1", coSoId: "cs-a", coSoName: "Đoàn Sở Nội vụ" },
  { id: "cd-b1", name: "Chi đoàn 1", khoiId: "k1", coSoId: "cs-b", coSoName: "Đoàn Sở Tài chính" },
];

describe("reading the header row", () => {
  it("matches headers whatever the case and diacritics", () => {
    expect(matchHeader("HỌ VÀ TÊN")).toBe("fullName");
    expect(matchHeader("ho va ten (*)")).toBe("fullName");
    expect(matchHeader("Ngày Sinh")).toBe("birthDate");
    expect(matchHeader("gioi tinh")).toBe("gender");
    expect(matchHeader("CHI ĐOÀN")).toBe("chiDoan");
    expect(matchHeader("E-mail")).toBe("email");
    expect(matchHeader("SĐT")).toBe("phone");
    expect(matchHeader("Ghi chú")).toBeNull();
  });

  it("finds the header row below a title, anywhere in the first 10 rows", async () => {
    const file = await xlsx([
      ["DANH SÁCH ĐOÀN VIÊN"],
      ["Đơn vị: Đoàn Sở Nội vụ"],
      [],
      ["stt", "HỌ VÀ TÊN", "ngay sinh", "GIOI TINH", "chuc vu", "chi doan", "e-mail", "SĐT"],
      [1, "Nguyễn Văn An", "05/03/1995", "Nam", "Bí thư", "Chi đoàn 1", "an@vd.vn", "0912345678"],
    ]);
    const sheet = await readMemberSheet(file);
    expect(sheet.headerRow).toBe(4);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toMatchObject({
      row: 5,
      fullName: "Nguyễn Văn An",
      gender: "NAM",
      position: "Bí thư",
      email: "an@vd.vn",
      errors: [],
    });
  });

  it("refuses a sheet whose header is missing or below row 10", async () => {
    const late = await xlsx([...Array.from({ length: 10 }, () => ["…"]), HEADER, [1, "Nguyễn Văn An"]]);
    await expect(readMemberSheet(late)).rejects.toThrow(/dòng tiêu đề/);
    await expect(readMemberSheet(await xlsx([["Tên", "Lớp"]]))).rejects.toBeInstanceOf(SheetError);
  });

  it("asks for the Chi đoàn column when the header lacks it", async () => {
    await expect(readMemberSheet(await xlsx([["STT", "Họ và tên", "Ngày sinh"]]))).rejects.toThrow(/thiếu cột “Chi đoàn”/);
  });

  it("skips blank rows and rows with only their STT filled", async () => {
    const sheet = await readMemberSheet(
      await xlsx([
        HEADER,
        [1, "Trần Thị Hoa", null, null, null, "Chi đoàn 1"],
        [],
        [2],
        [3, "Lê Văn Tám", null, null, null, "Chi đoàn 1"],
      ]),
    );
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 5]);
  });
});

describe("reading rows", () => {
  it("takes a birth date from a real date cell or from dd/mm/yyyy text", async () => {
    const sheet = await readMemberSheet(
      await xlsx([
        HEADER,
        [1, "Ngày Thật", new Date(Date.UTC(1995, 2, 5)), "Nam", null, "Chi đoàn 1"],
        [2, "Chữ Có Số 0", "05/03/1995", "Nam", null, "Chi đoàn 1"],
        [3, "Chữ Không Số 0", "5/3/1995", "Nam", null, "Chi đoàn 1"],
        [4, "Gạch Ngang", "05-03-1995", "Nam", null, "Chi đoàn 1"],
      ]),
    );
    for (const row of sheet.rows) {
      expect(row.errors).toEqual([]);
      expect(row.birthDate?.toISOString()).toBe("1995-03-05T00:00:00.000Z");
    }
  });

  it("reports impossible, future and malformed dates", async () => {
    const sheet = await readMemberSheet(
      await xlsx([
        HEADER,
        [1, "Ba Mốt Tháng Hai", "31/02/1990", "Nam", null, "Chi đoàn 1"],
        [2, "Tương Lai", "01/01/2999", "Nam", null, "Chi đoàn 1"],
        [3, "Kiểu Mỹ", "1995-03-05", "Nam", null, "Chi đoàn 1"],
      ]),
    );
    for (const row of sheet.rows) expect(row.birthDate).toBeNull();
    // A real date in the future is not a format mistake: each says its own reason.
    expect(sheet.rows.map((r) => r.errors)).toEqual([
      ["Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)"],
      ["Ngày sinh không được sau hôm nay"],
      ["Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)"],
    ]);
  });

  it("reads Nam / Nữ / Khác in any case and rejects anything else", async () => {
    const sheet = await readMemberSheet(
      await xlsx([
        HEADER,
        [1, "A", null, "nữ", null, "X"],
        [2, "B", null, "KHÁC", null, "X"],
        [3, "C", null, "nu", null, "X"],
        [4, "D", null, "F", null, "X"],
      ]),
    );
    expect(sheet.rows.map((r) => r.gender)).toEqual(["NU", "KHAC", "NU", null]);
    expect(sheet.rows[3].errors).toEqual(["Giới tính “F” không hợp lệ (ghi Nam, Nữ hoặc Khác)"]);
  });

  it("reports a missing name and a missing chi đoàn", async () => {
    const sheet = await readMemberSheet(await xlsx([HEADER, [1, null, "05/03/1995", "Nam", "Đoàn viên", null, "x@vd.vn"]]));
    expect(sheet.rows[0].errors).toEqual(["Thiếu họ và tên", "Thiếu tên chi đoàn"]);
  });

  it("checks e-mails and phone numbers, and restores the 0 that Excel drops from a number", async () => {
    const sheet = await readMemberSheet(
      await xlsx([
        HEADER,
        [1, "A", null, null, null, "X", "Ai@VD.vn", 912345678],
        [2, "B", null, null, null, "X", "không-phải-email", "12ab"],
        [3, "C", null, null, null, "X", { text: "c@vd.vn", hyperlink: "mailto:c@vd.vn" }, "+84 912 345 678"],
      ]),
    );
    expect(sheet.rows[0]).toMatchObject({ email: "ai@vd.vn", phone: "0912345678", errors: [] });
    expect(sheet.rows[1].errors).toEqual(["Email không hợp lệ", "Số điện thoại không hợp lệ"]);
    expect(sheet.rows[2]).toMatchObject({ email: "c@vd.vn", phone: "+84 912 345 678", errors: [] });
  });
});

describe("resolving rows against the viewer's chi đoàn", () => {
  async function resolve(rows: unknown[][], existing: { emails?: string[]; people?: ExistingPerson[] } = {}, header = HEADER) {
    const sheet = await readMemberSheet(await xlsx([header, ...rows]));
    return resolveMemberRows(sheet, choices, { emails: new Set(existing.emails), people: existing.people ?? [] });
  }

  it("matches chi đoàn names without diacritics and fills the tree from the chi đoàn, not the file", async () => {
    const { valid, rejected } = await resolve([[1, "Nguyễn Văn An", null, "Nam", null, "chi doan phong to chuc", null]]);
    expect(rejected).toEqual([]);
    expect(valid[0]).toMatchObject({
      row: 2,
      khoiId: "k1",
      coSoId: "cs-a",
      chiDoanId: "cd-a1",
      searchName: "nguyen van an",
      agency: "Đoàn Sở Nội vụ",
    });
  });

  it("rejects an unknown chi đoàn and an ambiguous one, unless the Cơ sở Đoàn column tells them apart", async () => {
    const unknown = await resolve([[1, "A", null, null, null, "Chi đoàn Ma"]]);
    expect(unknown.rejected[0].reasons[0]).toMatch(/Không có chi đoàn “Chi đoàn Ma”/);
    const ambiguous = await resolve([[1, "A", null, null, null, "Chi đoàn 1"]]);
    expect(ambiguous.rejected[0].reasons[0]).toMatch(/Có nhiều chi đoàn tên “Chi đoàn 1”/);
    expect(ambiguous.rejected[0].reasons[0]).toMatch(/ghi tên cơ sở Đoàn vào cột “Cơ sở Đoàn”/);
    const told = await resolve([[1, "A", null, null, null, "Chi đoàn 1", "doan so tai chinh"]], {}, [
      ...HEADER.slice(0, 6),
      "Cơ sở Đoàn",
    ]);
    expect(told.valid[0].chiDoanId).toBe("cd-b1");
  });

  it("places rows of the template's Cơ sở Đoàn column in the chi đoàn of that cơ sở, whatever the diacritics", async () => {
    const { valid, rejected } = await resolve(
      [
        [1, "Nội Vụ", null, null, null, "Chi đoàn 1", "Đoàn Sở Nội vụ"],
        [2, "Tài Chính", null, null, null, "CHI DOAN 1", "ĐOÀN SỞ TÀI CHÍNH"],
        [3, "Sai Cơ Sở", null, null, null, "Chi đoàn 1", "Đoàn Sở Y tế"],
        // A unique chi đoàn name needs no cơ sở.
        [4, "Không Ghi", null, null, null, "Chi đoàn Phòng Tổ chức", null],
      ],
      {},
      TEMPLATE_HEADER,
    );
    expect(valid.map((v) => [v.fullName, v.chiDoanId, v.coSoId])).toEqual([
      ["Nội Vụ", "cd-a2", "cs-a"],
      ["Tài Chính", "cd-b1", "cs-b"],
      ["Không Ghi", "cd-a1", "cs-a"],
    ]);
    expect(rejected.map((r) => r.reasons)).toEqual([
      ["Không có chi đoàn “Chi đoàn 1” thuộc cơ sở Đoàn “Đoàn Sở Y tế” trong các chi đoàn bạn được nhập"],
    ]);
  });

  it("rejects every row of an e-mail used twice in the file, whatever its case", async () => {
    const { valid, rejected } = await resolve([
      [1, "A", null, null, null, "Chi đoàn Phòng Tổ chức", "trung@vd.vn"],
      [2, "B", null, null, null, "Chi đoàn Phòng Tổ chức", "khac@vd.vn"],
      [3, "C", null, null, null, "Chi đoàn Phòng Tổ chức", "TRUNG@vd.vn"],
    ]);
    expect(valid.map((v) => v.fullName)).toEqual(["B"]);
    expect(rejected.map((r) => [r.row.row, r.reasons])).toEqual([
      [2, ["Email trùng với dòng 4 của tệp"]],
      [4, ["Email trùng với dòng 2 của tệp"]],
    ]);
  });

  it("rejects an e-mail already used by a member of the same Khối", async () => {
    const { rejected } = await resolve([[1, "A", null, null, null, "Chi đoàn Phòng Tổ chức", "da-co@vd.vn"]], {
      emails: [emailKey("k1", "da-co@vd.vn")],
    });
    expect(rejected[0].reasons).toEqual(["Email đã được dùng cho một đoàn viên khác trong Đoàn Khối"]);
  });
});

describe("possible duplicates of a member", () => {
  const inTheDb: ExistingPerson[] = [
    { chiDoanId: "cd-a1", searchName: "nguyen van an", birthDate: new Date(Date.UTC(1995, 2, 5)) },
    { chiDoanId: "cd-a1", searchName: "tran thi binh", birthDate: null },
  ];
  const resolve = async (rows: unknown[][], people: ExistingPerson[] = []) =>
    resolveMemberRows(await readMemberSheet(await xlsx([HEADER, ...rows])), choices, { emails: new Set(), people });
  const DUPLICATE = "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên và ngày sinh)";

  it("rejects a row whose folded name and birth date match an active member of the same chi đoàn", async () => {
    const { valid, rejected } = await resolve(
      [
        [1, "NGUYỄN  VĂN AN", "05/03/1995", null, null, "Chi đoàn Phòng Tổ chức"],
        [2, "Nguyễn Văn An", "06/03/1995", null, null, "Chi đoàn Phòng Tổ chức"],
        [3, "Nguyễn Văn An", "05/03/1995", null, null, "Chi đoàn 1", null],
        [4, "Trần Thị Bình", "01/01/2000", null, null, "Chi đoàn Phòng Tổ chức"],
      ],
      inTheDb,
    );
    expect(rejected.map((r) => [r.row.row, r.reasons])).toEqual([
      [2, [DUPLICATE]],
      // "Chi đoàn 1" is ambiguous here; the point is that it is not a duplicate.
      [4, [expect.stringMatching(/^Có nhiều chi đoàn/)]],
    ]);
    // Another birth date, or a birth date against a member who has none: someone else.
    expect(valid.map((v) => v.row)).toEqual([3, 5]);
  });

  it("matches on the name alone when the row has no birth date", async () => {
    const { valid, rejected } = await resolve(
      [
        [1, "Nguyễn Văn An", null, null, null, "Chi đoàn Phòng Tổ chức"],
        [2, "Tran Thi Binh", null, null, null, "chi doan phong to chuc"],
        [3, "Lê Văn Mới", null, null, null, "Chi đoàn Phòng Tổ chức"],
      ],
      inTheDb,
    );
    expect(rejected.map((r) => r.reasons)).toEqual([
      ["Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên; dòng này không ghi ngày sinh)"],
      ["Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên; dòng này không ghi ngày sinh)"],
    ]);
    expect(valid.map((v) => v.fullName)).toEqual(["Lê Văn Mới"]);
  });

  it("rejects every row of a person listed twice in the file (name, birth date, chi đoàn)", async () => {
    const { valid, rejected } = await resolve([
      [1, "Phạm Văn Hai", "05/03/1995", null, null, "Chi đoàn Phòng Tổ chức"],
      [2, "pham van hai", new Date(Date.UTC(1995, 2, 5)), null, null, "Chi đoàn Phòng Tổ chức"],
      [3, "Phạm Văn Hai", "06/03/1995", null, null, "Chi đoàn Phòng Tổ chức"],
      [4, "Phạm Văn Hai", "05/03/1995", null, null, "Chi đoàn 1", null],
      [5, "Đỗ Thị Ba", null, null, null, "Chi đoàn Phòng Tổ chức"],
      [6, "Đỗ Thị Ba", null, null, null, "Chi đoàn Phòng Tổ chức"],
    ]);
    expect(rejected.map((r) => [r.row.row, r.reasons])).toEqual([
      [2, ["Trùng họ tên và ngày sinh với dòng 3 của tệp (cùng chi đoàn)"]],
      [3, ["Trùng họ tên và ngày sinh với dòng 2 của tệp (cùng chi đoàn)"]],
      [5, [expect.stringMatching(/^Có nhiều chi đoàn/)]],
      [6, ["Trùng họ tên với dòng 7 của tệp (cùng chi đoàn; nếu là hai người khác nhau, hãy ghi ngày sinh)"]],
      [7, ["Trùng họ tên với dòng 6 của tệp (cùng chi đoàn; nếu là hai người khác nhau, hãy ghi ngày sinh)"]],
    ]);
    // Another birth date in the same chi đoàn is another person.
    expect(valid.map((v) => v.row)).toEqual([4]);
  });
});

describe("file limits", () => {
  it("refuses what is not a zip by its first bytes, and a zip that is no workbook", async () => {
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00"), Buffer.alloc(100)]);
    await expect(readMemberSheet(exe)).rejects.toThrow(/không phải tệp Excel .xlsx/);
    const docx = zip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]);
    await expect(readMemberSheet(docx)).rejects.toThrow(/không phải tệp Excel .xlsx/);
    await expect(readMemberSheet(new Uint8Array())).rejects.toThrow(/Tệp rỗng/);
  });

  it("refuses a file over 5 MB before reading it", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    big.write("PK\x03\x04", "latin1");
    await expect(readMemberSheet(big)).rejects.toThrow(/lớn hơn 5 MB/);
  });

  it("stops a zip bomb whose declared sizes lie", async () => {
    const bomb = zip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(60 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readMemberSheet(bomb)).rejects.toThrow(/quá nhiều dữ liệu/);
  });

  it("refuses a sheet with too many rows before exceljs loads it", async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
    const file = zip([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) },
    ]);
    await expect(readMemberSheet(file)).rejects.toThrow(/quá nhiều dòng/);
  });

  it("counts rows, cells and shared strings with or without a namespace prefix", () => {
    const xml = Buffer.from(
      '<x:sheetData><x:row r="1"><x:c r="A1"/><x:c r="B1"><x:v>2</x:v></x:c></x:row><row><c/><cols/></row></x:sheetData>',
    );
    expect(countRowsAndCells(xml)).toEqual({ rows: 2, cells: 3, strings: 0 });
    expect(countRowsAndCells(Buffer.from("<sst><si><t>a</t></si><x:si/><sic/></sst>"))).toEqual({
      rows: 0,
      cells: 0,
      strings: 2,
    });
  });

  it("refuses more than 10,000 member rows with the count", async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => [i + 1, `Người ${i}`, null, null, null, "X"]);
    await expect(readMemberSheet(await xlsx([HEADER, ...rows]))).rejects.toThrow(
      /10\.001 dòng đoàn viên, vượt quá giới hạn 10\.000/,
    );
  }, 30_000);
});

describe("formula injection", () => {
  it("prefixes text that a spreadsheet would take for a formula", () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    for (const bad of ["+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1"]) expect(neutraliseFormula(bad).startsWith("'")).toBe(true);
    expect(neutraliseFormula("Nguyễn Văn An")).toBe("Nguyễn Văn An");
  });

  it("exports =HYPERLINK(…) as text, never as a formula", async () => {
    const payload = '=HYPERLINK("http://x","y")';
    const file = await exportOf([
      {
        fullName: payload,
        birthDate: null,
        gender: null,
        position: "@cmd",
        agency: "+1+1",
        joinedUnionAt: null,
        email: null,
        phone: "-2",
        chiDoanName: "\tTab",
        coSoName: "Cơ sở",
        honours: "=1+1",
      },
    ]);
    const ws = (await load(file)).worksheets[0];
    const row = ws.getRow(2);
    row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    });
    expect(row.getCell(2).value).toBe(`'${payload}`);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
  });
});

describe("workbooks", () => {
  it("exports the list columns with dates as dd/mm/yyyy, and the export can be imported back", async () => {
    const file = await exportOf([
      {
        fullName: "Nguyễn Văn An",
        birthDate: new Date(Date.UTC(1995, 2, 5)),
        gender: "NAM",
        position: "Bí thư",
        agency: "Sở Nội vụ",
        joinedUnionAt: new Date(Date.UTC(2010, 2, 26)),
        email: "an@vd.vn",
        phone: "0912345678",
        chiDoanName: "Chi đoàn 1",
        coSoName: "Đoàn Sở Tài chính",
        honours: "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện (QĐ 52-QĐ/ĐTN)",
      },
    ]);
    const ws = (await load(file)).worksheets[0];
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Giới tính",
      "Chức vụ",
      "Cơ quan/đơn vị",
      "Chi đoàn",
      "Cơ sở Đoàn",
      "Ngày vào Đoàn",
      "Email",
      "Số điện thoại",
      "Khen thưởng",
    ]);
    expect(ws.getCell("L2").value).toBe("Cán bộ, công chức, viên chức trẻ giỏi, thân thiện (QĐ 52-QĐ/ĐTN)");
    expect(ws.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect((ws.getCell("C2").value as Date).toISOString()).toBe("1995-03-05T00:00:00.000Z");
    expect(ws.getCell("D2").value).toBe("Nam");

    const sheet = await readMemberSheet(file);
    const { valid } = resolveMemberRows(sheet, choices, nothingExisting);
    expect(valid[0]).toMatchObject({
      chiDoanId: "cd-b1",
      agency: "Sở Nội vụ",
      joinedUnionAt: new Date(Date.UTC(2010, 2, 26)),
      phone: "0912345678",
    });
  });

  it("streams the batches as they come, numbered on across batches", async () => {
    const person = (n: number): ExportMember => ({
      fullName: `Đoàn viên ${n}`,
      birthDate: null,
      gender: null,
      position: null,
      agency: null,
      joinedUnionAt: null,
      email: null,
      phone: `09${String(n).padStart(8, "0")}`,
      chiDoanName: "Chi đoàn 1",
      coSoName: "Đoàn Sở A",
      honours: "",
    });
    const ws = (await load(await exportOf([person(1), person(2)], [], [person(3)]))).worksheets[0];
    expect(ws.rowCount).toBe(4);
    expect([2, 3, 4].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`B${r}`).value])).toEqual([
      [1, "Đoàn viên 1"],
      [2, "Đoàn viên 2"],
      [3, "Đoàn viên 3"],
    ]);
    // Phone numbers stay text, with their leading 0.
    expect(ws.getCell("K4").value).toBe("0900000003");
  });

  it("a batch that fails ends the download with an error, never a short file", async () => {
    async function* failing() {
      yield [];
      throw new Error("mất kết nối cơ sở dữ liệu");
    }
    await expect(new Response(streamMemberExport(failing())).arrayBuffer()).rejects.toThrow();
  });

  it("makes a template with the header, an example row and the usable chi đoàn", async () => {
    const wb = await load(
      await buildMemberTemplate([
        { name: "=Chi đoàn lạ", coSoName: "Đoàn Sở A" },
        { name: "Chi đoàn 2", coSoName: "Đoàn Sở A" },
      ]),
    );
    const [main, list] = wb.worksheets;
    expect(main.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER]);
    expect(main.getCell("B2").value).toBe("Nguyễn Văn An");
    expect(main.getCell("G2").value).toBe("Đoàn Sở A");
    expect(main.getColumn(2).width).toBeGreaterThan(20);
    expect(list.name).toBe("Chi đoàn");
    expect(list.getColumn(1).values).toEqual([undefined, "Chi đoàn", "'=Chi đoàn lạ", "Chi đoàn 2"]);
    // The template itself imports: its header is found and the example row parses.
    const sheet = await readMemberSheet(await buildMemberTemplate([{ name: "Chi đoàn 2", coSoName: "Đoàn Sở A" }]));
    expect(sheet.rows[0]).toMatchObject({
      fullName: "Nguyễn Văn An",
      chiDoanName: "Chi đoàn 2",
      coSoName: "Đoàn Sở A",
      errors: [],
    });
  });

  it("writes rejected rows with their reason, ready to fix and import again", async () => {
    const sheet = await readMemberSheet(
      await xlsx([HEADER, [1, '=HYPERLINK("http://x","y")', "31/02/1990", "Nam", null, "Chi đoàn Ma", "a@vd.vn"]]),
    );
    const { rejected } = resolveMemberRows(sheet, choices, nothingExisting);
    const file = await buildRejectedRows(sheet, rejected);
    const ws = (await load(file)).worksheets[0];
    // The template's columns, so that the cơ sở can be added to an ambiguous row.
    expect(ws.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER, "Lý do"]);
    expect(ws.getCell("B2").value).toBe(`'=HYPERLINK("http://x","y")`);
    expect(ws.getCell("C2").value).toBe("31/02/1990");
    expect(String(ws.getCell("J2").value)).toMatch(/Ngày sinh không hợp lệ.*; Không có chi đoàn “Chi đoàn Ma”/);
    const again = await readMemberSheet(file);
    expect(again.rows[0].fullName).toBe('=HYPERLINK("http://x","y")');
  });
});

describe("download headers", () => {
  it("sends a Vietnamese file name as an attachment, with an ASCII fallback", () => {
    expect(contentDisposition("Danh sách đoàn viên.xlsx")).toBe(
      `attachment; filename="Danh sach doan vien.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91o%C3%A0n%20vi%C3%AAn.xlsx`,
    );
  });
});
