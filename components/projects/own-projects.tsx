// The youth projects a member takes part in, on their record page.
import Link from "next/link";
import type { MyProject } from "@/lib/data/projects";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PROJECT_KIND_LABELS } from "@/lib/domain/work-labels";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";

export function OwnProjects({ projects }: { projects: MyProject[] }) {
  if (!projects.length)
    return (
      <p className="text-sm text-slate-600">
        Bạn chưa có tên trong công trình, phần việc thanh niên nào. Bí thư cơ sở ghi tên người tham gia khi đăng ký công trình.
      </p>
    );
  return (
    <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
      {projects.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
          <Link
            href={`/cong-trinh/${p.id}`}
            className="min-w-0 basis-full font-medium text-doan-700 hover:underline sm:basis-0 sm:flex-1"
          >
            {p.name}
          </Link>
          <span className="text-slate-500">{PROJECT_KIND_LABELS[p.kind]}</span>
          <span className="tabular-nums text-slate-500">{formatVietnameseDate(p.startsOn)}</span>
          <WorkStatusBadge kind="project" status={p.status} />
        </li>
      ))}
    </ul>
  );
}
