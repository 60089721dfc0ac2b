import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { importableChiDoan } from "@/lib/data/member-import";
import { formatNumber } from "@/lib/domain/dates";
import { MAX_IMPORT_ROWS } from "@/lib/validation/member-import";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { MemberImportForm } from "@/components/members/member-import-form";

export const metadata: Metadata = { title: "Nhập đoàn viên từ Excel" };

export default async function MemberImportPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "member.import")) notFound();
  const chiDoan = await importableChiDoan(viewer);

  return (
    <>
      <PageHeader
        title="Nhập đoàn viên từ Excel"
        description={`Tệp .xlsx tối đa 5 MB, ${formatNumber(MAX_IMPORT_ROWS)} đoàn viên mỗi lần. Hệ thống kiểm tra toàn bộ tệp trước khi nhập.`}
        actions={
          <Link href="/doan-vien" className={buttonClass("secondary")}>
            ← Danh sách đoàn viên
          </Link>
        }
      />
      {chiDoan.length === 0 ? (
        <EmptyState title="Chưa có chi đoàn nào để nhập đoàn viên vào">
          Hãy tạo chi đoàn trước, rồi nhập danh sách đoàn viên của chi đoàn.
        </EmptyState>
      ) : (
        <Card>
          <MemberImportForm makesAccounts={canSomewhere(viewer, "account.createMembers")} />
        </Card>
      )}
    </>
  );
}
