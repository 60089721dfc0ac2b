import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { getActivity, registrableCoSo } from "@/lib/data/activities";
import { listRegistrations } from "@/lib/data/activity-registrations";
import { evidenceOf } from "@/lib/data/evidence";
import { EvidenceList } from "@/components/activities/evidence-files";
import { formatVietnameseDate, formatVietnameseDateTime, todayInVietnam } from "@/lib/domain/dates";
import { ACTIVITY_KIND_LABELS, REGISTRATION_STATUS_LABELS, planTitle } from "@/lib/domain/plan-labels";
import { Card, PageHeader } from "@/components/ui/page";
import { buttonClass } from "@/components/ui/button";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { RegistrationPanel } from "@/components/activities/registration-panel";
import { registrationState } from "@/components/activities/activity-list";
import { cancelActivityAction } from "@/lib/actions/activities";
import { ContestEntries } from "@/components/entries/contest-entries";
import { listContestEntries } from "@/lib/data/entry-reviews";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Hoạt động" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const activity = await recordOr404((await params).id, (id) => getActivity(viewer, id));
  const [registrations, contestEntries] = await Promise.all([
    listRegistrations(viewer, activity.id),
    activity.kind === "CONTEST" && canSomewhere(viewer, "contest.review") ? listContestEntries(viewer, activity.id) : null,
  ]);
  const files = await evidenceOf(
    viewer,
    activity.khoiId,
    "ActivityRegistration",
    registrations.map((r) => r.id),
  );
  const filesOf = (registrationId: string) => files.filter((f) => f.ownerId === registrationId);
  const manages = canSomewhere(viewer, "activity.manage");
  const today = todayInVietnam();
  const open = !!activity.registrationDeadline && today <= activity.registrationDeadline && activity.active;
  const started = today >= activity.startsOn;
  const coSos = registrableCoSo(viewer).filter((g) => g.khoiIds.includes(activity.khoiId));

  return (
    <>
      <PageHeader
        title={activity.name}
        description={`${ACTIVITY_KIND_LABELS[activity.kind]} · ${activity.organiser}${activity.active ? "" : " · Đã hủy"}`}
        actions={
          manages && activity.active ? (
            <>
              <Link href={`/hoat-dong/${activity.id}/sua`} className={buttonClass("secondary")}>
                Sửa
              </Link>
              <ConfirmActionButton
                label="Hủy hoạt động"
                variant="secondary"
                className=""
                confirm="Hủy hoạt động này? Hoạt động và các bản đăng ký vẫn được lưu."
                run={cancelActivityAction.bind(null, { id: activity.id, version: activity.version })}
              />
            </>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Thông tin">
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">Thời gian</dt>
                <dd>
                  {formatVietnameseDate(activity.startsOn)}
                  {activity.endsOn ? ` – ${formatVietnameseDate(activity.endsOn)}` : ""}
                </dd>
              </div>
              <div>
                <dt className="text-slate-500">Đăng ký</dt>
                <dd>{registrationState(activity)}</dd>
              </div>
              <div className="sm:col-span-2">
                <dt className="text-slate-500">Theo kế hoạch</dt>
                <dd>
                  <Link href={`/ke-hoach/${activity.plan.id}`} className="text-doan-700 underline">
                    {planTitle(activity.plan)}
                  </Link>
                </dd>
              </div>
              {activity.description && (
                <div className="sm:col-span-2">
                  <dt className="text-slate-500">Mô tả</dt>
                  <dd className="whitespace-pre-line">{activity.description}</dd>
                </div>
              )}
              <div className="sm:col-span-2">
                <dt className="text-slate-500">Phục vụ chỉ tiêu</dt>
                <dd>
                  {activity.indicators.length
                    ? activity.indicators.map((i) => (
                        <p key={i.id}>
                          <strong>{i.code}</strong> {i.wording}
                        </p>
                      ))
                    : "—"}
                </dd>
              </div>
            </dl>
          </Card>
          {(manages || registrations.length > 0) && (
            <Card
              title={
                manages
                  ? `Cơ sở đăng ký (${registrations.filter((r) => r.status === "REGISTERED").length})`
                  : "Bản đăng ký của cơ sở"
              }
            >
              {registrations.length === 0 ? (
                <p className="text-sm text-slate-600">Chưa có cơ sở nào đăng ký.</p>
              ) : (
                <div {...scrollRegion()} className="overflow-x-auto">
                  <table className="min-w-full text-left text-sm">
                    <thead className="text-xs uppercase text-slate-500">
                      <tr>
                        <th className="py-1 pr-2">Cơ sở</th>
                        <th className="py-1 pr-2">Tình trạng</th>
                        <th className="py-1 pr-2">Dự kiến</th>
                        <th className="py-1 pr-2">Người</th>
                        <th className="py-1 pr-2">Lượt</th>
                        <th className="py-1">Minh chứng</th>
                      </tr>
                    </thead>
                    <tbody>
                      {registrations.map((r) => (
                        <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="registration-row">
                          <td className="py-1 pr-2">{r.coSo.name}</td>
                          <td className="py-1 pr-2">{REGISTRATION_STATUS_LABELS[r.status]}</td>
                          <td className="py-1 pr-2">{r.plannedPeople ?? "—"}</td>
                          <td className="py-1 pr-2">{r.people ?? "—"}</td>
                          <td className="py-1 pr-2">{r.participations ?? "—"}</td>
                          <td className="py-1">
                            <p className="whitespace-pre-line">{r.evidence ?? "—"}</p>
                            <EvidenceList files={filesOf(r.id)} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </Card>
          )}
          {/* Ideas entered in a contest: Khối staff score and rank them (components/entries). */}
          {contestEntries && <ContestEntries entries={contestEntries} />}
        </div>
        <div className="space-y-6">
          {coSos.map((c) => {
            const r = registrations.find((x) => x.coSo.id === c.unitId) ?? null;
            return (
              <Card key={c.unitId} title={`Đăng ký của ${c.unitName}`}>
                <RegistrationPanel
                  activityId={activity.id}
                  coSo={{ id: c.unitId, name: c.unitName }}
                  registration={
                    r && {
                      id: r.id,
                      version: r.version,
                      status: r.status,
                      people: r.people,
                      participations: r.participations,
                      evidence: r.evidence,
                      reportedAt: r.reportedAt ? formatVietnameseDateTime(r.reportedAt) : null,
                    }
                  }
                  open={open}
                  started={started}
                  active={activity.active}
                  files={r ? filesOf(r.id) : []}
                />
              </Card>
            );
          })}
        </div>
      </div>
    </>
  );
}
