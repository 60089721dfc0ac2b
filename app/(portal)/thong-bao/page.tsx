import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { countUnread, listNotifications, unreadByGroup } from "@/lib/data/notifications";
import { formatNumber, formatVietnameseDateTime } from "@/lib/domain/dates";
import { NOTICE_GROUPS, groupOfLink, isSitePath, noticeGroup } from "@/lib/domain/notice-groups";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { MarkReadButton } from "@/components/layout/mark-read-button";
import { MarkNoticeRead, NoticeLink } from "@/components/layout/notice-link";

export const metadata: Metadata = { title: "Thông báo" };

type Search = { "chua-doc"?: string; nhom?: string; trang?: string };

/** The page's address for a filter, keeping the others. */
function hrefOf(
  current: { unreadOnly: boolean; group?: string },
  change: Partial<{ unreadOnly: boolean; group?: string; page: number }>,
) {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.unreadOnly) params.set("chua-doc", "1");
  if (next.group) params.set("nhom", next.group);
  if (next.page > 1) params.set("trang", String(next.page));
  const query = params.toString();
  return query ? `/thong-bao?${query}` : "/thong-bao";
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer();
  const search = await searchParams;
  const filter = {
    unreadOnly: search["chua-doc"] === "1",
    group: noticeGroup(search.nhom)?.key,
    page: Math.min(10_000, Math.max(1, Number.parseInt(search.trang ?? "1", 10) || 1)),
  };
  const [notices, unread, byGroup] = await Promise.all([
    listNotifications(viewer, filter),
    countUnread(viewer),
    unreadByGroup(viewer),
  ]);
  const chip = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ring-1 ${active ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;
  const filtered = filter.unreadOnly || !!filter.group;
  return (
    <>
      <PageHeader
        title="Thông báo"
        description={unread > 0 ? `${formatNumber(unread)} thông báo chưa đọc` : "Đã đọc hết thông báo"}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <Link href="/thong-bao/cai-dat" className="text-sm text-doan-700 underline">
              Cài đặt nhận thư
            </Link>
            {unread > 0 && <MarkReadButton />}
          </div>
        }
      />
      <nav aria-label="Lọc thông báo" className="mb-4 flex flex-wrap gap-2">
        <Link href={hrefOf(filter, { unreadOnly: false, group: undefined })} className={chip(!filtered)}>
          Tất cả
        </Link>
        <Link href={hrefOf(filter, { unreadOnly: !filter.unreadOnly })} className={chip(filter.unreadOnly)}>
          Chưa đọc ({formatNumber(unread)})
        </Link>
        {NOTICE_GROUPS.map((g) => (
          <Link
            key={g.key}
            href={hrefOf(filter, { group: filter.group === g.key ? undefined : g.key })}
            className={chip(filter.group === g.key)}
          >
            {g.label}
            {(byGroup.get(g.key) ?? 0) > 0 && ` (${formatNumber(byGroup.get(g.key)!)})`}
          </Link>
        ))}
      </nav>
      {notices.rows.length === 0 ? (
        <EmptyState title={filtered ? "Không có thông báo nào khớp bộ lọc" : "Chưa có thông báo"}>
          {filtered ? (
            <Link href="/thong-bao" className="text-doan-700 underline">
              Xem tất cả thông báo
            </Link>
          ) : (
            "Khi Đoàn Khối ban hành kế hoạch, mở đợt báo cáo hay xét chọn, hoặc hồ sơ của bạn được xác nhận, trả lại, bạn sẽ nhận thông báo ở đây."
          )}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          {notices.rows.map((n) => (
            <li key={n.id} className="px-4 py-3" data-testid="notification">
              <NoticeLink id={n.id} href={isSitePath(n.link) ? n.link : "/thong-bao"} title={n.title} unread={!n.readAt} />
              <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
                <span>{formatVietnameseDateTime(n.createdAt)}</span>
                {groupOfLink(n.link) && <span>· {groupOfLink(n.link)!.label}</span>}
                {!n.readAt && (
                  <>
                    <span>· Chưa đọc</span>
                    <MarkNoticeRead id={n.id} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {notices.pages > 1 && (
        <nav aria-label="Trang" className="mt-4 flex items-center justify-between text-sm">
          {notices.page > 1 ? (
            <Link href={hrefOf(filter, { page: notices.page - 1 })} className="text-doan-700 underline">
              ← Mới hơn
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">
            Trang {formatNumber(notices.page)}/{formatNumber(notices.pages)} · {formatNumber(notices.total)} thông báo
          </span>
          {notices.page < notices.pages ? (
            <Link href={hrefOf(filter, { page: notices.page + 1 })} className="text-doan-700 underline">
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
