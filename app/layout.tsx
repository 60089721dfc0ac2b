import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cổng 3 trách nhiệm", template: "%s · Cổng 3 trách nhiệm" },
  description: "Quản lý phong trào “3 trách nhiệm” trong cán bộ, công chức, viên chức trẻ",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
