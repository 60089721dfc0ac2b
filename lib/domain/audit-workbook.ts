// The Khối's audit log as an .xlsx: one row per audit row, the page's columns, the before → after
// as text. Every string goes through the workbook's formula neutraliser (SECURITY.md #20): names,
// titles and typed values in the log are user input. Times are Vietnam time, as text (a sheet
// cell has no time zone). No I/O.
import type { AuditChange } from "./audit-view";
import { changesAsText } from "./audit-view";
import { formatVietnameseDateTime } from "./dates";
import { buildListExport, type ColumnHeader, type OutCell } from "./workbook";

export type AuditExportRow = {
  at: Date;
  actor: { name: string; email: string } | null;
  actionLabel: string;
  refused: boolean;
  target: { typeLabel: string; id: string | null; name: string | null };
  changes: AuditChange[];
};

const HEADERS: ColumnHeader[] = [
  { header: "Thời gian (giờ Việt Nam)", width: 18 },
  { header: "Người thực hiện", width: 26 },
  { header: "Email", width: 28 },
  { header: "Thao tác", width: 30 },
  { header: "Bị từ chối", width: 10 },
  { header: "Loại đối tượng", width: 18 },
  { header: "Đối tượng", width: 36 },
  { header: "Mã đối tượng", width: 38 },
  { header: "Thay đổi (trước → sau)", width: 80 },
];

export function auditExportCells(r: AuditExportRow): OutCell[] {
  return [
    formatVietnameseDateTime(r.at),
    r.actor?.name ?? "(hệ thống)",
    r.actor?.email ?? "",
    r.actionLabel,
    r.refused,
    r.target.typeLabel,
    r.target.name ?? "",
    r.target.id ?? "",
    changesAsText(r.changes),
  ];
}

export function buildAuditExport(rows: AuditExportRow[]): Promise<Buffer> {
  return buildListExport("Nhật ký", HEADERS, rows.map(auditExportCells));
}
