"use client";
// A menu link that shows it is loading while the next page is on its way (pages no longer sit
// under a loading.tsx, which would stream every page after a 200 and hide real 404s).
import Link, { useLinkStatus } from "next/link";

function PendingSpinner() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      role="status"
      className="ml-1.5 inline-block h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent align-[-1px]"
    >
      <span className="sr-only">Đang tải…</span>
    </span>
  );
}

export function NavLink({
  href,
  className,
  current,
  onNavigate,
  label,
  children,
}: {
  href: string;
  className?: string;
  current?: boolean;
  onNavigate?: () => void;
  /** The name read out when the visible text is not all of it ("Công trình, 3 việc chờ") */
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <Link href={href} className={className} aria-current={current ? "page" : undefined} aria-label={label} onClick={onNavigate}>
      {children}
      <PendingSpinner />
    </Link>
  );
}
