import { describe, expect, it } from "vitest";
import { docxHtml as html, docxPart as part, docxText as text, expectInOrder } from "../helpers/docx";
import { formatDocumentDate, renderPlanDocx, type PlanDocumentInput } from "@/lib/documents/plan-docx";

/** Shaped like seed 001 (Chương trình 07-CT/ĐTN, 25/05/2018), shortened. */
function seedLike(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
    issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
    number: "07-CT/ĐTN",
    place: "TP. Hồ Chí Minh",
    issueDate: new Date(Date.UTC(2018, 4, 25)),
    documentType: "CHƯƠNG TRÌNH",
    subject: "Đoàn xung kích tham gia cải cách thủ tục hành chính giai đoạn 2018 - 2022",
    basisText:
      "Thực hiện Nghị quyết Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Khối Dân - Chính - Đảng Thành phố nhiệm kỳ III (2017 - 2022), Ban Chấp hành Đoàn Khối xây dựng Chương trình như sau:",
    sections: [
      {
        heading: "MỤC ĐÍCH - YÊU CẦU",
        body: "· Phát huy vai trò xung kích của tuổi trẻ.\n\n· Tạo môi trường rèn luyện cho cán bộ trẻ.",
      },
      {
        heading: "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
        body: "1. Đẩy mạnh công tác tuyên truyền:\n1.1. Nội dung\n· Đổi mới hình thức tuyên truyền.\n1.2. Giải pháp:\n+ Xây dựng chuyên trang về cải cách hành chính.\nCó 5.000 lượt đoàn viên tham gia mỗi năm.",
      },
      { heading: "TỔ CHỨC THỰC HIỆN", body: "a) Cấp Khối:\n- Tham mưu Ban Thường vụ triển khai Chương trình." },
    ],
    indicators: [
      {
        code: "1",
        wording: "Cơ sở Đoàn có công trình tham gia cải cách thủ tục hành chính",
        target: "100%",
        pillar: "Trách nhiệm với công việc",
      },
      { code: "2", wording: "Công trình thanh niên được Đoàn Khối tuyên dương", target: "ít nhất 100", pillar: null },
      { code: "3", wording: "Gương cán bộ trẻ giỏi thân thiện cấp Khối", target: "150", pillar: "Trách nhiệm với bản thân" },
    ],
    closing: "Trên đây là Chương trình hành động của Ban Chấp hành Đoàn Khối.",
    recipients: ["- Thành Đoàn;", "- Các cơ sở Đoàn;", "- Lưu."],
    signature: { onBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI", title: "BÍ THƯ", name: "Nguyễn Văn An" },
    ...overrides,
  };
}

describe("formatDocumentDate", () => {
  it("pads days below 10 but not months from March on", () => {
    expect(formatDocumentDate("TP. Hồ Chí Minh", new Date(Date.UTC(2019, 2, 5)))).toBe(
      "TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2019",
    );
  });
  it("pads January and February", () => {
    expect(formatDocumentDate("TP. Hồ Chí Minh", new Date(Date.UTC(2020, 0, 25)))).toBe(
      "TP. Hồ Chí Minh, ngày 25 tháng 01 năm 2020",
    );
    expect(formatDocumentDate("Hà Nội", new Date(Date.UTC(2021, 1, 1)))).toBe("Hà Nội, ngày 01 tháng 02 năm 2021");
    expect(formatDocumentDate("Hà Nội", new Date(Date.UTC(2021, 11, 31)))).toBe("Hà Nội, ngày 31 tháng 12 năm 2021");
  });
  it("reads the calendar date kept at UTC midnight, without shifting it by the time zone", () => {
    expect(formatDocumentDate("TP. Hồ Chí Minh", new Date("2018-05-25T00:00:00.000Z"))).toBe(
      "TP. Hồ Chí Minh, ngày 25 tháng 5 năm 2018",
    );
  });
  it("leaves blanks to fill in by hand when there is no date", () => {
    expect(formatDocumentDate("TP. Hồ Chí Minh", null)).toMatch(/^TP\. Hồ Chí Minh, ngày +tháng +năm +$/);
  });
});

describe("renderPlanDocx", () => {
  it("lays the text out as a Đoàn document: header, title, numbered sections, indicators, recipients, signature", async () => {
    const raw = await text(await renderPlanDocx(seedLike()));
    expectInOrder(raw, [
      "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      "***",
      "ĐOÀN TNCS HỒ CHÍ MINH",
      // "Số:" and the date share the header's second row, so they sit level.
      "Số: 07-CT/ĐTN",
      "TP. Hồ Chí Minh, ngày 25 tháng 5 năm 2018",
      "CHƯƠNG TRÌNH",
      "Đoàn xung kích tham gia cải cách thủ tục hành chính giai đoạn 2018 - 2022",
      "-----",
      "Thực hiện Nghị quyết",
      "I. MỤC ĐÍCH - YÊU CẦU",
      "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
      // No section of its own about indicators: the table comes before "Tổ chức thực hiện".
      "III. CHỈ TIÊU",
      "Nhóm trách nhiệm",
      "Cơ sở Đoàn có công trình tham gia cải cách thủ tục hành chính",
      "Công trình thanh niên được Đoàn Khối tuyên dương",
      "Gương cán bộ trẻ giỏi thân thiện cấp Khối",
      "IV. TỔ CHỨC THỰC HIỆN",
      "Trên đây là Chương trình",
      "Nơi nhận:",
      "- Thành Đoàn;",
      "- Lưu.",
      "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      "BÍ THƯ",
      "Nguyễn Văn An",
    ]);
  });

  it("marks sub-headings in bold and keeps bullet glyphs, without taking numbers for headings", async () => {
    const buffer = await renderPlanDocx(seedLike());
    const raw = await text(buffer);
    expect(raw).toContain("-\tPhát huy vai trò xung kích"); // "·" prints as "-"
    expect(raw).toContain("+\tXây dựng chuyên trang");
    expect(raw).toContain("-\tTham mưu Ban Thường vụ");
    const h = await html(buffer);
    for (const sub of ["1. Đẩy mạnh công tác tuyên truyền:", "1.1. Nội dung", "1.2. Giải pháp:", "a) Cấp Khối:"]) {
      expect(h).toContain(`<strong>${sub}</strong>`);
    }
    expect(h).toContain("<p>Có 5.000 lượt đoàn viên tham gia mỗi năm.</p>");
  });

  it("keeps a plan's own indicator section as written and adds no table", async () => {
    const sections = [
      { heading: "I. Mục đích - yêu cầu", body: "· Phát huy vai trò xung kích." },
      { heading: "II. Hệ thống chỉ tiêu", body: "1. 100% cơ sở Đoàn có công trình." },
      { heading: "III. Tổ chức thực hiện", body: "Các cơ sở Đoàn triển khai." },
    ];
    const raw = await text(await renderPlanDocx(seedLike({ sections })));
    expectInOrder(raw, ["I. MỤC ĐÍCH - YÊU CẦU", "II. HỆ THỐNG CHỈ TIÊU", "100% cơ sở Đoàn", "III. TỔ CHỨC THỰC HIỆN"]);
    expect(raw).not.toContain("Nhóm trách nhiệm");
    expect(raw).not.toContain("I. I.");
  });

  it('adds the indicator section last when there is no "Tổ chức thực hiện", and none without indicators', async () => {
    const sections = [{ heading: "Mục đích", body: "Nội dung." }];
    expectInOrder(await text(await renderPlanDocx(seedLike({ sections }))), [
      "I. MỤC ĐÍCH",
      "II. CHỈ TIÊU",
      "Nhóm trách nhiệm",
      "Nơi nhận:",
    ]);
    expect(await text(await renderPlanDocx(seedLike({ sections, indicators: [] })))).not.toContain("CHỈ TIÊU");
  });

  it("leaves the number and date blank for a draft, and shows a revision label", async () => {
    const raw = await text(
      await renderPlanDocx(seedLike({ number: null, issueDate: null, revisionLabel: "(Bản sửa đổi lần 1)" })),
    );
    expect(raw).toMatch(/Số: +\n/);
    expect(raw).toMatch(/TP\. Hồ Chí Minh, ngày +tháng +năm/);
    expectInOrder(raw, ["CHƯƠNG TRÌNH", "giai đoạn 2018 - 2022", "(Bản sửa đổi lần 1)", "-----"]);
  });

  it("writes A4 portrait with margins 20/20/30/20 mm in Times New Roman, and the document properties", async () => {
    const buffer = await renderPlanDocx(seedLike());
    const doc = await part(buffer, "word/document.xml");
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="1134"');
    const styles = await part(buffer, "word/styles.xml");
    expect(styles).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:sz w:val="28"\/>/,
    );
    const core = await part(buffer, "docProps/core.xml");
    expect(core).toContain(
      "<dc:title>CHƯƠNG TRÌNH Đoàn xung kích tham gia cải cách thủ tục hành chính giai đoạn 2018 - 2022</dc:title>",
    );
    expect(core).toContain("<dc:creator>BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP</dc:creator>");
  });

  it("draws no border in the header and signature tables, with fixed widths in DXA", async () => {
    const doc = await part(await renderPlanDocx(seedLike()), "word/document.xml");
    const tables = doc.match(/<w:tbl>.*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(3); // header, indicators, signature
    for (const table of [tables[0], tables[2]]) {
      const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(table)![1];
      for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
        expect(borders).toMatch(new RegExp(`<w:${side} w:val="(none|nil)"`));
      }
      expect(table.match(/<w:tcBorders>.*?<\/w:tcBorders>/g)!.every((b) => !/w:val="(?!none|nil)/.test(b))).toBe(true);
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      expect(table).toContain('<w:tblW w:type="dxa" w:w="9071"/>');
      expect(table.match(/<w:tcW w:type="(\w+)"/g)!.every((w) => w.includes('"dxa"'))).toBe(true);
    }
    expect(tables[1]).toMatch(/<w:insideH w:val="single"/); // the indicator table is ruled
  });

  it("survives user text with XML-special characters, emoji and control characters", async () => {
    const tricky = `A < B & "C" 'D' ]]> <w:p/> 🎉👩‍💻`;
    const buffer = await renderPlanDocx(
      seedLike({
        subject: tricky,
        basisText: "Dán từ Word:\u000Bdòng hai\u0001 \uD800 hết",
        sections: [{ heading: "Mục <1> & 2", body: `· ${tricky}\n<script>alert(1)</script>` }],
        recipients: ['- Đoàn "Sở" & <Ngành>;'],
        signature: { onBehalf: "TM. BAN THƯỜNG VỤ", title: "Bí thư", name: "Trần Thị B 😀" },
      }),
    );
    const raw = await text(buffer);
    expect(raw).toContain(tricky);
    expect(raw).toContain("I. MỤC <1> & 2");
    expect(raw).toContain("<script>alert(1)</script>");
    expect(raw).toContain('- Đoàn "Sở" & <Ngành>;');
    expect(raw).toContain("Trần Thị B 😀");
    expect(raw).toContain("Dán từ Word:\n"); // Word's manual line break starts a new paragraph
    expect(raw).toContain("dòng hai  hết");
    expect(raw).not.toContain("\uFFFD");
    const doc = await part(buffer, "word/document.xml");
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
