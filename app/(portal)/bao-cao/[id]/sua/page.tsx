import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { recordOr404 } from "@/lib/routes/found";
import { periodDetail, plansForPeriods } from "@/lib/data/report-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { PeriodForm } from "@/components/reports/period-form";

export const metadata: Metadata = { title: "Sửa đợt báo cáo" };

export default async function EditPeriodPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const p = await recordOr404((await params).id, (id) => periodDetail(viewer, id));
  if (!p.manages || p.status !== "OPEN") notFound();
  const plans = (await plansForPeriods(viewer)).filter((x) => x.id === p.planId);
  // The period keeps its plan even if a revision has since replaced it.
  const options = plans.length
    ? plans.map((x) => ({ id: x.id, label: planTitle(x), year: x.startYear, indicators: x.indicators }))
    : [{ id: p.plan.id, label: planTitle(p.plan), year: p.year, indicators: p.indicators }];
  return (
    <>
      <PageHeader title="Sửa đợt báo cáo" description={p.title} />
      <Card>
        <PeriodForm
          plans={options}
          edit={{
            id: p.id,
            version: p.version,
            values: {
              planId: p.planId,
              kind: p.kind,
              title: p.title,
              fromMonth: String(p.fromMonth),
              toMonth: String(p.toMonth),
              dueOn: formatVietnameseDate(p.dueOn),
              note: p.note ?? "",
              indicatorIds: p.indicators.map((i) => i.id),
            },
          }}
        />
      </Card>
    </>
  );
}
