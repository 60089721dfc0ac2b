import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { plansForPeriods } from "@/lib/data/report-reads";
import { planTitle } from "@/lib/domain/plan-labels";
import { todayInVietnam } from "@/lib/domain/dates";
import { planInForce } from "@/lib/domain/plan-in-force";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { PeriodForm } from "@/components/reports/period-form";

export const metadata: Metadata = { title: "Mở đợt báo cáo" };

export default async function NewPeriodPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "report.manage")) notFound();
  const plans = await plansForPeriods(viewer);
  return (
    <>
      <PageHeader
        title="Mở đợt báo cáo"
        description="Các cơ sở Đoàn được thông báo và viết báo cáo theo các chỉ tiêu đã chọn; số liệu tính được từ hồ sơ được điền sẵn."
      />
      {plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch năm đã ban hành">
          <Link href="/ke-hoach" className="text-doan-700 underline">
            Ban hành kế hoạch năm
          </Link>{" "}
          của Đoàn Khối trước khi mở đợt báo cáo.
        </EmptyState>
      ) : (
        <Card>
          <PeriodForm
            plans={plans.map((p) => ({
              id: p.id,
              label: planTitle(p),
              year: p.startYear,
              inForce: planInForce(p, todayInVietnam()),
              indicators: p.indicators,
            }))}
          />
        </Card>
      )}
    </>
  );
}
