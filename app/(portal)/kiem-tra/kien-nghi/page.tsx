import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { listRecommendations, RECOMMENDATION_FILTERS, type RecommendationFilter } from "@/lib/data/inspection-conclusions";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { RECOMMENDATION_STATUS_LABELS } from "@/lib/domain/inspections";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { DeadlineBadge } from "@/components/inspections/visit-conclusion";

export const metadata: Metadata = { title: "Kiến nghị sau kiểm tra" };

const FILTER_LABELS: Record<RecommendationFilter, string> = {
  open: "Chưa xong",
  overdue: "Quá hạn",
  awaiting: "Chờ Khối xem xét",
  all: "Tất cả",
};

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<{ xem?: string; coSo?: string }> }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "inspection.read")) notFound();
  const params = await searchParams;
  const show = (RECOMMENDATION_FILTERS as readonly string[]).includes(params.xem ?? "")
    ? (params.xem as RecommendationFilter)
    : "open";
  // A cơ sở id that is not one is no filter (the scope keeps out what is not the viewer's anyway).
  const coSoId = z.uuid().safeParse(params.coSo).data;
  const rows = await listRecommendations(viewer, { show, coSoId });
  const manages = holds(viewer, "inspection.manage", { at: ["KHOI"] });
  const coSoName = coSoId ? rows[0]?.coSo.name : undefined;
  const href = (xem: RecommendationFilter) => `/kiem-tra/kien-nghi?xem=${xem}${coSoId ? `&coSo=${coSoId}` : ""}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/kiem-tra" className="text-doan-700 hover:underline">
          ← Kiểm tra chuyên đề
        </Link>
      </p>
      <PageHeader
        title={coSoName ? `Kiến nghị sau kiểm tra: ${coSoName}` : "Kiến nghị sau kiểm tra"}
        description={
          manages
            ? "Theo dõi các kiến nghị trong thông báo kết luận: cơ sở khắc phục, báo cáo; Khối chấp nhận hoặc yêu cầu tiếp tục."
            : "Các kiến nghị của Đoàn Khối sau kiểm tra tại đơn vị: báo cáo kết quả khắc phục trước thời hạn."
        }
      />
      <nav aria-label="Lọc kiến nghị" className="mb-4 flex flex-wrap gap-1.5 text-sm">
        {RECOMMENDATION_FILTERS.map((f) => (
          <Link
            key={f}
            href={href(f)}
            aria-current={f === show ? "true" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ${f === show ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            {FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title="Không có kiến nghị nào ở đây">
          {show === "open"
            ? "Mọi kiến nghị sau kiểm tra đã xong. Kiến nghị mới xuất hiện khi thông báo kết luận kiểm tra được ban hành."
            : "Chọn “Tất cả” để xem cả những kiến nghị đã xong."}
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {rows.map((r) => (
              <li key={r.id} className="py-3">
                <Link
                  href={`/kiem-tra/${r.visit.roundId}/buoi/${r.visit.id}`}
                  className="font-medium text-doan-700 hover:underline"
                >
                  {r.text}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {manages && <span className="font-medium text-slate-700">{r.coSo.name}</span>}
                  <span>Hạn {formatVietnameseDate(r.dueOn)}</span>
                  <span>· {RECOMMENDATION_STATUS_LABELS[r.status]}</span>
                  <DeadlineBadge state={r.state} />
                  <span>
                    · {r.visit.round.name}, kiểm tra ngày {formatVietnameseDate(r.visit.visitOn)}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
