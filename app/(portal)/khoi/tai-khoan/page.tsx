import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listAccounts } from "@/lib/data/accounts";
import { listUnitOptions } from "@/lib/data/units";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { AccountRow, CreateAccountForm } from "@/components/accounts/account-forms";

export const metadata: Metadata = { title: "Tài khoản và vai trò" };

export default async function AccountsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "account.manage")) notFound();
  const [accounts, units] = await Promise.all([
    listAccounts(viewer),
    listUnitOptions(viewer, "account.manage", ["KHOI", "CO_SO", "CHI_DOAN"]),
  ]);
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
        <CreateAccountForm units={units} />
      </Card>
      <Card title={`Tài khoản (${accounts.length})`}>
        {accounts.length === 0 ? (
          <EmptyState title="Chưa có tài khoản nào">Tạo tài khoản đầu tiên bằng biểu mẫu phía trên.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {accounts.map((a) => (
              <AccountRow key={a.id} account={a} units={units} self={a.id === viewer.userId} />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
