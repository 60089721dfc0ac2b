import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/data/public-site";
import { publicUrl } from "@/lib/mail/messages";

// Read per request: new answers appear at once, and the addresses follow NEXTAUTH_URL at run time.
export const dynamic = "force-dynamic";

/** Every public page: the entrance, each Khối's pages and each published answer. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await sitemapEntries();
  return [
    { url: publicUrl("/") },
    ...entries.flatMap(({ site, answers }) => {
      const base = `/doan-khoi/${site.slug}`;
      return [
        { url: publicUrl(base), changeFrequency: "daily" as const },
        { url: publicUrl(`${base}/hoi-dap`), changeFrequency: "daily" as const },
        { url: publicUrl(`${base}/hoi-dap/dat-cau-hoi`) },
        ...answers.map((a) => ({ url: publicUrl(`${base}/hoi-dap/${a.id}`), lastModified: a.answeredAt ?? undefined })),
      ];
    }),
  ];
}
