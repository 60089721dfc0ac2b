import type { Metadata } from "next";
import { LookupQuestionForm } from "@/components/public/question-forms";
import { publicMetadata, siteOf } from "../../site";

type Props = { params: Promise<{ site: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, {
    title: "Tra cứu câu hỏi",
    description: "Xem tình trạng và câu trả lời của câu hỏi đã gửi, bằng mã tra cứu.",
    path: "/hoi-dap/tra-cuu",
  });
}

export default async function LookupPage({ params }: Props) {
  const site = await siteOf(params);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Tra cứu câu hỏi</h1>
      <p className="text-sm text-slate-600">Nhập mã tra cứu bạn nhận được khi gửi câu hỏi.</p>
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <LookupQuestionForm site={site.slug} />
      </div>
    </div>
  );
}
