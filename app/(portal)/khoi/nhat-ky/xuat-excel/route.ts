// GET /khoi/nhat-ky/xuat-excel?…: the Khối's audit log as .xlsx, with the log page's filters. The
// route authorizes itself through viewerRoute (the page's check does not cover it): signed out →
// sign-in, no `audit.read` → 404. Rows come scoped to the viewer's own Khối from lib/data.
import { canSomewhere } from "@/lib/authz";
import { exportAuditLog } from "@/lib/data/audit-log";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { attachmentHeaders } from "@/lib/domain/download";
import { viewerRoute } from "@/lib/routes/handler";
import { AUDIT_QUERY_KEYS, auditLogQuery } from "@/lib/validation/audit";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export const GET = viewerRoute({ gate: (viewer) => canSomewhere(viewer, "audit.read") }, async ({ viewer, searchParams }) => {
  const query = auditLogQuery.parse(Object.fromEntries(AUDIT_QUERY_KEYS.map((k) => [k, searchParams.get(k) ?? undefined])));
  const { workbook } = await exportAuditLog(viewer, query);
  const today = formatVietnameseDate(todayInVietnam()).replaceAll("/", "-");
  return new Response(new Uint8Array(workbook), {
    headers: attachmentHeaders(`Nhật ký thao tác ${today}.xlsx`, XLSX_CONTENT_TYPE),
  });
});
