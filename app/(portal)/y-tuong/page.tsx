import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listSharedIdeas } from "@/lib/data/shared-ideas";
import { formatNumber } from "@/lib/domain/dates";
import { listHref } from "@/lib/validation/list-query";
import { SHARED_IDEA_SORT_LABELS, SHARED_IDEA_SORTS, sharedIdeaListQuery } from "@/lib/validation/shared-ideas";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { IdeaList } from "@/components/ideas/idea-list";

export const metadata: Metadata = { title: "Ý tưởng được chia sẻ" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SharedIdeasPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "idea.share")) notFound();
  const raw = await searchParams;
  const query = sharedIdeaListQuery.parse({ sort: first(raw.sort), page: first(raw.page) });
  const result = await listSharedIdeas(viewer, query);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/y-tuong", { sort: query.sort }, pages));

  return (
    <>
      <PageHeader
        title="Ý tưởng được chia sẻ"
        description={`${formatNumber(result.total)} ý tưởng, sáng kiến đoàn viên trong Khối chia sẻ để cùng ủng hộ, góp ý và nhân rộng`}
      />
      <nav aria-label="Sắp xếp" className="mb-4 flex flex-wrap gap-2 text-sm">
        {SHARED_IDEA_SORTS.map((sort) => (
          <Link
            key={sort}
            href={listHref("/y-tuong", { sort })}
            aria-current={sort === query.sort ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-slate-300 ${sort === query.sort ? "bg-doan-700 text-white ring-doan-700" : "hover:bg-slate-50"}`}
          >
            {SHARED_IDEA_SORT_LABELS[sort]}
          </Link>
        ))}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title="Chưa có ý tưởng nào được chia sẻ">
          Đoàn viên chia sẻ ý tưởng của mình từ trang ghi nhận ý tưởng (nút “Chia sẻ trong Khối”).
        </EmptyState>
      ) : (
        <IdeaList rows={result.rows} />
      )}
      <Pager
        page={query.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(p) => listHref("/y-tuong", { sort: query.sort }, p)}
      />
    </>
  );
}
