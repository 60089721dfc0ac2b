import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/mail/messages";

// Read per request: new answers appear at once, and the addresses follow NEXTAUTH_URL at run time.
export const dynamic = "force-dynamic";

/** The public site is for search engines; the portal behind sign-in is not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/$", "/doan-khoi/"], disallow: ["/"] },
    sitemap: publicUrl("/sitemap.xml"),
  };
}
