import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { listMembers } from "@/lib/data/members";
import { membersWithAccount } from "@/lib/data/bulk-accounts";
import { chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { CHI_DOAN_AFTER_CO_SO, GENDER_LABELS, unitOptionLabel } from "@/lib/domain/labels";
import { memberListQuery } from "@/lib/validation/members";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { MemberTable } from "@/components/members/member-table";
import { FilterPanel } from "@/components/ui/filter-panel";
import { SearchInput } from "@/components/ui/search-input";

export const metadata: Metadata = { title: "Đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(query: { q: string; coSo?: string; chiDoan?: string }, page: number) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.coSo) params.set("coSo", query.coSo);
  if (query.chiDoan) params.set("chiDoan", query.chiDoan);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "?";
}

export default async function MembersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!holds(viewer, "member.read")) notFound();
  const raw = await searchParams;
  const query = memberListQuery.parse({ q: raw.q, coSo: raw.coSo, chiDoan: raw.chiDoan, page: raw.page });
  // A large Khối picks the cơ sở first, then among its chi đoàn (chiDoanPicker).
  const asked = { coSo: query.coSo, selected: query.chiDoan };
  const [result, chiDoan] = await Promise.all([listMembers(viewer, query), chiDoanPicker(viewer, "member.read", asked)]);
  const coSo = chiDoan.coSo;
  const coSoOptions = chiDoan.byCoSo ? await listUnitOptions(viewer, "member.read", ["CO_SO"]) : [];
  // Accounts for many members at once (issue 16, point 9): the Khối admin and the cơ sở's secretary.
  const makesAccounts = canSomewhere(viewer, "account.createMembers");
  const [withAccount, bulkChiDoan] = await Promise.all([
    makesAccounts
      ? membersWithAccount(
          viewer,
          result.rows.map((m) => m.id),
        )
      : new Set<string>(),
    // Both roles create members in the same subtree they make accounts in; the server checks again.
    makesAccounts ? chiDoanPicker(viewer, "member.create", { coSo, selected: query.chiDoan }) : null,
  ]);
  const bulk = bulkChiDoan
    ? {
        chiDoanOptions: bulkChiDoan.options.map((o) => ({ id: o.id, label: unitOptionLabel(o) })),
        chiDoan: query.chiDoan,
        needsCoSo: bulkChiDoan.byCoSo && !bulkChiDoan.coSo,
      }
    : null;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(pageHref(query, pages));
  const exportParams = new URLSearchParams();
  if (query.q) exportParams.set("q", query.q);
  if (query.coSo) exportParams.set("coSo", query.coSo);
  if (query.chiDoan) exportParams.set("chiDoan", query.chiDoan);
  const filtered = !!(query.q || query.coSo || query.chiDoan);

  return (
    <>
      <PageHeader
        title="Đoàn viên"
        description={`${formatNumber(result.total)} đoàn viên`}
        actions={
          <>
            {canSomewhere(viewer, "member.create") && (
              <Link href="/doan-vien/moi" className={buttonClass("primary")}>
                Thêm đoàn viên
              </Link>
            )}
            {canSomewhere(viewer, "member.import") && (
              <Link href="/doan-vien/nhap-excel" className={buttonClass("secondary")}>
                Nhập Excel
              </Link>
            )}
            {canSomewhere(viewer, "member.export") && (
              <a href={`/doan-vien/xuat-excel?${exportParams}`} className={buttonClass("secondary")}>
                Xuất Excel
              </a>
            )}
          </>
        }
      />
      <FilterPanel values={{ q: query.q, coSo: query.coSo, chiDoan: query.chiDoan }}>
        <form method="get" className="flex flex-col gap-2 sm:flex-row" role="search">
          <SearchInput
            label="Tìm theo họ tên"
            value={query.q}
            placeholder="Tìm theo họ tên (gõ có dấu hoặc không dấu)"
            className="sm:flex-1"
          />
          {chiDoan.byCoSo && (
            <FilterSelect
              id="coSo"
              label="Cơ sở Đoàn"
              value={coSo}
              all="Tất cả cơ sở"
              options={coSoOptions.map((o) => ({ value: o.id, label: o.name }))}
              className="sm:w-64"
            />
          )}
          <FilterSelect
            id="chiDoan"
            label="Chi đoàn"
            value={query.chiDoan}
            all={chiDoan.byCoSo && !coSo ? CHI_DOAN_AFTER_CO_SO : "Tất cả chi đoàn"}
            options={chiDoan.options.map((o) => ({ value: o.id, label: unitOptionLabel(o) }))}
            className="sm:w-72"
          />
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
        </form>
      </FilterPanel>

      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? "Không có đoàn viên nào khớp bộ lọc" : "Chưa có đoàn viên nào"}>
          {filtered
            ? "Thử bỏ bớt điều kiện lọc hoặc tìm bằng tên khác."
            : "Thêm đoàn viên từng người, hoặc nhập cả danh sách từ tệp Excel."}
        </EmptyState>
      ) : (
        <MemberTable
          rows={result.rows.map((m) => ({
            id: m.id,
            fullName: m.fullName,
            birthDate: formatVietnameseDate(m.birthDate),
            gender: m.gender ? GENDER_LABELS[m.gender] : "",
            position: m.position ?? "",
            chiDoanName: m.chiDoanName,
            coSoName: m.coSoName,
            hasEmail: !!m.email,
            hasAccount: withAccount.has(m.id),
          }))}
          bulk={bulk}
        />
      )}

      <Pager page={query.page} pageSize={result.pageSize} total={result.total} hrefFor={(page) => pageHref(query, page)} />
    </>
  );
}
