// GET /minh-chung/:id: an evidence file, always as an attachment with nosniff (SECURITY.md #18).
// Access is re-checked through the record that owns the file on every download.
import { evidenceForDownload } from "@/lib/data/evidence";
import { attachmentHeaders } from "@/lib/domain/download";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const file = await evidenceForDownload(viewer, routeId(params.id));
  return new Response(file.body, { headers: attachmentHeaders(file.fileName, file.contentType) });
});
