// The site a public page is on, and the metadata every public page carries (title, Open Graph).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { siteBySlug } from "@/lib/data/public-site";
import { publicUrl } from "@/lib/mail/messages";

export async function siteOf(params: Promise<{ site: string }>) {
  const site = await siteBySlug((await params).site);
  if (!site) notFound();
  return site;
}

export function publicMetadata(
  site: { title: string; slug: string },
  page: { title?: string; description: string; path: string },
): Metadata {
  const title = page.title ? `${page.title} · ${site.title}` : site.title;
  const url = publicUrl(`/doan-khoi/${site.slug}${page.path}`);
  return {
    title: { absolute: title },
    description: page.description,
    alternates: { canonical: url },
    openGraph: { type: "website", locale: "vi_VN", siteName: site.title, title, description: page.description, url },
  };
}
