import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { foundOrNull } from "@/lib/data/errors";
import { currentKhoiPlanId, planProgress } from "@/lib/data/indicator-rollup";
import { planWeights } from "@/lib/data/thi-dua";
import { DEFAULT_WEIGHT } from "@/lib/domain/thi-dua";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { WeightsForm } from "@/components/reports/weights-form";

export const metadata: Metadata = { title: "Trọng số thi đua" };

export default async function ThiDuaWeightsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "report.manage")) notFound();
  const planId = await currentKhoiPlanId(viewer);
  const progress = planId ? await foundOrNull(planProgress(viewer, planId)) : null;
  const weights = planId ? await planWeights(viewer, planId) : new Map<string, number>();
  const scored = progress?.indicators.filter((i) => i.coSo.length > 0) ?? [];
  return (
    <>
      <PageHeader
        title="Trọng số thi đua"
        description="Điểm thi đua của mỗi cơ sở (thang 100) là mức hoàn thành từng chỉ tiêu tính riêng cho cơ sở, nhân với trọng số dưới đây."
        actions={
          <Link href="/bang-dieu-khien" className={buttonClass("secondary")}>
            ← Bảng điều khiển
          </Link>
        }
      />
      {!progress || scored.length === 0 ? (
        <EmptyState title="Chưa có chỉ tiêu tính riêng cho từng cơ sở">
          Kế hoạch năm của Đoàn Khối cần có chỉ tiêu “mỗi cơ sở”, “100% cơ sở có …” hoặc “x% đoàn viên …” để xếp hạng thi đua.
        </EmptyState>
      ) : (
        <Card title={progress.plan.subject}>
          <WeightsForm
            planId={progress.plan.id}
            indicators={scored.map((i) => ({
              id: i.id,
              code: i.code,
              wording: i.wording,
              weight: weights.get(i.id) ?? DEFAULT_WEIGHT,
            }))}
          />
        </Card>
      )}
    </>
  );
}
