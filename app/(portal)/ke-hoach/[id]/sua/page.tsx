import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz";
import { getPlan, listBasisCandidates, planTarget } from "@/lib/data/plans";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { PlanForm } from "@/components/plans/plan-form";
import { planFormValues } from "@/components/plans/plan-values";
import { loadPlanOr404 } from "@/components/plans/load-plan";

export const metadata: Metadata = { title: "Sửa kế hoạch" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const plan = await loadPlanOr404(viewer, (await params).id, getPlan);
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
