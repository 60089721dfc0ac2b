// Khối activities (hội thi, hoạt động cao điểm…), cơ sở registrations and participation reports.
// Every date is counted from today in Vietnam, so the deadlines never rot.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createActivityAction, registerForActivityAction, reportParticipationAction } from "@/lib/actions/activities";
import { cancelActivity, createActivity, getActivity, listActivities, updateActivity } from "@/lib/data/activities";
import {
  listRegistrations,
  registerForActivity,
  reportParticipation,
  withdrawRegistration,
} from "@/lib/data/activity-registrations";
import { conflict } from "@/lib/data/errors";
import { formatVietnameseDate } from "@/lib/domain/dates";
import type { ActivityCreateInput } from "@/lib/validation/activities";
import type { Viewer } from "@/lib/authz";
import { dayFromToday, makeActivity, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import {
  activityCancelInput,
  activityCreateInput,
  activityUpdateInput,
  participationReportInput,
  registrationCreateInput,
  registrationWithdrawInput,
} from "@/lib/validation/activities";

let a: Tenant;
let b: Tenant;
let staff: Viewer;
let secretary: Viewer;
let secretaryB: Viewer;
let plan: Awaited<ReturnType<typeof makePlan>>;
let otherPlan: Awaited<ReturnType<typeof makePlan>>;
let draftPlan: Awaited<ReturnType<typeof makePlan>>;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  staff = await viewerOf(a.users.staff.id);
  secretary = await viewerOf(a.users.coSo.id);
  secretaryB = await viewerOf((await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB })).id);
  const khoi = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
  plan = await makePlan(db(), khoi, { status: "PUBLISHED", indicators: [{ code: "CT1", wording: "04 hoạt động cao điểm" }] });
  otherPlan = await makePlan(db(), khoi, { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
  draftPlan = await makePlan(db(), khoi, { indicators: [{ code: "CT1" }] });
});

const date = (days: number) => formatVietnameseDate(dayFromToday(days));

function activityInput(over: Partial<ActivityCreateInput> = {}): ActivityCreateInput {
  return {
    planId: plan.id,
    kind: "PEAK_DAY",
    name: "Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính",
    startsOn: date(30),
    endsOn: date(31),
    organiser: "Ban Phong trào Đoàn Khối",
    registrationDeadline: date(10),
    indicatorIds: [plan.indicators[0].id],
    requestKey: crypto.randomUUID(),
    ...over,
  };
}

const statusesOf = async (entityId: string) =>
  (await db().statusChange.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } })).map((c) => [
    c.fromStatus,
    c.toStatus,
  ]);

describe("scheduling a Khối activity", () => {
  it("is done by Khối staff under a published plan, serving that plan's indicators", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput()));
    const activity = await getActivity(secretary, id);
    expect(activity).toMatchObject({
      planId: plan.id,
      kind: "PEAK_DAY",
      active: true,
      startsOn: dayFromToday(30),
      registrationDeadline: dayFromToday(10),
      registeredCount: 0,
      ownRegistration: null,
    });
    expect(activity.indicators).toEqual([{ id: plan.indicators[0].id, code: "CT1", wording: "04 hoạt động cao điểm" }]);
    expect(await statusesOf(id)).toEqual([[null, "SCHEDULED"]]);
  });

  it("refuses an indicator of another plan on indicatorIds, and a draft plan on planId", async () => {
    actingAs(a.users.staff.id);
    const foreignIndicator = await createActivityAction(
      activityInput({ name: "Chỉ tiêu lạc", indicatorIds: [otherPlan.indicators[0].id] }),
    );
    expect(foreignIndicator).toMatchObject({ ok: false, fieldErrors: { indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" } });
    const draft = await createActivityAction(activityInput({ name: "Kế hoạch nháp", planId: draftPlan.id, indicatorIds: [] }));
    expect(draft).toMatchObject({ ok: false, fieldErrors: { planId: expect.stringMatching(/kế hoạch đã ban hành/) } });
    expect(await db().activity.count({ where: { name: { in: ["Chỉ tiêu lạc", "Kế hoạch nháp"] } } })).toBe(0);
  });

  it("refuses a stale edit as a conflict and keeps the first edit", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput()));
    await updateActivity(staff, activityUpdateInput.parse({ ...activityInput({ name: "Tên của Lan" }), id, version: 0 }));
    await expect(
      updateActivity(staff, activityUpdateInput.parse({ ...activityInput({ name: "Tên của Minh" }), id, version: 0 })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: conflict().message });
    expect(await db().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Tên của Lan", version: 1 });
  });

  it("cancelling keeps the row, inactive, records the change and closes registration", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput({ name: "Hội thi bị hủy" })));
    await cancelActivity(staff, activityCancelInput.parse({ id, version: 0 }));
    expect(await db().activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, version: 1 });
    expect(await statusesOf(id)).toEqual([
      [null, "SCHEDULED"],
      ["SCHEDULED", "CANCELLED"],
    ]);
    expect((await listActivities(staff)).map((x) => x.id)).not.toContain(id);
    expect((await listActivities(staff, { includeCancelled: true })).map((x) => x.id)).toContain(id);
    await expect(registerForActivity(secretary, registrationCreateInput.parse({ activityId: id }))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy hoạt động",
    });
  });
});

describe("a cơ sở registering", () => {
  it("registers before the deadline once, however many times the form is sent", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput()));
    actingAs(a.users.coSo.id);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => registerForActivityAction({ activityId: id, plannedPeople: "12" })),
    );
    const rows = await db().activityRegistration.findMany({ where: { activityId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      coSoId: a.coSoA.id,
      status: "REGISTERED",
      plannedPeople: 12,
      registeredById: a.users.coSo.id,
    });
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(5).fill(rows[0].id));
    expect(await statusesOf(rows[0].id)).toEqual([[null, "REGISTERED"]]);
    expect((await getActivity(secretary, id)).ownRegistration).toMatchObject({ id: rows[0].id, status: "REGISTERED" });
  });

  it("is refused after the deadline", async () => {
    const late = await makeActivity(db(), plan, { startsIn: 5, deadlineIn: -1 });
    await expect(registerForActivity(secretary, registrationCreateInput.parse({ activityId: late.id }))).rejects.toMatchObject({
      code: "INVALID",
      message: "Đã quá hạn đăng ký",
    });
    expect(await db().activityRegistration.count({ where: { activityId: late.id } })).toBe(0);
  });

  it("can withdraw, then register again on the same row", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput()));
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: id, plannedPeople: 3 }));
    await withdrawRegistration(secretary, registrationWithdrawInput.parse({ id: reg.id, version: 0 }));
    expect(await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({
      status: "WITHDRAWN",
      version: 1,
    });
    expect((await getActivity(staff, id)).registeredCount).toBe(0);
    expect(await registerForActivity(secretary, registrationCreateInput.parse({ activityId: id, plannedPeople: 4 }))).toEqual(
      reg,
    );
    expect(await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({
      status: "REGISTERED",
      plannedPeople: 4,
      version: 2,
    });
    expect(await statusesOf(reg.id)).toEqual([
      [null, "REGISTERED"],
      ["REGISTERED", "WITHDRAWN"],
      ["WITHDRAWN", "REGISTERED"],
    ]);
  });
});

describe("reporting participation", () => {
  const report = { people: 20, participations: 35, evidence: "Danh sách, ảnh: https://example.vn/minh-chung" };

  it("is refused before the activity starts", async () => {
    const { id } = await createActivity(staff, activityCreateInput.parse(activityInput()));
    const reg = await registerForActivity(secretary, registrationCreateInput.parse({ activityId: id }));
    await expect(
      reportParticipation(secretary, participationReportInput.parse({ id: reg.id, version: 0, ...report })),
    ).rejects.toMatchObject({ message: "Chỉ báo cáo kết quả khi hoạt động đã diễn ra" });
    expect(await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({
      people: null,
      reportedAt: null,
    });
  });

  it("is saved once the activity has started, checks lượt ≥ người, and refuses a stale version", async () => {
    const held = await makeActivity(db(), plan, { startsIn: -2, endsIn: -1, deadlineIn: -5 });
    const reg = await db().activityRegistration.create({ data: { khoiId: a.khoi.id, activityId: held.id, coSoId: a.coSoA.id } });

    actingAs(a.users.coSo.id);
    const fewer = await reportParticipationAction({ id: reg.id, version: 0, ...report, participations: 10 });
    expect(fewer).toMatchObject({ ok: false, fieldErrors: { participations: "Số lượt không ít hơn số người tham gia" } });

    expect(await reportParticipationAction({ id: reg.id, version: 0, ...report })).toMatchObject({ ok: true });
    const saved = await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(saved).toMatchObject({
      people: 20,
      participations: 35,
      evidence: report.evidence,
      reportedById: a.users.coSo.id,
      version: 1,
    });
    expect(saved.reportedAt).toBeInstanceOf(Date);

    await expect(
      reportParticipation(
        secretary,
        participationReportInput.parse({ id: reg.id, version: 0, ...report, people: 1, participations: 1 }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().activityRegistration.findUniqueOrThrow({ where: { id: reg.id } })).people).toBe(20);
  });
});

describe("who sees which registration", () => {
  let activityId: string;
  let regA: string;
  let regB: string;
  beforeAll(async () => {
    activityId = (await createActivity(staff, activityCreateInput.parse(activityInput({ name: "Hội thi Ý tưởng sáng tạo" })))).id;
    regA = (await registerForActivity(secretary, registrationCreateInput.parse({ activityId }))).id;
    regB = (await registerForActivity(secretaryB, registrationCreateInput.parse({ activityId }))).id;
  });

  it("shows Khối staff every cơ sở's registration and a cơ sở only its own", async () => {
    expect((await listRegistrations(staff, activityId)).map((r) => r.id).sort()).toEqual([regA, regB].sort());
    expect((await listRegistrations(secretary, activityId)).map((r) => [r.id, r.coSo.id])).toEqual([[regA, a.coSoA.id]]);
    await expect(
      withdrawRegistration(secretary, registrationWithdrawInput.parse({ id: regB, version: 0 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy bản đăng ký" });
    expect((await db().activityRegistration.findUniqueOrThrow({ where: { id: regB } })).status).toBe("REGISTERED");
  });

  it("hides the activity and its registrations from another Khối's secretary, who cannot register for it", async () => {
    const foreign = await viewerOf(b.users.coSo.id);
    await expect(getActivity(foreign, activityId)).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy hoạt động",
    });
    expect(await listActivities(foreign)).toEqual([]);
    expect(await listRegistrations(foreign, activityId)).toEqual([]);
    await expect(registerForActivity(foreign, registrationCreateInput.parse({ activityId }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      reportParticipation(
        foreign,
        participationReportInput.parse({ id: regA, version: 0, people: 1, participations: 1, evidence: "x" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().activityRegistration.count({ where: { activityId } })).toBe(2);
  });
});
