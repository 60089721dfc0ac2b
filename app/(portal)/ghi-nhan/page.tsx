import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listEntries, myEntries, readsOthersEntries } from "@/lib/data/entry-reads";
import { chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { formatNumber, formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { unitOptionLabel } from "@/lib/domain/labels";
import { entryListQuery } from "@/lib/validation/entries";
import { listHref, periodOptions } from "@/lib/validation/list-query";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { EntryFilters } from "@/components/entries/entry-filters";
import { entryKindLabel } from "@/components/entries/labels";
import { MyEntriesList, NewEntryButtons } from "@/components/entries/my-entries";
import { ReviewList } from "@/components/entries/review-list";

export const metadata: Metadata = { title: "Kết quả rèn luyện" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EntriesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  // A member reads only their own entries: their list, and the way to log a new one.
  if (!readsOthersEntries(viewer)) {
    if (!canSomewhere(viewer, "entry.log")) notFound();
    return (
      <>
        <PageHeader
          title="Kết quả rèn luyện của tôi"
          description="Ý tưởng, sáng kiến; học tập, bồi dưỡng; tham gia tình nguyện"
          actions={<NewEntryButtons />}
        />
        <MyEntriesList entries={await myEntries(viewer)} />
      </>
    );
  }

  const raw = await searchParams;
  const keys = ["q", "ky", "kind", "status", "field", "coSo", "chiDoan", "page"] as const;
  const query = entryListQuery.parse(Object.fromEntries(keys.map((k) => [k, first(raw[k])])));
  // A large Khối picks the cơ sở first, then among its chi đoàn (chiDoanPicker).
  const [result, coSoOptions, chiDoan] = await Promise.all([
    listEntries(viewer, query),
    listUnitOptions(viewer, "unit.read", ["CO_SO"]),
    chiDoanPicker(viewer, "unit.read", { coSo: query.coSo, selected: query.chiDoan }),
  ]);
  const filters = {
    q: query.q,
    ky: query.ky?.key ?? "",
    kind: query.kind ?? "",
    status: query.status ?? "all",
    field: query.field ?? "",
    coSo: query.coSo ?? "",
    chiDoan: query.chiDoan ?? "",
  };
  // A page past the end goes to the last counted one (with a bounded count, one that has rows).
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/ghi-nhan", filters, pages));
  // Counted only up to a cap on a large Khối (lib/data/entry-reads.ts): said so, not guessed.
  const count = result.totalBounded
    ? `Hơn ${formatNumber(result.total)} ghi nhận (chỉ đếm đến ${formatNumber(result.total)})`
    : `${formatNumber(result.total)} ghi nhận`;
  const year = todayInVietnam().getUTCFullYear();
  const filtered = !!(query.q || query.ky || query.kind || query.field || query.coSo || query.chiDoan);

  return (
    <>
      <PageHeader
        title="Kết quả rèn luyện của đoàn viên"
        description={`${count} · ý tưởng, sáng kiến; học tập, bồi dưỡng; tham gia tình nguyện`}
        actions={
          <>
            <a href={listHref("/ghi-nhan/xuat-excel", filters)} className={buttonClass("secondary")}>
              Xuất Excel
            </a>
            {canSomewhere(viewer, "entry.log") && (
              <Link href="/ghi-nhan/moi" className={buttonClass("secondary")}>
                Ghi nhận mới
              </Link>
            )}
          </>
        }
      />
      <EntryFilters
        values={filters}
        periods={periodOptions([year, year - 1, year - 2, year - 3])}
        coSo={coSoOptions.map((o) => ({ value: o.id, label: o.name }))}
        chiDoan={chiDoan.options.map((o) => ({ value: o.id, label: unitOptionLabel(o) }))}
        chiDoanByCoSo={chiDoan.byCoSo}
      />
      {result.rows.length === 0 ? (
        <EmptyState
          title={
            query.status === "SUBMITTED" && !filtered ? "Không có ghi nhận nào chờ xác nhận" : "Không có ghi nhận nào khớp bộ lọc"
          }
        >
          {query.status === "SUBMITTED" && !filtered
            ? "Khi đoàn viên gửi ý tưởng, khóa học hay ngày tình nguyện, ghi nhận sẽ hiện ở đây để bạn xác nhận. Chọn “Mọi trạng thái” để xem những ghi nhận đã xử lý."
            : "Thử bỏ bớt điều kiện lọc, chọn “Mọi trạng thái”, hoặc tìm bằng từ khác."}
        </EmptyState>
      ) : (
        <ReviewList
          showCoSo={coSoOptions.length > 1}
          rows={result.rows.map((r) => ({
            id: r.id,
            version: r.version,
            title: r.title,
            kindLabel: entryKindLabel(r),
            status: r.status,
            occurredOn: formatVietnameseDate(r.occurredOn),
            memberName: r.memberName,
            chiDoanName: r.chiDoanName,
            coSoName: r.coSoName,
            canReview: r.canReview,
          }))}
        />
      )}
      <Pager
        page={query.page}
        pageSize={result.pageSize}
        total={result.total}
        bounded={result.totalBounded}
        hasNext={result.hasNext}
        hrefFor={(p) => listHref("/ghi-nhan", filters, p)}
      />
    </>
  );
}
