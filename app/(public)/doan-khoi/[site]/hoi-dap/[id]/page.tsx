import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerCard } from "@/components/public/site-frame";
import { publicAnswer } from "@/lib/data/public-site";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { topicLabel } from "@/lib/domain/questions";
import { publicMetadata, siteOf } from "../../site";

type Props = { params: Promise<{ site: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  const q = await publicAnswer(site, (await params).id);
  if (!q) return { title: "Không tìm thấy" };
  return publicMetadata(site, {
    title: (q.publicBody ?? "").slice(0, 70),
    description: (q.answer ?? "").slice(0, 200),
    path: `/hoi-dap/${q.id}`,
  });
}

export default async function PublicAnswerPage({ params }: Props) {
  const site = await siteOf(params);
  const q = await publicAnswer(site, (await params).id);
  if (!q) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/doan-khoi/${site.slug}/hoi-dap`} className="text-doan-700 underline">
          ← Hỏi đáp thủ tục hành chính
        </Link>
      </p>
      <h1 className="text-xl font-semibold text-slate-900">Câu hỏi về {topicLabel(q.topic).toLowerCase()}</h1>
      <AnswerCard
        full
        q={{
          topic: topicLabel(q.topic),
          body: q.publicBody ?? "",
          answer: q.answer,
          answeredOn: q.answeredAt ? formatVietnameseDate(dayInVietnam(q.answeredAt)) : "",
          agency: q.coSo?.name ?? "",
        }}
      />
    </div>
  );
}
