import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { foundOrNull } from "@/lib/data/errors";
import { getInspectionRound, plansForInspections, teamCandidates } from "@/lib/data/inspection-rounds";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { InspectionRoundForm } from "@/components/inspections/round-form";

export const metadata: Metadata = { title: "Sửa đợt kiểm tra" };

export default async function EditInspectionRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  if (!holds(viewer, "inspection.manage", { at: ["KHOI"] })) notFound();
  const round = await foundOrNull(getInspectionRound(viewer, id));
  if (!round || !round.manages || round.status === "CLOSED") notFound();
  const [plans, staff] = await Promise.all([plansForInspections(viewer), teamCandidates(viewer, round.khoiId)]);
  const plan = plans.find((p) => p.id === round.planId);
  // An account deactivated since leaves the team on this edit (it could not be named again).
  const active = new Set(staff.map((u) => u.id));
  const team = round.team.filter((t) => active.has(t.userId));
  return (
    <>
      <PageHeader title="Sửa đợt kiểm tra" description={round.name} />
      <Card>
        <InspectionRoundForm
          key={round.version}
          edit={{ id: round.id, version: round.version }}
          plans={[
            {
              id: round.planId,
              label: plan ? planTitle(plan) : planTitle(round.plan),
              indicators: (plan?.indicators ?? []).filter((i) => i.recordKind === "INSPECTION"),
            },
          ]}
          staff={staff}
          initial={{
            planId: round.planId,
            indicatorId: round.indicatorId ?? "",
            name: round.name,
            decisionNumber: round.decisionNumber,
            decisionOn: formatVietnameseDate(round.decisionOn),
            periodFrom: formatVietnameseDate(round.periodFrom),
            periodTo: formatVietnameseDate(round.periodTo),
            prepare: round.prepare ?? "",
            teamUserIds: team.map((t) => t.userId),
            leadUserId: team.find((t) => t.lead)?.userId ?? "",
          }}
        />
      </Card>
    </>
  );
}
