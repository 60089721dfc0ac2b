"use client";
// The portal's menu. On a desk: every entry in rows, grouped by what the role does, the current
// page marked. On a phone: one "Menu" button that opens the same groups full width, with who is
// signed in, the notices and the account links, and closes when a page is chosen.
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { NavLink } from "./nav-link";

/** `waiting`: how many things wait for the viewer behind the entry (Việc cần làm), shown as a badge. */
export type NavGroup = { label: string; items: { href: string; label: string; waiting?: number }[] };

/** The count beside an entry; the link's own name says it in words ("Công trình, 3 việc chờ"). */
function WaitingBadge({ n }: { n: number }) {
  return (
    <span aria-hidden="true" className="ml-1.5 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900">
      {n > 99 ? "99+" : n}
    </span>
  );
}

/** The entry for the page shown: the longest href the path starts with ("/khoi/nhat-ky" over "/khoi"). */
export function currentHref(pathname: string, hrefs: string[]): string | undefined {
  return hrefs.filter((href) => pathname === href || pathname.startsWith(`${href}/`)).sort((a, b) => b.length - a.length)[0];
}

const item = "block rounded-md px-3 py-1.5 text-white/90 hover:bg-white/10 md:whitespace-nowrap";
const currentItem = "bg-white/20 font-semibold text-white";

export function PortalNav({ groups, account }: { groups: NavGroup[]; account: React.ReactNode }) {
  const pathname = usePathname();
  const [openAt, setOpenAt] = useState<string | null>(null);
  // Open only on the page where it was opened: choosing an entry closes it.
  const open = openAt === pathname;
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpenAt(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  const current = currentHref(
    pathname,
    groups.flatMap((g) => g.items.map((i) => i.href)),
  );

  return (
    <>
      <button
        type="button"
        className="rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-white/40 hover:bg-white/10 md:hidden"
        aria-expanded={open}
        aria-controls="portal-menu"
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        {open ? "Đóng menu" : "Menu"}
      </button>
      <nav
        id="portal-menu"
        aria-label="Điều hướng chính"
        className={`${open ? "block" : "hidden"} order-last w-full pb-3 md:block md:pb-2`}
      >
        <div className="mb-3 border-b border-white/20 pb-3 md:hidden">{account}</div>
        <ul className="grid gap-3 text-sm md:flex md:flex-wrap md:items-center md:gap-x-1 md:gap-y-1">
          {groups.map((group, g) => (
            <li key={group.label} className={g > 0 ? "md:border-l md:border-white/20 md:pl-1" : undefined}>
              <span className="mb-1 block px-3 text-xs font-medium uppercase tracking-wide text-white/60 md:sr-only">
                {group.label}
              </span>
              <ul className="grid grid-cols-1 gap-1 min-[400px]:grid-cols-2 md:flex md:flex-wrap">
                {group.items.map((entry) => (
                  <li key={entry.href}>
                    <NavLink
                      href={entry.href}
                      className={`${item} ${entry.href === current ? currentItem : ""}`}
                      current={entry.href === current}
                      onNavigate={() => setOpenAt(null)}
                      label={entry.waiting ? `${entry.label}, ${entry.waiting} việc chờ` : undefined}
                    >
                      {entry.label}
                      {entry.waiting ? <WaitingBadge n={entry.waiting} /> : null}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
