import { notFound } from "next/navigation";
import { SiteFrame } from "@/components/public/site-frame";
import { siteBySlug } from "@/lib/data/public-site";

export default async function PublicSiteLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ site: string }>;
}) {
  const site = await siteBySlug((await params).site);
  if (!site) notFound();
  return <SiteFrame site={site}>{children}</SiteFrame>;
}
