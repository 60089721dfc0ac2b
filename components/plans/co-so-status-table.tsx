// Which cơ sở have published their plan on the basis of this Khối plan.
import Link from "next/link";
import type { CoSoPlanStatus } from "@/lib/data/plans";
import { formatVietnameseDateTime } from "@/lib/domain/dates";

export function CoSoStatusTable({ statuses }: { statuses: CoSoPlanStatus[] }) {
  const published = statuses.filter((s) => s.plan?.status === "PUBLISHED").length;
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong>{published}</strong>/{statuses.length} cơ sở đã ban hành kế hoạch.
      </p>
      <table className="w-full text-left">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-1">Cơ sở</th>
            <th className="py-1">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.coSoId} className="border-t border-slate-100" data-testid="co-so-plan-status">
              <td className="py-1 pr-2">{s.coSoName}</td>
              <td className="py-1">
                {s.plan?.status === "PUBLISHED" ? (
                  <Link href={`/ke-hoach/${s.plan.id}`} className="text-green-700 underline">
                    Đã ban hành{s.plan.publishedAt ? ` ${formatVietnameseDateTime(s.plan.publishedAt)}` : ""}
                  </Link>
                ) : s.plan ? (
                  <span className="text-amber-700">Đang soạn</span>
                ) : (
                  <span className="text-slate-500">Chưa có</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
