// SECURITY.md #25, finding 7 of the hardening issue: every change leaves an audit row in the same
// transaction — who, what, which record, and only the fields that changed, before → after.
// These are the writes that left none before: a draft plan's fields, indicators, activity edits
// and cancellations, and a cơ sở's registrations.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createActivity, cancelActivity, updateActivity } from "@/lib/data/activities";
import { registerForActivity, reportParticipation, withdrawRegistration } from "@/lib/data/activity-registrations";
import { addIndicator, deleteIndicator, setIndicatorTarget, updateIndicator } from "@/lib/data/indicators";
import { createPlan, publishPlan, updatePlan } from "@/lib/data/plan-writes";
import { formatVietnameseDate } from "@/lib/domain/dates";
import type { PlanCreateInput } from "@/lib/validation/plans";
import type { Viewer } from "@/lib/authz";
import { dayFromToday, makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import {
  indicatorCreateInput,
  indicatorDeleteInput,
  indicatorTargetInput,
  indicatorUpdateInput,
  planCreateInput,
  planRefInput,
  planUpdateInput,
} from "@/lib/validation/plans";
import {
  activityCancelInput,
  activityCreateInput,
  activityUpdateInput,
  participationReportInput,
  registrationCreateInput,
  registrationWithdrawInput,
} from "@/lib/validation/activities";

let a: Tenant;
let staff: Viewer;
let secretary: Viewer;
let plan: Awaited<ReturnType<typeof makePlan>>;

beforeAll(async () => {
  a = await makeTenant(db());
  staff = await viewerOf(a.users.staff.id);
  secretary = await viewerOf(a.users.coSo.id);
  plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }, { code: "CT2" }] },
  );
});

const YEAR = dayFromToday(0).getUTCFullYear();
const logOf = (targetId: string) =>
  db().auditLog.findMany({
    where: { targetId },
    orderBy: { createdAt: "asc" },
    select: { khoiId: true, actorId: true, action: true, targetType: true, before: true, after: true },
  });

function planInput(over: Partial<PlanCreateInput> = {}): PlanCreateInput {
  return {
    requestKey: crypto.randomUUID(),
    kind: "PLAN",
    subject: "Kế hoạch thực hiện phong trào",
    startYear: YEAR,
    endYear: YEAR,
    pillars: ["Bản thân", "Công việc", "Cộng đồng"],
    sections: [{ heading: "I. MỤC ĐÍCH", body: "Nội dung." }],
    ...over,
  };
}
const indicator = {
  code: "CT9",
  wording: "Ít nhất 10 hoạt động",
  measure: "ENTERED",
  targetKind: "AT_LEAST",
  target: 10,
  unitLabel: "hoạt động",
  appliesTo: "KHOI",
  period: "YEAR",
} as const;

describe("a draft plan", () => {
  it("records its creation, and an edit of the subject as only the subject, before → after", async () => {
    const { id } = await createPlan(staff, planCreateInput.parse(planInput()));
    await updatePlan(staff, planUpdateInput.parse({ ...planInput({ subject: "Kế hoạch đã sửa trích yếu" }), id, version: 0 }));
    const rows = await logOf(id);
    expect(rows.map((r) => r.action)).toEqual(["plan.create", "plan.update"]);
    expect(rows[0]).toMatchObject({
      khoiId: a.khoi.id,
      actorId: a.users.staff.id,
      targetType: "Plan",
      after: { status: "DRAFT", subject: "Kế hoạch thực hiện phong trào" },
    });
    expect(rows[1]).toMatchObject({ khoiId: a.khoi.id, actorId: a.users.staff.id, targetType: "Plan" });
    expect(rows[1].before).toEqual({ subject: "Kế hoạch thực hiện phong trào" });
    expect(rows[1].after).toEqual({ subject: "Kế hoạch đã sửa trích yếu" });
  });

  it("records publishing as a status change", async () => {
    const { id } = await createPlan(staff, planCreateInput.parse(planInput()));
    await publishPlan(staff, planRefInput.parse({ id, version: 0 }));
    const rows = await logOf(id);
    expect(rows[1]).toMatchObject({ action: "plan.status", before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
  });
});

describe("indicators of a draft", () => {
  it("records adding, editing, re-targeting and deleting, each with what changed", async () => {
    const { id: planId } = await createPlan(staff, planCreateInput.parse(planInput()));
    const { id } = await addIndicator(staff, indicatorCreateInput.parse({ ...indicator, planId, planVersion: 0 }));
    await updateIndicator(
      staff,
      indicatorUpdateInput.parse({ ...indicator, wording: "Ít nhất 12 hoạt động", target: 12, id, planVersion: 1 }),
    );
    await setIndicatorTarget(staff, indicatorTargetInput.parse({ id, planVersion: 2, target: 15 }));
    await deleteIndicator(staff, indicatorDeleteInput.parse({ id, planVersion: 3 }));

    const rows = await logOf(id);
    expect(rows.map((r) => r.action)).toEqual(["indicator.create", "indicator.update", "indicator.target", "indicator.delete"]);
    expect(rows.every((r) => r.khoiId === a.khoi.id && r.actorId === a.users.staff.id && r.targetType === "Indicator")).toBe(
      true,
    );
    expect(rows[0].after).toMatchObject({ planId, code: "CT9", target: 10, wording: "Ít nhất 10 hoạt động" });
    expect(rows[1].before).toEqual({ wording: "Ít nhất 10 hoạt động", target: 10 });
    expect(rows[1].after).toEqual({ wording: "Ít nhất 12 hoạt động", target: 12 });
    expect(rows[2]).toMatchObject({ before: { target: 12 }, after: { target: 15 } });
    expect(rows[3]).toMatchObject({ before: { planId, code: "CT9", target: 15 }, after: null });
  });
});

describe("Khối activities", () => {
  const date = (days: number) => formatVietnameseDate(dayFromToday(days));
  const input = {
    kind: "PEAK_DAY",
    name: "Ngày thứ 7 tình nguyện",
    startsOn: date(30),
    organiser: "Ban Phong trào",
    registrationDeadline: date(10),
  } as const;

  it("records an edit with the changed fields only (indicators included), and a cancellation", async () => {
    const { id } = await createActivity(
      staff,
      activityCreateInput.parse({
        ...input,
        requestKey: crypto.randomUUID(),
        planId: plan.id,
        indicatorIds: [plan.indicators[0].id],
      }),
    );
    await updateActivity(
      staff,
      activityUpdateInput.parse({ ...input, id, version: 0, name: "Ngày chủ nhật xanh", indicatorIds: [plan.indicators[1].id] }),
    );
    await cancelActivity(staff, activityCancelInput.parse({ id, version: 1 }));
    const rows = await logOf(id);
    expect(rows.map((r) => r.action)).toEqual(["activity.create", "activity.update", "activity.status"]);
    expect(rows[1].before).toEqual({ name: "Ngày thứ 7 tình nguyện", indicatorIds: [plan.indicators[0].id] });
    expect(rows[1].after).toEqual({ name: "Ngày chủ nhật xanh", indicatorIds: [plan.indicators[1].id] });
    expect(rows[2]).toMatchObject({ actorId: a.users.staff.id, before: { status: "SCHEDULED" }, after: { status: "CANCELLED" } });
  });
});

describe("a cơ sở's registration", () => {
  it("records registering, withdrawing and registering again", async () => {
    const activity = await makeActivity(db(), plan, { startsIn: 20, deadlineIn: 10 });
    const reg = await registerForActivity(
      secretary,
      registrationCreateInput.parse({ activityId: activity.id, plannedPeople: 5 }),
    );
    await withdrawRegistration(secretary, registrationWithdrawInput.parse({ id: reg.id, version: 0 }));
    await registerForActivity(secretary, registrationCreateInput.parse({ activityId: activity.id, plannedPeople: 8 }));
    const rows = await logOf(reg.id);
    expect(rows.map((r) => r.action)).toEqual([
      "activity.registration.create",
      "activity.registration.status",
      "activity.registration.status",
    ]);
    expect(
      rows.every((r) => r.khoiId === a.khoi.id && r.actorId === a.users.coSo.id && r.targetType === "ActivityRegistration"),
    ).toBe(true);
    expect(rows[0].after).toMatchObject({ status: "REGISTERED", plannedPeople: 5, activityId: activity.id });
    expect(rows[2]).toMatchObject({ before: { status: "WITHDRAWN" }, after: { status: "REGISTERED", plannedPeople: 8 } });
  });

  it("records the participation report, before → after", async () => {
    const held = await makeActivity(db(), plan, { startsIn: 0, deadlineIn: 0 });
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: held.id }));
    await reportParticipation(
      secretary,
      participationReportInput.parse({ id: reg.id, version: 0, people: 20, participations: 35, evidence: "Danh sách ký tên" }),
    );
    await reportParticipation(
      secretary,
      participationReportInput.parse({ id: reg.id, version: 1, people: 20, participations: 40, evidence: "Danh sách ký tên" }),
    );
    const rows = (await logOf(reg.id)).filter((r) => r.action === "activity.registration.report");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      before: { people: null, participations: null },
      after: { people: 20, participations: 35, evidence: "Danh sách ký tên" },
    });
    expect(rows[1].before).toEqual({ participations: 35 });
    expect(rows[1].after).toEqual({ participations: 40 });
  });

  it("writes nothing when the change itself is refused (same transaction)", async () => {
    const held = await makeActivity(db(), plan, { startsIn: 0, deadlineIn: 0 });
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: held.id }));
    await expect(
      reportParticipation(
        secretary,
        participationReportInput.parse({ id: reg.id, version: 7, people: 1, participations: 1, evidence: "x" }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await logOf(reg.id)).map((r) => r.action)).toEqual(["activity.registration.create"]);
  });
});
