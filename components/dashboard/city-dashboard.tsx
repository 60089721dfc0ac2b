// The city (Thành Đoàn): the Khối under it side by side: each current plan's indicators by
// status, and the indicators several Khối track alike. Counts only, never names.
import type { CityDashboard as Data } from "@/lib/data/dashboard-views";
import { khoiStatusRows, sharedIndicators } from "@/lib/domain/dashboard-summaries";
import { Card, EmptyState } from "@/components/ui/page";
import { DataTable } from "@/components/charts/data-table";
import { KhoiStatusFigure } from "@/components/charts/khoi-status-figure";
import { SectionHeading } from "./common";
import { scrollRegion } from "@/components/ui/scroll-region";

/** The city's page of one Khối under it: its aggregates and its compiled reports. */
export const cityKhoiHref = (khoiId: string, year?: number) =>
  `/thanh-doan/khoi/${khoiId}${year === undefined ? "" : `?nam=${year}`}`;

/** `pickedYear`: the year picked on the dashboard when it is not the current one (links keep it). */
export function CityDashboard({ data, pickedYear }: { data: Data; pickedYear?: number }) {
  const { khois, year } = data;
  if (!khois.length)
    return (
      <section aria-labelledby="city-dashboard">
        <SectionHeading id="city-dashboard" title="Các Đoàn Khối" />
        <EmptyState title="Chưa có Đoàn Khối nào trực thuộc" />
      </section>
    );
  const shared = sharedIndicators(khois);
  const withPlan = khois.filter((k) => k.indicators);
  return (
    <section aria-labelledby="city-dashboard" className="space-y-6">
      <SectionHeading
        id="city-dashboard"
        title="Các Đoàn Khối"
        description={`Kế hoạch năm ${year} của từng Đoàn Khối: chỉ tiêu theo đánh giá.`}
      />
      <Card title="Chỉ tiêu theo Đoàn Khối">
        <KhoiStatusFigure rows={khoiStatusRows(khois)} year={year} hrefOf={(id) => cityKhoiHref(id, pickedYear)} />
      </Card>
      {withPlan.length > 1 && (
        <Card title="So sánh các chỉ tiêu chung">
          {shared.length ? (
            <div {...scrollRegion()} className="overflow-x-auto">
              <DataTable
                caption="Tỉ lệ hoàn thành các chỉ tiêu chung theo Đoàn Khối"
                columns={[{ header: "Mã" }, { header: "Chỉ tiêu" }, ...khois.map((k) => ({ header: k.khoiName, numeric: true }))]}
                rows={shared.map((s) => ({
                  key: s.key,
                  cells: [
                    s.code,
                    s.wording,
                    ...s.cells.map((c) => (c ? { above: c.percentText, status: c.status, label: c.statusLabel } : "—")),
                  ],
                }))}
              />
            </div>
          ) : (
            <p className="text-sm text-slate-600">
              Kế hoạch của các Đoàn Khối chưa có chỉ tiêu chung (cùng mã, cùng cách tính) để so sánh.
            </p>
          )}
        </Card>
      )}
    </section>
  );
}
