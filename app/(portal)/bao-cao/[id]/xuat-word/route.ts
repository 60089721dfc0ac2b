// GET /bao-cao/:id/xuat-word?bao-cao=:reportId: a report (the Khối's compiled one, or a cơ sở's)
// as a .docx in the Đoàn administrative layout. The route authorizes itself: a report out of the
// viewer's reach, or of another period, is 404.
import { notFound } from "@/lib/data/errors";
import { reportDocument } from "@/lib/data/report-summary";
import { attachmentHeaders } from "@/lib/domain/download";
import { renderReportDocx } from "@/lib/documents/report-docx";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params, searchParams }) => {
  const periodId = routeId(params.id);
  const doc = await reportDocument(viewer, routeId(searchParams.get("bao-cao")));
  if (doc.periodId !== periodId) throw notFound();
  const bytes = await renderReportDocx(doc.input);
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(doc.fileName, DOCX) });
});
