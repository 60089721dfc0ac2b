import { Suspense } from "react";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { signInPath } from "@/lib/auth/return-path";
import { requestPath } from "@/lib/server/request-context";
import { PortalHeader } from "@/components/layout/portal-header";
import { NoticeArrival } from "@/components/layout/notice-arrival";
import { unreadNotices } from "@/lib/data/notifications";
import { getToDo } from "@/lib/data/to-do";

// Navigation only: every page and action checks access itself (a layout does not re-run on
// client navigation, so it can never be the security check).
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(requestPath()));
  // Two grouped reads for the menu (the page's own to-do card reuses the second: getToDo is cached).
  const [unread, toDo] = await Promise.all([unreadNotices(viewer), getToDo(viewer)]);
  return (
    <div className="min-h-screen">
      <PortalHeader viewer={viewer} unread={unread.total} waiting={toDo.menu} />
      <Suspense fallback={null}>
        <NoticeArrival links={unread.links} />
      </Suspense>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
