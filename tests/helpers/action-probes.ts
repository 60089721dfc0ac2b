// One valid call of every server action, aimed at tenant A's records, for the access probes
// (SECURITY.md #1, #3, #4). Each input is built at call time so that `version` is current: a
// refusal must come from the authorization, not from a stale version or a bad input.
import { db } from "@/lib/db/client";
import * as accountActions from "@/lib/actions/accounts";
import * as memberActions from "@/lib/actions/members";
import * as unitActions from "@/lib/actions/units";
import * as planActions from "@/lib/actions/plans";
import * as activityActions from "@/lib/actions/activities";
import * as notificationActions from "@/lib/actions/notifications";
import * as evidenceActions from "@/lib/actions/evidence";
import type { ActionResult } from "@/lib/actions/define";
import { formatVietnameseDate } from "@/lib/domain/dates";
import {
  dayFromToday,
  makeActivity,
  makeMember,
  makePlan,
  makeUnit,
  makeUser,
  TEST_PASSWORD,
  unique,
  type Tenant,
} from "../factories";
import { ENTRY_ACCESS, entryProbes, makeEntryRows, type EntryRows } from "./entry-probes";
import { COMMITMENT_ACCESS, commitmentProbes, makeCommitmentRows, type CommitmentRows } from "./commitment-probes";
import { makeProjectRows, PROJECT_ACCESS, projectProbes, type ProjectRows } from "./project-probes";
import { makeReportRows, REPORT_ACCESS, reportProbes, type ReportRows } from "./report-probes";
import { makeQuestionRows, QUESTION_ACCESS, questionProbes, type QuestionRows } from "./question-probes";
import { HONOUR_ACCESS, honourProbes, makeHonourRows, type HonourRows } from "./honour-probes";
import { INSPECTION_ACCESS, inspectionProbes, makeInspectionRows, type InspectionRows } from "./inspection-probes";
import { IDEA_ACCESS, ideaProbes, makeIdeaRows, type IdeaRows } from "./idea-probes";

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
export type Probe = { name: string; action: AnyAction; input: () => Promise<Record<string, unknown>>; hasTarget: boolean };
export type ProbeMaker = (name: string, action: AnyAction, input: Probe["input"], hasTarget?: boolean) => Probe;

/** The people of tenant A the probes are called as (`coSoB` is the secretary of cơ sở B). */
export type Who = "admin" | "staff" | "coSo" | "coSoB" | "chiDoan" | "member" | "city" | "cityStaff";
export const EVERYONE: Who[] = ["admin", "staff", "coSo", "coSoB", "chiDoan", "member", "city", "cityStaff"];

/**
 * Who may make each probe's call on its target; everyone else must be refused. `each`: the
 * success is checked for every one of them, on rows made afresh for each check (else for the
 * first only, on the shared rows). For the unit, member and account probes the list is what the
 * earlier table left unrefused, not a promise that each of them succeeds.
 */
export const ACCESS: Record<string, { may: Who[]; each?: true }> = {
  createMemberAction: { may: ["admin", "staff", "coSo"] },
  updateMemberAction: { may: ["admin", "staff", "coSo"] },
  deactivateMemberAction: { may: ["admin", "staff", "coSo"] },
  createUnitAction: { may: ["admin", "coSo"] },
  renameUnitAction: { may: ["admin", "coSo"] },
  moveUnitAction: { may: ["admin", "coSo"] },
  setUnitClusterAction: { may: ["admin", "coSo"] },
  deactivateUnitAction: { may: ["admin", "coSo"] },
  createAccountAction: { may: ["admin"] },
  grantRoleAction: { may: ["admin"] },
  revokeRoleAction: { may: ["admin"] },
  setAccountActiveAction: { may: ["admin"] },
  resetAccountPasswordAction: { may: ["admin"] },
  // Member accounts in bulk: the Khối admin, and the secretary of the member's cơ sở (A).
  bulkCreateAccountsAction: { may: ["admin", "coSo"], each: true },
  changePasswordAction: { may: EVERYONE },
  // Khối plans and activities: Khối staff, never a cơ sở.
  createPlanAction: { may: ["admin", "staff"], each: true },
  updatePlanAction: { may: ["admin", "staff"], each: true },
  publishPlanAction: { may: ["admin", "staff"], each: true },
  revisePlanAction: { may: ["admin", "staff"], each: true },
  archivePlanAction: { may: ["admin", "staff"], each: true },
  deletePlanAction: { may: ["admin", "staff"], each: true },
  addIndicatorAction: { may: ["admin", "staff"], each: true },
  updateIndicatorAction: { may: ["admin", "staff"], each: true },
  deleteIndicatorAction: { may: ["admin", "staff"], each: true },
  createActivityAction: { may: ["admin", "staff"], each: true },
  updateActivityAction: { may: ["admin", "staff"], each: true },
  cancelActivityAction: { may: ["admin", "staff"], each: true },
  // A cơ sở plan and registrations: the secretary of that cơ sở. The secretary of cơ sở B may
  // plan for cơ sở B from the same Khối plan (the call names no cơ sở), which is not a refusal.
  createCoSoPlanAction: { may: ["coSo", "coSoB"], each: true },
  setIndicatorTargetAction: { may: ["coSo"], each: true },
  registerForActivityAction: { may: ["coSo"], each: true },
  withdrawRegistrationAction: { may: ["coSo"], each: true },
  reportParticipationAction: { may: ["coSo"], each: true },
  // Evidence files, aimed at a participation report (the other owners are tested in evidence.test.ts).
  uploadEvidenceAction: { may: ["coSo"], each: true },
  archiveEvidenceAction: { may: ["coSo"], each: true },
  // The caller's own notices only: there is no one else's record to aim at.
  markNotificationsReadAction: { may: EVERYONE },
  // One notice, the cơ sở A secretary's own: anyone else's is not found.
  markNoticeReadAction: { may: ["coSo"], each: true },
  // Arriving on a page: the caller's own notices leading there, no one else's to aim at.
  markNoticesReadAtAction: { may: EVERYONE },
  // The caller's own e-mail choices: no one else's to aim at.
  saveNoticePreferencesAction: { may: EVERYONE },
  ...PROJECT_ACCESS,
  ...ENTRY_ACCESS,
  ...COMMITMENT_ACCESS,
  ...REPORT_ACCESS,
  ...HONOUR_ACCESS,
  ...QUESTION_ACCESS,
  ...INSPECTION_ACCESS,
  ...IDEA_ACCESS,
};

/** Plans, indicators, activities and a registration of tenant A (remade for each success check). */
export type PlanRows = {
  /** A Khối draft plan with one indicator */
  draft: { id: string; indicatorId: string };
  /** A published Khối plan with an EACH_CO_SO indicator that has a minimum */
  published: { id: string; indicatorId: string; minTarget: number };
  /** Cơ sở A's draft plan (based on another published Khối plan) following a Khối indicator */
  coSoDraft: { id: string; indicatorId: string };
  /** Open for registration (deadline in 10 days), starts in 30 days */
  openActivity: { id: string };
  /** Started today, still open: cơ sở A registered for it */
  runningActivity: { id: string };
  registrationId: string;
  upcomingRegistrationId: string;
  /** A file attached to the running activity's registration */
  evidenceId: string;
  /** The cơ sở A secretary's unread notice */
  coSoNoticeId: string;
};

export type ProbeFixture = {
  a: Tenant;
  clusterId: string;
  emptyChiDoanId: string;
  staffMembershipId: string;
  coSoBSecretary: { id: string };
  plans: PlanRows;
  projects: ProjectRows;
  entries: EntryRows;
  commitments: CommitmentRows;
  reports: ReportRows;
  honours: HonourRows;
  questions: QuestionRows;
  inspections: InspectionRows;
  ideas: IdeaRows;
};

/** Extra rows in tenant A that the probes act on. */
type FreshRows = Pick<
  ProbeFixture,
  "plans" | "projects" | "entries" | "commitments" | "reports" | "honours" | "questions" | "inspections" | "ideas"
>;

export async function makeProbeFixture(a: Tenant): Promise<ProbeFixture> {
  const cluster = await db().cluster.create({ data: { khoiId: a.khoi.id, name: unique("Cụm") }, select: { id: true } });
  const empty = await makeUnit(db(), "CHI_DOAN", "Chi đoàn không còn ai", a.coSoA);
  const staff = await db().membership.findFirstOrThrow({ where: { userId: a.users.staff.id }, select: { id: true } });
  const coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  return {
    a,
    clusterId: cluster.id,
    emptyChiDoanId: empty.id,
    staffMembershipId: staff.id,
    coSoBSecretary,
    // With no action named, every group is made.
    ...((await makeFreshRows(a)) as FreshRows),
  };
}

/**
 * Plans and activities of tenant A afresh, with the rows of every group (or, given an action's
 * name, of that action's group only: the others keep the shared rows, and the success checks
 * stay quick): what a success check may spoil.
 */
export async function makeFreshRows(a: Tenant, forAction?: string) {
  const plans = await makePlanRows(a);
  const needs = (group: Record<string, unknown>) => forAction === undefined || forAction in group;
  return {
    plans,
    ...(needs(PROJECT_ACCESS) && { projects: await makeProjectRows(a, plans) }),
    ...(needs(ENTRY_ACCESS) && { entries: await makeEntryRows(a, plans) }),
    ...(needs(COMMITMENT_ACCESS) && { commitments: await makeCommitmentRows(a, plans) }),
    ...(needs(REPORT_ACCESS) && { reports: await makeReportRows(a, plans) }),
    ...(needs(HONOUR_ACCESS) && { honours: await makeHonourRows(a, plans) }),
    ...(needs(QUESTION_ACCESS) && { questions: await makeQuestionRows(a) }),
    ...(needs(INSPECTION_ACCESS) && { inspections: await makeInspectionRows(a, plans) }),
    ...(needs(IDEA_ACCESS) && { ideas: await makeIdeaRows(a, plans) }),
  };
}

/** Built with db() directly, not through the actions under test. */
export async function makePlanRows(a: Tenant): Promise<PlanRows> {
  const khoi = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
  const draft = await makePlan(db(), khoi, { indicators: [{ code: "CT1" }] });
  const minTarget = 10;
  const published = await makePlan(db(), khoi, {
    status: "PUBLISHED",
    indicators: [{ code: "CT1", appliesTo: "EACH_CO_SO", measure: "RECORD_COUNT", recordKind: "PROJECT", target: 20, minTarget }],
  });
  const otherBasis = await makePlan(db(), khoi, {
    status: "PUBLISHED",
    indicators: [{ code: "CT1", appliesTo: "EACH_CO_SO", target: 8, minTarget: 5 }],
  });
  const coSoDraft = await makePlan(
    db(),
    { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" },
    {
      basisPlanId: otherBasis.id,
      indicators: [{ code: "CT1", basedOnId: otherBasis.indicators[0].id, target: 5 }],
    },
  );
  const openActivity = await makeActivity(db(), published, {
    startsIn: 30,
    deadlineIn: 10,
    indicatorIds: [published.indicators[0].id],
  });
  const runningActivity = await makeActivity(db(), published, { startsIn: 0, endsIn: 3, deadlineIn: 3 });
  const registration = await db().activityRegistration.create({
    data: {
      khoiId: a.khoi.id,
      activityId: runningActivity.id,
      coSoId: a.coSoA.id,
      plannedPeople: 10,
      registeredById: a.users.coSo.id,
    },
  });
  // Withdrawing is only possible before the activity begins.
  const upcomingActivity = await makeActivity(db(), published, { startsIn: 20, deadlineIn: 10 });
  const upcomingRegistration = await db().activityRegistration.create({
    data: {
      khoiId: a.khoi.id,
      activityId: upcomingActivity.id,
      coSoId: a.coSoA.id,
      plannedPeople: 8,
      registeredById: a.users.coSo.id,
    },
  });
  const evidence = await db().evidenceFile.create({
    data: {
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      ownerType: "ActivityRegistration",
      ownerId: registration.id,
      storageKey: `${a.khoi.id}/${crypto.randomUUID()}`,
      fileName: "anh.png",
      contentType: "image/png",
      size: 10,
      sha256: "0",
    },
  });
  // An unread notice for each person, so that marking one's own as read changes something.
  const userIds = await db().membership.findMany({ where: { khoiId: a.khoi.id }, select: { userId: true } });
  const everyone = [...new Set([...userIds.map((m) => m.userId), a.users.city.id, a.users.cityStaff.id])];
  await db().notification.createMany({
    data: everyone.map((userId) => ({ khoiId: a.khoi.id, userId, title: "Thông báo thử", link: "/ke-hoach" })),
  });
  const coSoNotice = await db().notification.findFirstOrThrow({ where: { userId: a.users.coSo.id, khoiId: a.khoi.id } });
  return {
    draft: { id: draft.id, indicatorId: draft.indicators[0].id },
    published: { id: published.id, indicatorId: published.indicators[0].id, minTarget },
    coSoDraft: { id: coSoDraft.id, indicatorId: coSoDraft.indicators[0].id },
    openActivity: { id: openActivity.id },
    runningActivity: { id: runningActivity.id },
    coSoNoticeId: coSoNotice.id,
    registrationId: registration.id,
    upcomingRegistrationId: upcomingRegistration.id,
    evidenceId: evidence.id,
  };
}

/** The smallest file a PDF reader (and a magic-byte check) accepts as a PDF. */
export const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
);

const unitVersion = async (id: string) => (await db().unit.findUniqueOrThrow({ where: { id } })).version;
const memberVersion = async (id: string) => (await db().member.findUniqueOrThrow({ where: { id } })).version;
const planVersion = async (id: string) => (await db().plan.findUniqueOrThrow({ where: { id } })).version;
const activityVersion = async (id: string) => (await db().activity.findUniqueOrThrow({ where: { id } })).version;
const registrationVersion = async (id: string) => (await db().activityRegistration.findUniqueOrThrow({ where: { id } })).version;
const date = (days: number) => formatVietnameseDate(dayFromToday(days));

const planFields = () => ({
  kind: "PLAN",
  subject: "Kế hoạch thực hiện phong trào “3 trách nhiệm”",
  startYear: dayFromToday(0).getUTCFullYear(),
  endYear: dayFromToday(0).getUTCFullYear(),
  pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
  sections: [{ heading: "I. MỤC ĐÍCH - YÊU CẦU", body: "Nâng cao ý thức trách nhiệm." }],
});
const indicatorFields = (code: string, target: number) => ({
  code,
  wording: "Tổ chức ít nhất 4 hoạt động cao điểm",
  measure: "ENTERED",
  targetKind: "AT_LEAST",
  target,
  unitLabel: "hoạt động",
  appliesTo: "KHOI",
  period: "YEAR",
});
const activityFields = (pl: PlanRows) => ({
  kind: "CONTEST",
  name: "Hội thi “Cải cách hành chính”",
  startsOn: date(30),
  organiser: "Ban Thường vụ Đoàn Khối",
  registrationDeadline: date(10),
  indicatorIds: [pl.published.indicatorId],
});

/** A fresh page with an unread notice leading to it for everyone of tenant A (arriving there marks it read). */
async function noticedPage(a: Tenant) {
  const path = `/ke-hoach?thu=${crypto.randomUUID()}`;
  const userIds = await db().membership.findMany({ where: { khoiId: a.khoi.id }, select: { userId: true } });
  const everyone = [...new Set([...userIds.map((m) => m.userId), a.users.city.id, a.users.cityStaff.id])];
  await db().notification.createMany({
    data: everyone.map((userId) => ({ khoiId: a.khoi.id, userId, title: "Thông báo thử", link: path })),
  });
  return path;
}

export function probes(f: ProbeFixture): Probe[] {
  const { a } = f;
  const p = (name: string, action: AnyAction, input: Probe["input"], hasTarget = true): Probe => ({
    name,
    action,
    input,
    hasTarget,
  });
  return [
    p("createMemberAction", memberActions.createMemberAction, async () => ({
      fullName: "Đoàn Viên Mới",
      chiDoanId: a.chiDoanA2.id,
      requestKey: crypto.randomUUID(),
    })),
    p("updateMemberAction", memberActions.updateMemberAction, async () => ({
      id: a.members.a2.id,
      version: await memberVersion(a.members.a2.id),
      fullName: "Tên Đã Sửa",
      chiDoanId: a.chiDoanA2.id,
    })),
    p("deactivateMemberAction", memberActions.deactivateMemberAction, async () => ({
      id: a.members.a2.id,
      version: await memberVersion(a.members.a2.id),
    })),
    p("createUnitAction", unitActions.createUnitAction, async () => ({
      parentId: a.coSoA.id,
      name: "Chi đoàn Mới",
      requestKey: crypto.randomUUID(),
    })),
    p("renameUnitAction", unitActions.renameUnitAction, async () => ({
      id: a.chiDoanA2.id,
      name: "Chi đoàn Đổi Tên",
      version: await unitVersion(a.chiDoanA2.id),
    })),
    p("moveUnitAction", unitActions.moveUnitAction, async () => ({
      id: a.chiDoanA2.id,
      newParentId: a.coSoB.id,
      version: await unitVersion(a.chiDoanA2.id),
    })),
    p("setUnitClusterAction", unitActions.setUnitClusterAction, async () => ({
      id: a.coSoA.id,
      clusterId: f.clusterId,
      version: await unitVersion(a.coSoA.id),
    })),
    p("deactivateUnitAction", unitActions.deactivateUnitAction, async () => ({
      id: f.emptyChiDoanId,
      version: await unitVersion(f.emptyChiDoanId),
    })),
    p("createAccountAction", accountActions.createAccountAction, async () => ({
      email: `${unique("moi")}@test.vn`,
      name: "Tài Khoản Mới",
      role: "CHI_DOAN_SECRETARY",
      unitId: a.chiDoanA2.id,
      requestKey: crypto.randomUUID(),
    })),
    p("grantRoleAction", accountActions.grantRoleAction, async () => ({
      userId: a.users.chiDoan.id,
      role: "CHI_DOAN_SECRETARY",
      unitId: a.chiDoanA2.id,
    })),
    p("revokeRoleAction", accountActions.revokeRoleAction, async () => ({ membershipId: f.staffMembershipId })),
    p("setAccountActiveAction", accountActions.setAccountActiveAction, async () => ({ userId: a.users.coSo.id, active: false })),
    p("resetAccountPasswordAction", accountActions.resetAccountPasswordAction, async () => ({ userId: a.users.coSo.id })),
    // A fresh member of cơ sở A with an e-mail and no account for each call: the call's target.
    p("bulkCreateAccountsAction", accountActions.bulkCreateAccountsAction, async () => {
      const member = await makeMember(db(), a.chiDoanA2, { email: `${unique("dv")}@test.vn` });
      return { memberIds: [member.id], delivery: "SHEET", requestKey: crypto.randomUUID() };
    }),
    // Acts on the caller's own account only: there is no one else's record to aim at.
    p(
      "changePasswordAction",
      accountActions.changePasswordAction,
      async () => ({
        currentPassword: TEST_PASSWORD,
        newPassword: "Mot-mat-khau-moi-rat-dai",
        confirmPassword: "Mot-mat-khau-moi-rat-dai",
      }),
      false,
    ),
    ...planProbes(f, p),
    ...projectProbes(f, p),
    ...entryProbes(f, p),
    ...commitmentProbes(f, p),
    ...reportProbes(f, p),
    ...honourProbes(f, p),
    ...questionProbes(f, p),
    ...inspectionProbes(f, p),
    ...ideaProbes(f, p),
  ];
}

function planProbes(f: ProbeFixture, p: ProbeMaker): Probe[] {
  const { a, plans: pl } = f;
  return [
    // The basis (căn cứ) is tenant A's published plan: the call's target.
    p("createPlanAction", planActions.createPlanAction, async () => ({
      ...planFields(),
      basisPlanId: pl.published.id,
      indicators: [indicatorFields("CT1", 4)],
      requestKey: crypto.randomUUID(),
      // The tenant already has a plan of this year: the user said "vẫn tạo" (pickers-16.test.ts).
      confirmDuplicate: true,
    })),
    p("updatePlanAction", planActions.updatePlanAction, async () => ({
      ...planFields(),
      id: pl.draft.id,
      version: await planVersion(pl.draft.id),
      subject: "Trích yếu đã sửa",
    })),
    p("publishPlanAction", planActions.publishPlanAction, async () => ({
      id: pl.draft.id,
      version: await planVersion(pl.draft.id),
      confirmDuplicate: true,
    })),
    p("revisePlanAction", planActions.revisePlanAction, async () => ({
      id: pl.published.id,
      version: await planVersion(pl.published.id),
    })),
    p("archivePlanAction", planActions.archivePlanAction, async () => ({
      id: pl.published.id,
      version: await planVersion(pl.published.id),
      comment: "Thay bằng kế hoạch khác",
    })),
    p("deletePlanAction", planActions.deletePlanAction, async () => ({
      id: pl.draft.id,
      version: await planVersion(pl.draft.id),
    })),
    p("addIndicatorAction", planActions.addIndicatorAction, async () => ({
      ...indicatorFields("CT9", 3),
      planId: pl.draft.id,
      planVersion: await planVersion(pl.draft.id),
    })),
    p("updateIndicatorAction", planActions.updateIndicatorAction, async () => ({
      ...indicatorFields("CT1", 7),
      id: pl.draft.indicatorId,
      planVersion: await planVersion(pl.draft.id),
    })),
    p("deleteIndicatorAction", planActions.deleteIndicatorAction, async () => ({
      id: pl.draft.indicatorId,
      planVersion: await planVersion(pl.draft.id),
    })),
    p("createCoSoPlanAction", planActions.createCoSoPlanAction, async () => ({
      basisPlanId: pl.published.id,
      requestKey: crypto.randomUUID(),
    })),
    p("setIndicatorTargetAction", planActions.setIndicatorTargetAction, async () => ({
      id: pl.coSoDraft.indicatorId,
      planVersion: await planVersion(pl.coSoDraft.id),
      target: 12,
    })),
    p("createActivityAction", activityActions.createActivityAction, async () => ({
      ...activityFields(pl),
      planId: pl.published.id,
      requestKey: crypto.randomUUID(),
    })),
    p("updateActivityAction", activityActions.updateActivityAction, async () => ({
      ...activityFields(pl),
      name: "Hội thi đã đổi tên",
      id: pl.openActivity.id,
      version: await activityVersion(pl.openActivity.id),
    })),
    p("cancelActivityAction", activityActions.cancelActivityAction, async () => ({
      id: pl.openActivity.id,
      version: await activityVersion(pl.openActivity.id),
    })),
    // Names cơ sở A: the secretary of cơ sở B may register cơ sở B, not A.
    p("registerForActivityAction", activityActions.registerForActivityAction, async () => ({
      activityId: pl.openActivity.id,
      coSoId: a.coSoA.id,
      plannedPeople: 5,
    })),
    p("withdrawRegistrationAction", activityActions.withdrawRegistrationAction, async () => ({
      id: pl.upcomingRegistrationId,
      version: await registrationVersion(pl.upcomingRegistrationId),
    })),
    p("reportParticipationAction", activityActions.reportParticipationAction, async () => ({
      id: pl.registrationId,
      version: await registrationVersion(pl.registrationId),
      people: 8,
      participations: 12,
      evidence: "Ảnh và danh sách: https://example.vn/minh-chung",
    })),
    p("uploadEvidenceAction", evidenceActions.uploadEvidenceAction, async () => ({
      ownerType: "ActivityRegistration",
      ownerId: pl.registrationId,
      file: new File([PDF], "bao-cao.pdf"),
      requestKey: crypto.randomUUID(),
    })),
    p("archiveEvidenceAction", evidenceActions.archiveEvidenceAction, async () => ({ id: pl.evidenceId })),
    // Acts on the caller's own notices only: there is no one else's record to aim at.
    p("markNotificationsReadAction", notificationActions.markNotificationsReadAction, async () => ({}), false),
    p("markNoticeReadAction", notificationActions.markNoticeReadAction, async () => ({ id: pl.coSoNoticeId })),
    // A page an unread notice of each person of tenant A leads to, made afresh for each call.
    p(
      "markNoticesReadAtAction",
      notificationActions.markNoticesReadAtAction,
      async () => ({ path: await noticedPage(a) }),
      false,
    ),
    p(
      "saveNoticePreferencesAction",
      notificationActions.saveNoticePreferencesAction,
      async () => ({ choices: [{ kind: "confirmed", delivery: "now" }] }),
      false,
    ),
  ];
}

// Tables an action may write to without changing anything a person sees: the audit log, the
// login limiter, the sessions the test's stand-in cookie opens on first use, the job runner's own.
const UNWATCHED_TABLES = ["_prisma_migrations", "AuditLog", "RateLimiterFlexible", "Session", "JobRun"];

/**
 * Every row of every table but UNWATCHED_TABLES, as JSON built by the database in one query (the
 * probes take two per call: one query instead of fifty Prisma reads made the access probes ~6×
 * faster), so a table added later is watched without being listed here. Rows are ordered by
 * their text, which is all an equality check needs.
 */
export async function snapshot(): Promise<Record<string, Record<string, unknown>[]>> {
  const tables = await everyWatchedTable(
    (name) => `(SELECT coalesce(json_agg(r ORDER BY r::text), '[]')::text FROM "${name}" r)`,
  );
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, JSON.parse(rows) as Record<string, unknown>[]]));
}

/**
 * What snapshot() sees, as each table's row count and the MD5 of its rows' text: equal exactly
 * when the snapshots are, without carrying every row across. For checks that a call changed
 * nothing (or something); a failure names the tables that changed.
 */
export async function fingerprint(): Promise<Record<string, string>> {
  return everyWatchedTable(
    (name) => `(SELECT count(*) || ' rows ' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) FROM "${name}" r)`,
  );
}

/** One value per watched table, from `valueOf` (SQL of one table), in one query and one transaction. */
async function everyWatchedTable(valueOf: (table: string) => string): Promise<Record<string, string>> {
  return db().$transaction(
    async (tx) => {
      const tables = await tx.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`;
      // Table names come from the catalogue, never from input: safe to splice.
      const sql = tables
        .map((t) => t.name)
        .filter((name) => !UNWATCHED_TABLES.includes(name))
        .map((name) => `SELECT '${name}' AS name, ${valueOf(name)} AS value`)
        .join(" UNION ALL ");
      const rows = await tx.$queryRawUnsafe<{ name: string; value: string }[]>(sql);
      return Object.fromEntries(rows.map((r) => [r.name, r.value]));
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** Every message a refusal shows (form error and field errors), for wording checks. */
export function messagesOf(result: ActionResult<unknown>): string[] {
  if (result.ok) return [];
  return [result.formError ?? "", ...Object.values(result.fieldErrors ?? {})].filter(Boolean);
}
