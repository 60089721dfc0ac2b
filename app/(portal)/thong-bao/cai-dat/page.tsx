import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { preferencesOf } from "@/lib/data/notice-preferences";
import { NoticePreferencesForm } from "@/components/notices/notice-preferences-form";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Cài đặt thông báo" };

export default async function NoticePreferencesPage() {
  const viewer = await requireViewer();
  const rows = await preferencesOf(viewer);
  return (
    <>
      <PageHeader
        title="Cài đặt thông báo"
        description={
          <>
            Chọn loại thông báo nào được gửi thư tới <strong>{viewer.email}</strong>: gửi ngay, gộp vào thư tổng hợp lúc 07:00 mỗi
            sáng, hoặc không gửi. Mọi thông báo vẫn hiện ở trang{" "}
            <Link href="/thong-bao" className="text-doan-700 underline">
              Thông báo
            </Link>
            .
          </>
        }
      />
      <Card>
        <NoticePreferencesForm rows={rows} />
      </Card>
    </>
  );
}
