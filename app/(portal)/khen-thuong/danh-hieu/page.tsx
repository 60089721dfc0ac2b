import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listTitles } from "@/lib/data/honour-titles";
import { HONOUR_LEVEL_LABELS, HONOUR_SUBJECT_LABELS } from "@/lib/domain/honour-labels";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Danh hiệu thi đua" };

export default async function TitlesPage({ searchParams }: { searchParams: Promise<{ luu_tru?: string }> }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "honour.read")) notFound();
  const includeArchived = (await searchParams).luu_tru === "1";
  const titles = await listTitles(viewer, { includeArchived });
  const manages = canSomewhere(viewer, "honour.manage");
  return (
    <>
      <PageHeader
        title="Danh hiệu thi đua"
        description="Các danh hiệu Đoàn Khối tuyên dương hoặc giới thiệu lên cấp trên, với tiêu chí theo “3 trách nhiệm”."
        actions={
          manages ? (
            <Link href="/khen-thuong/danh-hieu/moi" className={buttonClass()}>
              Thêm danh hiệu
            </Link>
          ) : undefined
        }
      />
      {titles.length === 0 ? (
        <EmptyState title="Chưa có danh hiệu nào">
          {manages
            ? "Bấm “Thêm danh hiệu” để đặt tên, cấp và tiêu chí của danh hiệu; các đợt xét chọn sẽ dùng các danh hiệu này."
            : "Khi Đoàn Khối công bố danh hiệu và tiêu chí, danh hiệu sẽ hiện ở đây."}
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {titles.map((t) => (
              <li key={t.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={`/khen-thuong/danh-hieu/${t.id}`} className="font-medium text-doan-700 hover:underline">
                    {t.name}
                  </Link>
                  {!t.active && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">Lưu trữ</span>}
                  <p className="text-sm text-slate-600">
                    {HONOUR_SUBJECT_LABELS[t.subject]} · {HONOUR_LEVEL_LABELS[t.level]} · {t.criteria.length} tiêu chí
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <p className="mt-4 text-sm">
        {includeArchived ? (
          <Link href="/khen-thuong/danh-hieu" className="text-doan-700 underline">
            Ẩn danh hiệu đã lưu trữ
          </Link>
        ) : (
          <Link href="/khen-thuong/danh-hieu?luu_tru=1" className="text-doan-700 underline">
            Xem cả danh hiệu đã lưu trữ
          </Link>
        )}
      </p>
    </>
  );
}
