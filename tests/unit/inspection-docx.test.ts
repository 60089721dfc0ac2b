import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { docxText as text, expectInOrder } from "../helpers/docx";
import {
  followUpCounts,
  renderConclusionDocx,
  renderRoundSummaryDocx,
  type ConclusionDocumentInput,
  type RoundSummaryInput,
} from "@/lib/documents/inspection-docx";
import { renderRoundXlsx } from "@/lib/documents/inspection-xlsx";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const INJECTION = '=HYPERLINK("http://x","y")';

const issuer = {
  superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
  issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
  place: "TP. Hồ Chí Minh",
  roundName: "Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm 2026",
  decisionNumber: "25-QĐ/ĐTN",
  decisionOn: day(2026, 5, 4),
  planTitle: "Kế hoạch số 126-KH/ĐTN: Thực hiện phong trào “3 trách nhiệm” năm 2026",
  team: [
    { name: "Trần Thị Bình", lead: false },
    { name: "Nguyễn Văn An", lead: true },
  ],
};

function conclusion(overrides: Partial<ConclusionDocumentInput> = {}): ConclusionDocumentInput {
  return {
    ...issuer,
    number: "61-TB/ĐTN",
    issuedOn: day(2026, 6, 2),
    draft: false,
    revision: 1,
    coSoName: "Đoàn cơ sở Sở Tài chính",
    visitOn: day(2026, 5, 20),
    checklist: [
      {
        label: "Công tác chỉ đạo, tổ chức thực hiện",
        items: [
          { wording: "Có kế hoạch thực hiện phong trào của cơ sở", result: "MET", note: null },
          { wording: "Có sổ theo dõi đoàn viên đăng ký “3 trách nhiệm”", result: "NOT_MET", note: "Sổ chưa cập nhật từ tháng 3" },
        ],
      },
      {
        label: "Trách nhiệm với công việc",
        items: [{ wording: "Cơ sở đạt chỉ tiêu CT3: Mỗi cơ sở có ít nhất 05 ý tưởng?", result: "NOT_APPLICABLE", note: null }],
      },
    ],
    rating: "FAIR",
    strengths: "- Ban Chấp hành quan tâm chỉ đạo.\n- Có 12 ý tưởng được ghi nhận.",
    shortcomings: "Sổ theo dõi chưa cập nhật thường xuyên.",
    recommendations: [
      { text: "Cập nhật sổ theo dõi đoàn viên", dueOn: "30/06/2026" },
      { text: "Gửi báo cáo sơ kết 6 tháng đúng hạn.", dueOn: "15/07/2026" },
    ],
    correction: null,
    ...overrides,
  };
}

function summary(overrides: Partial<RoundSummaryInput> = {}): RoundSummaryInput {
  return {
    ...issuer,
    periodFrom: day(2026, 5, 10),
    periodTo: day(2026, 6, 30),
    today: day(2026, 7, 20),
    visits: [
      {
        coSoName: "Đoàn cơ sở Sở Tài chính",
        visitOn: day(2026, 5, 20),
        status: "CONCLUDED",
        number: "61-TB/ĐTN",
        rating: "FAIR",
        issuedOn: day(2026, 6, 2),
      },
      { coSoName: INJECTION, visitOn: day(2026, 5, 27), status: "VISITED", number: null, rating: null, issuedOn: null },
      {
        coSoName: "Chi đoàn Sở Thông tin - Truyền thông",
        visitOn: day(2026, 6, 3),
        status: "CONCLUDED",
        number: "64-TB/ĐTN",
        rating: "GOOD",
        issuedOn: day(2026, 6, 10),
      },
    ],
    ratingCounts: { GOOD: 1, FAIR: 1, AVERAGE: 0, WEAK: 0 },
    recommendations: [
      {
        coSoName: "Đoàn cơ sở Sở Tài chính",
        text: "Cập nhật sổ theo dõi đoàn viên",
        dueOn: day(2026, 6, 30),
        status: "OPEN",
        state: "OVERDUE",
        response: null,
        respondedAt: null,
        reviewNote: null,
      },
      {
        coSoName: "Đoàn cơ sở Sở Tài chính",
        text: "Gửi báo cáo sơ kết 6 tháng đúng hạn",
        dueOn: day(2026, 7, 15),
        status: "RESPONDED",
        state: "AWAITING_REVIEW",
        response: "Đã gửi ngày 14/7",
        // 20:00 UTC on 13 July is 14 July in Việt Nam.
        respondedAt: new Date("2026-07-13T20:00:00Z"),
        reviewNote: null,
      },
      {
        coSoName: "Chi đoàn Sở Thông tin - Truyền thông",
        text: "Tổ chức sơ kết phong trào",
        dueOn: day(2026, 8, 30),
        status: "REOPENED",
        state: "OPEN",
        response: "Đã tổ chức",
        respondedAt: new Date("2026-07-01T03:00:00Z"),
        reviewNote: "Chưa có biên bản",
      },
      {
        coSoName: "Chi đoàn Sở Thông tin - Truyền thông",
        text: "Bổ sung minh chứng",
        dueOn: day(2026, 6, 20),
        status: "ACCEPTED",
        state: "SETTLED",
        response: "Đã bổ sung",
        respondedAt: new Date("2026-06-18T03:00:00Z"),
        reviewNote: null,
      },
    ],
    ...overrides,
  };
}

describe("renderConclusionDocx", () => {
  it("lays out the notice in the Đoàn format: header, title, basis, visit, findings, assessment, recommendations, signature", async () => {
    const out = await text(await renderConclusionDocx(conclusion()));
    expectInOrder(out, [
      "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "Số: 61-TB/ĐTN",
      "TP. Hồ Chí Minh, ngày 02 tháng 6 năm 2026",
      "THÔNG BÁO KẾT LUẬN KIỂM TRA",
      "Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm 2026 tại Đoàn cơ sở Sở Tài chính",
      "Căn cứ Quyết định số 25-QĐ/ĐTN ngày 04 tháng 5 năm 2026 về việc kiểm tra chuyên đề việc thực hiện phong trào",
      "Căn cứ Kế hoạch số 126-KH/ĐTN",
      "Ngày 20 tháng 5 năm 2026, Đoàn kiểm tra đã tiến hành kiểm tra tại Đoàn cơ sở Sở Tài chính",
      "Đồng chí Nguyễn Văn An – Trưởng đoàn",
      "Đồng chí Trần Thị Bình – Thành viên",
      "I. KẾT QUẢ KIỂM TRA",
      "1. Công tác chỉ đạo, tổ chức thực hiện",
      "Có kế hoạch thực hiện phong trào của cơ sở",
      "Đạt",
      "Có sổ theo dõi đoàn viên",
      "Chưa đạt",
      "Sổ chưa cập nhật từ tháng 3",
      "2. Trách nhiệm với công việc",
      "Không áp dụng",
      "Tổng hợp: đạt 1/2 nội dung",
      "II. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "Ban Chấp hành quan tâm chỉ đạo.",
      "2. Hạn chế",
      "Sổ theo dõi chưa cập nhật thường xuyên.",
      "3. Xếp loại: Khá.",
      "III. KIẾN NGHỊ",
      "1. Cập nhật sổ theo dõi đoàn viên.",
      "Thời hạn: 30/06/2026.",
      "2. Gửi báo cáo sơ kết 6 tháng đúng hạn.",
      "Thời hạn: 15/07/2026.",
      "Nơi nhận:",
      "Đoàn cơ sở Sở Tài chính (để thực hiện);",
      "TM. ĐOÀN KIỂM TRA",
      "TRƯỞNG ĐOÀN",
      "Nguyễn Văn An",
    ]);
    expect(out).not.toContain("DỰ THẢO");
    expect(out).not.toContain("Đính chính");
  });

  it("says a correction is one under its title, names the notice it corrects and gives the reason", async () => {
    const out = await text(
      await renderConclusionDocx(
        conclusion({
          revision: 2,
          number: "70-TB/ĐTN",
          issuedOn: day(2026, 6, 15),
          correction: { reason: "Ghi nhầm thời hạn kiến nghị thứ nhất", number: "61-TB/ĐTN", issuedOn: day(2026, 6, 2) },
        }),
      ),
    );
    expectInOrder(out, [
      "Số: 70-TB/ĐTN",
      "THÔNG BÁO KẾT LUẬN KIỂM TRA",
      "(Đính chính)",
      "Căn cứ Quyết định số 25-QĐ/ĐTN",
      "Thông báo này đính chính Thông báo kết luận kiểm tra số 61-TB/ĐTN ngày 02 tháng 6 năm 2026",
      "Lý do đính chính: Ghi nhầm thời hạn kiến nghị thứ nhất.",
      "I. KẾT QUẢ KIỂM TRA",
    ]);
  });

  it("marks a draft DỰ THẢO, with the number and date left for the clerk", async () => {
    const out = await text(await renderConclusionDocx(conclusion({ draft: true, number: null, issuedOn: null, rating: null })));
    expectInOrder(out, ["DỰ THẢO", "Số:       -TB/ĐTN", "TP. Hồ Chí Minh, ngày     tháng     năm", "(Dự thảo, chưa ban hành)"]);
    expect(out).toContain("3. Xếp loại: chưa xếp loại.");
  });

  it("says so when there is nothing to recommend or write", async () => {
    const out = await text(await renderConclusionDocx(conclusion({ recommendations: [], strengths: null })));
    expectInOrder(out, ["1. Ưu điểm", "Không có.", "III. KIẾN NGHỊ", "Không có kiến nghị."]);
  });
});

describe("renderRoundSummaryDocx", () => {
  it("reports the round: the visits, the ratings counted, and how the recommendations are followed", async () => {
    const out = await text(await renderRoundSummaryDocx(summary()));
    expectInOrder(out, [
      "Số:       -BC/ĐTN",
      "TP. Hồ Chí Minh, ngày 20 tháng 7 năm 2026",
      "BÁO CÁO KẾT QUẢ KIỂM TRA CHUYÊN ĐỀ",
      "Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm 2026",
      "Căn cứ Quyết định số 25-QĐ/ĐTN",
      "Thời gian kiểm tra: từ ngày 10/05/2026 đến ngày 30/06/2026",
      "Số cơ sở Đoàn được kiểm tra: 3; đã có thông báo kết luận: 2",
      "Đồng chí Nguyễn Văn An – Trưởng đoàn",
      "II. KẾT QUẢ KIỂM TRA",
      "Đoàn cơ sở Sở Tài chính",
      "20/05/2026",
      "Khá",
      "61-TB/ĐTN",
      INJECTION,
      "Đã kiểm tra",
      "Chi đoàn Sở Thông tin - Truyền thông",
      "03/06/2026",
      "Tốt",
      "64-TB/ĐTN",
      "Kết quả xếp loại: Tốt: 1 cơ sở; Khá: 1 cơ sở; Trung bình: 0 cơ sở; Yếu: 0 cơ sở.",
      "III. THEO DÕI THỰC HIỆN KIẾN NGHỊ",
      "Tính đến ngày 20/07/2026, các thông báo kết luận nêu 4 kiến nghị, trong đó: đã khắc phục 1; chờ Khối xem xét 1; đang thực hiện trong hạn 1; quá hạn 1; đã rút 0.",
      "Các kiến nghị quá hạn chưa khắc phục:",
      "Đoàn cơ sở Sở Tài chính",
      "Cập nhật sổ theo dõi đoàn viên",
      "30/06/2026",
      "20",
      "Nơi nhận:",
      "TM. ĐOÀN KIỂM TRA",
    ]);
    // Only the overdue ones are listed by name.
    expect(out).not.toContain("Bổ sung minh chứng");
  });

  it("counts each recommendation once", () => {
    expect(followUpCounts(summary().recommendations)).toEqual({
      total: 4,
      accepted: 1,
      withdrawn: 0,
      awaiting: 1,
      inTime: 1,
      overdue: 1,
    });
  });
});

describe("renderRoundXlsx", () => {
  const sheets = async (input: RoundSummaryInput) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderRoundXlsx(input)) as unknown as ArrayBuffer);
    return book;
  };

  it("has one row per visit and one per recommendation, with Vietnamese headers and dd/mm/yyyy dates", async () => {
    const book = await sheets(summary());
    const visits = book.getWorksheet("Buổi kiểm tra")!;
    expect(visits.getRow(1).values).toEqual([
      undefined,
      "TT",
      "Cơ sở Đoàn",
      "Ngày kiểm tra",
      "Tình trạng",
      "Số thông báo kết luận",
      "Ngày thông báo",
      "Xếp loại",
    ]);
    expect(visits.rowCount).toBe(4);
    const first = visits.getRow(2);
    expect(first.getCell(2).value).toBe("Đoàn cơ sở Sở Tài chính");
    expect(first.getCell(3).value).toEqual(day(2026, 5, 20));
    expect(first.getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(4).value).toBe("Đã có kết luận");
    expect(first.getCell(5).value).toBe("61-TB/ĐTN");
    expect(first.getCell(7).value).toBe("Khá");
    // A cơ sở name is text, never a formula.
    expect(visits.getRow(3).getCell(2).value).toBe(`'${INJECTION}`);
    expect(visits.getRow(3).getCell(7).value).toBeNull();

    const recs = book.getWorksheet("Kiến nghị")!;
    expect(recs.getRow(1).values).toEqual([
      undefined,
      "TT",
      "Cơ sở Đoàn",
      "Kiến nghị",
      "Thời hạn",
      "Tình trạng",
      "Theo thời hạn (đến 20/07/2026)",
      "Báo cáo của cơ sở",
      "Ngày báo cáo",
      "Ý kiến của Khối",
    ]);
    expect(recs.rowCount).toBe(5);
    const overdue = recs.getRow(2);
    expect(overdue.getCell(3).value).toBe("Cập nhật sổ theo dõi đoàn viên");
    expect(overdue.getCell(4).value).toEqual(day(2026, 6, 30));
    expect(overdue.getCell(4).numFmt).toBe("dd/mm/yyyy");
    expect(overdue.getCell(5).value).toBe("Chưa thực hiện");
    expect(overdue.getCell(6).value).toBe("Quá hạn");
    const responded = recs.getRow(3);
    expect(responded.getCell(5).value).toBe("Đã báo cáo khắc phục");
    expect(responded.getCell(6).value).toBe("Chờ Khối xem xét");
    // The day in Việt Nam, not the UTC one.
    expect(responded.getCell(8).value).toEqual(day(2026, 7, 14));
    expect(responded.getCell(8).numFmt).toBe("dd/mm/yyyy");
    expect(recs.getRow(4).getCell(9).value).toBe("Chưa có biên bản");
  });
});
