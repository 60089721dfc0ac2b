import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { dashboardPage } from "@/lib/data/dashboard-views";
import { readsOthersEntries } from "@/lib/data/entry-reads";
import { optionalIdParam } from "@/lib/validation/list-query";
import { dashboardYearParam } from "@/lib/validation/dashboard";
import { YearPicker } from "@/components/dashboard/year-picker";
import { PageHeader } from "@/components/ui/page";
import { CityDashboard } from "@/components/dashboard/city-dashboard";
import { CoSoDashboard } from "@/components/dashboard/co-so-dashboard";
import { KhoiDashboard } from "@/components/dashboard/khoi-dashboard";
import { MemberDashboard } from "@/components/dashboard/member-dashboard";
import { PeriodsDue } from "@/components/reports/periods-due";
import { DashboardSkeleton } from "@/components/dashboard/dashboard-skeleton";
import type { Viewer } from "@/lib/authz";
import { responseTimes } from "@/lib/data/questions";
import { todayInVietnam } from "@/lib/domain/dates";
import { QuestionsSummary } from "@/components/questions/questions-summary";

export const metadata: Metadata = { title: "Bảng điều khiển" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Live progress of the year, one section per role the viewer holds (a user may hold several):
 * the Khối, the city, a secretary's unit, the member's own year. Each loader counts in the
 * viewer's scope; the page only picks the sections.
 */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "plan.read")) notFound();
  const params = await searchParams;
  const chosenIndicatorId = optionalIdParam.parse(one(params.chiTieu));
  const askedYear = dashboardYearParam.parse(one(params.nam));
  const allCoSo = one(params.tatCa) === "1";
  return (
    <>
      <PageHeader
        title="Bảng điều khiển"
        description="Tiến độ thực hiện chỉ tiêu và kết quả trong năm, cập nhật theo số liệu đã xác nhận."
      />
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardSections viewer={viewer} chosenIndicatorId={chosenIndicatorId} askedYear={askedYear} allCoSo={allCoSo} />
      </Suspense>
    </>
  );
}

/** The counting, streamed after the page's header: the roll-up is the slow part. */
async function DashboardSections({
  viewer,
  chosenIndicatorId,
  askedYear,
  allCoSo,
}: {
  viewer: Viewer;
  chosenIndicatorId: string | undefined;
  askedYear: number | undefined;
  allCoSo: boolean;
}) {
  const handlesQuestions = canSomewhere(viewer, "question.answer") || canSomewhere(viewer, "question.manage");
  const year = todayInVietnam().getUTCFullYear();
  // Response times are kept until the next waiting question turns late (lib/data/questions.ts).
  const [{ years, shown, khoi, city, coSo, member, periods }, questions] = await Promise.all([
    dashboardPage(viewer, askedYear),
    handlesQuestions ? responseTimes(viewer, new Date(Date.UTC(year, 0, 1))) : null,
  ]);
  const isMember = !!member?.commitment.isMember;
  // A secretary with no member profile has nothing personal to show; a member is told why.
  const memberSection =
    member && (isMember || !holds(viewer, "unit.read")) ? <MemberDashboard data={member} isMember={isMember} /> : null;
  const above = holds(viewer, "unit.read", { at: ["KHOI", "CITY"] });
  const onlyMember = !khoi && !city && !coSo;

  return (
    <div className="space-y-10">
      <YearPicker years={years} year={shown} hrefOf={(y) => (y === year ? "/bang-dieu-khien" : `/bang-dieu-khien?nam=${y}`)} />
      <PeriodsDue periods={periods} />
      {questions && <QuestionsSummary year={year} agencies={questions} />}
      {onlyMember && memberSection}
      {/* Khối admins and staff both hold plan.manage on the Khối: they can publish the plan. */}
      {khoi && (
        <KhoiDashboard
          data={khoi}
          chosenIndicatorId={chosenIndicatorId}
          canPublish
          pickedYear={shown === year ? undefined : shown}
          allCoSo={allCoSo}
        />
      )}
      {city && <CityDashboard data={city} pickedYear={shown === year ? undefined : shown} />}
      {coSo && (
        <CoSoDashboard
          data={coSo}
          links={{ projects: canSomewhere(viewer, "project.read"), entries: readsOthersEntries(viewer) }}
          // The roll-up counted only the secretary's cơ sở: its totals are its own contribution.
          contributions={!above}
        />
      )}
      {!onlyMember && memberSection}
    </div>
  );
}
