import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { AskQuestionForm } from "@/components/public/question-forms";
import { issueFormToken } from "@/lib/auth/form-token";
import { publicAgencies } from "@/lib/data/public-site";
import { publicMetadata, siteOf } from "../../site";

type Props = { params: Promise<{ site: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, {
    title: "Đặt câu hỏi về thủ tục hành chính",
    description: `Gửi câu hỏi về thủ tục hành chính đến các cơ quan thuộc ${site.khoiName}; nhận mã tra cứu để xem câu trả lời.`,
    path: "/hoi-dap/dat-cau-hoi",
  });
}

export default async function AskQuestionPage({ params }: Props) {
  const site = await siteOf(params);
  const agencies = await publicAgencies(site);
  // The form's key is drawn here and signed with the time into the form token (lib/auth/form-token.ts).
  const requestKey = randomUUID();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Đặt câu hỏi về thủ tục hành chính</h1>
      <p className="text-sm text-slate-600">
        Đoàn Thanh niên của cơ quan giải quyết thủ tục sẽ trả lời trong {site.answerDays} ngày làm việc. Bạn nhận một mã tra cứu
        để theo dõi.
      </p>
      <noscript>
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
          Biểu mẫu cần JavaScript để gửi. Vui lòng bật JavaScript trong trình duyệt.
        </p>
      </noscript>
      <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <AskQuestionForm site={site.slug} agencies={agencies} requestKey={requestKey} formToken={issueFormToken(requestKey)} />
      </div>
    </div>
  );
}
