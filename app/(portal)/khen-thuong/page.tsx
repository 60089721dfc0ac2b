import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { listRounds } from "@/lib/data/honour-rounds";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { ROUND_STATUS_LABELS } from "@/lib/domain/honour-labels";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Thi đua – khen thưởng" };

export default async function RoundsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "honour.read")) notFound();
  const rounds = await listRounds(viewer);
  const manages = holds(viewer, "honour.manage", { at: ["KHOI"] });
  return (
    <>
      <PageHeader
        title="Thi đua – khen thưởng"
        description="Các đợt xét chọn tuyên dương, khen thưởng của Đoàn Khối: cơ sở đề xuất, Đoàn Khối xét và quyết định."
        actions={
          <>
            <Link href="/khen-thuong/danh-hieu" className={buttonClass("secondary")}>
              Danh hiệu thi đua
            </Link>
            {manages && (
              <Link href="/khen-thuong/mo-dot" className={buttonClass()}>
                Mở đợt xét chọn
              </Link>
            )}
          </>
        }
      />
      {rounds.length === 0 ? (
        <EmptyState title="Chưa có đợt xét chọn nào">
          {manages
            ? "Thêm danh hiệu và tiêu chí, rồi bấm “Mở đợt xét chọn” để các cơ sở gửi đề xuất."
            : "Khi Đoàn Khối mở đợt xét chọn, đợt sẽ hiện ở đây để cơ sở gửi đề xuất."}
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {rounds.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div>
                  <Link href={`/khen-thuong/${r.id}`} className="font-medium text-doan-700 hover:underline">
                    {r.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {r.titles.map((t) => t.title.name).join("; ")} · Hạn đề xuất {formatVietnameseDate(r.dueOn)}
                  </p>
                </div>
                <div className="text-sm text-slate-700">
                  {ROUND_STATUS_LABELS[r.status]} · {r._count.nominations} đề xuất đã gửi
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
