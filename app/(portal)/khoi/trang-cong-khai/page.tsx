import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { siteSettingsFor } from "@/lib/data/questions";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { SiteSettingsForm } from "@/components/questions/site-settings-form";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Trang công khai" };

export default async function PublicSiteSettingsPage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "question.manage", { at: ["KHOI"] })) notFound();
  const s = await siteSettingsFor(viewer);
  const days = s.extraDaysOff.map((d) => formatVietnameseDate(new Date(`${d}T00:00:00Z`))).join(", ");
  return (
    <>
      <PageHeader
        title="Trang công khai"
        description={
          <>
            Trang của Đoàn Khối cho người dân: hỏi đáp thủ tục hành chính, kết quả phong trào,{" "}
            <Link href="/khoi/dien-hinh" className="text-doan-700 underline">
              gương điển hình, mô hình hay
            </Link>
            .{" "}
            {s.exists && s.published && (
              <Link href={`/doan-khoi/${s.slug}`} className="text-doan-700 underline">
                Xem trang /doan-khoi/{s.slug}
              </Link>
            )}
          </>
        }
      />
      <Card>
        <SiteSettingsForm
          key={s.version}
          settings={{
            title: s.title,
            intro: s.intro,
            published: s.published,
            answerDays: s.answerDays,
            extraDaysOff: days,
            version: s.version,
          }}
        />
      </Card>
    </>
  );
}
