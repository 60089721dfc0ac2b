// One cơ sở: its indicators against its own targets, its month-by-month trend and links to the
// records behind the numbers. Shown to its secretary and, as a drill-down, to the Khối.
import Link from "next/link";
import type { IndicatorProgress, MonthPoint } from "@/lib/data/indicator-rollup";
import { formatNumber } from "@/lib/domain/dates";
import { coSoProgressRows, countStatuses, statusSentence } from "@/lib/domain/dashboard-progress";
import { KHOI_TREND_SERIES, trendRows, VOLUNTEER_HOURS_SERIES } from "@/lib/domain/dashboard-summaries";
import { formatTarget } from "@/lib/domain/plan-labels";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page";
import { DataTable } from "@/components/charts/data-table";
import { ProgressFigure } from "@/components/charts/progress-figure";
import { TrendFigure } from "@/components/charts/trend-figure";
import { StatusStats } from "./common";

export type RecordLinks = { projects: boolean; entries: boolean };

export function CoSoRecordLinks({ coSoId, links }: { coSoId: string; links: RecordLinks }) {
  if (!links.projects && !links.entries) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {links.projects && (
        <Link href={`/cong-trinh?coSo=${coSoId}`} className={buttonClass("secondary")}>
          Công trình, phần việc của cơ sở
        </Link>
      )}
      {links.entries && (
        <Link href={`/ghi-nhan?coSo=${coSoId}&status=all`} className={buttonClass("secondary")}>
          Kết quả rèn luyện của đoàn viên
        </Link>
      )}
    </div>
  );
}

/**
 * `contributions`: also list the Khối-wide indicators with the cơ sở's own count (only when the
 * roll-up was counted in this cơ sở alone, i.e. for its secretary).
 */
export function CoSoProgressView({
  coSoId,
  indicators,
  trend,
  year,
  contributions = false,
}: {
  coSoId: string;
  indicators: IndicatorProgress[] | null;
  trend: MonthPoint[];
  year: number;
  contributions?: boolean;
}) {
  const rows = indicators ? coSoProgressRows(indicators, coSoId) : [];
  const shared =
    contributions && indicators
      ? indicators.filter((i) => i.appliesTo === "KHOI" && i.coSo.length === 0 && i.total !== null)
      : [];
  return (
    <div className="space-y-6">
      {indicators && (
        <Card title="Chỉ tiêu của cơ sở so với mục tiêu của cơ sở">
          {rows.length ? (
            <>
              <p className="mb-3 text-sm text-slate-600">{statusSentence(countStatuses(rows))}.</p>
              <div className="mb-4">
                <StatusStats items={rows} />
              </div>
              <ProgressFigure title={`Chỉ tiêu của cơ sở năm ${year}`} rows={rows} by="indicator" />
            </>
          ) : (
            <p className="text-sm text-slate-600">Kế hoạch của Đoàn Khối chưa có chỉ tiêu tính riêng cho từng cơ sở.</p>
          )}
        </Card>
      )}
      {shared.length > 0 && (
        <Card title="Đóng góp vào chỉ tiêu chung của Đoàn Khối">
          <DataTable
            caption="Đóng góp của cơ sở vào chỉ tiêu chung của Đoàn Khối"
            columns={[
              { header: "Mã" },
              { header: "Chỉ tiêu" },
              { header: "Của cơ sở", numeric: true },
              { header: "Mục tiêu toàn Khối", numeric: true },
            ]}
            rows={shared.map((i) => ({
              key: i.id,
              cells: [i.code, i.wording, `${formatNumber(i.total ?? 0)} ${i.unitLabel}`.trim(), formatTarget(i)],
            }))}
          />
        </Card>
      )}
      <Card title={`Kết quả theo tháng năm ${year}`}>
        <TrendFigure
          title={`Kết quả của cơ sở theo tháng năm ${year}`}
          rows={trendRows(trend, [...KHOI_TREND_SERIES, ...VOLUNTEER_HOURS_SERIES])}
          series={KHOI_TREND_SERIES}
          tableOnly={VOLUNTEER_HOURS_SERIES}
        />
      </Card>
    </div>
  );
}
