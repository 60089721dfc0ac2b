// Building blocks for Đoàn documents in Word (Hướng dẫn 29-HD/TWĐTN-VP): page geometry, text
// clean-up, paragraphs and tables. Pure: no I/O, no database.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from "docx";

/** Millimetres → twips, rounded (docx's own helper floors, giving 1133 for 20 mm instead of 1134). */
export const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

export const PAGE = {
  width: 11906, // A4 portrait, in twips
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(20) },
};
/** The width between the margins; tables are sized to it in DXA so Word and LibreOffice agree. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const FONT = "Times New Roman";
/** Sizes in half-points, as Word stores them. */
export const SIZE = { body: 28, header: 26, type: 32, table: 26, recipientsLabel: 24, recipients: 22 };
export const FIRST_LINE_INDENT = mm(10);
/** Body line spacing (240 = single): 1.2 lines, 6 pt after, within the 1.15–1.5 norm. */
export const BODY_SPACING = { line: 288, after: 120 };
/** Inside header, signature and data tables: single spacing, nothing after. */
const TIGHT = { line: 240, before: 0, after: 0 };

/**
 * User text made safe for WordprocessingML. Word's manual line break (\v, pasted from Word)
 * becomes a newline — docx would silently drop it and glue two words together; tabs become
 * spaces; characters XML 1.0 forbids go (docx drops most itself, but turns lone surrogates
 * into "�").
 */
export function clean(text: string | null | undefined): string {
  return (text ?? "")
    .normalize("NFC")
    .replace(/\r\n?|[\v\f\u2028\u2029]/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF]/g, "")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

export const upper = (text: string) => clean(text).toLocaleUpperCase("vi-VN");

/** Runs for one piece of text; newlines become line breaks within the paragraph. */
export function runs(text: string, options: Omit<IRunOptions, "text" | "break" | "children"> = {}): TextRun[] {
  return clean(text)
    .split("\n")
    .map((line, i) => new TextRun({ ...options, text: line, break: i > 0 ? 1 : undefined }));
}

/** A centred, single-spaced line, as in the header and signature blocks. */
export function centred(text: string, run: Omit<IRunOptions, "text" | "break" | "children"> = {}, extra: IParagraphOptions = {}) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: TIGHT, ...extra, children: runs(text, run) });
}

export function tightLine(
  text: string,
  run: Omit<IRunOptions, "text" | "break" | "children"> = {},
  extra: IParagraphOptions = {},
) {
  return new Paragraph({ spacing: TIGHT, ...extra, children: runs(text, run) });
}

/** A body paragraph: justified, first-line indent. */
export function bodyParagraph(
  text: string,
  run: Omit<IRunOptions, "text" | "break" | "children"> = {},
  extra: IParagraphOptions = {},
) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    ...extra,
    children: runs(text, run),
  });
}

/** Section heading "I. MỤC ĐÍCH - YÊU CẦU": bold caps, outline level 1 for Word's navigation pane. */
export function sectionHeading(numeral: string, heading: string) {
  return bodyParagraph(`${numeral}. ${upper(heading)}`, { bold: true }, { keepNext: true, outlineLevel: 0 });
}

export function romanNumeral(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

// "1.", "2.1.", "2.1 " or "a)": a sub-heading. "5.000 người" and "100%" are not (the dot must
// be followed by at most two digits and then a space).
const SUB_HEADING = /^(?:\d{1,2}\.)+(?:\d{1,2})?\s|^[a-zđ]\)\s/i;
// "·"/"•" may touch the text; "-", "–", "+" and "*" need a space so "-5%" stays a paragraph.
const BULLET = /^(?:([·•])\s*|([-–+*])\s+)(.*)$/;

/**
 * A section body as users type it, one paragraph a line: sub-headings in bold, bullets with a
 * hanging indent ("·" and "-" print as "-", "+" one level deeper), the rest justified.
 */
export function bodyBlocks(body: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of clean(body).split("\n")) {
    const line = raw.trim();
    if (!line) continue; // blank lines: paragraph spacing already separates paragraphs
    const bullet = BULLET.exec(line);
    if (bullet) {
      const mark = bullet[1] ?? bullet[2];
      const glyph = mark === "+" ? "+" : mark === "*" ? "*" : "-";
      const left = FIRST_LINE_INDENT + (mark === "+" ? mm(10) : mm(5));
      out.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left, hanging: mm(5) },
          tabStops: [{ type: TabStopType.LEFT, position: left }],
          children: [new TextRun({ children: [glyph, new Tab()] }), ...runs(bullet[3])],
        }),
      );
    } else if (SUB_HEADING.test(line)) {
      out.push(bodyParagraph(line, { bold: true }, { keepNext: true }));
    } else {
      out.push(bodyParagraph(line));
    }
  }
  return out;
}

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
const NO_CELL_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** Twips for each share of the text width; the last column takes the rounding remainder. */
export function columnWidths(shares: number[]): number[] {
  const widths = shares.map((s) => Math.round(TEXT_WIDTH * s));
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * A layout table (header, signature): no borders at all — table and cells, all six kinds — and
 * fixed DXA widths, because LibreOffice ignores percentages and autofit. Rows keep lines that
 * belong side by side level ("Số:" with the date), whatever wraps above them.
 */
export function layoutTable(widths: number[], rows: Paragraph[][][]) {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({ width: { size: widths[i], type: WidthType.DXA }, borders: NO_CELL_BORDERS, children }),
          ),
        }),
    ),
  });
}

/** A data table with thin borders and a bold header row repeated on each page. */
export function gridTable(widths: number[], header: string[], rows: string[][], centredColumns: number[] = []) {
  const cell = (text: string, width: number, column: number, bold = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: bold || centredColumns.includes(column) ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: TIGHT,
          children: runs(text, { bold, size: SIZE.table }),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i], i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, widths[i], i)) })),
    ],
  });
}
