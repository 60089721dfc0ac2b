import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listNotifications } from "@/lib/data/notifications";
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { MarkReadButton } from "@/components/layout/mark-read-button";

export const metadata: Metadata = { title: "Thông báo" };

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const notices = await listNotifications(viewer);
  const unread = notices.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader title="Thông báo" actions={unread > 0 ? <MarkReadButton /> : undefined} />
      {notices.length === 0 ? (
        <EmptyState title="Chưa có thông báo">
          Khi Đoàn Khối ban hành kế hoạch hoặc cơ sở ban hành kế hoạch của mình, bạn sẽ nhận thông báo ở đây.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {notices.map((n) => (
            <li key={n.id} className="px-4 py-3" data-testid="notification">
              <Link
                href={n.link}
                className={`block hover:underline ${n.readAt ? "text-slate-700" : "font-semibold text-doan-800"}`}
              >
                {n.title}
              </Link>
              <p className="text-xs text-slate-500">
                {formatVietnameseDateTime(n.createdAt)}
                {n.readAt ? "" : " · Chưa đọc"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
