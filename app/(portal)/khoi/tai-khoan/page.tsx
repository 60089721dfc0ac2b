import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listAccounts } from "@/lib/data/accounts";
import { accountUnitPicker } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { accountListQuery } from "@/lib/validation/accounts";
import { listHref, optionalIdParam } from "@/lib/validation/list-query";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { AccountRow, CreateAccountForm } from "@/components/accounts/account-forms";
import { CoSoChooser } from "@/components/members/co-so-chooser";
import { SearchInput } from "@/components/ui/search-input";

export const metadata: Metadata = { title: "Tài khoản và vai trò" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "account.manage")) notFound();
  const raw = await searchParams;
  const query = accountListQuery.parse({ q: raw.q, page: raw.page });
  // A large Khối lists one cơ sở's chi đoàn among the units (`?coSo=`), as the member forms do.
  const [result, picker] = await Promise.all([
    listAccounts(viewer, query),
    accountUnitPicker(viewer, { coSo: optionalIdParam.parse(one(raw.coSo)) }),
  ]);
  const units = picker.units;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const hrefFor = (page: number) => listHref("/khoi/tai-khoan", { q: query.q, coSo: picker.coSo }, page);
  if (result.rows.length === 0 && query.page > pages) redirect(hrefFor(pages));
  return (
    <>
      <PageHeader
        title="Tài khoản và vai trò"
        description="Tạo tài khoản cho cán bộ, bí thư và đoàn viên; gán hoặc gỡ vai trò."
        actions={
          canSomewhere(viewer, "audit.read") && (
            <Link href="/khoi/nhat-ky?type=User" className={buttonClass("secondary")}>
              Nhật ký thao tác
            </Link>
          )
        }
      />
      <Card title="Tạo tài khoản" className="mb-6">
        {picker.byCoSo && (
          <div className="mb-4 border-b border-slate-100 pb-4">
            <CoSoChooser
              label="Chọn cơ sở Đoàn để hiện các chi đoàn của cơ sở đó"
              options={picker.coSoOptions}
              value={picker.coSo}
              keep={{ q: query.q }}
            />
          </div>
        )}
        <CreateAccountForm units={units} />
      </Card>
      <Card title={`Tài khoản (${formatNumber(result.total)})`}>
        <form method="get" className="mb-3 flex flex-col gap-2 sm:flex-row" role="search">
          {picker.coSo && <input type="hidden" name="coSo" value={picker.coSo} />}
          <SearchInput
            label="Tìm tài khoản"
            value={query.q}
            placeholder="Họ tên (có dấu hoặc không dấu) hoặc địa chỉ thư"
            className="sm:flex-1"
          />
          <button type="submit" className={buttonClass("secondary")}>
            Tìm
          </button>
        </form>
        {result.rows.length === 0 ? (
          query.q ? (
            <EmptyState title="Không có tài khoản nào khớp">Thử tìm bằng tên khác hoặc một phần địa chỉ thư.</EmptyState>
          ) : (
            <EmptyState title="Chưa có tài khoản nào">Tạo tài khoản đầu tiên bằng biểu mẫu phía trên.</EmptyState>
          )
        ) : (
          <ul className="divide-y divide-slate-100">
            {result.rows.map((a) => (
              <AccountRow key={a.id} account={a} units={units} self={a.id === viewer.userId} />
            ))}
          </ul>
        )}
        <Pager page={query.page} pageSize={result.pageSize} total={result.total} hrefFor={hrefFor} />
      </Card>
    </>
  );
}
