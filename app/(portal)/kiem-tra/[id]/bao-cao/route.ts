// GET /kiem-tra/:id/bao-cao: the round's báo cáo kết quả kiểm tra chuyên đề as a .docx, for the
// Khối's staff only (a cơ sở never reads the others' ratings): anyone else gets 404.
import { roundSummary } from "@/lib/data/inspection-documents";
import { renderRoundSummaryDocx } from "@/lib/documents/inspection-docx";
import { attachmentHeaders } from "@/lib/domain/download";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const summary = await roundSummary(viewer, routeId(params.id));
  const bytes = await renderRoundSummaryDocx(summary);
  return new Response(new Uint8Array(bytes), {
    headers: attachmentHeaders("Bao cao ket qua kiem tra chuyen de.docx", DOCX),
  });
});
