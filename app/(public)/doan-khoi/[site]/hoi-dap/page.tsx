import type { Metadata } from "next";
import Link from "next/link";
import { NoPublicResults, PublicSearchForm } from "@/components/public/public-search";
import { AnswerCard } from "@/components/public/site-frame";
import { Pager } from "@/components/ui/pager";
import { ANSWERED_PER_PAGE, answeredQuestions, publicAgencies } from "@/lib/data/public-site";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { QUESTION_TOPICS, topicLabel } from "@/lib/domain/questions";
import { answeredQueryInput } from "@/lib/validation/questions";
import { publicMetadata, siteOf } from "../site";

type Props = { params: Promise<{ site: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await siteOf(params);
  return publicMetadata(site, {
    title: "Hỏi đáp thủ tục hành chính",
    description: `Câu hỏi của người dân về thủ tục hành chính và câu trả lời của các cơ quan thuộc ${site.khoiName}.`,
    path: "/hoi-dap",
  });
}

export default async function AnsweredQuestionsPage({ params, searchParams }: Props) {
  const site = await siteOf(params);
  const raw = await searchParams;
  const query = answeredQueryInput.parse({
    q: typeof raw.q === "string" ? raw.q : undefined,
    coSo: typeof raw.coSo === "string" && raw.coSo ? raw.coSo : undefined,
    topic: typeof raw.topic === "string" && raw.topic ? raw.topic : undefined,
    page: typeof raw.page === "string" ? raw.page : undefined,
  });
  const [agencies, list] = await Promise.all([publicAgencies(site), answeredQuestions(site, query)]);
  const base = `/doan-khoi/${site.slug}/hoi-dap`;
  const hrefFor = (page: number) => {
    const p = new URLSearchParams();
    if (query.q) p.set("q", query.q);
    if (query.coSo) p.set("coSo", query.coSo);
    if (query.topic) p.set("topic", query.topic);
    p.set("page", String(page));
    return `${base}?${p}`;
  };
  const filtered = !!(query.q || query.coSo || query.topic);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">Hỏi đáp thủ tục hành chính</h1>
          <p className="mt-1 text-sm text-slate-600">Câu trả lời của các cơ quan, đơn vị đã được công khai.</p>
        </div>
        <Link
          href={`${base}/dat-cau-hoi`}
          className="rounded-md bg-doan-700 px-4 py-2 text-sm font-medium text-white hover:bg-doan-800"
        >
          Đặt câu hỏi
        </Link>
      </div>
      <PublicSearchForm
        action={base}
        q={query.q}
        placeholder="vd: dang ky ho kinh doanh"
        filters={[
          { name: "coSo", label: "Cơ quan", value: query.coSo, options: agencies.map((a) => ({ value: a.id, label: a.name })) },
          {
            name: "topic",
            label: "Lĩnh vực",
            value: query.topic,
            options: QUESTION_TOPICS.map((t) => ({ value: t.key, label: t.label })),
          },
        ]}
      />
      {list.rows.length === 0 ? (
        <NoPublicResults what="câu trả lời" filtered={filtered} askHref={`${base}/dat-cau-hoi`} />
      ) : (
        <div className="space-y-3">
          {list.rows.map((q) => (
            <AnswerCard
              key={q.id}
              href={`${base}/${q.id}`}
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
      <Pager page={list.page} pageSize={ANSWERED_PER_PAGE} total={list.total} hrefFor={hrefFor} />
    </div>
  );
}
