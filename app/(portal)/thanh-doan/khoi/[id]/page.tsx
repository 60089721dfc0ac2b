import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardYears } from "@/lib/data/dashboard";
import { khoiDrillDown } from "@/lib/data/dashboard-khoi";
import { countStatuses, progressRows, statusSentence } from "@/lib/domain/dashboard-progress";
import { todayInVietnam } from "@/lib/domain/dates";
import { recordOr404 } from "@/lib/routes/found";
import { dashboardYearParam, pickYear } from "@/lib/validation/dashboard";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { ProgressFigure } from "@/components/charts/progress-figure";
import { PlanLink, StatusStats } from "@/components/dashboard/common";
import { CompiledReports } from "@/components/dashboard/compiled-reports";
import { YearPicker } from "@/components/dashboard/year-picker";

export const metadata: Metadata = { title: "Đoàn Khối – số liệu và báo cáo" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Thành Đoàn: one Khối under the city, read-only: its plan's indicators (the Khối's aggregates)
 * and its compiled reports. Another city's Khối, a cơ sở's id or a malformed id: the same 404.
 */
export default async function CityKhoiPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const nam = (await searchParams).nam;
  const current = todayInVietnam().getUTCFullYear();
  const rawId = (await params).id;
  // The Khối is checked first (404 for anything out of reach), then the years are offered.
  const data = await recordOr404(rawId, async (id) => {
    const years = await dashboardYears(viewer);
    const year = pickYear(dashboardYearParam.parse(Array.isArray(nam) ? nam[0] : nam), years, current);
    return { years, ...(await khoiDrillDown(viewer, id, year)) };
  });
  const { khoi, progress, year, years } = data;
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm">
        <Link href="/thanh-doan" className="text-doan-700 hover:underline">
          ← Các Đoàn Khối
        </Link>
      </nav>
      <PageHeader
        title={khoi.name}
        description={
          progress ? (
            <>
              Chỉ tiêu năm {year} theo <PlanLink plan={progress.plan} />: {statusSentence(countStatuses(progress.indicators))}.
            </>
          ) : (
            `Số liệu năm ${year} và báo cáo tổng hợp của Đoàn Khối`
          )
        }
      />
      <div className="space-y-6">
        <YearPicker years={years} year={year} hrefOf={(y) => `/thanh-doan/khoi/${khoi.id}${y === current ? "" : `?nam=${y}`}`} />
        {progress ? (
          <>
            <StatusStats items={progress.indicators} />
            <Card title="Chỉ tiêu của Đoàn Khối so với mục tiêu">
              {progress.indicators.length ? (
                <ProgressFigure title={`Tiến độ chỉ tiêu năm ${year}`} rows={progressRows(progress.indicators)} by="indicator" />
              ) : (
                <p className="text-sm text-slate-600">Kế hoạch chưa có chỉ tiêu nào.</p>
              )}
            </Card>
          </>
        ) : (
          <EmptyState title={`Đoàn Khối chưa ban hành kế hoạch năm ${year}`} />
        )}
        <CompiledReports reports={data.reports} />
      </div>
    </>
  );
}
