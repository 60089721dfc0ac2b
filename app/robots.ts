import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/mail/messages";

/** The public site is for search engines; the portal behind sign-in is not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/$", "/doan-khoi/"], disallow: ["/"] },
    sitemap: publicUrl("/sitemap.xml"),
  };
}
