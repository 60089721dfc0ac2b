// The youth-project list as an .xlsx: one row per project with real date cells; every string is
// neutralised against formula injection by buildListExport (SECURITY.md #20). No I/O.
import type { ProjectKind, ProjectStatus, WorkField } from "@/lib/generated/prisma/enums";
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS, WORK_FIELD_LABELS } from "./work-labels";
import { buildListExport, type ColumnHeader, type OutCell } from "./workbook";

export type ProjectSheetRow = {
  name: string;
  kind: ProjectKind;
  field: WorkField;
  unitName: string;
  coSoId: string | null;
  status: ProjectStatus;
  startsOn: Date;
  endsOn: Date | null;
  progress: number;
  goal: string;
  expectedValue: string | null;
  resultText: string | null;
  beneficiaries: number | null;
  resultAmount: number | null;
  joinCount: number;
};

export const PROJECT_EXPORT_HEADERS: ColumnHeader[] = [
  { header: "STT", width: 6 },
  { header: "Tên công trình", width: 40 },
  { header: "Loại", width: 22 },
  { header: "Lĩnh vực", width: 28 },
  { header: "Đơn vị đăng ký", width: 30 },
  { header: "Cấp", width: 9 },
  { header: "Trạng thái", width: 22 },
  { header: "Ngày bắt đầu", width: 13, date: true },
  { header: "Ngày kết thúc", width: 13, date: true },
  { header: "Tiến độ (%)", width: 11 },
  { header: "Mục tiêu", width: 40 },
  { header: "Giá trị dự kiến", width: 30 },
  { header: "Kết quả", width: 40 },
  { header: "Số người hưởng lợi", width: 12 },
  { header: "Giá trị làm lợi (đồng)", width: 16 },
  { header: "Số cơ sở tham gia", width: 10 },
];

export function projectSheetRows(rows: ProjectSheetRow[]): OutCell[][] {
  return rows.map((p, i) => [
    i + 1,
    p.name,
    PROJECT_KIND_LABELS[p.kind],
    WORK_FIELD_LABELS[p.field],
    p.unitName,
    p.coSoId ? "Cơ sở" : "Khối",
    PROJECT_STATUS_LABELS[p.status],
    p.startsOn,
    p.endsOn,
    p.progress,
    p.goal,
    p.expectedValue,
    p.resultText,
    p.beneficiaries,
    p.resultAmount,
    p.coSoId ? null : p.joinCount,
  ]);
}

export function buildProjectExport(rows: ProjectSheetRow[]): Promise<Buffer> {
  return buildListExport("Công trình thanh niên", PROJECT_EXPORT_HEADERS, projectSheetRows(rows));
}
