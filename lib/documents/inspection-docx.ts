// Kiểm tra chuyên đề in Word, in the Đoàn layout (Hướng dẫn 29-HD/TWĐTN-VP): the thông báo kết
// luận kiểm tra of one visit — a correction says "(Đính chính)" under its title and gives its
// reason, a draft is marked DỰ THẢO so it cannot pass for the issued one — and the round's báo cáo
// kết quả (the visits, the ratings, how the recommendations are followed). Pure: input → bytes;
// callers check permissions (lib/data/inspection-documents.ts).
import { AlignmentType, Paragraph, type Table } from "docx";
import { formatVietnameseDate } from "@/lib/domain/dates";
import {
  AWAITING_REVIEW_STATUSES,
  CHECK_RESULT_LABELS,
  INSPECTION_RATINGS,
  RATING_LABELS,
  VISIT_STATUS_LABELS,
  type CheckResult,
  type DeadlineState,
  type InspectionRating,
  type RecommendationStatus,
  type VisitStatus,
} from "@/lib/domain/inspections";
import {
  bodyBlocks,
  bodyParagraph,
  clean,
  columnWidths,
  gridTable,
  romanNumeral,
  sectionHeading,
  tightLine,
} from "./docx-blocks";
import { documentHeader, documentTitle, formatDocumentDate, packDocument, signatureBlock } from "./docx-layout";

type Block = Paragraph | Table;

/** Who issues, and on what basis: from the round's plan. */
export type InspectionIssuer = {
  superiorName: string;
  issuerName: string;
  place: string;
  roundName: string;
  decisionNumber: string;
  /** Calendar dates (UTC midnight), as every date below */
  decisionOn: Date;
  /** "Kế hoạch số …: …", the plan the round runs under */
  planTitle: string | null;
  team: { name: string; lead: boolean }[];
};

export type ConclusionDocumentInput = InspectionIssuer & {
  /** "61-TB/ĐTN"; a draft may have none yet */
  number: string | null;
  issuedOn: Date | null;
  draft: boolean;
  revision: number;
  coSoName: string;
  visitOn: Date;
  checklist: { label: string; items: { wording: string; result: CheckResult | null; note: string | null }[] }[];
  rating: InspectionRating | null;
  strengths: string | null;
  shortcomings: string | null;
  /** As issued: dueOn already "dd/mm/yyyy" */
  recommendations: { text: string; dueOn: string }[];
  /** Revision > 1: why, and the notice it corrects */
  correction: { reason: string; number: string | null; issuedOn: Date | null } | null;
};

export type RoundSummaryInput = InspectionIssuer & {
  periodFrom: Date;
  periodTo: Date;
  /** The day the states below are counted on */
  today: Date;
  visits: {
    coSoName: string;
    visitOn: Date;
    status: VisitStatus;
    /** The standing (latest issued) conclusion */
    number: string | null;
    rating: InspectionRating | null;
    issuedOn: Date | null;
  }[];
  ratingCounts: Record<InspectionRating, number>;
  recommendations: {
    coSoName: string;
    text: string;
    dueOn: Date;
    status: RecommendationStatus;
    state: DeadlineState;
    response: string | null;
    respondedAt: Date | null;
    reviewNote: string | null;
  }[];
};

const text = (value: string | null | undefined) => clean(value).trim();
const spacer = () => new Paragraph({ children: [] });
/** "ngày 25 tháng 5 năm 2026" */
const longDate = (date: Date) => formatDocumentDate("", date).replace(/^,\s*/, "");
/** "Kiểm tra chuyên đề …" → "kiểm tra chuyên đề …", to follow "về việc"; "BCH …" stays. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLocaleLowerCase("vi-VN") + s.slice(1) : s);
const subHeading = (n: number | string, heading: string) => bodyParagraph(`${n}. ${heading}`, { bold: true }, { keepNext: true });
/** The issuer's suffix of the decision ("25-QĐ/ĐTN" → "ĐTN"), for a number still to be written. */
const suffixOf = (decisionNumber: string) => decisionNumber.split("/").slice(1).join("/").trim() || "      ";

function basis(input: InspectionIssuer): Block[] {
  const out = [
    bodyParagraph(
      `Căn cứ Quyết định số ${text(input.decisionNumber)} ${longDate(input.decisionOn)} về việc ${lowerFirst(text(input.roundName))};`,
      { italics: true },
    ),
  ];
  if (input.planTitle) out.push(bodyParagraph(`Căn cứ ${text(input.planTitle)};`, { italics: true }));
  return out;
}

function teamLines(team: InspectionIssuer["team"]): Block[] {
  const ordered = [...team.filter((t) => t.lead), ...team.filter((t) => !t.lead)];
  return ordered.map((t) => bodyParagraph(`- Đồng chí ${text(t.name)} – ${t.lead ? "Trưởng đoàn" : "Thành viên"}.`));
}

const signatureOf = (team: InspectionIssuer["team"]) => ({
  onBehalf: "TM. ĐOÀN KIỂM TRA",
  title: "TRƯỞNG ĐOÀN",
  name: team.find((t) => t.lead)?.name ?? null,
});

const CHECK_COLUMNS = columnWidths([0.07, 0.5, 0.16, 0.27]);

function findings(input: ConclusionDocumentInput): Block[] {
  const out: Block[] = [];
  input.checklist.forEach((group, g) => {
    out.push(subHeading(g + 1, text(group.label)));
    const rows = group.items.map((item, i) => [
      String(i + 1),
      item.wording,
      item.result ? CHECK_RESULT_LABELS[item.result] : "Chưa ghi nhận",
      item.note ?? "",
    ]);
    out.push(gridTable(CHECK_COLUMNS, ["TT", "Nội dung kiểm tra", "Kết quả", "Ghi chú"], rows, [0, 2]), spacer());
  });
  const answered = input.checklist.flatMap((g) => g.items).filter((i) => i.result && i.result !== "NOT_APPLICABLE");
  if (answered.length)
    out.push(
      bodyParagraph(
        `Tổng hợp: đạt ${answered.filter((i) => i.result === "MET").length}/${answered.length} nội dung được kiểm tra (không tính nội dung không áp dụng).`,
      ),
    );
  return out;
}

function assessment(input: ConclusionDocumentInput): Block[] {
  const written = (body: string | null) => (text(body) ? bodyBlocks(text(body)) : [bodyParagraph("Không có.")]);
  return [
    subHeading(1, "Ưu điểm"),
    ...written(input.strengths),
    subHeading(2, "Hạn chế"),
    ...written(input.shortcomings),
    bodyParagraph(`3. Xếp loại: ${input.rating ? RATING_LABELS[input.rating] : "chưa xếp loại"}.`, { bold: true }),
  ];
}

function recommendations(input: ConclusionDocumentInput): Block[] {
  if (!input.recommendations.length) return [bodyParagraph("Không có kiến nghị.")];
  return [
    bodyParagraph(`Đề nghị ${text(input.coSoName)} thực hiện các nội dung sau:`),
    ...input.recommendations.flatMap((r, i) => [
      bodyParagraph(`${i + 1}. ${text(r.text).replace(/[.;]\s*$/, "")}.`, {}, { keepNext: true }),
      bodyParagraph(`Thời hạn: ${text(r.dueOn)}.`, { italics: true }),
    ]),
    bodyParagraph(
      `${text(input.coSoName)} báo cáo kết quả khắc phục từng kiến nghị trên Cổng trước thời hạn nêu trên; trường hợp chưa thống nhất, đề nghị Đoàn kiểm tra xem xét lại kèm lý do.`,
    ),
  ];
}

/** The thông báo kết luận kiểm tra of one visit, as issued (or as drafted, marked DỰ THẢO). */
export async function renderConclusionDocx(input: ConclusionDocumentInput): Promise<Buffer> {
  const documentType = "THÔNG BÁO KẾT LUẬN KIỂM TRA";
  const subject = `${text(input.roundName)} tại ${text(input.coSoName)}`;
  const body: Block[] = [];
  if (input.draft)
    body.push(
      tightLine("DỰ THẢO", { bold: true }, { alignment: AlignmentType.RIGHT, spacing: { before: 0, after: 120, line: 240 } }),
    );
  body.push(
    documentHeader({
      superiorName: input.superiorName,
      issuerName: input.issuerName,
      number: input.number,
      place: input.place,
      date: input.draft ? null : input.issuedOn,
      blankNumber: `      -TB/${suffixOf(input.decisionNumber)}`,
    }),
    ...documentTitle(documentType, subject, input.correction ? "(Đính chính)" : input.draft ? "(Dự thảo, chưa ban hành)" : null),
    ...basis(input),
  );
  if (input.correction) {
    const corrected = input.correction.number
      ? `Thông báo kết luận kiểm tra số ${text(input.correction.number)}${input.correction.issuedOn ? ` ${longDate(input.correction.issuedOn)}` : ""}`
      : "Thông báo kết luận kiểm tra đã ban hành";
    body.push(
      bodyParagraph(`Thông báo này đính chính ${corrected} và thay thế toàn bộ nội dung của thông báo đó.`, { bold: true }),
      bodyParagraph(`Lý do đính chính: ${text(input.correction.reason).replace(/[.;]\s*$/, "")}.`),
    );
  }
  body.push(
    bodyParagraph(
      `${longDate(input.visitOn).replace(/^n/, "N")}, Đoàn kiểm tra đã tiến hành kiểm tra tại ${text(input.coSoName)}. Thành phần Đoàn kiểm tra gồm:`,
    ),
    ...teamLines(input.team),
    bodyParagraph("Đoàn kiểm tra thông báo kết luận kiểm tra như sau:"),
    sectionHeading(romanNumeral(1), "Kết quả kiểm tra"),
    ...findings(input),
    sectionHeading(romanNumeral(2), "Đánh giá chung"),
    ...assessment(input),
    sectionHeading(romanNumeral(3), "Kiến nghị"),
    ...recommendations(input),
    signatureBlock(
      [`- ${text(input.coSoName)} (để thực hiện);`, "- Ban Thường vụ (để báo cáo);", "- Thành viên Đoàn kiểm tra;", "- Lưu VP."],
      signatureOf(input.team),
    ),
  );
  return packDocument(
    { documentType, subject: input.draft ? `${subject} (DỰ THẢO)` : subject, issuerName: input.issuerName },
    body,
  );
}

/** Where the recommendations of a round stand: settled, waiting for the Khối, owed, overdue. */
export function followUpCounts(recs: RoundSummaryInput["recommendations"]) {
  const awaiting = recs.filter((r) => (AWAITING_REVIEW_STATUSES as readonly string[]).includes(r.status)).length;
  const overdue = recs.filter((r) => r.state === "OVERDUE").length;
  return {
    total: recs.length,
    accepted: recs.filter((r) => r.status === "ACCEPTED").length,
    withdrawn: recs.filter((r) => r.status === "WITHDRAWN").length,
    awaiting,
    inTime: recs.filter((r) => r.state === "OPEN" || r.state === "DUE_SOON").length,
    overdue,
  };
}

const VISIT_COLUMNS = columnWidths([0.07, 0.4, 0.17, 0.16, 0.2]);
const OVERDUE_COLUMNS = columnWidths([0.07, 0.28, 0.4, 0.13, 0.12]);
const DAY = 86_400_000;

function visitsTable(input: RoundSummaryInput): Block[] {
  const rows = input.visits.map((v, i) => [
    String(i + 1),
    v.coSoName,
    formatVietnameseDate(v.visitOn),
    v.rating ? RATING_LABELS[v.rating] : VISIT_STATUS_LABELS[v.status],
    v.number ?? "",
  ]);
  return [gridTable(VISIT_COLUMNS, ["TT", "Cơ sở Đoàn", "Ngày kiểm tra", "Xếp loại", "Số thông báo"], rows, [0, 2, 3]), spacer()];
}

function followUp(input: RoundSummaryInput): Block[] {
  const c = followUpCounts(input.recommendations);
  const out: Block[] = [
    bodyParagraph(
      `Tính đến ngày ${formatVietnameseDate(input.today)}, các thông báo kết luận nêu ${c.total} kiến nghị, trong đó: đã khắc phục ${c.accepted}; chờ Khối xem xét ${c.awaiting}; đang thực hiện trong hạn ${c.inTime}; quá hạn ${c.overdue}; đã rút ${c.withdrawn}.`,
    ),
  ];
  const overdue = input.recommendations.filter((r) => r.state === "OVERDUE");
  if (overdue.length) {
    const rows = overdue.map((r, i) => [
      String(i + 1),
      r.coSoName,
      r.text,
      formatVietnameseDate(r.dueOn),
      String(Math.round((input.today.getTime() - r.dueOn.getTime()) / DAY)),
    ]);
    out.push(
      bodyParagraph("Các kiến nghị quá hạn chưa khắc phục:", { bold: true }, { keepNext: true }),
      gridTable(OVERDUE_COLUMNS, ["TT", "Cơ sở Đoàn", "Kiến nghị", "Thời hạn", "Số ngày quá hạn"], rows, [0, 3, 4]),
      spacer(),
    );
  }
  return out;
}

/** The round's báo cáo kết quả kiểm tra chuyên đề, as of `today`. */
export async function renderRoundSummaryDocx(input: RoundSummaryInput): Promise<Buffer> {
  const documentType = "BÁO CÁO KẾT QUẢ KIỂM TRA CHUYÊN ĐỀ";
  const subject = text(input.roundName);
  const done = input.visits.filter((v) => v.rating);
  const planned = input.visits.filter((v) => v.status !== "CANCELLED");
  const ratings = INSPECTION_RATINGS.map((r) => `${RATING_LABELS[r]}: ${input.ratingCounts[r]} cơ sở`).join("; ");
  const body: Block[] = [
    // The report is compiled as of today; the clerk writes its number around "-BC/".
    documentHeader({
      superiorName: input.superiorName,
      issuerName: input.issuerName,
      number: null,
      place: input.place,
      date: input.today,
      blankNumber: `      -BC/${suffixOf(input.decisionNumber)}`,
    }),
    ...documentTitle(documentType, subject),
    ...basis(input),
    sectionHeading(romanNumeral(1), "Khái quát"),
    bodyParagraph(
      `Thời gian kiểm tra: từ ngày ${formatVietnameseDate(input.periodFrom)} đến ngày ${formatVietnameseDate(input.periodTo)}. Số cơ sở Đoàn được kiểm tra: ${planned.length}; đã có thông báo kết luận: ${done.length}.`,
    ),
    bodyParagraph("Thành phần Đoàn kiểm tra gồm:"),
    ...teamLines(input.team),
    sectionHeading(romanNumeral(2), "Kết quả kiểm tra"),
    ...visitsTable(input),
    bodyParagraph(`Kết quả xếp loại: ${ratings}.`),
    sectionHeading(romanNumeral(3), "Theo dõi thực hiện kiến nghị"),
    ...followUp(input),
    signatureBlock(["- Ban Thường vụ (để báo cáo);", "- Các cơ sở Đoàn được kiểm tra;", "- Lưu VP."], signatureOf(input.team)),
  ];
  return packDocument({ documentType, subject, issuerName: input.issuerName }, body);
}
