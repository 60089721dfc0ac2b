// The numbers behind a compiled report as an .xlsx: the indicator totals, each cơ sở's
// submission and values, the records they were counted from, and each agency's response times
// to the public's questions. Written with exceljs's
// streaming writer, so each row is serialised and released as soon as it is committed: a Khối's
// "Hồ sơ" sheet can run to 20,000 rows. Every string is neutralised against formula injection
// (SECURITY.md #20), as in lib/domain/workbook.ts. Pure: input → bytes.
import { dayInVietnam } from "@/lib/domain/dates";
import { addStreamedSheet, streamedWorkbook, type OutCell, type StreamedWorkbook } from "@/lib/domain/workbook";

export type ReportWorkbookInput = {
  title: string;
  indicators: {
    code: string;
    wording: string;
    pillar: string;
    unitLabel: string;
    target: number | null;
    value: number | null;
    status: string;
  }[];
  coSo: {
    name: string;
    status: string;
    submittedAt: Date | null;
    late: boolean;
    revision: number;
    /** Keyed by indicator code */
    values: Record<string, number | null>;
  }[];
  records: { coSo: string; kind: string; status: string; occurredOn: Date; title: string }[];
  /** Each agency's answers to the public's questions received in the period (hỏi đáp thủ tục hành chính). */
  questions: {
    name: string;
    received: number;
    answered: number;
    answeredOnTime: number;
    lateNow: number;
    medianHours: number | null;
  }[];
};

export async function buildReportWorkbook(input: ReportWorkbookInput): Promise<Buffer> {
  return streamedWorkbook(input.title, (wb) => fill(wb, input));
}

function fill(wb: StreamedWorkbook, input: ReportWorkbookInput) {
  addStreamedSheet(
    wb,
    "Tổng hợp",
    [
      { header: "Mã", width: 8 },
      { header: "Chỉ tiêu", width: 60 },
      { header: "Trách nhiệm", width: 28 },
      { header: "Đơn vị tính", width: 14 },
      { header: "Chỉ tiêu đề ra", width: 15 },
      { header: "Kết quả", width: 12 },
      { header: "Đánh giá", width: 18 },
    ],
    input.indicators.map((i) => [i.code, i.wording, i.pillar, i.unitLabel, i.target, i.value, i.status]),
  );

  const codes = input.indicators.map((i) => i.code);
  addStreamedSheet(
    wb,
    "Theo cơ sở",
    [
      { header: "Cơ sở Đoàn", width: 40 },
      { header: "Tình trạng", width: 20 },
      { header: "Ngày nộp", width: 12 },
      { header: "Trễ hạn", width: 9 },
      { header: "Lần đính chính", width: 14 },
      ...codes.map((code) => ({ header: code, width: Math.max(9, code.length + 3) })),
    ],
    input.coSo.map((c) => [
      c.name,
      c.status,
      c.submittedAt ? dayInVietnam(c.submittedAt) : null, // the day it was sent, in Vietnam
      c.late,
      c.revision,
      ...codes.map((code) => c.values[code] ?? null),
    ]),
  );

  // A generator, so no second 20,000-row array is built beside the input.
  function* recordRows(): Generator<OutCell[]> {
    for (const r of input.records) yield [r.coSo, r.kind, r.status, r.occurredOn, r.title];
  }
  addStreamedSheet(
    wb,
    "Hồ sơ",
    [
      { header: "Cơ sở Đoàn", width: 36 },
      { header: "Loại", width: 18 },
      { header: "Trạng thái", width: 16 },
      { header: "Ngày", width: 12 },
      { header: "Nội dung", width: 70 },
    ],
    recordRows(),
  );

  // Numbers, not the report's labels ("80%", "2,5 ngày"), so that the sheet can be summed and sorted.
  addStreamedSheet(
    wb,
    "Hỏi đáp",
    [
      { header: "Cơ sở Đoàn", width: 40 },
      { header: "Câu hỏi nhận", width: 13 },
      { header: "Đã trả lời", width: 11 },
      { header: "Trả lời đúng hạn", width: 16 },
      { header: "Tỷ lệ đúng hạn (%)", width: 17 },
      { header: "Đang trễ hạn", width: 13 },
      { header: "Thời gian trả lời trung vị (giờ)", width: 28 },
    ],
    input.questions.map((q) => [
      q.name,
      q.received,
      q.answered,
      q.answeredOnTime,
      q.answered ? Math.round((q.answeredOnTime / q.answered) * 100) : null,
      q.lateNow,
      q.medianHours === null ? null : Math.round(q.medianHours * 10) / 10,
    ]),
  );
}
