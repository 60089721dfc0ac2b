// The numbers of a kiểm tra chuyên đề round as an .xlsx, for the Khối's staff to sort and filter:
// one row per visit ("Buổi kiểm tra") and one per recommendation ("Kiến nghị"), with real date
// cells shown as dd/mm/yyyy and every string neutralised against formula injection (through
// lib/domain/workbook.ts). Pure: input → bytes; callers check permissions.
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import {
  DEADLINE_STATE_LABELS,
  RATING_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  VISIT_STATUS_LABELS,
} from "@/lib/domain/inspections";
import { addTable, newWorkbook, toBuffer } from "@/lib/domain/workbook";
import type { RoundSummaryInput } from "./inspection-docx";

export async function renderRoundXlsx(summary: RoundSummaryInput): Promise<Buffer> {
  const wb = newWorkbook();
  wb.title = summary.roundName;
  addTable(
    wb,
    "Buổi kiểm tra",
    [
      { header: "TT", width: 6 },
      { header: "Cơ sở Đoàn", width: 40 },
      { header: "Ngày kiểm tra", width: 14, date: true },
      { header: "Tình trạng", width: 18 },
      { header: "Số thông báo kết luận", width: 22 },
      { header: "Ngày thông báo", width: 14, date: true },
      { header: "Xếp loại", width: 12 },
    ],
    summary.visits.map((v, i) => [
      i + 1,
      v.coSoName,
      v.visitOn,
      VISIT_STATUS_LABELS[v.status],
      v.number,
      v.issuedOn,
      v.rating ? RATING_LABELS[v.rating] : null,
    ]),
  );
  addTable(
    wb,
    "Kiến nghị",
    [
      { header: "TT", width: 6 },
      { header: "Cơ sở Đoàn", width: 32 },
      { header: "Kiến nghị", width: 60 },
      { header: "Thời hạn", width: 14, date: true },
      { header: "Tình trạng", width: 26 },
      { header: `Theo thời hạn (đến ${formatVietnameseDate(summary.today)})`, width: 26 },
      { header: "Báo cáo của cơ sở", width: 50 },
      { header: "Ngày báo cáo", width: 14, date: true },
      { header: "Ý kiến của Khối", width: 40 },
    ],
    summary.recommendations.map((r, i) => [
      i + 1,
      r.coSoName,
      r.text,
      r.dueOn,
      RECOMMENDATION_STATUS_LABELS[r.status],
      DEADLINE_STATE_LABELS[r.state],
      r.response,
      // A moment: the day it fell on in Việt Nam, as a calendar date cell.
      r.respondedAt ? dayInVietnam(r.respondedAt) : null,
      r.reviewNote,
    ]),
  );
  return toBuffer(wb);
}
