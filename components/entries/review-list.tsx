"use client";
// The reviewers' list: tick the pending entries that are right and confirm them at once. Rows the
// viewer may not confirm (their own, another state, the Khối reading only) have no tick box.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/ui/field";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { confirmEntriesAction } from "@/lib/actions/entries";
import { scrollRegion } from "@/components/ui/scroll-region";

export type ReviewRow = {
  id: string;
  version: number;
  title: string;
  kindLabel: string;
  status: string;
  occurredOn: string;
  memberName: string | null;
  chiDoanName: string;
  coSoName: string;
  canReview: boolean;
};

export function ReviewList({ rows, showCoSo }: { rows: ReviewRow[]; showCoSo: boolean }) {
  const router = useRouter();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const reviewable = rows.filter((r) => r.canReview);
  const allPicked = reviewable.length > 0 && reviewable.every((r) => picked.has(r.id));

  const toggle = (id: string) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function confirm() {
    const entries = reviewable.filter((r) => picked.has(r.id)).map((r) => ({ id: r.id, version: r.version }));
    if (!entries.length) return setError("Vui lòng chọn ghi nhận cần xác nhận");
    setPending(true);
    setError(null);
    setNote(null);
    const result = await confirmEntriesAction({ entries }).catch(() => ({
      ok: false as const,
      formError: "Không kết nối được máy chủ, vui lòng thử lại.",
    }));
    setPending(false);
    if (!result.ok) return setError(result.formError ?? "Không xác nhận được");
    setPicked(new Set());
    setNote(`Đã xác nhận ${entries.length} ghi nhận.`);
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {reviewable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={allPicked}
              onChange={() => setPicked(allPicked ? new Set() : new Set(reviewable.map((r) => r.id)))}
            />
            Chọn tất cả {reviewable.length} ghi nhận chờ xác nhận trên trang
          </label>
          <Button type="button" pending={pending} onClick={confirm} disabled={picked.size === 0}>
            Xác nhận{picked.size ? ` (${picked.size})` : ""}
          </Button>
        </div>
      )}
      <FormError message={error} />
      <FormNotice message={note} />
      <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="w-8 px-3 py-2">
                <span className="sr-only">Chọn</span>
              </th>
              <th className="px-3 py-2 font-medium">Nội dung</th>
              <th className="hidden px-3 py-2 font-medium sm:table-cell">Đoàn viên</th>
              <th className="hidden px-3 py-2 font-medium md:table-cell">Ngày</th>
              <th className="px-3 py-2 font-medium">Trạng thái</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="entry-row" className="align-top">
                <td className="px-3 py-2">
                  {r.canReview && (
                    <input
                      type="checkbox"
                      aria-label={`Chọn “${r.title}”`}
                      checked={picked.has(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  )}
                </td>
                <td className="px-3 py-2">
                  <Link href={`/ghi-nhan/${r.id}`} className="font-medium text-doan-700 hover:underline">
                    {r.title}
                  </Link>
                  <span className="block text-xs text-slate-500">{r.kindLabel}</span>
                  {/* On a phone the member and date columns are hidden: repeat them here. */}
                  <span className="block text-xs text-slate-500 sm:hidden">
                    {[r.memberName, r.occurredOn].filter(Boolean).join(" · ")}
                  </span>
                </td>
                <td className="hidden px-3 py-2 sm:table-cell">
                  {r.memberName}
                  <span className="block text-xs text-slate-500">
                    {showCoSo ? `${r.chiDoanName} – ${r.coSoName}` : r.chiDoanName}
                  </span>
                </td>
                <td className="hidden px-3 py-2 tabular-nums md:table-cell">{r.occurredOn}</td>
                <td className="px-3 py-2">
                  <WorkStatusBadge status={r.status} kind="entry" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
