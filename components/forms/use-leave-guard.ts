"use client";
// Leaving a form with typed content asks first: a link or a menu entry clicked (the portal's own
// dialog), "Hủy" (leaveForm), closing or reloading the tab (the browser's own question, the only
// one a page may ask then). Saving clears the form's "typed" state (use-action-form.ts), so a
// saved form leaves freely.
import { useCallback, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { askConfirm } from "@/components/ui/confirm-dialog";

const QUESTION = "Bạn có nội dung chưa lưu trên trang này. Rời trang thì nội dung đó sẽ mất.";
const ask = () => askConfirm(QUESTION, { confirmLabel: "Rời trang", cancelLabel: "Ở lại", danger: true });

/** A click that would take the browser to another page of this site (not a new tab, not a download). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return null;
  if (/^(mailto|tel):/i.test(link.getAttribute("href") ?? "")) return null;
  const to = new URL(link.href, window.location.href);
  if (to.origin !== window.location.origin) return link;
  return to.pathname === window.location.pathname && to.search === window.location.search ? null : link;
}

/** @returns leaveForm: what "Hủy" calls (asks first when something was typed, then goes back). */
export function useLeaveGuard(dirty: boolean) {
  const router = useRouter();
  const dirtyNow = useRef(dirty);
  useEffect(() => {
    dirtyNow.current = dirty;
  }, [dirty]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Not again after the user chose "Rời trang" in the portal's dialog.
      if (dirtyNow.current) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = leavingLink(event);
      if (!link) return;
      // Held until the user answers; the click never reaches Next.js's router.
      event.preventDefault();
      event.stopPropagation();
      void ask().then((leave) => {
        if (!leave) return;
        dirtyNow.current = false;
        const to = new URL(link.href, window.location.href);
        if (to.origin === window.location.origin) router.push(to.pathname + to.search + to.hash);
        else window.location.assign(to.href);
      });
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, router]);

  return useCallback(async () => {
    if (dirtyNow.current && !(await ask())) return;
    router.back();
  }, [router]);
}
