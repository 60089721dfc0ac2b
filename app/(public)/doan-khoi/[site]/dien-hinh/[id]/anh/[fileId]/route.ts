// GET a public showcase profile's photo, signed out, shown inline on its pages. Only JPEG, PNG and
// WebP are taken for a profile, re-encoded without their metadata at upload (evidence-owners.ts),
// so the bytes go out as stored, with nosniff. A profile not public (a draft, a person who has not
// consented or withdrew) has no photo either: a plain 404.
import { siteBySlug } from "@/lib/data/public-site";
import { publicShowcasePhoto } from "@/lib/data/showcase";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ site: string; id: string; fileId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const p = await params;
  const site = await siteBySlug(p.site);
  const photo = site ? await publicShowcasePhoto(site, p.id, p.fileId) : null;
  if (!photo)
    return new Response("Không tìm thấy ảnh", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(photo.body, {
    headers: {
      "Content-Type": photo.contentType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      // A withdrawn consent takes the photo down within minutes.
      "Cache-Control": "public, max-age=300",
    },
  });
}
