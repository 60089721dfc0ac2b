// One page of the Khối's audit log. One row per change: when (Vietnam time), who, what, on which
// record (linked to its page where there is one) and the fields before → after. On a phone each
// row is a card; from md up the same rows line up as columns under a header.
import Link from "next/link";
import type { AuditRowDto } from "@/lib/data/audit-log";
import { formatVietnameseDateTime } from "@/lib/domain/dates";

const COLUMNS = "md:grid md:grid-cols-[8.5rem_11rem_11rem_minmax(0,1fr)] md:gap-3";

function Changes({ changes }: { changes: AuditRowDto["changes"] }) {
  if (changes.length === 0) return <p className="text-xs text-slate-500">Không có chi tiết thay đổi.</p>;
  return (
    <dl className="space-y-1 text-xs">
      {changes.map((c, i) => (
        <div key={`${c.field}-${i}`} className="break-words">
          <dt className="inline font-medium text-slate-700">{c.field}: </dt>
          <dd className="inline text-slate-700">
            {c.from && c.to ? (
              <>
                <del className="text-slate-500">{c.from}</del> <span aria-label="thành">→</span>{" "}
                <ins className="no-underline">{c.to}</ins>
              </>
            ) : c.to ? (
              c.to
            ) : (
              <>
                <del className="text-slate-500">{c.from}</del> <span className="text-slate-500">(đã xóa)</span>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditList({ rows }: { rows: AuditRowDto[] }) {
  return (
    <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <div
        className={`hidden border-b border-slate-100 bg-slate-50 px-3 py-2 text-left text-sm font-medium text-slate-600 ${COLUMNS}`}
        aria-hidden="true"
      >
        <span>Thời gian</span>
        <span>Người thực hiện</span>
        <span>Thao tác</span>
        <span>Đối tượng và thay đổi</span>
      </div>
      <ul className="divide-y divide-slate-100">
        {rows.map((r) => (
          <li key={r.id} className={`px-3 py-3 text-sm ${COLUMNS}`} data-testid="audit-row">
            <p className="tabular-nums text-slate-600">
              <time dateTime={r.at.toISOString()}>{formatVietnameseDateTime(r.at)}</time>
            </p>
            <p className="min-w-0 break-words">
              {r.actor ? (
                <>
                  <span className="font-medium text-slate-900">{r.actor.name}</span>
                  <span className="block text-xs text-slate-500">{r.actor.email}</span>
                </>
              ) : (
                <span className="text-slate-500">Hệ thống</span>
              )}
            </p>
            <p className="min-w-0">
              <span className={r.refused ? "font-medium text-red-700" : "text-slate-900"}>{r.actionLabel}</span>
              {r.refused && (
                <span className="ml-1 rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-700 ring-1 ring-red-200">Bị từ chối</span>
              )}
            </p>
            <div className="mt-1 min-w-0 space-y-1 md:mt-0">
              <p className="break-words">
                <span className="text-slate-500">{r.target.typeLabel}: </span>
                {r.target.href ? (
                  <Link href={r.target.href} className="text-doan-700 hover:underline">
                    {r.target.name ?? "Xem"}
                  </Link>
                ) : (
                  <span>{r.target.name ?? (r.target.id ? `#${r.target.id.slice(0, 8)}` : "—")}</span>
                )}
                {r.target.id && (
                  <Link
                    href={`/khoi/nhat-ky?record=${r.target.id}`}
                    className="ml-2 text-xs text-slate-500 hover:underline"
                    title="Mọi thao tác trên đối tượng này"
                  >
                    lịch sử
                  </Link>
                )}
              </p>
              <Changes changes={r.changes} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
