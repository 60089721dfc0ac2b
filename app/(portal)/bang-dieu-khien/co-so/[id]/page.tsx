import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { coSoDrillDown } from "@/lib/data/dashboard-views";
import { dashboardYears } from "@/lib/data/dashboard";
import { todayInVietnam } from "@/lib/domain/dates";
import { dashboardYearParam, pickYear } from "@/lib/validation/dashboard";
import { YearPicker } from "@/components/dashboard/year-picker";
import { readsOthersEntries } from "@/lib/data/entry-reads";
import { PageHeader } from "@/components/ui/page";
import { NoPlan, PlanLink } from "@/components/dashboard/common";
import { CoSoProgressView, CoSoRecordLinks } from "@/components/dashboard/co-so-view";

export const metadata: Metadata = { title: "Bảng điều khiển – cơ sở Đoàn" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Drill-down from the Khối dashboard: one cơ sở against its own targets, and its records. */
export default async function CoSoDashboardPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const nam = (await searchParams).nam;
  const current = todayInVietnam().getUTCFullYear();
  const years = await dashboardYears(viewer);
  const picked = pickYear(dashboardYearParam.parse(Array.isArray(nam) ? nam[0] : nam), years, current);
  // Out of reach and non-existent look the same (404): the lookup carries the viewer's scope.
  const data = await recordOr404((await params).id, (id) => coSoDrillDown(viewer, id, picked));
  const { coSo, progress, year } = data;
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm">
        <Link href="/bang-dieu-khien" className="text-doan-700 hover:underline">
          ← Bảng điều khiển
        </Link>
      </nav>
      <PageHeader
        title={coSo.name}
        description={
          progress ? (
            <>
              Chỉ tiêu năm {year} theo <PlanLink plan={progress.plan} />, so với mục tiêu của cơ sở.
            </>
          ) : (
            `Kết quả năm ${year}`
          )
        }
        actions={
          <CoSoRecordLinks
            coSoId={coSo.id}
            links={{ projects: canSomewhere(viewer, "project.read"), entries: readsOthersEntries(viewer) }}
          />
        }
      />
      <div className="space-y-6">
        <YearPicker
          years={years}
          year={year}
          hrefOf={(y) => `/bang-dieu-khien/co-so/${coSo.id}${y === current ? "" : `?nam=${y}`}`}
        />
        {!progress && <NoPlan year={year} canPublish={holds(viewer, "plan.manage", { at: ["KHOI"] })} />}
        <CoSoProgressView coSoId={coSo.id} indicators={progress?.indicators ?? null} trend={data.trend} year={year} />
      </div>
    </>
  );
}
