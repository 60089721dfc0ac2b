// Quyết định tuyên dương / khen thưởng as a Word file in the Đoàn layout (Hướng dẫn
// 29-HD/TWĐTN-VP): header, "QUYẾT ĐỊNH" with its subject, the issuing committee, the grounds
// ("Căn cứ…", "Xét đề nghị…"), "QUYẾT ĐỊNH:" and its articles with the list of honourees, then
// "Nơi nhận" and the signature. An amending decision names the one it amends, lists what it adds
// and what it revokes. Pure: input → bytes.
import { Paragraph, type Table } from "docx";
import { bodyParagraph, centred, clean, columnWidths, gridTable, upper } from "./docx-blocks";
import { documentHeader, documentTitle, packDocument, signatureBlock, formatDocumentDate } from "./docx-layout";

export type Honouree = { name: string; position: string | null; unit: string | null; title: string };

export type DecisionDocumentInput = {
  superiorName: string;
  issuerName: string;
  place: string;
  number: string;
  signedOn: Date;
  /** "Ban Thường vụ Đoàn khối …": who decides, printed above the grounds */
  authority: string;
  roundName: string;
  /** The plan the round runs under ("Căn cứ …"), if any */
  planTitle: string | null;
  /**
   * A decision one level up (the Thành Đoàn's công nhận): its own subject and first article, who
   * proposed and who carries it out. The Khối's decision leaves these to the defaults.
   */
  above?: { subject: string; firstArticle: string; proposedBy: string; subordinates: string } | null;
  councilClosedOn: Date | null;
  honourees: Honouree[];
  amends?: { number: string; signedOn: Date; reason: string; revoked: Honouree[] } | null;
  signature: { onBehalf: string | null; title: string | null; name: string | null };
};

const LIST_COLUMNS = columnWidths([0.07, 0.3, 0.33, 0.3]);
const numberDate = (number: string, date: Date) => `số ${clean(number)} ${formatDocumentDate("", date).replace(/^,\s*/, "")}`;

function honoureeTable(rows: Honouree[]): (Paragraph | Table)[] {
  return [
    gridTable(
      LIST_COLUMNS,
      ["TT", "Họ và tên / Tập thể", "Chức vụ, đơn vị", "Danh hiệu"],
      rows.map((h, i) => [String(i + 1), h.name, [h.position, h.unit].filter(Boolean).join(", "), h.title]),
      [0],
    ),
    new Paragraph({ children: [] }),
  ];
}

const article = (n: number, text: string) => bodyParagraph(`Điều ${n}. ${text}`, {}, { keepNext: true });

export async function renderDecisionDocx(input: DecisionDocumentInput): Promise<Buffer> {
  const amends = input.amends;
  const above = input.above;
  const subject = amends
    ? `Về việc sửa đổi, bổ sung Quyết định ${numberDate(amends.number, amends.signedOn)}`
    : (above?.subject ?? `Về việc khen thưởng trong ${clean(input.roundName)}`);
  const body: (Paragraph | Table)[] = [
    documentHeader({
      superiorName: input.superiorName,
      issuerName: input.issuerName,
      number: input.number,
      place: input.place,
      date: input.signedOn,
    }),
    ...documentTitle("QUYẾT ĐỊNH", subject),
    centred(upper(input.authority), { bold: true }, { spacing: { before: 0, after: 120, line: 240 } }),
    bodyParagraph("Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh;", { italics: true }),
  ];
  if (input.planTitle) body.push(bodyParagraph(`Căn cứ ${clean(input.planTitle)};`, { italics: true }));
  if (input.councilClosedOn)
    body.push(
      bodyParagraph(
        `Căn cứ kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng ${formatDocumentDate("", input.councilClosedOn).replace(/^,\s*/, "")};`,
        { italics: true },
      ),
    );
  if (amends) body.push(bodyParagraph(`Xét ${clean(amends.reason).replace(/[.;]\s*$/, "")},`, { italics: true }));
  else body.push(bodyParagraph(`Xét đề nghị của ${above?.proposedBy ?? "các cơ sở Đoàn trực thuộc"},`, { italics: true }));
  body.push(centred("QUYẾT ĐỊNH:", { bold: true }, { spacing: { before: 120, after: 120, line: 240 } }));

  let n = 0;
  if (!amends || input.honourees.length) {
    body.push(
      article(
        ++n,
        amends
          ? `Bổ sung khen thưởng ${input.honourees.length} cá nhân, tập thể có thành tích xuất sắc (có danh sách kèm theo):`
          : (above?.firstArticle ??
              `Khen thưởng ${input.honourees.length} cá nhân, tập thể có thành tích xuất sắc trong ${clean(input.roundName)} (có danh sách kèm theo):`),
      ),
      ...honoureeTable(input.honourees),
    );
  }
  if (amends?.revoked.length)
    body.push(
      article(++n, `Thu hồi khen thưởng của ${amends.revoked.length} cá nhân, tập thể sau đây:`),
      ...honoureeTable(amends.revoked),
    );
  if (amends)
    body.push(
      article(++n, `Các nội dung khác của Quyết định ${numberDate(amends.number, amends.signedOn)} giữ nguyên hiệu lực.`),
    );
  body.push(
    article(++n, "Quyết định có hiệu lực kể từ ngày ký."),
    article(
      ++n,
      `Văn phòng, các Ban của ${clean(input.authority).replace(/^Ban Thường vụ\s+/i, "")}, ${above?.subordinates ?? "các cơ sở Đoàn trực thuộc"} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ),
    signatureBlock(
      [
        `- Như Điều ${n};`,
        `- ${clean(input.superiorName) ? `Thường trực ${clean(input.superiorName)}` : "Cấp trên"} (để báo cáo);`,
        "- Lưu VP.",
      ],
      input.signature,
    ),
  );
  return packDocument({ documentType: "QUYẾT ĐỊNH", subject, issuerName: input.issuerName }, body);
}
