import type { Metadata } from "next";
import Link from "next/link";
import { AnswerCard } from "@/components/public/site-frame";
import { ShowcaseCard } from "@/components/public/showcase-card";
import { latestAnswers, publicProgress } from "@/lib/data/public-site";
import { featuredShowcase } from "@/lib/data/showcase";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { topicLabel } from "@/lib/domain/questions";
import { publicMetadata, siteOf } from "./site";

type Props = { params: Promise<{ site: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, { description: site.intro.slice(0, 200), path: "" });
}

export default async function PublicHome({ params }: Props) {
  const site = await siteOf(params);
  const [progress, answers, featured] = await Promise.all([publicProgress(site), latestAnswers(site, 5), featuredShowcase(site)]);
  const base = `/doan-khoi/${site.slug}`;
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{site.title}</h1>
        <p className="mt-2 max-w-3xl whitespace-pre-line text-sm leading-relaxed text-slate-700">{site.intro}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Link
            href={`${base}/hoi-dap/dat-cau-hoi`}
            className="rounded-md bg-doan-700 px-4 py-2 text-sm font-medium text-white hover:bg-doan-800"
          >
            Đặt câu hỏi về thủ tục hành chính
          </Link>
          <Link
            href={`${base}/hoi-dap/tra-cuu`}
            className="rounded-md bg-white px-4 py-2 text-sm font-medium text-doan-700 ring-1 ring-doan-600 hover:bg-doan-50"
          >
            Tra cứu câu hỏi đã gửi
          </Link>
        </div>
      </section>

      <section aria-labelledby="tien-do">
        <h2 id="tien-do" className="text-lg font-semibold text-slate-900">
          Kết quả thực hiện năm {progress.year}
        </h2>
        {progress.planTitle && <p className="mt-1 text-sm text-slate-600">Theo {progress.planTitle}</p>}
        {progress.indicators.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Kế hoạch năm {progress.year} chưa được ban hành trên Cổng.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {progress.indicators.map((i, n) => {
              const percent = i.percent === null ? null : Math.round(i.percent);
              return (
                <li key={n} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
                  <p className="text-sm text-slate-800">{i.wording}</p>
                  <p className="mt-2 text-sm text-slate-600">
                    <span className="text-base font-semibold text-slate-900">{i.valueText}</span> / {i.targetText}
                    {percent !== null && ` · ${percent}%`}
                  </p>
                  {percent !== null && (
                    <div className="mt-2 h-2 rounded bg-slate-100" aria-hidden="true">
                      <div className="h-2 rounded bg-doan-600" style={{ width: `${Math.min(100, percent)}%` }} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="dien-hinh">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id="dien-hinh" className="text-lg font-semibold text-slate-900">
              Gương điển hình, mô hình hay
            </h2>
            <Link href={`${base}/dien-hinh`} className="text-sm text-doan-700 underline">
              Xem tất cả
            </Link>
          </div>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            {featured.map((p) => (
              <ShowcaseCard key={p.id} href={`${base}/dien-hinh/${p.id}`} p={p} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="hoi-dap-moi">
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="hoi-dap-moi" className="text-lg font-semibold text-slate-900">
            Hỏi đáp mới trả lời
          </h2>
          <Link href={`${base}/hoi-dap`} className="text-sm text-doan-700 underline">
            Xem tất cả
          </Link>
        </div>
        {answers.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Chưa có câu trả lời nào được công khai.</p>
        ) : (
          <div className="mt-3 space-y-3">
            {answers.map((q) => (
              <AnswerCard
                key={q.id}
                href={`${base}/hoi-dap/${q.id}`}
                q={{
                  topic: topicLabel(q.topic),
                  body: q.publicBody ?? "",
                  answer: q.answer,
                  answeredOn: q.answeredAt ? formatVietnameseDate(dayInVietnam(q.answeredAt)) : "",
                  agency: q.coSo?.name ?? "",
                }}
              />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
