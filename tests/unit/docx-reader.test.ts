// The .docx upload of a plan (issue 17, point 1): the text read from Word's own XML is what a
// paste from Word gives — list markers rendered from numbering.xml, tables one line per row with
// TAB between cells, the two-column header block side by side — so extractPlanText reads an
// upload as it reads a paste. And the guard refuses what is no .docx, with a message to act on.
import fs from "node:fs";
import path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
} from "docx";
import { describe, expect, it } from "vitest";
import { checkDocxUpload, DocxGuardError, type DocxProblem } from "@/lib/domain/docx-guard";
import { docxToPlanText, formatNumber } from "@/lib/domain/docx-reader";
import { extractPlanText } from "@/lib/domain/plan-text";
import { writeZip } from "../helpers/zip";

const level = (
  level: number,
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
  start = 1,
): ILevelsOptions => ({
  level,
  format,
  text,
  start,
  alignment: AlignmentType.LEFT,
});

const NUMBERING = {
  config: [
    {
      reference: "plan",
      levels: [
        level(0, LevelFormat.UPPER_ROMAN, "%1."),
        level(1, LevelFormat.DECIMAL, "%2."),
        level(2, LevelFormat.LOWER_LETTER, "%3)"),
        level(3, LevelFormat.DECIMAL, "%2.%4."),
      ],
    },
    {
      reference: "bullets",
      levels: [level(0, LevelFormat.BULLET, "-"), level(1, LevelFormat.BULLET, "+"), level(2, LevelFormat.BULLET, "\uf0b7")],
    },
    {
      reference: "formats",
      levels: [
        level(0, LevelFormat.DECIMAL_ZERO, "%1."),
        level(1, LevelFormat.UPPER_LETTER, "%2."),
        level(2, LevelFormat.LOWER_ROMAN, "(%3)"),
      ],
    },
    { reference: "from5", levels: [level(0, LevelFormat.DECIMAL, "%1/", 5)] },
  ],
};

const li = (reference: string, lvl: number, text: string, instance?: number) =>
  new Paragraph({
    numbering: { reference, level: lvl, ...(instance !== undefined && { instance }) },
    children: [new TextRun(text)],
  });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function docx(children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ numbering: NUMBERING, sections: [{ children }] }));
}

const read = async (children: (Paragraph | Table)[]) => docxToPlanText(await docx(children));

/** A .docx holding only a document.xml written by hand (for run-level details the docx package hides). */
function rawDocx(body: string): Buffer {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return writeZip([{ name: "word/document.xml", data: xml }]);
}

function problemOf(fn: () => unknown): DocxProblem | "none" {
  try {
    fn();
    return "none";
  } catch (error) {
    if (error instanceof DocxGuardError) return error.problem;
    throw error;
  }
}

describe("docxToPlanText: automatic numbering as a paste from Word shows it", () => {
  it("renders Roman sections, decimal items and letter sub-items, restarting each under its parent", async () => {
    const text = await read([
      li("plan", 0, "MỤC ĐÍCH - YÊU CẦU"),
      li("plan", 1, "Mục đích:"),
      li("plan", 2, "Nâng cao nhận thức."),
      li("plan", 2, "Gắn với chuyên môn."),
      li("plan", 1, "Yêu cầu:"),
      li("plan", 2, "Thiết thực."),
      li("plan", 0, "CHỈ TIÊU"),
      li("plan", 1, "Tổ chức 03 lớp tập huấn."),
      li("plan", 3, "Mỗi cơ sở 01 buổi."),
      li("plan", 3, "Mỗi chi đoàn 01 buổi."),
    ]);
    expect(text.split("\n")).toEqual([
      "I. MỤC ĐÍCH - YÊU CẦU",
      "1. Mục đích:",
      "a) Nâng cao nhận thức.",
      "b) Gắn với chuyên môn.",
      "2. Yêu cầu:",
      "a) Thiết thực.",
      "II. CHỈ TIÊU",
      "1. Tổ chức 03 lớp tập huấn.",
      "1.1. Mỗi cơ sở 01 buổi.",
      "1.2. Mỗi chi đoàn 01 buổi.",
    ]);
  });

  it("honours a level's start and format (01., A., (i)) and a restarted list (a new instance)", async () => {
    const text = await read([
      li("formats", 0, "Một"),
      li("formats", 0, "Hai"),
      li("formats", 1, "Con"),
      li("formats", 2, "Cháu"),
      li("formats", 2, "Chắt"),
      li("from5", 0, "Năm"),
      li("from5", 0, "Sáu"),
      li("from5", 0, "Lại từ năm", 1),
    ]);
    expect(text.split("\n")).toEqual([
      "01. Một",
      "02. Hai",
      "A. Con",
      "(i) Cháu",
      "(ii) Chắt",
      "5/ Năm",
      "6/ Sáu",
      "5/ Lại từ năm",
    ]);
  });

  it("gives bullets their glyph: - and + as typed, Word's Symbol dot as ·", async () => {
    const text = await read([li("bullets", 0, "Gạch"), li("bullets", 1, "Cộng"), li("bullets", 2, "Chấm")]);
    expect(text.split("\n")).toEqual(["- Gạch", "+ Cộng", "· Chấm"]);
  });

  it("formats numbers as Word does", () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, "upperRoman"))).toEqual(["I", "IV", "IX", "XIV", "XL", "MCMXCIX"]);
    expect([1, 26, 27, 28].map((n) => formatNumber(n, "lowerLetter"))).toEqual(["a", "z", "aa", "bb"]);
    expect(formatNumber(7, "decimalZero")).toBe("07");
    expect(formatNumber(3, "ordinalText")).toBe("3");
  });
});

describe("docxToPlanText: tables and runs", () => {
  it("reads an indicator table one row a line, cells joined by a TAB, a cell's paragraphs by a space", async () => {
    const row = (cells: string[]) =>
      new TableRow({ children: cells.map((c) => new TableCell({ children: c.split("\n").map(p) })) });
    const text = await read([
      p("II. CHỈ TIÊU"),
      new Table({
        rows: [
          row(["STT", "Nội dung chỉ tiêu", "Số lượng", "Đơn vị tính", "Đơn vị thực hiện", "Thời gian"]),
          row(["1", "Tổ chức tiểu phẩm\ntuyên truyền", "05", "tiểu phẩm", "Cơ sở Đoàn", "Quý III"]),
          row(["2", "Thực hiện video clip", "10", "video", "", "Tháng 9"]),
        ],
      }),
      p("III. TỔ CHỨC THỰC HIỆN"),
    ]);
    expect(text.split("\n")).toEqual([
      "II. CHỈ TIÊU",
      "STT\tNội dung chỉ tiêu\tSố lượng\tĐơn vị tính\tĐơn vị thực hiện\tThời gian",
      "1\tTổ chức tiểu phẩm tuyên truyền\t05\ttiểu phẩm\tCơ sở Đoàn\tQuý III",
      "2\tThực hiện video clip\t10\tvideo\t\tTháng 9",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("reads Word's borderless two-column header side by side, and readHeader takes number, issuer, place and date", async () => {
    const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
    const cell = (lines: string[]) => new TableCell({ children: lines.map(p) });
    const text = await read([
      new Table({
        borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
        rows: [
          new TableRow({
            children: [
              cell(["THÀNH ĐOÀN TP. HỒ CHÍ MINH", "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP", "***", "Số: 07-KH/ĐKDCĐ"]),
              cell([
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "TP. Hồ Chí Minh, ngày 09 tháng 02 năm 2027",
              ]),
            ],
          }),
        ],
      }),
      p("KẾ HOẠCH"),
      p("Tổ chức hội thi năm 2027"),
      p("-----"),
      li("plan", 0, "MỤC ĐÍCH"),
    ]);
    expect(text.split("\n").slice(0, 4)).toEqual([
      "THÀNH ĐOÀN TP. HỒ CHÍ MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP\tĐộc lập - Tự do - Hạnh phúc",
      "***",
      "Số: 07-KH/ĐKDCĐ\tTP. Hồ Chí Minh, ngày 09 tháng 02 năm 2027",
    ]);
    expect(extractPlanText(text)).toMatchObject({
      number: "07-KH/ĐKDCĐ",
      superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      place: "TP. Hồ Chí Minh",
      issueDate: "2027-02-09",
      subject: "Tổ chức hội thi năm 2027",
      sections: [{ heading: "MỤC ĐÍCH", body: "" }],
    });
  });

  it("keeps tracked insertions and drops tracked deletions", async () => {
    const date = "2027-01-01T00:00:00Z";
    const text = await read([
      new Paragraph({
        children: [
          new TextRun("Tổ chức "),
          new DeletedTextRun({ text: "02", id: 1, author: "A", date }),
          new InsertedTextRun({ text: "03", id: 2, author: "A", date }),
          new TextRun(" lớp tập huấn."),
        ],
      }),
    ]);
    expect(text).toBe("Tổ chức 03 lớp tập huấn.");
  });

  it("turns w:tab into a TAB and w:br into a new line, makes no-break spaces plain and drops soft hyphens", () => {
    const text = docxToPlanText(
      rawDocx(
        '<w:p><w:r><w:t xml:space="preserve">Số:</w:t><w:tab/><w:t>05-KH</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t xml:space="preserve">Dòng\u00a0hai </w:t><w:softHyphen/><w:t>tiếp</w:t><w:noBreakHyphen/><w:t>theo</w:t></w:r></w:p>' +
          '<w:p><w:r><w:t>Trước</w:t><w:br w:type="page"/><w:t>sau</w:t></w:r></w:p>',
      ),
    );
    expect(text.split("\n")).toEqual(["Số:\t05-KH", "Dòng một", "Dòng hai tiếp-theo", "Trướcsau"]);
  });

  it("shows a field's displayed result, not its code, and skips hidden text", () => {
    const text = docxToPlanText(
      rawDocx(
        '<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
          '<w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
          '<w:r><w:t>15/01/2027</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
          '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> trang 3</w:t></w:r></w:fldSimple>' +
          "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>",
      ),
    );
    expect(text).toBe("Ngày 15/01/2027 trang 3");
  });
});

describe("checkDocxUpload: what is no .docx is refused with a reason", () => {
  const DOCUMENT = rawDocx("<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>");

  it("reads a plain .docx", () => {
    expect(docxToPlanText(DOCUMENT)).toBe("Xin chào");
  });

  it("names an old Word file (.doc) and a PDF: “save as .docx”", () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]);
    expect(problemOf(() => checkDocxUpload(doc))).toBe("saveAsDocx");
    expect(problemOf(() => checkDocxUpload(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n")))).toBe("saveAsDocx");
  });

  it("refuses what is not a zip, and a zip without word/document.xml (an .xlsx)", () => {
    expect(problemOf(() => checkDocxUpload(Buffer.from("Kế hoạch số 05, chỉ là văn bản thường")))).toBe("notDocx");
    expect(problemOf(() => checkDocxUpload(writeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }])))).toBe("notDocx");
  });

  it("refuses an empty file and one over 5 MB", () => {
    expect(problemOf(() => checkDocxUpload(new Uint8Array(0)))).toBe("empty");
    expect(problemOf(() => checkDocxUpload(new Uint8Array(5 * 1024 * 1024 + 1)))).toBe("tooLarge");
  });

  it("refuses more than 1,000 entries", () => {
    const entries = Array.from({ length: 1001 }, (_, i) => ({ name: `word/media/x${i}.txt`, data: "x", stored: true }));
    expect(problemOf(() => checkDocxUpload(writeZip([{ name: "word/document.xml", data: "<w:document/>" }, ...entries])))).toBe(
      "tooMuch",
    );
  });

  it("stops inflating an entry past the budget, whatever size it declares (a zip bomb)", () => {
    const bomb = writeZip([
      { name: "word/document.xml", data: "<w:document/>" },
      { name: "word/media/bomb.bin", data: Buffer.alloc(60 * 1024 * 1024), declaredSize: 10 },
    ]);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    expect(problemOf(() => checkDocxUpload(bomb))).toBe("tooMuch");
  });

  it("refuses a document.xml with a DOCTYPE (no entity is ever expanded)", () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>';
    expect(problemOf(() => docxToPlanText(writeZip([{ name: "word/document.xml", data: xml }])))).toBe("corrupt");
  });

  it("refuses a corrupt zip and malformed XML", () => {
    const cut = DOCUMENT.subarray(0, DOCUMENT.length - 30);
    expect(problemOf(() => checkDocxUpload(Buffer.concat([cut, Buffer.alloc(30)])))).toBe("corrupt");
    expect(problemOf(() => docxToPlanText(writeZip([{ name: "word/document.xml", data: "<w:document><w:body>" }])))).toBe(
      "corrupt",
    );
  });
});

describe("the corpus .docx plans read through extractPlanText", () => {
  const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/plans", name));

  it("docx-khoi-2027.docx: header, subject, basis and the Roman sections with their numbered items", () => {
    const plan = extractPlanText(docxToPlanText(fixture("docx-khoi-2027.docx")));
    expect(plan).toMatchObject({
      kind: "PLAN",
      number: "05-KH/ĐKDCĐ",
      superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      place: "TP. Hồ Chí Minh",
      issueDate: "2027-01-15",
      subject: "Thực hiện phong trào “3 trách nhiệm” trong cán bộ, công chức, viên chức trẻ năm 2027",
      startYear: 2027,
      endYear: 2027,
      basisNumber: "12-KH/TĐTN-BCNLĐ",
    });
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "CHỈ TIÊU",
      "NỘI DUNG THỰC HIỆN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(plan.sections[1].body.split("\n")).toEqual([
      "1. Phấn đấu ít nhất 85% đoàn viên tham gia học tập các chuyên đề về chuyển đổi số.",
      "2. Mỗi cơ sở Đoàn thực hiện ít nhất 01 công trình thanh niên gắn với nhiệm vụ chuyên môn.",
      "3. Đoàn viên, thanh niên đề xuất ít nhất 500 ý tưởng, sáng kiến cải cách hành chính.",
      "4. Tuyên dương 20 cá nhân tiêu biểu trong thực hiện phong trào.",
    ]);
    expect(plan.sections[2].body).toContain("1. Cấp Khối:\na) Tổ chức 03 lớp tập huấn");
    expect(plan.closing).toMatch(/^Trên đây là Kế hoạch/);
  });

  it("docx-table-2027.docx and docx-co-so-2027.docx: header and the indicator table's rows", () => {
    const table = docxToPlanText(fixture("docx-table-2027.docx"));
    expect(table).toContain("1\tTổ chức tiểu phẩm tuyên truyền\t05\ttiểu phẩm\tCơ sở Đoàn\tQuý III");
    expect(extractPlanText(table)).toMatchObject({ number: "18-KH/ĐKDCĐ", issueDate: "2027-03-02" });
    const coSo = extractPlanText(docxToPlanText(fixture("docx-co-so-2027.docx")));
    expect(coSo).toMatchObject({ number: "03-KH/ĐTN", issuerName: "BCH ĐOÀN SỞ TƯ PHÁP", issueDate: "2027-01-20" });
    expect(coSo.sections[1].body).toContain("· Mỗi đoàn viên có ít nhất 01 ý tưởng, sáng kiến trong công việc.");
  });

  it("each fixture has its hand-written targets beside it", () => {
    for (const name of ["docx-khoi-2027", "docx-table-2027", "docx-co-so-2027"]) {
      const expected = JSON.parse(fixture(`${name}.expected.json`).toString("utf8")) as { targets: { text: string }[] };
      const text = docxToPlanText(fixture(`${name}.docx`)).replace(/\s+/g, " ");
      for (const t of expected.targets) expect(text, name).toContain(t.text);
    }
  });
});
