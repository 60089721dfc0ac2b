// The frame every Đoàn document shares (Hướng dẫn 29-HD/TWĐTN-VP): the header table, the type
// and subject, "Nơi nhận" with the signature, and the A4 page in Times New Roman. Plans and
// reports fill in the body between them. Pure: no I/O.
import { Document, Packer, Paragraph, UnderlineType, type Table } from "docx";
import { BODY_SPACING, FONT, PAGE, SIZE, centred, clean, columnWidths, layoutTable, tightLine, upper } from "./docx-blocks";

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

// The issuer on the left, the union's name and the date on the right; the same split below.
const TWO_COLUMNS = columnWidths([0.45, 0.55]);

export type HeaderInput = {
  superiorName: string;
  issuerName: string;
  number: string | null;
  place: string;
  date: Date | null;
  /** What prints after "Số:" when there is no number yet, for the clerk to fill in. */
  blankNumber?: string;
};

export function documentHeader(input: HeaderInput): Table {
  const h = { size: SIZE.header };
  const number = clean(input.number).trim();
  const gap = { spacing: { before: 120, after: 0, line: 240 } };
  return layoutTable(TWO_COLUMNS, [
    [
      [centred(upper(input.superiorName), h), centred(upper(input.issuerName), { ...h, bold: true }), centred("***", h)],
      [centred("ĐOÀN TNCS HỒ CHÍ MINH", { size: 30, bold: true, underline: { type: UnderlineType.SINGLE } })],
    ],
    // Own row so "Số:" and the date stay on one level however the names above wrap.
    [
      [centred(`Số: ${number || (input.blankNumber ?? "       ")}`, h, gap)],
      [centred(formatDocumentDate(input.place, input.date), { ...h, italics: true }, gap)],
    ],
  ]);
}

/** "KẾ HOẠCH" / "BÁO CÁO" centred in capitals, the subject below, an optional note, "-----". */
export function documentTitle(documentType: string, subject: string, note?: string | null): Paragraph[] {
  const out = [
    new Paragraph({ children: [] }),
    centred(upper(documentType), { bold: true, size: SIZE.type }, { spacing: { before: 240, after: 0, line: 240 } }),
    centred(subject, { bold: true }, { spacing: { before: 60, after: 0, line: 264 } }),
  ];
  const extra = clean(note).trim();
  if (extra) out.push(centred(extra, { italics: true }, { spacing: { before: 60, after: 0, line: 240 } }));
  out.push(centred("-----", {}, { spacing: { before: 0, after: 240, line: 240 } }));
  return out;
}

export type SignatureInput = { onBehalf: string | null; title: string | null; name: string | null };

/** "Nơi nhận" bottom-left, the signature block bottom-right, side by side. */
export function signatureBlock(recipients: string[], sign: SignatureInput): Table {
  const first = { spacing: { before: 240, after: 0, line: 240 } };
  return layoutTable(TWO_COLUMNS, [
    [
      [
        tightLine("Nơi nhận:", { bold: true, italics: true, size: SIZE.recipientsLabel }, first),
        ...recipients.map((r) => tightLine(r, { size: SIZE.recipients })),
      ],
      [
        centred(upper(sign.onBehalf ?? ""), { bold: true }, first),
        centred(upper(sign.title ?? ""), { bold: true }),
        // Room for the handwritten signature and the seal.
        ...[0, 1, 2, 3].map(() => centred("")),
        centred(sign.name ?? "", { bold: true }),
      ],
    ],
  ]);
}

/** The body on A4 portrait with the Hướng dẫn's margins, Times New Roman 14 pt, Vietnamese. */
export async function packDocument(
  meta: { documentType: string; subject: string; issuerName: string },
  body: (Paragraph | Table)[],
) {
  const doc = new Document({
    title: `${upper(meta.documentType)} ${clean(meta.subject).replace(/\s+/g, " ").trim()}`,
    creator: clean(meta.issuerName),
    lastModifiedBy: clean(meta.issuerName),
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
