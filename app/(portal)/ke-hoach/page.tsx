import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { grantsFor } from "@/lib/authz";
import { listPlans } from "@/lib/data/plans";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PLAN_KIND_LABELS } from "@/lib/domain/plan-labels";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { StatusBadge } from "@/components/plans/status-badge";

export const metadata: Metadata = { title: "Kế hoạch, chương trình" };

export default async function PlansPage() {
  const viewer = await requireViewer();
  const plans = await listPlans(viewer);
  const khoiStaff = grantsFor(viewer, "plan.manage").some((g) => g.unitKind === "KHOI");
  const coSoSecretary = grantsFor(viewer, "plan.manage").some((g) => g.unitKind === "CO_SO");
  return (
    <>
      <PageHeader
        title="Kế hoạch, chương trình"
        description="Chương trình nhiều năm và kế hoạch năm thực hiện phong trào “3 trách nhiệm”, với hệ thống chỉ tiêu."
        actions={
          khoiStaff ? (
            <Link href="/ke-hoach/moi" className={buttonClass()}>
              Tạo kế hoạch, chương trình
            </Link>
          ) : undefined
        }
      />
      {coSoSecretary && (
        <p className="mb-4 rounded-md bg-doan-50 px-3 py-2 text-sm text-doan-900">
          Để xây dựng kế hoạch của cơ sở, mở kế hoạch đã ban hành của Đoàn Khối và chọn “Xây dựng kế hoạch của cơ sở”.
        </p>
      )}
      {plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch nào">
          {khoiStaff
            ? "Bấm “Tạo kế hoạch, chương trình” và dán nội dung văn bản để điền sẵn các mục và chỉ tiêu."
            : "Khi Đoàn Khối ban hành kế hoạch, kế hoạch sẽ hiện ở đây."}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {plans.map((p) => (
            <li key={p.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="font-medium text-slate-800">{PLAN_KIND_LABELS[p.kind]}</span>
                <span>·</span>
                <span>{p.startYear === p.endYear ? `Năm ${p.startYear}` : `Giai đoạn ${p.startYear} – ${p.endYear}`}</span>
                <span>·</span>
                <span>{p.unitName}</span>
                <StatusBadge status={p.status} />
                {p.revision > 0 && <span className="text-slate-500">Bản sửa đổi lần {p.revision}</span>}
              </div>
              <Link href={`/ke-hoach/${p.id}`} className="mt-1 block font-medium text-doan-800 hover:underline">
                {p.number ? `Số ${p.number} – ` : ""}
                {p.subject}
              </Link>
              <p className="mt-1 text-xs text-slate-500">
                {p.indicatorCount} chỉ tiêu{p.issueDate ? ` · ngày ${formatVietnameseDate(p.issueDate)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
