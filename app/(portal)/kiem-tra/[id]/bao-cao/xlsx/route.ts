// GET /kiem-tra/:id/bao-cao/xlsx: the round's visits and recommendations as an .xlsx, for the
// Khối's staff only: anyone else gets 404.
import { roundSummary } from "@/lib/data/inspection-documents";
import { renderRoundXlsx } from "@/lib/documents/inspection-xlsx";
import { attachmentHeaders } from "@/lib/domain/download";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const summary = await roundSummary(viewer, routeId(params.id));
  const bytes = await renderRoundXlsx(summary);
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders("So lieu kiem tra chuyen de.xlsx", XLSX) });
});
