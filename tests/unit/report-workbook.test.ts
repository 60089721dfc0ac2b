import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildReportWorkbook, type ReportWorkbookInput } from "@/lib/domain/report-workbook";

const INJECTION = '=HYPERLINK("http://x","y")';

function reportLike(overrides: Partial<ReportWorkbookInput> = {}): ReportWorkbookInput {
  return {
    title: "Báo cáo sơ kết 6 tháng đầu năm 2026",
    indicators: [
      {
        code: "1.1",
        wording: "Ý tưởng, sáng kiến được xác nhận",
        pillar: "Trách nhiệm với công việc",
        unitLabel: "ý tưởng",
        target: 1000,
        value: 1234,
        status: "Vượt",
      },
      {
        code: "2.1",
        wording: "Cơ sở Đoàn có công trình",
        pillar: "Trách nhiệm với nhân dân",
        unitLabel: "%",
        target: 100,
        value: 85.5,
        status: "Chưa đạt",
      },
      {
        code: "3.1",
        wording: "Kinh phí vận động",
        pillar: "Trách nhiệm với bản thân",
        unitLabel: "đồng",
        target: null,
        value: null,
        status: "Chưa có số liệu",
      },
    ],
    coSo: [
      // 20:00 UTC on 1 July is 03:00 on 2 July in Việt Nam.
      {
        name: "Đoàn cơ sở Sở Tư pháp",
        status: "Đã duyệt",
        submittedAt: new Date("2026-07-01T20:00:00Z"),
        late: false,
        revision: 0,
        values: { "1.1": 640, "2.1": 100 },
      },
      { name: INJECTION, status: "Đang soạn", submittedAt: null, late: true, revision: 1, values: { "1.1": null } },
    ],
    records: [
      {
        coSo: "Đoàn cơ sở Sở Tư pháp",
        kind: "Ý tưởng",
        status: "Đã xác nhận",
        occurredOn: new Date(Date.UTC(2026, 2, 5)),
        title: "Số hóa hồ sơ một cửa",
      },
      {
        coSo: "Đoàn cơ sở Sở Tư pháp",
        kind: "Ý tưởng",
        status: "Đã xác nhận",
        occurredOn: new Date(Date.UTC(2026, 3, 9)),
        title: INJECTION,
      },
      {
        coSo: "Đoàn cơ sở Sở Nội vụ",
        kind: "Học tập",
        status: "Chờ xác nhận",
        occurredOn: new Date(Date.UTC(2026, 4, 1)),
        title: "+84 số điện thoại",
      },
    ],
    questions: [
      { name: "Đoàn cơ sở Sở Tư pháp", received: 7, answered: 5, answeredOnTime: 4, lateNow: 1, medianHours: 30.26 },
      { name: "Đoàn cơ sở Sở Nội vụ", received: 2, answered: 0, answeredOnTime: 0, lateNow: 2, medianHours: null },
    ],
    ...overrides,
  };
}

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

describe("buildReportWorkbook", () => {
  it("writes four sheets with bold, frozen headers", async () => {
    const wb = await read(await buildReportWorkbook(reportLike()));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Theo cơ sở", "Hồ sơ", "Hỏi đáp"]);
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    expect(wb.getWorksheet("Tổng hợp")!.getRow(1).values).toEqual([
      undefined,
      "Mã",
      "Chỉ tiêu",
      "Trách nhiệm",
      "Đơn vị tính",
      "Chỉ tiêu đề ra",
      "Kết quả",
      "Đánh giá",
    ]);
    expect(wb.getWorksheet("Theo cơ sở")!.getRow(1).values).toEqual([
      undefined,
      "Cơ sở Đoàn",
      "Tình trạng",
      "Ngày nộp",
      "Trễ hạn",
      "Lần đính chính",
      "1.1",
      "2.1",
      "3.1",
    ]);
  });

  it("keeps numbers as numeric cells with thousands formats, and blanks for missing ones", async () => {
    const ws = (await read(await buildReportWorkbook(reportLike()))).getWorksheet("Tổng hợp")!;
    expect(ws.getCell("F2").value).toBe(1234);
    expect(ws.getCell("F2").numFmt).toBe("#,##0");
    expect(ws.getCell("E2").value).toBe(1000);
    expect(ws.getCell("F3").value).toBe(85.5);
    expect(ws.getCell("F3").numFmt).toBe("#,##0.0");
    expect(ws.getCell("E4").value).toBeNull();
    expect(ws.getCell("G4").value).toBe("Chưa có số liệu");
  });

  it("writes submission days as date cells in Vietnam's calendar, and each cơ sở's values by code", async () => {
    const ws = (await read(await buildReportWorkbook(reportLike()))).getWorksheet("Theo cơ sở")!;
    const day = ws.getCell("C2").value;
    expect(day).toBeInstanceOf(Date);
    expect((day as Date).toISOString()).toBe("2026-07-02T00:00:00.000Z");
    expect(ws.getCell("C2").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("C3").value).toBeNull();
    expect(ws.getCell("D3").value).toBe("Có");
    expect(ws.getCell("E3").value).toBe(1);
    expect(ws.getCell("F2").value).toBe(640);
    expect(ws.getCell("G2").value).toBe(100);
    expect(ws.getCell("F3").value).toBeNull();
    const records = (await read(await buildReportWorkbook(reportLike()))).getWorksheet("Hồ sơ")!;
    expect(records.getCell("D2").value).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(records.getCell("D2").numFmt).toBe("dd/mm/yyyy");
  });

  it("writes each agency's response times to the public's questions as numbers, blank where none was answered", async () => {
    const ws = (await read(await buildReportWorkbook(reportLike()))).getWorksheet("Hỏi đáp")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "Cơ sở Đoàn",
      "Câu hỏi nhận",
      "Đã trả lời",
      "Trả lời đúng hạn",
      "Tỷ lệ đúng hạn (%)",
      "Đang trễ hạn",
      "Thời gian trả lời trung vị (giờ)",
    ]);
    expect(ws.getRow(2).values).toEqual([undefined, "Đoàn cơ sở Sở Tư pháp", 7, 5, 4, 80, 1, 30.3]);
    expect(ws.getCell("E3").value).toBeNull();
    expect(ws.getCell("G3").value).toBeNull();
    expect(ws.getCell("F3").value).toBe(2);
  });

  it("writes formula-like text as text, never as a formula (SECURITY.md #20)", async () => {
    const wb = await read(await buildReportWorkbook(reportLike()));
    const cells = [
      wb.getWorksheet("Theo cơ sở")!.getCell("A3"),
      wb.getWorksheet("Hồ sơ")!.getCell("E3"),
      wb.getWorksheet("Hồ sơ")!.getCell("E4"),
    ];
    for (const cell of cells) {
      expect(typeof cell.value).toBe("string");
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(cells[0].value).toBe(`'${INJECTION}`);
    expect(cells[1].value).toBe(`'${INJECTION}`);
    expect(cells[2].value).toBe("'+84 số điện thoại");
  });

  it("writes 20,000 records", async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({
      coSo: `Đoàn cơ sở ${i % 40}`,
      kind: "Ý tưởng",
      status: "Đã xác nhận",
      occurredOn: new Date(Date.UTC(2026, i % 6, 1 + (i % 28))),
      title: `Ý tưởng số ${i}`,
    }));
    const ws = (await read(await buildReportWorkbook(reportLike({ records })))).getWorksheet("Hồ sơ")!;
    expect(ws.rowCount).toBe(20_001);
    expect(ws.getCell("E20001").value).toBe("Ý tưởng số 19999");
  });
});
