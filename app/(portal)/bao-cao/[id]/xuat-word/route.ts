// GET /bao-cao/:id/xuat-word?bao-cao=:reportId: a report (the Khối's compiled one, or a cơ sở's)
// as a .docx in the Đoàn administrative layout. The route authorizes itself: a report out of the
// viewer's reach, or of another period, is 404.
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { foundOrNull } from "@/lib/data/errors";
import { reportDocument } from "@/lib/data/report-summary";
import { attachmentHeaders } from "@/lib/domain/download";
import { renderReportDocx } from "@/lib/documents/report-docx";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const ids = z.object({ id: z.uuid(), reportId: z.uuid() }).safeParse({ id: (await params).id, reportId: new URL(request.url).searchParams.get("bao-cao") });
  if (!ids.success) return new Response("Không tìm thấy", { status: 404 });
  const doc = await withTenant(tenantOf(viewer), () => foundOrNull(reportDocument(viewer, ids.data.reportId)));
  if (!doc || doc.periodId !== ids.data.id) return new Response("Không tìm thấy", { status: 404 });
  const bytes = await renderReportDocx(doc.input);
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(doc.fileName, DOCX) });
}
