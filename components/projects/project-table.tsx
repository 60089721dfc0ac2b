// One page of the project list: a table on wide screens; on a phone the less important columns
// fold away and the unit and dates move under the name.
import Link from "next/link";
import type { ProjectListItem } from "@/lib/data/projects";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PROJECT_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { scrollRegion } from "@/components/ui/scroll-region";

const dates = (p: { startsOn: Date; endsOn: Date | null }) =>
  `${formatVietnameseDate(p.startsOn)}${p.endsOn ? ` – ${formatVietnameseDate(p.endsOn)}` : ""}`;

export function ProjectTable({ rows }: { rows: ProjectListItem[] }) {
  return (
    <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">Tên công trình</th>
            <th className="hidden px-3 py-2 font-medium md:table-cell">Loại, lĩnh vực</th>
            <th className="hidden px-3 py-2 font-medium sm:table-cell">Đơn vị</th>
            <th className="hidden px-3 py-2 font-medium lg:table-cell">Thời gian</th>
            <th className="px-3 py-2 font-medium">Trạng thái</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((p) => (
            <tr key={p.id} className="align-top" data-testid="project-row">
              <td className="px-3 py-2">
                <Link href={`/cong-trinh/${p.id}`} className="font-medium text-doan-700 hover:underline">
                  {p.name}
                </Link>
                <span className="block text-xs text-slate-500 sm:hidden">
                  {p.unitName} · {dates(p)}
                </span>
                <span className="block text-xs text-slate-500 lg:hidden">{PROJECT_KIND_LABELS[p.kind]}</span>
              </td>
              <td className="hidden px-3 py-2 md:table-cell">
                {PROJECT_KIND_LABELS[p.kind]}
                <span className="block text-xs text-slate-500">{WORK_FIELD_LABELS[p.field]}</span>
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">
                {p.unitName}
                {!p.coSoId && <span className="block text-xs text-slate-500">Cấp Khối · {p.joinCount} cơ sở tham gia</span>}
              </td>
              <td className="hidden whitespace-nowrap px-3 py-2 tabular-nums lg:table-cell">{dates(p)}</td>
              <td className="px-3 py-2">
                <WorkStatusBadge kind="project" status={p.status} />
                {p.status === "APPROVED" && <span className="mt-1 block text-xs text-slate-500">Tiến độ {p.progress}%</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
