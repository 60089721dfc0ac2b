import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { can, grantsFor } from "@/lib/authz";
import {
  coSoPlanStatuses,
  getBasisPlan,
  getPlan,
  getPlanHistory,
  planTarget,
  plansBasedOn,
  publishQuestion,
} from "@/lib/data/plans";
import { listActivities } from "@/lib/data/activities";
import { FormNotice } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { PLAN_KIND_LABELS, planTitle } from "@/lib/domain/plan-labels";
import { PlanDocument } from "@/components/plans/plan-document";
import { IndicatorTable } from "@/components/plans/indicator-table";
import { PlanActions } from "@/components/plans/plan-actions";
import { PlanHistory } from "@/components/plans/plan-history";
import { CoSoStatusTable } from "@/components/plans/co-so-status-table";
import { StatusBadge } from "@/components/plans/status-badge";
import { ActivityList } from "@/components/activities/activity-list";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { readReportSchedule } from "@/lib/domain/plan-deadlines";
import { isoToVietnamese } from "@/components/plans/plan-deadline-values";

export const metadata: Metadata = { title: "Kế hoạch" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export default async function PlanPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const plan = await recordOr404((await params).id, (id) => getPlan(viewer, id));
  const canManage = can(viewer, "plan.manage", planTarget(plan));
  const isKhoiPlan = plan.coSoId === null;
  const [history, basis, statuses, activities, ownCoSoPlans] = await Promise.all([
    getPlanHistory(viewer, plan),
    getBasisPlan(viewer, plan.basisPlanId),
    coSoPlanStatuses(viewer, plan),
    isKhoiPlan ? listActivities(viewer, { planSeriesId: plan.seriesId }) : Promise.resolve([]),
    isKhoiPlan ? plansBasedOn(viewer, plan) : Promise.resolve([]),
  ]);
  // A secretary may start a plan for each of their cơ sở that has none on this Khối plan yet.
  const ownCoSo = new Set(
    grantsFor(viewer, "plan.manage")
      .filter((g) => g.unitKind === "CO_SO")
      .map((g) => g.unitId),
  );
  const ownPlans = ownCoSoPlans.filter((p) => p.coSoId && ownCoSo.has(p.coSoId));
  const planned = new Set(ownPlans.map((p) => p.coSoId));
  const coSoOptions = isKhoiPlan
    ? grantsFor(viewer, "plan.manage")
        .filter((g) => g.unitKind === "CO_SO" && !planned.has(g.unitId))
        .map((g) => ({ id: g.unitId, name: g.unitName }))
    : [];
  const editable = canManage && plan.status === "DRAFT";
  const saved = (await searchParams).saved === "1";

  return (
    <>
      <PageHeader
        title={`${PLAN_KIND_LABELS[plan.kind]} ${plan.startYear === plan.endYear ? plan.startYear : `${plan.startYear} – ${plan.endYear}`}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{plan.unit.name}</span>
            <StatusBadge status={plan.status} />
            {plan.revision > 0 && <span>Bản sửa đổi lần {plan.revision}</span>}
          </span>
        }
        actions={
          <>
            {editable && (
              <Link href={`/ke-hoach/${plan.id}/sua`} className={buttonClass("secondary")}>
                Sửa nội dung
              </Link>
            )}
            <a href={`/ke-hoach/${plan.id}/word`} className={buttonClass("secondary")} download>
              Xuất Word
            </a>
          </>
        }
      />
      <div className="mb-4 space-y-2">
        <FormNotice message={saved ? "Đã lưu." : null} />
        <PlanActions
          id={plan.id}
          version={plan.version}
          status={plan.status}
          canManage={canManage}
          coSoOptions={coSoOptions}
          samePlanQuestion={await publishQuestion(viewer, plan)}
          schedule={
            isKhoiPlan && plan.kind === "PLAN"
              ? readReportSchedule(plan.reportSchedule).map((s) => ({ title: s.title, dueOn: isoToVietnamese(s.dueOn) }))
              : []
          }
        />
        {/* Where a cơ sở starts its plan, and on its plan: the date the Khối wants it by. */}
        {(isKhoiPlan ? plan.coSoPlanDueOn : basis?.coSoPlanDueOn) && (
          <p className="text-sm font-medium text-slate-800" data-testid="co-so-plan-due">
            Hạn gửi kế hoạch về Đoàn Khối: {formatVietnameseDate(isKhoiPlan ? plan.coSoPlanDueOn : basis?.coSoPlanDueOn)}
          </p>
        )}
        {ownPlans.map((p) => (
          <p key={p.id} className="text-sm">
            <Link href={`/ke-hoach/${p.id}`} className="text-doan-700 underline">
              Kế hoạch của {p.unit.name}
            </Link>{" "}
            <StatusBadge status={p.status} />
          </p>
        ))}
        {basis && (
          <p className="text-sm text-slate-600">
            Căn cứ:{" "}
            <Link href={`/ke-hoach/${basis.id}`} className="text-doan-700 underline">
              {planTitle(basis)}
            </Link>{" "}
            ({basis.unit.name})
          </p>
        )}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Chỉ tiêu">
            <IndicatorTable plan={plan} editable={editable} />
          </Card>
          <Card title="Nội dung văn bản">
            <PlanDocument plan={plan} />
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {statuses && (
            <Card title="Kế hoạch của các cơ sở">
              <CoSoStatusTable statuses={statuses} />
            </Card>
          )}
          {isKhoiPlan && plan.status !== "DRAFT" && (
            <Card
              title="Hoạt động của Đoàn Khối"
              actions={
                canManage && plan.status === "PUBLISHED" ? (
                  <Link href={`/hoat-dong/moi?plan=${plan.id}`} className={buttonClass("ghost", "!px-2 !py-1")}>
                    Thêm hoạt động
                  </Link>
                ) : undefined
              }
            >
              <ActivityList activities={activities} compact />
            </Card>
          )}
          <Card title="Lịch sử">
            <PlanHistory currentId={plan.id} history={history} viewer={viewer} />
          </Card>
        </div>
      </div>
    </>
  );
}
