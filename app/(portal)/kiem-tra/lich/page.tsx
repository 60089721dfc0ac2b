import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { inspectionCalendar } from "@/lib/data/inspection-rounds";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { VISIT_STATUS_LABELS } from "@/lib/domain/inspections";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Lịch kiểm tra" };

const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

/** "2026-12" → that month; anything else → the current month in Vietnam. */
function monthOf(raw: string | undefined) {
  const m = /^(\d{4})-(\d{2})$/.exec(raw ?? "");
  const today = todayInVietnam();
  const year = m ? Number(m[1]) : today.getUTCFullYear();
  const month = m ? Number(m[2]) : today.getUTCMonth() + 1;
  if (year < 2000 || year > 2100 || month < 1 || month > 12)
    return { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  return { year, month };
}

const key = (year: number, month: number) => {
  const d = new Date(Date.UTC(year, month - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};

export default async function InspectionCalendarPage({ searchParams }: { searchParams: Promise<{ thang?: string }> }) {
  const viewer = await requireViewer();
  if (!holds(viewer, "inspection.manage", { at: ["KHOI"] })) notFound();
  const { year, month } = monthOf((await searchParams).thang);
  const from = new Date(Date.UTC(year, month - 1, 1));
  const to = new Date(Date.UTC(year, month, 0));
  const visits = await inspectionCalendar(viewer, from, to);
  const days = [...new Set(visits.map((v) => v.visitOn.getTime()))];
  const clashing = visits.filter((v) => v.clashes.length).length;
  return (
    <>
      <PageHeader
        title={`Lịch kiểm tra tháng ${month}/${year}`}
        description={
          clashing
            ? `${clashing} buổi kiểm tra bị trùng lịch (đánh dấu ⚠): dời ngày ở trang của đợt kiểm tra.`
            : "Các buổi kiểm tra của mọi đợt trong tháng, theo ngày. Buổi trùng lịch được đánh dấu ⚠."
        }
        actions={
          <>
            <Link href={`/kiem-tra/lich?thang=${key(year, month - 1)}`} className={buttonClass("secondary")}>
              ← Tháng trước
            </Link>
            <Link href={`/kiem-tra/lich?thang=${key(year, month + 1)}`} className={buttonClass("secondary")}>
              Tháng sau →
            </Link>
          </>
        }
      />
      {days.length === 0 ? (
        <EmptyState title={`Không có buổi kiểm tra nào trong tháng ${month}/${year}`}>
          Thêm cơ sở vào lịch ở trang của từng{" "}
          <Link href="/kiem-tra" className="text-doan-700 underline">
            đợt kiểm tra
          </Link>
          .
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          {days.map((day) => {
            const date = new Date(day);
            return (
              <Card key={day} title={`${WEEKDAYS[date.getUTCDay()]}, ${formatVietnameseDate(date)}`}>
                <ul className="divide-y divide-slate-100">
                  {visits
                    .filter((v) => v.visitOn.getTime() === day)
                    .map((v) => (
                      <li key={v.id} className="py-2 text-sm">
                        <Link href={`/kiem-tra/${v.roundId}`} className="font-medium text-doan-700 hover:underline">
                          {v.coSo.name}
                        </Link>{" "}
                        · {VISIT_STATUS_LABELS[v.status]}
                        <p className="text-slate-600">
                          {v.round.name} · Đoàn: {v.round.team.map((t) => t.user.name).join(", ")}
                        </p>
                        {v.clashes.map((c) => (
                          <p key={c} className="text-xs text-red-700">
                            ⚠ {c}
                          </p>
                        ))}
                      </li>
                    ))}
                </ul>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
