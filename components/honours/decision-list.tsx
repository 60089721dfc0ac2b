// The round's decisions, oldest first: number and date, the Word file, and who each honours (an
// honour a later decision revoked is struck through, with the revoking decision named).
import type { DecisionDto } from "@/lib/data/honour-decisions";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { nomineeName } from "@/lib/domain/honour-labels";

export function DecisionList({ roundId, decisions }: { roundId: string; decisions: DecisionDto[] }) {
  const numberOf = new Map(decisions.map((d) => [d.id, d.number]));
  return (
    <ul className="space-y-4 text-sm">
      {decisions.map((d) => (
        <li key={d.id} className="space-y-1">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium text-slate-900">
              Quyết định số {d.number} ngày {formatVietnameseDate(d.signedOn)}
              {d.amends && ` (sửa đổi, bổ sung Quyết định số ${d.amends.number})`}
            </span>
            <span className="flex flex-wrap gap-3">
              <a href={`/khen-thuong/${roundId}/quyet-dinh/${d.id}`} className="text-doan-700 underline">
                Xuất Word quyết định
              </a>
              {d.honours.some((h) => !h.revokedById) && (
                <a href={`/khen-thuong/${roundId}/quyet-dinh/${d.id}/giay-khen`} className="text-doan-700 underline">
                  Giấy khen (tất cả)
                </a>
              )}
            </span>
          </div>
          {d.note && <p className="text-slate-600">Lý do: {d.note}</p>}
          {d.honours.length > 0 && (
            <ul className="list-disc pl-5">
              {d.honours.map((h) => (
                <li key={h.id} className={h.revokedById ? "text-slate-500 line-through" : undefined}>
                  {nomineeName(h.nomination)} — {h.titleName}
                  {h.revokedById && (
                    <span className="no-underline"> (thu hồi theo Quyết định số {numberOf.get(h.revokedById)})</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {d.revoked.length > 0 && (
            <p className="text-slate-600">
              Thu hồi: {d.revoked.map((h) => `${nomineeName(h.nomination)} — ${h.titleName}`).join("; ")}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
