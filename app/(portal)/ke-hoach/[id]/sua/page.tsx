import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/authz";
import { getBasisPlanText, getPlan, listBasisCandidates, planTarget } from "@/lib/data/plans";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { PlanForm } from "@/components/plans/plan-form";
import { planFormValues } from "@/components/plans/plan-values";
import { WithBasisPlan } from "@/components/plans/basis-plan-aside";

export const metadata: Metadata = { title: "Sửa kế hoạch" };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const plan = await recordOr404((await params).id, (id) => getPlan(viewer, id));
  if (plan.status !== "DRAFT" || !can(viewer, "plan.manage", planTarget(plan))) notFound();
  const [candidates, basis] = await Promise.all([
    listBasisCandidates(viewer).then((all) => all.filter((c) => c.id !== plan.id)),
    // A cơ sở writes its plan reading the Khối's: its whole text, beside the editor.
    plan.coSoId ? getBasisPlanText(viewer, plan.basisPlanId) : null,
  ]);
  const form = (
    <Card>
      <PlanForm
        key={plan.version}
        initial={planFormValues(plan)}
        basisOptions={candidates.map((c) => ({ id: c.id, label: planTitle(c) }))}
        edit={{ id: plan.id, version: plan.version, revision: plan.revision, coSo: !!plan.coSoId }}
      />
    </Card>
  );
  return (
    <>
      <PageHeader title="Sửa bản nháp" description={plan.subject} />
      {basis ? <WithBasisPlan basis={basis}>{form}</WithBasisPlan> : form}
    </>
  );
}
