// GET /minh-chung/:id: an evidence file, always as an attachment with nosniff (SECURITY.md #18).
// Access is re-checked through the record that owns the file on every download.
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { foundOrNull } from "@/lib/data/errors";
import { evidenceForDownload } from "@/lib/data/evidence";
import { attachmentHeaders } from "@/lib/domain/download";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return new Response("Không tìm thấy", { status: 404 });
  const file = await withTenant(tenantOf(viewer), () => foundOrNull(evidenceForDownload(viewer, id.data)));
  if (!file) return new Response("Không tìm thấy", { status: 404 });
  return new Response(new Uint8Array(file.bytes), { headers: attachmentHeaders(file.fileName, file.contentType) });
}
