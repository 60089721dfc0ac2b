// GET a published handbook's file, signed out: an attachment with nosniff (SECURITY.md #18). Photos
// were re-encoded without their metadata when they were uploaded (evidence-owners.ts), so the bytes
// go out as stored. Anything not published with the handbook is a plain 404.
import { publicHandbookFile } from "@/lib/data/handbooks";
import { siteBySlug } from "@/lib/data/public-site";
import { contentDisposition } from "@/lib/domain/download";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ site: string; id: string; fileId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const p = await params;
  const site = await siteBySlug(p.site);
  const file = site ? await publicHandbookFile(site, p.id, p.fileId) : null;
  if (!file) return new Response("Không tìm thấy tệp", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      // Public and published: a browser may keep it a little; a withdrawal takes effect within minutes.
      "Cache-Control": "public, max-age=300",
    },
  });
}
