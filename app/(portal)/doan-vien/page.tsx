import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { listMembers } from "@/lib/data/members";
import { listUnitOptions } from "@/lib/data/units";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { GENDER_LABELS, unitOptionLabel } from "@/lib/domain/labels";
import { memberListQuery } from "@/lib/validation/members";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Đoàn viên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(query: { q: string; chiDoan?: string }, page: number) {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.chiDoan) params.set("chiDoan", query.chiDoan);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "?";
}

export default async function MembersPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!holds(viewer, "member.read")) notFound();
  const raw = await searchParams;
  const query = memberListQuery.parse({ q: raw.q, chiDoan: raw.chiDoan, page: raw.page });
  const [result, chiDoanOptions] = await Promise.all([
    listMembers(viewer, query),
    listUnitOptions(viewer, "member.read", ["CHI_DOAN"]),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(pageHref(query, pages));
  const exportParams = new URLSearchParams();
  if (query.q) exportParams.set("q", query.q);
  if (query.chiDoan) exportParams.set("chiDoan", query.chiDoan);

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
      <form method="get" className="mb-4 flex flex-col gap-2 sm:flex-row" role="search">
        <label htmlFor="q" className="sr-only">
          Tìm theo họ tên
        </label>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="Tìm theo họ tên (gõ có dấu hoặc không dấu)"
          className="sm:flex-1"
        />
        <label htmlFor="chiDoan" className="sr-only">
          Chi đoàn
        </label>
        <Select id="chiDoan" name="chiDoan" defaultValue={query.chiDoan ?? ""} className="sm:w-72">
          <option value="">Tất cả chi đoàn</option>
          {chiDoanOptions.map((o) => (
            <option key={o.id} value={o.id}>
              {unitOptionLabel(o)}
            </option>
          ))}
        </Select>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
      </form>

      {result.rows.length === 0 ? (
        <EmptyState title={query.q || query.chiDoan ? "Không có đoàn viên nào khớp bộ lọc" : "Chưa có đoàn viên nào"}>
          {query.q || query.chiDoan
            ? "Thử bỏ bớt điều kiện lọc hoặc tìm bằng tên khác."
            : "Thêm đoàn viên từng người, hoặc nhập cả danh sách từ tệp Excel."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">Họ và tên</th>
                <th className="hidden px-3 py-2 font-medium sm:table-cell">Ngày sinh</th>
                <th className="hidden px-3 py-2 font-medium md:table-cell">Giới tính</th>
                <th className="hidden px-3 py-2 font-medium md:table-cell">Chức vụ</th>
                <th className="px-3 py-2 font-medium">Chi đoàn</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((m) => (
                <tr key={m.id}>
                  <td className="px-3 py-2">
                    <Link href={`/doan-vien/${m.id}`} className="font-medium text-doan-700 hover:underline">
                      {m.fullName}
                    </Link>
                  </td>
                  <td className="hidden px-3 py-2 tabular-nums sm:table-cell">{formatVietnameseDate(m.birthDate)}</td>
                  <td className="hidden px-3 py-2 md:table-cell">{m.gender ? GENDER_LABELS[m.gender] : ""}</td>
                  <td className="hidden px-3 py-2 md:table-cell">{m.position}</td>
                  <td className="px-3 py-2">
                    {m.chiDoanName}
                    <span className="block text-xs text-slate-500">{m.coSoName}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pager page={query.page} pageSize={result.pageSize} total={result.total} hrefFor={(page) => pageHref(query, page)} />
    </>
  );
}
