// GET /bao-cao/:id/xuat-excel: the data behind the Khối's numbers for a period (indicators, each
// cơ sở's report, the confirmed records) as .xlsx, for the Khối's staff only.
import { reportWorkbookData } from "@/lib/data/report-summary";
import { attachmentHeaders } from "@/lib/domain/download";
import { buildReportWorkbook } from "@/lib/domain/report-workbook";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const data = await reportWorkbookData(viewer, routeId(params.id));
  const bytes = await buildReportWorkbook(data);
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${data.title}.xlsx`, XLSX) });
});
