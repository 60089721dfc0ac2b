"use client";
// The reviewers' list: tick the commitments waiting for you, then "Xác nhận" confirms what waits
// on each (registration or self-assessment), all of them or none.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/ui/field";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { confirmCommitmentsAction } from "@/lib/actions/commitments";
import { ASSESSMENT_RATING_LABELS } from "@/lib/domain/work-labels";
import { commitmentStage } from "@/lib/domain/commitment-rules";
import type { CommitmentListRow } from "@/lib/data/commitment-lists";
import { askConfirm } from "@/components/ui/confirm-dialog";
import { scrollRegion } from "@/components/ui/scroll-region";

export function CommitmentTable({ rows }: { rows: CommitmentListRow[] }) {
  const router = useRouter();
  const reviewable = rows.filter((r) => r.reviewStep);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const chosen = reviewable.filter((r) => selected.has(r.id));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allChosen = reviewable.length > 0 && chosen.length === reviewable.length;

  async function confirm() {
    if (!(await askConfirm(`Xác nhận ${chosen.length} bản đã chọn? Sau khi xác nhận, nội dung không sửa được nữa.`))) return;
    setPending(true);
    setMessage(null);
    try {
      const result = await confirmCommitmentsAction({ items: chosen.map((r) => ({ id: r.id, version: r.version })) });
      if (result.ok) {
        setMessage({ error: false, text: `Đã xác nhận ${result.data.count} bản.` });
        setSelected(new Set());
        router.refresh();
      } else setMessage({ error: true, text: result.formError ?? "Không xác nhận được." });
    } catch {
      setMessage({ error: true, text: "Không kết nối được máy chủ, vui lòng thử lại." });
    }
    setPending(false);
  }

  return (
    <div className="space-y-3">
      {reviewable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={allChosen}
              onChange={() => setSelected(allChosen ? new Set() : new Set(reviewable.map((r) => r.id)))}
            />
            Chọn tất cả bản chờ xác nhận ({reviewable.length})
          </label>
          <Button type="button" onClick={confirm} pending={pending} disabled={chosen.length === 0}>
            Xác nhận{chosen.length ? ` (${chosen.length})` : ""}
          </Button>
        </div>
      )}
      {message && (message.error ? <FormError message={message.text} /> : <FormNotice message={message.text} />)}
      <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="w-8 px-3 py-2">
                <span className="sr-only">Chọn</span>
              </th>
              <th className="px-3 py-2 font-medium">Đoàn viên</th>
              <th className="px-3 py-2 font-medium">Tình trạng</th>
              <th className="hidden px-3 py-2 font-medium md:table-cell">Tự xếp loại</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="commitment-row">
                <td className="px-3 py-2">
                  {r.reviewStep && (
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${r.memberName}`}
                      checked={selected.has(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  )}
                </td>
                <td className="px-3 py-2">
                  <Link href={`/cam-ket/${r.id}`} className="font-medium text-doan-700 hover:underline">
                    {r.memberName}
                  </Link>
                  <span className="block text-xs text-slate-500">
                    {r.chiDoanName} · {r.coSoName}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <WorkStatusBadge kind="entry" status={r.status} />
                  <span className="mt-1 block text-xs text-slate-600">{commitmentStage(r)}</span>
                </td>
                <td className="hidden px-3 py-2 md:table-cell">
                  {r.rating && r.assessmentStatus ? ASSESSMENT_RATING_LABELS[r.rating] : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
