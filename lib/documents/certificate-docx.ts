// Giấy khen: one landscape A4 page per honouree, for printing on the Khối's certificate paper:
// the union's header, "GIẤY KHEN", the person or collective, the title and the decision, the place
// and date, the signature. One file holds one page per honour (one person, or the whole list).
// Pure: input → bytes.
import { Document, PageOrientation, Packer, Paragraph } from "docx";
import { BODY_SPACING, FONT, SIZE, centred, clean, mm, upper } from "./docx-blocks";
import { formatDocumentDate } from "./docx-layout";

export type CertificateInput = {
  superiorName: string;
  issuerName: string;
  place: string;
  decision: { number: string; signedOn: Date };
  signature: { onBehalf: string | null; title: string | null; name: string | null };
  honours: { name: string; detail: string | null; title: string; year: number }[];
};

const gap = (before: number) => ({ spacing: { before, after: 0, line: 240 } });

function page(input: CertificateInput, h: CertificateInput["honours"][number]): Paragraph[] {
  const decided = formatDocumentDate("", input.decision.signedOn).replace(/^,\s*/, "");
  return [
    centred(upper(input.superiorName), { size: SIZE.header }),
    centred(upper(input.issuerName), { size: SIZE.header, bold: true }),
    centred("ĐOÀN TNCS HỒ CHÍ MINH", { bold: true, size: 30 }, gap(120)),
    centred("GIẤY KHEN", { bold: true, size: 64 }, gap(480)),
    centred("Tặng", { italics: true, size: 32 }, gap(240)),
    centred(upper(h.name), { bold: true, size: 44 }, gap(120)),
    ...(clean(h.detail).trim() ? [centred(clean(h.detail), { size: 30 }, gap(60))] : []),
    centred(`Đã đạt danh hiệu “${clean(h.title)}” năm ${h.year}`, { size: 32 }, gap(240)),
    centred(`(Quyết định số ${clean(input.decision.number)} ${decided})`, { italics: true, size: 26 }, gap(60)),
    centred(formatDocumentDate(input.place, input.decision.signedOn), { italics: true }, gap(360)),
    centred(upper(input.signature.onBehalf ?? ""), { bold: true }, gap(60)),
    centred(upper(input.signature.title ?? ""), { bold: true }),
    ...[0, 1, 2].map(() => centred("")),
    centred(clean(input.signature.name), { bold: true }),
  ];
}

export async function renderCertificatesDocx(input: CertificateInput): Promise<Buffer> {
  const doc = new Document({
    title: `GIẤY KHEN ${clean(input.decision.number)}`,
    creator: clean(input.issuerName),
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body, language: { value: "vi-VN" } }, paragraph: { spacing: BODY_SPACING } },
      },
    },
    // One section per honour: each starts on its own landscape page.
    sections: input.honours.map((h) => ({
      properties: {
        page: {
          size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
          margin: { top: mm(20), bottom: mm(15), left: mm(25), right: mm(25) },
        },
      },
      children: page(input, h),
    })),
  });
  return Packer.toBuffer(doc);
}
