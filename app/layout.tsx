import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { ServiceWorker } from "@/components/layout/service-worker";
import { ConfirmHost } from "@/components/ui/confirm-dialog";

export const metadata: Metadata = {
  title: { default: "Cổng 3 trách nhiệm", template: "%s · Cổng 3 trách nhiệm" },
  description: "Quản lý phong trào “3 trách nhiệm” trong cán bộ, công chức, viên chức trẻ",
  appleWebApp: { capable: true, title: "3 trách nhiệm", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e3a8a" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that request's CSP nonce
  // (lib/server/security-headers.mjs); a page prerendered at build time would have none.
  await connection();
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        {children}
        <ConfirmHost />
        <ServiceWorker />
      </body>
    </html>
  );
}
