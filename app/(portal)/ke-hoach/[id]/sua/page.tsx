import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz";
import { getPlan, listBasisCandidates, planTarget } from "@/lib/data/plans";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { PlanForm } from "@/components/plans/plan-form";
import { planFormValues } from "@/components/plans/plan-values";

export const metadata: Metadata = { title: "Sửa kế hoạch" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const plan = await recordOr404((await params).id, (id) => getPlan(viewer, id));
  if (plan.status !== "DRAFT" || !can(viewer, "plan.manage", planTarget(plan))) notFound();
  const candidates = (await listBasisCandidates(viewer)).filter((c) => c.id !== plan.id);
  return (
    <>
      <PageHeader title="Sửa bản nháp" description={plan.subject} />
      <Card>
        <PlanForm
          key={plan.version}
          initial={planFormValues(plan)}
          basisOptions={candidates.map((c) => ({ id: c.id, label: planTitle(c) }))}
          edit={{ id: plan.id, version: plan.version, revision: plan.revision }}
        />
      </Card>
    </>
  );
}
