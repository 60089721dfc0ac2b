import type { MetadataRoute } from "next";
import { handbookSitemap } from "@/lib/data/handbooks";
import { publicShowcaseIds } from "@/lib/data/showcase";
import { sitemapEntries } from "@/lib/data/public-site";
import { publicUrl } from "@/lib/mail/messages";

// Read per request: new answers appear at once, and the addresses follow NEXTAUTH_URL at run time.
export const dynamic = "force-dynamic";

/** Every public page: the entrance, each Khối's pages, each published answer and handbook. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await sitemapEntries();
  const [handbooks, showcases] = await Promise.all([
    Promise.all(entries.map(({ site }) => handbookSitemap(site))),
    Promise.all(entries.map(({ site }) => publicShowcaseIds(site))),
  ]);
  return [
    { url: publicUrl("/") },
    ...entries.flatMap(({ site, answers }, i) => {
      const base = `/doan-khoi/${site.slug}`;
      return [
        { url: publicUrl(base), changeFrequency: "daily" as const },
        { url: publicUrl(`${base}/hoi-dap`), changeFrequency: "daily" as const },
        { url: publicUrl(`${base}/hoi-dap/dat-cau-hoi`) },
        { url: publicUrl(`${base}/cam-nang`), changeFrequency: "weekly" as const },
        { url: publicUrl(`${base}/dien-hinh`), changeFrequency: "weekly" as const },
        ...answers.map((a) => ({ url: publicUrl(`${base}/hoi-dap/${a.id}`), lastModified: a.answeredAt ?? undefined })),
        ...handbooks[i].map((h) => ({ url: publicUrl(`${base}/cam-nang/${h.id}`), lastModified: h.publishedAt ?? undefined })),
        ...showcases[i].map((p) => ({ url: publicUrl(`${base}/dien-hinh/${p.id}`), lastModified: p.updatedAt })),
      ];
    }),
  ];
}
