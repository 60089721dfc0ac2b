// Shown while a portal page loads its data (navigation, filters, paging).
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-10 text-slate-600">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-doan-700 border-t-transparent" aria-hidden />
      Đang tải dữ liệu…
    </div>
  );
}
