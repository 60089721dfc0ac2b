// GET /bao-cao/:id/xuat-excel: the data behind the Khối's numbers for a period (indicators, each
// cơ sở's report, the confirmed records) as .xlsx, for the Khối's staff only.
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { foundOrNull } from "@/lib/data/errors";
import { reportWorkbookData } from "@/lib/data/report-summary";
import { attachmentHeaders } from "@/lib/domain/download";
import { buildReportWorkbook } from "@/lib/domain/report-workbook";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Không tìm thấy", { status: 404 });
  const data = await withTenant(tenantOf(viewer), () => foundOrNull(reportWorkbookData(viewer, id.data)));
  if (!data) return new Response("Không tìm thấy", { status: 404 });
  const bytes = await buildReportWorkbook(data);
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${data.title}.xlsx`, XLSX) });
}
