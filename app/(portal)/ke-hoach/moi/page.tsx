import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { grantsFor } from "@/lib/authz";
import { listBasisCandidates } from "@/lib/data/plans";
import { planTitle } from "@/lib/domain/plan-labels";
import { todayInVietnam } from "@/lib/domain/dates";
import { Card, PageHeader } from "@/components/ui/page";
import { PlanForm } from "@/components/plans/plan-form";
import { blankPlanValues } from "@/components/plans/plan-values";

export const metadata: Metadata = { title: "Tạo kế hoạch, chương trình" };

export default async function NewPlanPage() {
  const viewer = await requireViewer();
  const grant = grantsFor(viewer, "plan.manage").find((g) => g.unitKind === "KHOI");
  if (!grant) notFound();
  const candidates = await listBasisCandidates(viewer);
  return (
    <>
      <PageHeader
        title="Tạo kế hoạch, chương trình"
        description="Bản nháp chỉ Đoàn Khối thấy; cơ sở nhận thông báo khi kế hoạch được ban hành."
      />
      <Card>
        <PlanForm
          initial={blankPlanValues(grant.unitName, todayInVietnam().getUTCFullYear())}
          basisOptions={candidates.map((c) => ({ id: c.id, label: planTitle(c) }))}
        />
      </Card>
    </>
  );
}
