import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { plansForInspections, teamCandidates } from "@/lib/data/inspection-rounds";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { defaultPlanId, planInForce } from "@/lib/domain/plan-in-force";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { InspectionRoundForm } from "@/components/inspections/round-form";

export const metadata: Metadata = { title: "Lập đợt kiểm tra" };

export default async function NewInspectionRoundPage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "inspection.manage", { at: ["KHOI"] })) notFound();
  const [plans, staff] = await Promise.all([plansForInspections(viewer), teamCandidates(viewer)]);
  const today = todayInVietnam();
  return (
    <>
      <PageHeader
        title="Lập đợt kiểm tra"
        description="Sau khi lập: thêm các cơ sở sẽ đến kiểm tra, xem lại danh mục nội dung (đề xuất từ kế hoạch), rồi thông báo cơ sở."
      />
      {plans.length === 0 ? (
        <EmptyState title="Chưa có kế hoạch đã ban hành">
          <Link href="/ke-hoach" className="text-doan-700 underline">
            Ban hành một kế hoạch
          </Link>{" "}
          của Đoàn Khối trước khi lập đợt kiểm tra: nội dung kiểm tra được đề xuất từ các chỉ tiêu của kế hoạch.
        </EmptyState>
      ) : (
        <Card>
          <InspectionRoundForm
            plans={plans.map((p) => ({
              id: p.id,
              label: planTitle(p),
              inForce: planInForce(p, today),
              indicators: p.indicators.filter((i) => i.recordKind === "INSPECTION"),
            }))}
            staff={staff}
            initial={{
              planId: defaultPlanId(plans.map((p) => ({ id: p.id, inForce: planInForce(p, today) }))),
              indicatorId: "",
              name: "",
              decisionNumber: "",
              decisionOn: formatVietnameseDate(today),
              periodFrom: formatVietnameseDate(today),
              periodTo: "",
              prepare:
                "Kế hoạch thực hiện phong trào của cơ sở; sổ theo dõi đoàn viên đăng ký, thực hiện; báo cáo sơ kết; minh chứng các công trình, phần việc.",
              teamUserIds: [viewer.userId].filter((id) => staff.some((u) => u.id === id)),
              leadUserId: "",
            }}
          />
        </Card>
      )}
    </>
  );
}
