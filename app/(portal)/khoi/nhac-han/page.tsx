import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { mayManageReminders, remindersOverview } from "@/lib/data/reminders";
import { deadlineKind, type DeadlineKind } from "@/lib/domain/deadlines";
import { formatNumber, formatVietnameseDate, formatVietnameseDateTime } from "@/lib/domain/dates";
import { RemindNowButton } from "@/components/notices/remind-now-button";
import { ReminderSettingsForm } from "@/components/notices/reminder-settings-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Nhắc hạn" };

/** "before:7" → "7 ngày trước hạn"; "overdue" → "Quá hạn"; "manual:…" → "Nhắc ngay". */
function slotLabel(slot: string) {
  if (slot === "overdue") return "Quá hạn (ngày sau hạn)";
  if (slot.startsWith("manual:")) return "Nhắc ngay";
  const days = Number(slot.slice("before:".length));
  return days === 0 ? "Đúng ngày hạn" : `${days} ngày trước hạn`;
}

const th = "px-3 py-2 text-left font-medium";
const td = "px-3 py-2 align-top";

/** Nhắc hạn: the Khối's reminder schedule, what will go out, what went out, what failed. */
export default async function RemindersPage() {
  const viewer = await requireViewer();
  if (!mayManageReminders(viewer)) notFound();
  const overview = await remindersOverview(viewer);
  return (
    <>
      <PageHeader
        title="Nhắc hạn"
        description="Cổng tự nhắc các cơ sở chưa nộp báo cáo, chưa gửi đề xuất khen thưởng, chưa đăng ký hoạt động — trong Cổng và qua thư — vào 07:00 các ngày đã chọn. Mỗi cơ sở được nhắc tối đa một lần mỗi ngày cho mỗi hạn."
      />
      <div className="space-y-6">
        <Card title="Lịch nhắc">
          <ReminderSettingsForm settings={overview.settings} />
        </Card>

        <Card title="Hạn sắp tới">
          {overview.upcoming.length === 0 ? (
            <EmptyState title="Không có hạn nào trong 60 ngày tới">
              Khi mở đợt báo cáo, đợt xét chọn hoặc hoạt động có hạn đăng ký, hạn sẽ hiện ở đây cùng ngày nhắc.
            </EmptyState>
          ) : (
            <div {...scrollRegion()} className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Các hạn sắp tới và lần nhắc tiếp theo</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th className={th}>Việc</th>
                    <th className={th}>Hạn</th>
                    <th className={th}>Lần nhắc tiếp theo</th>
                    <th className={th}>
                      <span className="sr-only">Thao tác</span>
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {overview.upcoming.map((d) => (
                    <tr key={`${d.type}:${d.id}`}>
                      <td className={td}>
                        <Link href={d.link} className="text-doan-700 underline">
                          {d.name}
                        </Link>
                        <span className="block text-xs text-slate-500">{deadlineKind(d.type)?.label}</span>
                      </td>
                      <td className={`${td} whitespace-nowrap`}>
                        {formatVietnameseDate(d.dueOn)}
                        <span className="block text-xs text-slate-500">
                          {d.daysLeft > 0 ? `còn ${d.daysLeft} ngày` : d.daysLeft === 0 ? "hôm nay" : `quá ${-d.daysLeft} ngày`}
                        </span>
                      </td>
                      <td className={td}>
                        {d.next ? `${formatVietnameseDate(d.next.on)} · ${slotLabel(d.next.slot)}` : "Không còn lần nhắc nào"}
                      </td>
                      <td className={td}>
                        {d.daysLeft >= -3 && <RemindNowButton type={d.type as DeadlineKind} id={d.id} name={d.name} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title="Đã nhắc">
          {overview.sent.length === 0 ? (
            <EmptyState title="Chưa có lần nhắc nào">Các lần nhắc theo lịch và bấm “Nhắc ngay” sẽ được ghi lại ở đây.</EmptyState>
          ) : (
            <div {...scrollRegion()} className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <caption className="sr-only">Các lần đã nhắc, mới nhất trước</caption>
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th className={th}>Thời gian</th>
                    <th className={th}>Việc</th>
                    <th className={th}>Lần nhắc</th>
                    <th className={th}>Cơ sở được nhắc</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {overview.sent.map((s) => (
                    <tr key={s.id}>
                      <td className={`${td} whitespace-nowrap`}>{formatVietnameseDateTime(s.createdAt)}</td>
                      <td className={td}>
                        <Link href={s.link} className="text-doan-700 underline">
                          {s.name}
                        </Link>
                        <span className="block text-xs text-slate-500">hạn {formatVietnameseDate(s.dueOn)}</span>
                      </td>
                      <td className={td}>
                        {slotLabel(s.slot)}
                        {!s.sentById && <span className="block text-xs text-slate-500">theo lịch</span>}
                      </td>
                      <td className={td}>
                        {formatNumber(s.reminded)}
                        {s.alreadyToday > 0 && (
                          <span className="block text-xs text-slate-500">{s.alreadyToday} đã được nhắc trong ngày</span>
                        )}
                        {s.unreachable > 0 && (
                          <span className="block text-xs text-amber-700">{s.unreachable} chưa có tài khoản bí thư</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title="Thư nhắc gửi không được">
          {overview.failed.length === 0 ? (
            <p className="text-sm text-slate-600">Không có thư nhắc nào gửi lỗi.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {overview.failed.map((m) => (
                <li key={m.id} className="py-2">
                  <span className="font-medium">{m.subject}</span> — {m.toAddress}, {formatVietnameseDateTime(m.createdAt)}, sau{" "}
                  {m.attempts} lần thử
                  <span className="block text-xs text-red-700">{m.lastError}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
