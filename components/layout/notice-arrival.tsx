"use client";
// Arriving on the page a notice leads to marks it read, however the user got there (the notices
// list, an e-mail, the menu, a link elsewhere): the layout passes the pages the viewer's unread
// notices lead to, and only on one of those is the server asked, then the header refreshed.
import { useEffect } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { markNoticesReadAtAction } from "@/lib/actions/notifications";
import { arrivedAt } from "@/lib/domain/notice-arrival";

export function NoticeArrival({ links }: { links: string[] }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const router = useRouter();
  useEffect(() => {
    const path = arrivedAt(links, pathname, search);
    if (!path) return;
    let live = true;
    void markNoticesReadAtAction({ path })
      .then((result) => {
        if (live && result.ok && result.data.count > 0) router.refresh();
      })
      .catch(() => null);
    return () => {
      live = false;
    };
  }, [links, pathname, search, router]);
  return null;
}
