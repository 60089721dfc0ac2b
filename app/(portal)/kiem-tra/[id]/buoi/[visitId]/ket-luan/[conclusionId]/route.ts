// GET /kiem-tra/:id/buoi/:visitId/ket-luan/:conclusionId: the thông báo kết luận kiểm tra as a
// .docx in the Đoàn layout. The route authorizes itself: signed out → sign-in; a visit out of
// reach, one of another round than the path's, or a draft asked for by the cơ sở → 404.
import { conclusionDocument } from "@/lib/data/inspection-documents";
import { notFound } from "@/lib/data/errors";
import { renderConclusionDocx } from "@/lib/documents/inspection-docx";
import { attachmentHeaders } from "@/lib/domain/download";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string; visitId: string; conclusionId: string }>({}, async ({ viewer, params }) => {
  const roundId = routeId(params.id);
  const found = await conclusionDocument(viewer, routeId(params.visitId), routeId(params.conclusionId));
  // The path names the round too: a visit of another round under it is not this page's file.
  if (found.roundId !== roundId) throw notFound("buổi kiểm tra");
  const bytes = await renderConclusionDocx(found.document);
  const number = found.document.number ? ` ${found.document.number}` : "";
  // "Thong bao ket luan 61-TB-DTN": no slash in a file name, and plain letters for every browser.
  const name = `${found.document.draft ? "Du thao thong bao ket luan" : "Thong bao ket luan"}${number}`;
  const file = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[/\\]/g, "-");
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${file}.docx`, DOCX) });
});
