// The members' entries list as an .xlsx: one row per entry, the list's columns plus each kind's
// details. Every string goes through the workbook's formula neutraliser (SECURITY.md #20). No I/O.
import type { EntryKind, EntryStatus, IdeaKind, TrainingKind, WorkField } from "@/lib/generated/prisma/enums";
import { buildListExport, type ColumnHeader, type OutCell } from "./workbook";
import { ENTRY_KIND_LABELS, ENTRY_STATUS_LABELS, IDEA_KIND_LABELS, TRAINING_KIND_LABELS, WORK_FIELD_LABELS } from "./work-labels";

export type EntryExportRow = {
  kind: EntryKind;
  status: EntryStatus;
  title: string;
  memberName: string | null;
  chiDoanName: string;
  coSoName: string;
  occurredOn: Date;
  endsOn: Date | null;
  field: WorkField | null;
  ideaKind: IdeaKind | null;
  trainingKind: TrainingKind | null;
  problem: string | null;
  proposal: string | null;
  applied: boolean | null;
  effect: string | null;
  provider: string | null;
  hours: number | null;
  contest: { name: string } | null;
  contestScore: number | null;
  contestRank: number | null;
  activity: { name: string } | null;
  reviewComment: string | null;
};

const HEADERS: ColumnHeader[] = [
  { header: "Loại", width: 20 },
  { header: "Phân loại", width: 20 },
  { header: "Tên ý tưởng / khóa học / hoạt động", width: 45 },
  { header: "Họ và tên", width: 26 },
  { header: "Chi đoàn", width: 24 },
  { header: "Cơ sở Đoàn", width: 28 },
  { header: "Ngày", width: 12, date: true },
  { header: "Đến ngày", width: 12, date: true },
  { header: "Lĩnh vực", width: 28 },
  { header: "Vấn đề đặt ra", width: 40 },
  { header: "Nội dung đề xuất", width: 40 },
  { header: "Đã áp dụng", width: 11 },
  { header: "Hiệu quả", width: 30 },
  { header: "Đơn vị tổ chức", width: 26 },
  { header: "Số giờ", width: 9 },
  { header: "Hoạt động / cuộc thi", width: 32 },
  { header: "Điểm", width: 8 },
  { header: "Xếp hạng", width: 9 },
  { header: "Trạng thái", width: 16 },
  { header: "Lý do trả lại", width: 30 },
];

function subKind(r: EntryExportRow): string {
  if (r.ideaKind) return IDEA_KIND_LABELS[r.ideaKind];
  if (r.trainingKind) return TRAINING_KIND_LABELS[r.trainingKind];
  return "";
}

export function entryExportCells(r: EntryExportRow): OutCell[] {
  return [
    ENTRY_KIND_LABELS[r.kind],
    subKind(r),
    r.title,
    r.memberName ?? "",
    r.chiDoanName,
    r.coSoName,
    r.occurredOn,
    r.endsOn,
    r.field ? WORK_FIELD_LABELS[r.field] : "",
    r.problem,
    r.proposal,
    r.kind === "IDEA" ? !!r.applied : null,
    r.effect,
    r.provider,
    r.hours,
    r.contest?.name ?? r.activity?.name ?? "",
    r.contestScore,
    r.contestRank,
    ENTRY_STATUS_LABELS[r.status],
    r.status === "RETURNED" ? r.reviewComment : null,
  ];
}

export function buildEntryExport(rows: EntryExportRow[]): Promise<Buffer> {
  return buildListExport("Ghi nhận", HEADERS, rows.map(entryExportCells));
}
