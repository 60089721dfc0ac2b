import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { grantsFor } from "@/lib/authz";
import { plansForActivities } from "@/lib/data/activities";
import { planTitle } from "@/lib/domain/plan-labels";
import { todayInVietnam } from "@/lib/domain/dates";
import { planInForce } from "@/lib/domain/plan-in-force";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { ActivityForm } from "@/components/activities/activity-form";

export const metadata: Metadata = { title: "Thêm hoạt động" };

export default async function NewActivityPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const viewer = await requireViewer();
  const grant = grantsFor(viewer, "activity.manage").find((g) => g.unitKind === "KHOI");
  if (!grant) notFound();
  const plans = await plansForActivities(viewer);
  const wanted = (await searchParams).plan;
  return (
    <>
      <PageHeader title="Thêm hoạt động" description="Hoạt động của Đoàn Khối theo một kế hoạch đã ban hành." />
      {plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch đã ban hành">
          <Link href="/ke-hoach" className="text-doan-700 underline">
            Ban hành một kế hoạch
          </Link>{" "}
          trước khi lên lịch hoạt động.
        </EmptyState>
      ) : (
        <Card>
          <ActivityForm
            plans={plans.map((p) => ({
              id: p.id,
              label: planTitle(p),
              inForce: planInForce(p, todayInVietnam()),
              indicators: p.indicators,
            }))}
            initialPlanId={plans.some((p) => p.id === wanted) ? wanted : undefined}
            organiser={grant.unitName}
          />
        </Card>
      )}
    </>
  );
}
