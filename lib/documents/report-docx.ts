// A compiled periodic report (báo cáo sơ kết 6 tháng / tổng kết năm) as a Word file in the Đoàn
// layout of Hướng dẫn 29-HD/TWĐTN-VP, shaped like seed 003: header, "BÁO CÁO" and its subject,
// the căn cứ, then I. Công tác triển khai, II. Kết quả thực hiện (numbers per pillar, then the
// narrative), III. Nhận xét, đánh giá, IV. Đề xuất, kiến nghị, "Nơi nhận" and the signature, and
// the cơ sở submission table as an appendix. Pure: input → bytes; callers check permissions.
import { Paragraph, type Table } from "docx";
import { bodyBlocks, bodyParagraph, centred, clean, columnWidths, gridTable, romanNumeral, sectionHeading } from "./docx-blocks";
import { documentHeader, documentTitle, packDocument, signatureBlock } from "./docx-layout";
import type { ReportDocumentInput, ReportLine } from "./report-model";

type Block = Paragraph | Table;

const LINE_COLUMNS = columnWidths([0.08, 0.38, 0.2, 0.17, 0.17]);
const FIGURE_COLUMNS = columnWidths([0.75, 0.25]);
const HONOUR_COLUMNS = columnWidths([0.07, 0.25, 0.22, 0.22, 0.24]);
const SUBMISSION_COLUMNS = columnWidths([0.08, 0.42, 0.2, 0.17, 0.13]);
const QUESTION_COLUMNS = columnWidths([0.07, 0.33, 0.1, 0.12, 0.12, 0.11, 0.15]);
const INSPECTION_COLUMNS = columnWidths([0.07, 0.33, 0.15, 0.15, 0.12, 0.18]);

// "2. Trách nhiệm với nhân dân" typed with its own number is renumbered, as plan sections are.
const NUMBER_PREFIX = /^\s*\d{1,2}\s*[.)/-]\s*/;

const text = (value: string | null | undefined) => clean(value).trim();
const spacer = () => new Paragraph({ children: [] });

/** "1. Trách nhiệm với công việc": bold, kept with what follows it. */
const subHeading = (n: number, heading: string) =>
  bodyParagraph(`${n}. ${text(heading).replace(NUMBER_PREFIX, "")}`, { bold: true }, { keepNext: true });

function linesTable(lines: ReportLine[]): Table {
  const rows = lines.map((l) => [l.code, l.wording, l.value, l.target, l.status]);
  return gridTable(LINE_COLUMNS, ["Mã", "Chỉ tiêu", "Kết quả", "Chỉ tiêu đề ra", "Đánh giá"], rows, [0, 2, 3, 4]);
}

/**
 * II. Kết quả thực hiện: each pillar's numbers then its words; other indicators; record figures;
 * honours; the inspections concluded (kiểm tra chuyên đề); the agencies' answers to the public's
 * questions (hỏi đáp thủ tục hành chính).
 */
function results(input: ReportDocumentInput): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const pillar of input.pillars) {
    out.push(subHeading(++n, pillar.heading));
    if (pillar.lines.length > 0) out.push(linesTable(pillar.lines), spacer());
    out.push(...bodyBlocks(pillar.narrative ?? ""));
  }
  if (input.otherLines.length > 0) out.push(subHeading(++n, "Các chỉ tiêu khác"), linesTable(input.otherLines), spacer());
  if (input.figures.length > 0) {
    const rows = input.figures.map((f) => [f.label, f.value]);
    out.push(subHeading(++n, "Số liệu từ hồ sơ"), gridTable(FIGURE_COLUMNS, ["Nội dung", "Số lượng"], rows, [1]), spacer());
  }
  if (input.honours.length > 0) {
    const rows = input.honours.map((h, i) => [String(i + 1), h.name, h.unit, h.title, h.decision]);
    out.push(
      subHeading(++n, "Khen thưởng trong kỳ"),
      gridTable(HONOUR_COLUMNS, ["STT", "Cá nhân, tập thể", "Đơn vị", "Danh hiệu", "Quyết định"], rows, [0]),
      spacer(),
    );
  }
  if (input.inspections.length > 0) {
    const rows = input.inspections.map((c, i) => [String(i + 1), c.name, c.visitOn, c.number, c.rating, c.recommendations]);
    out.push(
      subHeading(++n, "Kiểm tra chuyên đề"),
      bodyParagraph(`Ban hành thông báo kết luận kiểm tra tại ${input.inspections.length} cơ sở Đoàn:`),
      gridTable(
        INSPECTION_COLUMNS,
        ["STT", "Cơ sở Đoàn", "Ngày kiểm tra", "Thông báo kết luận", "Xếp loại", "Kiến nghị đã xong"],
        rows,
        [0, 2, 3, 4, 5],
      ),
      spacer(),
    );
  }
  if (input.questions.length > 0) {
    const rows = input.questions.map((q, i) => [String(i + 1), q.name, q.received, q.answered, q.onTime, q.lateNow, q.median]);
    out.push(
      subHeading(++n, "Giải đáp thắc mắc của người dân về thủ tục hành chính"),
      gridTable(
        QUESTION_COLUMNS,
        ["STT", "Cơ quan", "Câu hỏi nhận", "Đã trả lời", "Đúng hạn", "Quá hạn", "Thời gian trả lời (trung vị)"],
        rows,
        [0, 2, 3, 4, 5, 6],
      ),
      spacer(),
    );
  }
  return out;
}

/** III. Nhận xét, đánh giá: "Ưu điểm" and "Hạn chế", each only when written. */
function assessment(input: ReportDocumentInput): Block[] {
  const parts = [
    ["Ưu điểm", text(input.strengths)],
    ["Hạn chế", text(input.weaknesses)],
  ].filter(([, body]) => body);
  return parts.flatMap(([heading, body], i) => [subHeading(i + 1, heading), ...bodyBlocks(body)]);
}

/**
 * Phụ lục after the signature, on a page of its own: under Nghị định 30/2020 an appendix is
 * attached to the document, not part of its body, so the signature stays with the text it signs.
 */
function appendix(input: ReportDocumentInput): Block[] {
  if (input.submissions.length === 0) return [];
  const rows = input.submissions.map((s, i) => [String(i + 1), s.name, s.status, s.submittedOn, s.late ? "x" : ""]);
  return [
    centred(
      "PHỤ LỤC: TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC CƠ SỞ ĐOÀN",
      { bold: true },
      { pageBreakBefore: true, spacing: { before: 0, after: 240, line: 264 } },
    ),
    gridTable(SUBMISSION_COLUMNS, ["STT", "Cơ sở Đoàn", "Tình trạng", "Ngày nộp", "Trễ hạn"], rows, [0, 2, 3, 4]),
  ];
}

export async function renderReportDocx(input: ReportDocumentInput): Promise<Buffer> {
  const body: Block[] = [
    // No number yet: the clerk writes the number and the issuer's suffix around "-BC/".
    documentHeader({ ...input, blankNumber: "      -BC/      " }),
    ...documentTitle(input.documentType, input.subject),
  ];
  for (const line of input.basis.flatMap((b) => clean(b).split("\n"))) {
    if (line.trim()) body.push(bodyParagraph(line.trim()));
  }

  // Sections are numbered as they appear: with no "Công tác triển khai", results become I.
  const sections: [string, Block[]][] = [
    ["CÔNG TÁC TRIỂN KHAI", bodyBlocks(input.opening ?? "")],
    ["KẾT QUẢ THỰC HIỆN", results(input)],
    ["NHẬN XÉT, ĐÁNH GIÁ", assessment(input)],
    ["ĐỀ XUẤT, KIẾN NGHỊ", bodyBlocks(input.proposals ?? "")],
  ];
  let n = 0;
  for (const [heading, content] of sections) {
    if (content.length > 0) body.push(sectionHeading(romanNumeral(++n), heading), ...content);
  }

  body.push(
    signatureBlock(input.recipients, { onBehalf: input.signOnBehalf, title: input.signTitle, name: input.signName }),
    ...appendix(input),
  );
  return packDocument(input, body);
}
