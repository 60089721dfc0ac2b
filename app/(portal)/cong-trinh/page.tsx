import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, grantsFor } from "@/lib/authz";
import { listProjects } from "@/lib/data/projects";
import { listUnitOptions } from "@/lib/data/units";
import { formatNumber, todayInVietnam } from "@/lib/domain/dates";
import { listHref, periodOptions } from "@/lib/validation/list-query";
import { projectListQuery } from "@/lib/validation/projects";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectTable } from "@/components/projects/project-table";

export const metadata: Metadata = { title: "Công trình, phần việc thanh niên" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ProjectsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "project.read")) notFound();
  const raw = await searchParams;
  const query = projectListQuery.parse({
    q: one(raw.q),
    ky: one(raw.ky),
    coSo: one(raw.coSo),
    status: one(raw.status),
    field: one(raw.field),
    kind: one(raw.kind),
    page: one(raw.page),
  });
  const filters = { q: query.q, ky: query.ky?.key, coSo: query.coSo, status: query.status, field: query.field, kind: query.kind };
  // Only Khối and city viewers choose a cơ sở: a cơ sở's list is its own and the Khối's anyway.
  const seesAllCoSo = grantsFor(viewer, "project.read").some((g) => g.unitKind === "KHOI" || g.unitKind === "CITY");
  const [result, coSoOptions] = await Promise.all([
    listProjects(viewer, query),
    seesAllCoSo ? listUnitOptions(viewer, "unit.read", ["CO_SO"]) : Promise.resolve([]),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/cong-trinh", filters, pages));
  const registers = canSomewhere(viewer, "project.register");
  const year = todayInVietnam().getUTCFullYear();
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader
        title="Công trình, phần việc thanh niên"
        description={`${formatNumber(result.total)} công trình, phần việc, mô hình, giải pháp`}
        actions={
          <>
            {registers && (
              <Link href="/cong-trinh/moi" className={buttonClass("primary")}>
                Đăng ký công trình
              </Link>
            )}
            <a href={listHref("/cong-trinh/xuat-excel", filters)} className={buttonClass("secondary")}>
              Xuất Excel
            </a>
          </>
        }
      />
      <ProjectFilters
        values={filters}
        periods={periodOptions(Array.from({ length: 5 }, (_, i) => year + 1 - i))}
        coSoOptions={coSoOptions.map((c) => ({ id: c.id, name: c.name }))}
      />
      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? "Không có công trình nào khớp bộ lọc" : "Chưa có công trình nào"}>
          {filtered
            ? "Thử bỏ bớt điều kiện lọc, chọn kỳ khác hoặc tìm bằng từ khác."
            : registers
              ? "Bấm “Đăng ký công trình” để đăng ký công trình, phần việc thanh niên theo kế hoạch đã ban hành."
              : "Khi các cơ sở Đoàn đăng ký công trình, phần việc thanh niên, danh sách sẽ hiện ở đây."}
        </EmptyState>
      ) : (
        <ProjectTable rows={result.rows} />
      )}
      <Pager
        page={query.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(page) => listHref("/cong-trinh", filters, page)}
      />
    </>
  );
}
