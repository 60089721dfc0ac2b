// Shown while the dashboard counts (the roll-up reads every confirmed record of the year). A
// Suspense fallback inside the page, not a loading.tsx: a loading.tsx streams the page after a 200,
// so a page under it that answers "not found" could never send a 404 status.
export function DashboardSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <p className="flex items-center gap-3 text-slate-600">
        <span className="h-5 w-5 animate-spin rounded-full border-2 border-doan-700 border-t-transparent" aria-hidden />
        Đang tổng hợp số liệu…
      </p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" aria-hidden />
      <div className="h-56 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" aria-hidden />
    </div>
  );
}
