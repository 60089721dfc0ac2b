import type { MetadataRoute } from "next";

// Installable on a phone's home screen: opens on the signed-in home (or the sign-in page) in its
// own window. The service worker (public/sw.js) answers with an offline page when there is no
// network.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Cổng 3 trách nhiệm",
    short_name: "3 trách nhiệm",
    description: "Quản lý phong trào “3 trách nhiệm” trong cán bộ, công chức, viên chức trẻ",
    lang: "vi",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1e3a8a",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
