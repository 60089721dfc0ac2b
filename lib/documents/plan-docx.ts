// A published plan (Kế hoạch / Chương trình) as a Word file in the Đoàn layout of Hướng dẫn
// 29-HD/TWĐTN-VP: header table, title, numbered sections, indicators, "Nơi nhận" and signature.
// Pure: input → bytes; callers load the plan and check permissions.
import { AlignmentType, Document, Packer, Paragraph, UnderlineType, type Table } from "docx";
import {
  BODY_SPACING,
  FONT,
  PAGE,
  SIZE,
  bodyBlocks,
  bodyParagraph,
  centred,
  clean,
  columnWidths,
  gridTable,
  layoutTable,
  romanNumeral,
  sectionHeading,
  tightLine,
  upper,
} from "./docx-blocks";

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

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2019". Days below 10 and months 1–2 take a leading zero
 * (Nghị định 30/2020), so a date cannot be altered by writing a digit in front. The date is a
 * calendar date kept at UTC midnight, so its UTC parts are the Vietnamese date. No date: blanks
 * to fill in by hand after signing.
 */
export function formatDocumentDate(place: string, date: Date | null): string {
  const where = clean(place).trim();
  if (!date) return `${where}, ngày     tháng     năm      `;
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  return `${where}, ngày ${day < 10 ? pad(day) : day} tháng ${month <= 2 ? pad(month) : month} năm ${date.getUTCFullYear()}`;
}

// Header columns: the issuer on the left, the union's name and the date on the right.
const HEADER_COLUMNS = columnWidths([0.45, 0.55]);
const SIGNATURE_COLUMNS = columnWidths([0.45, 0.55]);
const INDICATOR_COLUMNS = columnWidths([0.08, 0.5, 0.2, 0.22]);

function header(input: PlanDocumentInput): Table {
  const h = { size: SIZE.header };
  const number = clean(input.number).trim();
  const gap = { spacing: { before: 120, after: 0, line: 240 } };
  return layoutTable(HEADER_COLUMNS, [
    [
      [centred(upper(input.superiorName), h), centred(upper(input.issuerName), { ...h, bold: true }), centred("***", h)],
      [centred("ĐOÀN TNCS HỒ CHÍ MINH", { size: 30, bold: true, underline: { type: UnderlineType.SINGLE } })],
    ],
    // Own row so "Số:" and the date stay on one level however the names above wrap.
    [
      [centred(number ? `Số: ${number}` : "Số:        ", h, gap)],
      [centred(formatDocumentDate(input.place, input.issueDate), { ...h, italics: true }, gap)],
    ],
  ]);
}

function title(input: PlanDocumentInput): Paragraph[] {
  const out = [
    new Paragraph({ children: [] }),
    centred(upper(input.documentType), { bold: true, size: SIZE.type }, { spacing: { before: 240, after: 0, line: 240 } }),
    centred(input.subject, { bold: true }, { spacing: { before: 60, after: 0, line: 264 } }),
  ];
  const revision = clean(input.revisionLabel).trim();
  if (revision) out.push(centred(revision, { italics: true }, { spacing: { before: 60, after: 0, line: 240 } }));
  out.push(centred("-----", {}, { spacing: { before: 0, after: 240, line: 240 } }));
  return out;
}

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

function signature(input: PlanDocumentInput): Table {
  const sign = input.signature;
  const first = { spacing: { before: 240, after: 0, line: 240 } };
  return layoutTable(SIGNATURE_COLUMNS, [
    [
      [
        tightLine("Nơi nhận:", { bold: true, italics: true, size: SIZE.recipientsLabel }, first),
        ...input.recipients.map((r) => tightLine(r, { size: SIZE.recipients })),
      ],
      [
        centred(upper(sign.onBehalf), { bold: true }, first),
        centred(upper(sign.title), { bold: true }),
        // Room for the handwritten signature and the seal.
        ...[0, 1, 2, 3].map(() => centred("")),
        centred(sign.name, { bold: true }),
      ],
    ],
  ]);
}

export async function renderPlanDocx(input: PlanDocumentInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [header(input), ...title(input)];
  const basis = clean(input.basisText).trim();
  if (basis) body.push(...basis.split("\n").filter((l) => l.trim()).map((l) => bodyParagraph(l.trim())));
  sectionBlocks(input).forEach((block, i) => body.push(sectionHeading(romanNumeral(i + 1), block.heading), ...block.content));
  const closing = clean(input.closing).trim();
  if (closing) {
    const lines = closing.split("\n").filter((l) => l.trim());
    lines.forEach((l, i) => body.push(bodyParagraph(l.trim(), {}, { keepNext: i === lines.length - 1 })));
  }
  body.push(signature(input));

  const doc = new Document({
    title: `${upper(input.documentType)} ${clean(input.subject).replace(/\s+/g, " ").trim()}`,
    creator: clean(input.issuerName),
    lastModifiedBy: clean(input.issuerName),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: "vi-VN" } },
          paragraph: { spacing: BODY_SPACING },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
