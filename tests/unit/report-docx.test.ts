import { describe, expect, it } from "vitest";
import { docxPart as part, docxText as text, expectInOrder } from "../helpers/docx";
import { renderReportDocx } from "@/lib/documents/report-docx";
import type { ReportDocumentInput } from "@/lib/documents/report-model";

/** A Khối's sơ kết 6 tháng, shaped like seed 003 (báo cáo 44A BC/TĐTN), shortened. */
function reportLike(overrides: Partial<ReportDocumentInput> = {}): ReportDocumentInput {
  return {
    superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
    issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
    number: "15-BC/ĐTN",
    place: "TP. Hồ Chí Minh",
    date: new Date(Date.UTC(2026, 6, 5)),
    documentType: "BÁO CÁO",
    subject: 'Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 126-KH/TĐTN-BCNLĐ về phong trào "3 trách nhiệm"',
    basis: [
      "Thực hiện Kế hoạch số 126-KH/TĐTN-BCNLĐ ngày 10 tháng 01 năm 2026 của Ban Thường vụ Thành Đoàn;",
      "Ban Thường vụ Đoàn Khối báo cáo kết quả 6 tháng đầu năm 2026 như sau:",
    ],
    opening: "- Ban Thường vụ Đoàn Khối ban hành kế hoạch, tổ chức 12 hội nghị triển khai với 8.964 lượt đoàn viên tham dự.",
    pillars: [
      {
        heading: "Trách nhiệm với công việc",
        narrative: "Các cơ sở Đoàn đăng ký công trình thanh niên gắn với cải cách hành chính.",
        lines: [{ code: "1.1", wording: "Ý tưởng, sáng kiến được xác nhận", value: "1.234", target: "1.000", status: "Vượt" }],
      },
      {
        heading: "2. Trách nhiệm với nhân dân",
        narrative: "Tổ chức hiến máu tình nguyện, trao quà cho gia đình chính sách.",
        lines: [
          { code: "2.1", wording: "Kinh phí vận động an sinh", value: "12.500.000 đồng", target: "", status: "Chưa có số liệu" },
        ],
      },
      { heading: "Trách nhiệm với bản thân", narrative: null, lines: [] },
    ],
    otherLines: [
      { code: "K1", wording: "Cơ sở Đoàn có công trình thanh niên", value: "85,5%", target: "100%", status: "Chưa đạt" },
    ],
    figures: [{ label: "Lượt đoàn viên học tập, bồi dưỡng", value: "2.179" }],
    honours: [
      {
        name: "Trần Thị Hoa",
        unit: "Đoàn Sở Tư pháp",
        title: "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện",
        decision: "Quyết định số 52-QĐ/ĐTN ngày 15/05/2026",
      },
    ],
    strengths: "Phong trào được cấp ủy quan tâm chỉ đạo.",
    weaknesses: "Một số nơi còn hình thức.",
    proposals: "Đề nghị Thành Đoàn tổ chức tập huấn nghiệp vụ.",
    inspections: [{ name: "Đoàn Sở Nội vụ", visitOn: "12/11/2026", number: "78-TB/ĐTN", rating: "Khá", recommendations: "1/2" }],
    questions: [{ name: "Đoàn Sở Tư pháp", received: "12", answered: "11", onTime: "91%", lateNow: "1", median: "2,5 ngày" }],
    submissions: [
      { name: "Đoàn cơ sở Sở Tư pháp", status: "Đã duyệt", submittedOn: "30/06/2026", late: false },
      { name: "Đoàn cơ sở Sở Nội vụ", status: "Đã duyệt", submittedOn: "03/07/2026", late: true },
    ],
    recipients: ["- Thành Đoàn;", "- Các cơ sở Đoàn;", "- Lưu."],
    signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
    signTitle: "BÍ THƯ",
    signName: "Nguyễn Văn An",
    ...overrides,
  };
}

describe("renderReportDocx", () => {
  it("lays a report out as a Đoàn document: header, title, căn cứ, four sections, recipients, signature, appendix", async () => {
    const raw = await text(await renderReportDocx(reportLike()));
    expectInOrder(raw, [
      "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      "***",
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "Số: 15-BC/ĐTN",
      "TP. Hồ Chí Minh, ngày 05 tháng 7 năm 2026",
      "BÁO CÁO",
      "Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 126-KH/TĐTN-BCNLĐ",
      "-----",
      "Thực hiện Kế hoạch số 126-KH/TĐTN-BCNLĐ",
      "như sau:",
      "I. CÔNG TÁC TRIỂN KHAI",
      "8.964 lượt đoàn viên",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Trách nhiệm với công việc",
      "Mã",
      "Chỉ tiêu đề ra",
      "Ý tưởng, sáng kiến được xác nhận",
      "1.234",
      "1.000",
      "Vượt",
      "Các cơ sở Đoàn đăng ký công trình thanh niên",
      "2. Trách nhiệm với nhân dân", // the typed "2." is not doubled
      "12.500.000 đồng",
      "Tổ chức hiến máu tình nguyện",
      "3. Trách nhiệm với bản thân",
      "4. Các chỉ tiêu khác",
      "85,5%",
      "5. Số liệu từ hồ sơ",
      "Lượt đoàn viên học tập, bồi dưỡng",
      "2.179",
      "6. Khen thưởng trong kỳ",
      "Cá nhân, tập thể",
      "1\n\nTrần Thị Hoa\n\nĐoàn Sở Tư pháp\n\nCán bộ, công chức, viên chức trẻ giỏi, thân thiện\n\nQuyết định số 52-QĐ/ĐTN ngày 15/05/2026",
      "7. Kiểm tra chuyên đề",
      "Ban hành thông báo kết luận kiểm tra tại 1 cơ sở Đoàn:",
      "Kiến nghị đã xong",
      "1\n\nĐoàn Sở Nội vụ\n\n12/11/2026\n\n78-TB/ĐTN\n\nKhá\n\n1/2",
      "8. Giải đáp thắc mắc của người dân về thủ tục hành chính",
      "Thời gian trả lời (trung vị)",
      "1\n\nĐoàn Sở Tư pháp\n\n12\n\n11\n\n91%\n\n1\n\n2,5 ngày",
      "III. NHẬN XÉT, ĐÁNH GIÁ",
      "1. Ưu điểm",
      "cấp ủy quan tâm",
      "2. Hạn chế",
      "còn hình thức",
      "IV. ĐỀ XUẤT, KIẾN NGHỊ",
      "tập huấn nghiệp vụ",
      "Nơi nhận:",
      "- Thành Đoàn;",
      "- Lưu.",
      "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      "BÍ THƯ",
      "Nguyễn Văn An",
      "PHỤ LỤC: TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC CƠ SỞ ĐOÀN",
      "STT",
      "Trễ hạn",
      "1\n\nĐoàn cơ sở Sở Tư pháp\n\nĐã duyệt\n\n30/06/2026",
      "2\n\nĐoàn cơ sở Sở Nội vụ\n\nĐã duyệt\n\n03/07/2026\n\nx",
    ]);
    expect(raw).not.toContain("2. 2.");
  });

  it("omits empty sections and numbers the rest consecutively", async () => {
    const raw = await text(
      await renderReportDocx(
        reportLike({
          opening: null,
          strengths: "  ",
          proposals: null,
          otherLines: [],
          figures: [],
          submissions: [],
          inspections: [],
          questions: [],
        }),
      ),
    );
    expectInOrder(raw, [
      "I. KẾT QUẢ THỰC HIỆN",
      "3. Trách nhiệm với bản thân",
      "II. NHẬN XÉT, ĐÁNH GIÁ",
      "1. Hạn chế",
      "Nơi nhận:",
    ]);
    for (const gone of [
      "CÔNG TÁC TRIỂN KHAI",
      "Ưu điểm",
      "ĐỀ XUẤT",
      "III.",
      "Các chỉ tiêu khác",
      "Số liệu từ hồ sơ",
      "Giải đáp thắc mắc",
      "PHỤ LỤC",
    ]) {
      expect(raw).not.toContain(gone);
    }
  });

  it("drops the assessment section when neither strengths nor weaknesses are written", async () => {
    const raw = await text(await renderReportDocx(reportLike({ strengths: null, weaknesses: null })));
    expectInOrder(raw, ["I. CÔNG TÁC TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐỀ XUẤT, KIẾN NGHỊ"]);
    expect(raw).not.toContain("NHẬN XÉT");
  });

  it("leaves the number blank for the clerk and the signature lines empty when unset", async () => {
    const raw = await text(
      await renderReportDocx(reportLike({ number: null, signOnBehalf: null, signTitle: null, signName: null })),
    );
    expect(raw).toMatch(/Số: +-BC\/ +\n/);
    expect(raw).not.toContain("null");
  });

  it("writes A4 portrait with margins 20/20/30/20 mm in Times New Roman, and the document properties", async () => {
    const buffer = await renderReportDocx(reportLike());
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
    expect(core).toContain("<dc:title>BÁO CÁO Sơ kết 6 tháng đầu năm 2026");
    expect(core).toContain("<dc:creator>BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP</dc:creator>");
    // The appendix starts on a page of its own, after the signature it is attached to.
    expect(doc).toMatch(/<w:pageBreakBefore\/>.{0,400}PHỤ LỤC/);
  });

  it("survives user text with XML-special characters and control characters", async () => {
    const tricky = `A < B & "C" ]]> <w:p/> 🎉`;
    const buffer = await renderReportDocx(
      reportLike({ opening: `${tricky}\u0001`, pillars: [{ heading: tricky, narrative: "dòng một\u000Bdòng hai", lines: [] }] }),
    );
    const raw = await text(buffer);
    expect(raw).toContain(`1. ${tricky}`);
    expect(raw).toContain("dòng một\n");
    expect(await part(buffer, "word/document.xml")).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});
