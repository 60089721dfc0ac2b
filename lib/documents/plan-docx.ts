// A published plan (Kế hoạch / Chương trình) as a Word file in the Đoàn layout of Hướng dẫn
// 29-HD/TWĐTN-VP: header table, title, numbered sections, indicators, "Nơi nhận" and signature.
// Pure: input → bytes; callers load the plan and check permissions.
import { Paragraph, type Table } from "docx";
import { bodyBlocks, bodyParagraph, clean, columnWidths, gridTable, romanNumeral, sectionHeading, upper } from "./docx-blocks";
import { documentHeader, documentTitle, packDocument, signatureBlock } from "./docx-layout";

export type PlanDocumentInput = {
  superiorName: string;
  issuerName: string;
  number: string | null;
  place: string;
  issueDate: Date | null;
  documentType: string;
  subject: string;
  revisionLabel?: string | null;
  basisText: string | null;
  sections: { heading: string; body: string }[];
  indicators: { code: string; wording: string; target: string; pillar: string | null }[];
  closing: string | null;
  recipients: string[];
  signature: { onBehalf: string; title: string; name: string };
};

// Moved to docx-layout.ts, shared with the report; re-exported for existing importers.
export { formatDocumentDate } from "./docx-layout";

const INDICATOR_COLUMNS = columnWidths([0.08, 0.5, 0.2, 0.22]);

const ROMAN_PREFIX = /^\s*[IVXLC]+\s*[.)/-]\s*/;

type Block = { heading: string; content: (Paragraph | Table)[] };

/**
 * Sections in order, with the indicator table added as its own section when the plan has
 * indicators and no section of its own about them: before "Tổ chức thực hiện", or last.
 */
function sectionBlocks(input: PlanDocumentInput): Block[] {
  const blocks: Block[] = input.sections.map((s) => ({
    heading: clean(s.heading).replace(ROMAN_PREFIX, "").trim(), // "I. X" typed by the user is renumbered
    content: bodyBlocks(s.body),
  }));
  const has = (b: Block, word: string) => upper(b.heading).includes(word);
  if (input.indicators.length > 0 && !blocks.some((b) => has(b, "CHỈ TIÊU"))) {
    const rows = input.indicators.map((ind, i) => [
      clean(ind.code).trim() || String(i + 1),
      ind.wording,
      ind.target,
      ind.pillar ?? "",
    ]);
    const table = gridTable(INDICATOR_COLUMNS, ["TT", "Chỉ tiêu", "Mục tiêu", "Nhóm trách nhiệm"], rows, [0, 2]);
    const at = blocks.findIndex((b) => has(b, "TỔ CHỨC THỰC HIỆN"));
    blocks.splice(at < 0 ? blocks.length : at, 0, { heading: "CHỈ TIÊU", content: [table, new Paragraph({ children: [] })] });
  }
  return blocks;
}

export async function renderPlanDocx(input: PlanDocumentInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    documentHeader({ ...input, date: input.issueDate }),
    ...documentTitle(input.documentType, input.subject, input.revisionLabel),
  ];
  const basis = clean(input.basisText).trim();
  if (basis)
    body.push(
      ...basis
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => bodyParagraph(l.trim())),
    );
  sectionBlocks(input).forEach((block, i) => body.push(sectionHeading(romanNumeral(i + 1), block.heading), ...block.content));
  const closing = clean(input.closing).trim();
  if (closing) {
    const lines = closing.split("\n").filter((l) => l.trim());
    lines.forEach((l, i) => body.push(bodyParagraph(l.trim(), {}, { keepNext: i === lines.length - 1 })));
  }
  body.push(signatureBlock(input.recipients, input.signature));
  return packDocument(input, body);
}
