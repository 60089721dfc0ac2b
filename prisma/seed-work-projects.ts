// The demo year's youth projects, built in memory (no I/O): each template ends in its status
// through the steps the app would have taken (lib/domain/project-rules): a cơ sở registers
// (PENDING), the Khối returns or approves, the cơ sở posts progress and reports completion, the
// Khối acknowledges or honours. Khối-level projects start under way and are joined by cơ sở.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/domain/text";
import { historyRows, type Clock, type NewId, type Step, type Tools } from "./seed-work-kit";
import { ACKNOWLEDGE_NOTES, APPROVAL_NOTES, PROGRESS_NOTES } from "./seed-work-names";
import type { IndicatorTag, ProjectTemplate } from "./seed-work-project-names";
import type { WorkCoSo, WorkTenant } from "./seed-work-types";

export type ProjectRows = {
  projects: Prisma.YouthProjectCreateManyInput[];
  indicators: Prisma.ProjectIndicatorCreateManyInput[];
  members: Prisma.ProjectMemberCreateManyInput[];
  updates: Prisma.ProjectUpdateCreateManyInput[];
  joins: Prisma.ProjectJoinCreateManyInput[];
  changes: Prisma.StatusChangeCreateManyInput[];
};

/** How long ago (days) a project in this final status was registered: older ones got further. */
const REGISTERED: Record<ProjectStatus, [number, number]> = {
  PENDING: [2, 18],
  RETURNED: [8, 40],
  APPROVED: [45, 240],
  COMPLETED: [150, 320],
  ACKNOWLEDGED: [210, 350],
  HONOURED: [230, 355],
  WITHDRAWN: [40, 150],
};
const DONE: ProjectStatus[] = ["COMPLETED", "ACKNOWLEDGED", "HONOURED"];
const REVIEW_STEPS = ["RETURNED", "APPROVED", "ACKNOWLEDGED", "HONOURED"];

const MATCHES: Record<IndicatorTag, (i: { recordKind: string | null; wording: string }) => boolean> = {
  solution: (i) => i.recordKind === "PROJECT",
  reportage: (i) => i.wording.includes("phóng sự"),
  online: (i) => i.wording.includes("dịch vụ công trực tuyến"),
  exemplars: (i) => i.wording.includes("điển hình"),
};

export function buildProjects(
  tenant: WorkTenant,
  plan: { coSo: Record<string, ProjectTemplate[]>; khoi: ProjectTemplate[] },
  r: Tools,
  clock: Clock,
  newId: NewId,
): ProjectRows {
  const rows: ProjectRows = { projects: [], indicators: [], members: [], updates: [], joins: [], changes: [] };
  const [staff, admin] = tenant.reviewers;

  /** One project: its dates, its history up to the template's status, and its rows. */
  function build(tpl: ProjectTemplate, coSo: WorkCoSo | null) {
    const id = newId();
    const secretary = coSo ? coSo.secretaryId : staff;
    const [lo, hi] = coSo ? REGISTERED[tpl.status] : [200, 330];
    // Registered under the plan, so after it was issued, when the plan leaves room for that.
    const cap = tenant.planIssuedOn ? clock.daysAgoOf(tenant.planIssuedOn) - 3 : hi;
    const top = cap >= lo + 10 ? Math.min(hi, cap) : hi;
    const registeredAgo = r.int(Math.min(lo, top), top);
    const registeredOn = clock.date(registeredAgo);
    const steps: Step[] = [];

    // Registration, then the Khối's review (a few were returned once and fixed first).
    let t = clock.at(registeredOn, r.int(0, 480));
    if (coSo) {
      steps.push({ to: "PENDING", by: secretary, at: t });
      if (tpl.status === "RETURNED" || tpl.returnedOnce) {
        t = clock.after(t, [r.int(24, 120)])[0];
        steps.push({ to: "RETURNED", by: r.pick([staff, admin]), at: t, comment: tpl.comment });
        if (tpl.returnedOnce) {
          t = clock.after(t, [r.int(48, 200)])[0];
          steps.push({ to: "PENDING", by: secretary, at: t, comment: "Đã sửa và gửi lại" });
        }
      }
      if (tpl.status === "WITHDRAWN")
        steps.push({ to: "WITHDRAWN", by: secretary, at: (t = clock.after(t, [r.int(96, 400)])[0]) });
      else if (!["PENDING", "RETURNED"].includes(tpl.status))
        steps.push({ to: "APPROVED", by: staff, at: (t = clock.after(t, [r.int(20, 150)])[0]), comment: r.pick(APPROVAL_NOTES) });
    } else {
      // Khối-level: the Khối is its own reviewer, so the project starts under way.
      steps.push({ to: "APPROVED", by: staff, at: t });
    }
    const approvedAt = steps.find((s) => s.to === "APPROVED")?.at ?? null;

    // Completion: recently for COMPLETED (the Khối has yet to acknowledge), months ago otherwise.
    let completedAt: Date | null = null;
    if (DONE.includes(tpl.status) && approvedAt) {
      const doneAgo =
        tpl.status === "COMPLETED"
          ? r.int(3, 25)
          : r.int(40, Math.max(41, Math.min(150, clock.daysAgoOf(clock.dayOf(approvedAt)) - 60)));
      completedAt = clock.at(clock.date(doneAgo), r.int(0, 480));
    }

    // Progress updates between approval and completion (or last night).
    let progress = 0;
    if (approvedAt) {
      const end = completedAt ?? clock.latest;
      const span = end.getTime() - approvedAt.getTime();
      const count = completedAt ? r.int(2, 3) : span > 90 * 86_400_000 ? r.int(2, 3) : 1;
      const final = completedAt ? 90 : (tpl.progress ?? r.int(4, 17) * 5);
      let previous = approvedAt.getTime();
      for (let k = 0; k < count; k++) {
        const spread = clock.officeTime(new Date(approvedAt.getTime() + (span * (k + 1)) / (count + 1))).getTime();
        const when = new Date((previous = Math.max(previous + 30 * 60_000, spread)));
        const p = Math.round((final * (k + 1)) / count / 5) * 5;
        const note = PROGRESS_NOTES[Math.min(PROGRESS_NOTES.length - 1, Math.floor((p / 100) * PROGRESS_NOTES.length))].replace(
          "{p}",
          String(p),
        );
        rows.updates.push({
          id: newId(),
          khoiId: tenant.khoiId,
          projectId: id,
          body: note,
          progress: p,
          authorId: secretary,
          createdAt: when,
        });
        progress = p;
      }
    }
    if (completedAt) {
      steps.push({ to: "COMPLETED", by: secretary, at: completedAt });
      progress = 100;
      if (tpl.status === "ACKNOWLEDGED")
        steps.push({
          to: "ACKNOWLEDGED",
          by: r.pick([staff, admin]),
          at: clock.after(completedAt, [r.int(72, 500)])[0],
          comment: r.pick(ACKNOWLEDGE_NOTES),
        });
      // Tuyên dương comes once a year, on an acknowledged project or straight after completion.
      if (tpl.status === "HONOURED") {
        const ack = clock.after(completedAt, [r.int(72, 300), r.int(300, 900)]);
        if (r.chance(0.5)) steps.push({ to: "ACKNOWLEDGED", by: staff, at: ack[0], comment: r.pick(ACKNOWLEDGE_NOTES) });
        steps.push({ to: "HONOURED", by: admin, at: ack[1], comment: tpl.comment });
      }
    }

    // Dates of the work itself: it starts after registration (never in the future); a finished
    // one ended by its report, one under way ends some months ahead.
    const startsOn = clock.date(Math.max(0, registeredAgo - r.int(3, 14)));
    const endsOn = completedAt ? clock.dayOf(completedAt) : clock.addDays(startsOn, r.int(120, 300));
    // The Khối's last word on it (a Khối-level project's own registration is not a review).
    const lastReview = steps
      .slice(1)
      .reverse()
      .find((s) => REVIEW_STEPS.includes(s.to));
    const lastChange = Math.max(
      steps[steps.length - 1].at.getTime(),
      ...rows.updates.filter((u) => u.projectId === id).map((u) => (u.createdAt as Date).getTime()),
    );

    const chiDoans = coSo ? r.shuffle(coSo.chiDoans).slice(0, r.int(1, Math.min(3, coSo.chiDoans.length))) : [];
    rows.projects.push({
      id,
      khoiId: tenant.khoiId,
      unitId: coSo?.id ?? tenant.khoiId,
      coSoId: coSo?.id ?? null,
      planId: tenant.planId,
      kind: tpl.kind,
      name: tpl.name,
      searchText: foldVietnamese(tpl.name),
      field: tpl.field,
      goal: tpl.goal,
      startsOn,
      endsOn,
      chiDoanIds: chiDoans.map((d) => d.id),
      expectedValue: tpl.expected,
      status: tpl.status,
      progress,
      resultText: completedAt ? (tpl.result?.text ?? null) : null,
      beneficiaries: completedAt ? (tpl.result?.beneficiaries ?? null) : null,
      resultAmount: completedAt ? (tpl.result?.amount ?? null) : null,
      completedAt,
      reviewComment: lastReview?.comment ?? null,
      reviewedById: lastReview?.by ?? null,
      version: steps.length - 1,
      createdById: secretary,
      createdAt: steps[0].at,
      updatedAt: new Date(lastChange),
    });
    rows.changes.push(...historyRows(tenant.khoiId, "YouthProject", id, steps));

    for (const indicator of tenant.indicators.filter((i) => (tpl.serves ?? []).some((tag) => MATCHES[tag](i))))
      rows.indicators.push({ khoiId: tenant.khoiId, projectId: id, indicatorId: indicator.id });
    // Members of the chi đoàn taking part (the form only offers those).
    if (coSo) {
      const pool = tenant.members.filter((m) => chiDoans.some((d) => d.id === m.chiDoanId));
      for (const m of r.shuffle(pool).slice(0, r.int(3, 8)))
        rows.members.push({ khoiId: tenant.khoiId, projectId: id, memberId: m.id });
    }
    return { id, approvedAt, completedAt };
  }

  for (const coSo of tenant.coSos) for (const tpl of plan.coSo[coSo.name] ?? []) build(tpl, coSo);

  // Khối-level projects and the cơ sở that joined them (the demo cơ sở joined the first two).
  for (const [k, tpl] of plan.khoi.entries()) {
    const p = build(tpl, null);
    const [first, ...rest] = tenant.coSos;
    const joiners = [...(k < 2 ? [first] : []), ...r.shuffle(k < 2 ? rest : tenant.coSos)].slice(0, tpl.joins ?? 0);
    const until = p.completedAt ?? clock.latest;
    for (const coSo of joiners) {
      const spread = clock.officeTime(
        new Date(p.approvedAt!.getTime() + r.rand() * (until.getTime() - p.approvedAt!.getTime()) * 0.5),
      );
      const when = new Date(Math.max(p.approvedAt!.getTime() + 3_600_000, spread.getTime()));
      rows.joins.push({
        id: newId(),
        khoiId: tenant.khoiId,
        projectId: p.id,
        coSoId: coSo.id,
        joinedById: coSo.secretaryId,
        createdAt: when,
      });
    }
  }
  return rows;
}
