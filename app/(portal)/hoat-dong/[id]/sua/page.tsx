import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { recordOr404 } from "@/lib/routes/found";
import { getActivity, plansForActivities } from "@/lib/data/activities";
import { canSomewhere } from "@/lib/authz";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { ActivityForm } from "@/components/activities/activity-form";

export const metadata: Metadata = { title: "Sửa hoạt động" };

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "activity.manage")) notFound();
  const activity = await recordOr404((await params).id, (id) => getActivity(viewer, id));
  const plans = await plansForActivities(viewer, activity.planId);
  if (!activity.active || plans.length === 0) notFound();
  return (
    <>
      <PageHeader title="Sửa hoạt động" description={activity.name} />
      <Card>
        <ActivityForm
          key={activity.version}
          plans={plans.map((p) => ({ id: p.id, label: planTitle(p), indicators: p.indicators }))}
          organiser={activity.organiser}
          edit={{
            id: activity.id,
            version: activity.version,
            values: {
              planId: activity.planId,
              kind: activity.kind,
              name: activity.name,
              description: activity.description ?? "",
              startsOn: formatVietnameseDate(activity.startsOn),
              endsOn: formatVietnameseDate(activity.endsOn),
              organiser: activity.organiser,
              registrationDeadline: formatVietnameseDate(activity.registrationDeadline),
              indicatorIds: activity.indicators.map((i) => i.id),
            },
          }}
        />
      </Card>
    </>
  );
}
