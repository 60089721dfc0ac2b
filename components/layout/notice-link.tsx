"use client";
// A notice in the list: opening it marks it read, then goes to its record; "Đã đọc" marks it
// without leaving. A click with a modifier (new tab) still marks it, in the background.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markNoticeReadAction } from "@/lib/actions/notifications";

export function NoticeLink({ id, href, title, unread }: { id: string; href: string; title: string; unread: boolean }) {
  const router = useRouter();
  return (
    <Link
      href={href}
      className={`block hover:underline ${unread ? "font-semibold text-doan-800" : "text-slate-700"}`}
      onClick={(e) => {
        if (!unread) return;
        const newTab = e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0;
        const marking = markNoticeReadAction({ id }).catch(() => null);
        if (newTab) return;
        e.preventDefault();
        void marking.then((result) => router.push(result?.ok ? result.data.link : href));
      }}
    >
      {title}
    </Link>
  );
}

export function MarkNoticeRead({ id }: { id: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="text-xs text-doan-700 underline disabled:opacity-50"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await markNoticeReadAction({ id }).catch(() => null);
        setPending(false);
        router.refresh();
      }}
    >
      Đánh dấu đã đọc
    </button>
  );
}
