import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { outboxOf } from "@/lib/data/mail-outbox";
import { formatNumber, formatVietnameseDateTime } from "@/lib/domain/dates";
import { MAIL_STATUS_LABELS, mailKindLabel } from "@/lib/domain/mail-labels";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Thư đi" };

const STATUSES = Object.keys(MAIL_STATUS_LABELS) as MailStatus[];

/** The Khối's e-mails (sent, kept, waiting, failed with the reason), for its admins only. */
export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ trang?: string; tt?: string }> }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "audit.read")) notFound();
  const search = await searchParams;
  const status = STATUSES.find((s) => s === search.tt);
  const page = Number.parseInt(search.trang ?? "1", 10) || 1;
  const outbox = await outboxOf(viewer, { status, page });
  const href = (next: { tt?: MailStatus; trang?: number }) => {
    const params = new URLSearchParams();
    if (next.tt) params.set("tt", next.tt);
    if (next.trang && next.trang > 1) params.set("trang", String(next.trang));
    return params.size ? `/khoi/thu-di?${params}` : "/khoi/thu-di";
  };
  const chip = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ring-1 ${active ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;
  return (
    <>
      <PageHeader
        title="Thư đi"
        description="Thư điện tử Cổng gửi cho các tài khoản của Đoàn Khối: đã gửi, đang chờ, gửi không được (kèm lý do)."
      />
      <nav aria-label="Lọc theo trạng thái" className="mb-4 flex flex-wrap gap-2">
        <Link href={href({})} className={chip(!status)}>
          Tất cả
        </Link>
        {STATUSES.map((s) => (
          <Link key={s} href={href({ tt: s })} className={chip(status === s)}>
            {MAIL_STATUS_LABELS[s]} ({formatNumber(outbox.counts[s] ?? 0)})
          </Link>
        ))}
      </nav>
      {outbox.rows.length === 0 ? (
        <EmptyState title="Chưa có thư nào">Khi Cổng gửi thư (đặt lại mật khẩu, nhắc hạn…), thư sẽ hiện ở đây.</EmptyState>
      ) : (
        <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Thư đi của Đoàn Khối</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2">Thời gian</th>
                <th className="px-3 py-2">Người nhận</th>
                <th className="px-3 py-2">Loại</th>
                <th className="px-3 py-2">Tiêu đề</th>
                <th className="px-3 py-2">Trạng thái</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {outbox.rows.map((m) => (
                <tr key={m.id}>
                  <td className="whitespace-nowrap px-3 py-2">{formatVietnameseDateTime(m.createdAt)}</td>
                  <td className="px-3 py-2">{m.toAddress}</td>
                  <td className="px-3 py-2">{mailKindLabel(m.kind)}</td>
                  <td className="px-3 py-2">
                    <Link href={`/khoi/thu-di/${m.id}`} className="text-doan-700 underline">
                      {m.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {MAIL_STATUS_LABELS[m.status]}
                    {m.status === "QUEUED" && m.attempts > 0 && ` · thử lại lúc ${formatVietnameseDateTime(m.nextAttemptAt)}`}
                    {m.lastError && m.status !== "SENT" && <span className="block text-xs text-red-700">{m.lastError}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {outbox.pages > 1 && (
        <nav aria-label="Trang" className="mt-4 flex items-center justify-between text-sm">
          {outbox.page > 1 ? (
            <Link href={href({ tt: status, trang: outbox.page - 1 })} className="text-doan-700 underline">
              ← Mới hơn
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">
            Trang {formatNumber(outbox.page)}/{formatNumber(outbox.pages)}
          </span>
          {outbox.page < outbox.pages ? (
            <Link href={href({ tt: status, trang: outbox.page + 1 })} className="text-doan-700 underline">
              Cũ hơn →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
