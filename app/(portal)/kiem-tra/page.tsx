import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { listInspectionRounds } from "@/lib/data/inspection-rounds";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { INSPECTION_ROUND_STATUS_LABELS, VISIT_STATUS_LABELS } from "@/lib/domain/inspections";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Kiểm tra chuyên đề" };

export default async function InspectionsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "inspection.read")) notFound();
  const rounds = await listInspectionRounds(viewer);
  const manages = holds(viewer, "inspection.manage", { at: ["KHOI"] });
  return (
    <>
      <PageHeader
        title="Kiểm tra chuyên đề"
        description={
          manages
            ? "Các đợt kiểm tra việc triển khai, tổ chức thực hiện phong trào tại cơ sở: đoàn kiểm tra, lịch, nội dung, kết luận."
            : "Lịch kiểm tra của Đoàn Khối tại cơ sở, nội dung kiểm tra và những gì cần chuẩn bị."
        }
        actions={
          <>
            <Link href="/kiem-tra/kien-nghi" className={buttonClass("secondary")}>
              Kiến nghị sau kiểm tra
            </Link>
            {manages && (
              <>
                <Link href="/kiem-tra/lich" className={buttonClass("secondary")}>
                  Lịch kiểm tra
                </Link>
                <Link href="/kiem-tra/moi" className={buttonClass()}>
                  Lập đợt kiểm tra
                </Link>
              </>
            )}
          </>
        }
      />
      {rounds.length === 0 ? (
        <EmptyState title="Chưa có đợt kiểm tra nào">
          {manages
            ? "Bấm “Lập đợt kiểm tra” để chọn kế hoạch, đoàn kiểm tra và các cơ sở sẽ đến."
            : "Khi Đoàn Khối thông báo lịch kiểm tra tại cơ sở, lịch và nội dung kiểm tra sẽ hiện ở đây."}
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {rounds.map((r) => {
              const live = r.visits.filter((v) => v.status !== "CANCELLED");
              const done = live.filter((v) => v.status === "VISITED" || v.status === "CONCLUDED").length;
              return (
                <li key={r.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <Link href={`/kiem-tra/${r.id}`} className="font-medium text-doan-700 hover:underline">
                      {r.name}
                    </Link>
                    <p className="text-sm text-slate-600">
                      Quyết định số {r.decisionNumber} · {formatVietnameseDate(r.periodFrom)} – {formatVietnameseDate(r.periodTo)}
                    </p>
                  </div>
                  <div className="text-sm text-slate-700">
                    {manages
                      ? `${INSPECTION_ROUND_STATUS_LABELS[r.status]} · đã kiểm tra ${done}/${live.length} cơ sở`
                      : live
                          .map((v) => `Ngày ${formatVietnameseDate(v.visitOn)} · ${VISIT_STATUS_LABELS[v.status]}`)
                          .join("; ") || "Buổi kiểm tra đã hủy"}
                  </div>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </>
  );
}
