"use client";
// A list's filters, folded on a phone: at 390 px six selects and a search box took the whole first
// screen before the first row. Below md the form sits behind "Bộ lọc (N đang chọn)"; at desk size
// it opens by itself once the page runs (without JavaScript the summary stays and opens it).
import { useEffect, useRef, type ReactNode } from "react";

/** The breakpoint of Tailwind's `md:`: from there on the filters are shown open. */
const DESK = "(min-width: 768px)";

/** `values`: the list's filters as the URL holds them; the summary says how many are set. */
export function FilterPanel({ values, children }: { values: Record<string, string | undefined>; children: ReactNode }) {
  const active = Object.values(values).filter(Boolean).length;
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(DESK).matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="group mb-4" data-filter-panel="">
      <summary className="inline-flex cursor-pointer select-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 md:group-open:hidden">
        Bộ lọc{active > 0 ? ` (${active} đang chọn)` : ""}
      </summary>
      <div className="mt-2 md:mt-0">{children}</div>
    </details>
  );
}
