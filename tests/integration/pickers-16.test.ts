// Issue 16, point 14: a second plan of one issuer for the same years is asked about before it is
// created or published; entries point only at activities of the right kind (an idea enters a
// contest, volunteer work a volunteer activity), whatever id the form was made to send; the
// pickers mark old plans so they drop out by default.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlanAction, publishPlanAction } from "@/lib/actions/plans";
import { createEntryAction } from "@/lib/actions/entries";
import { createPlan } from "@/lib/data/plan-writes";
import { entryFormOptions, findOwnProfile } from "@/lib/data/entries";
import { projectFormUnits } from "@/lib/data/project-options";
import { todayInVietnam } from "@/lib/domain/dates";
import { planCreateInput, type PlanCreateInput } from "@/lib/validation/plans";
import type { Viewer } from "@/lib/authz";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { date, ideaForm, volunteerForm } from "../helpers/entries";

const YEAR = todayInVietnam().getUTCFullYear();
let a: Tenant;
let b: Tenant;
let staff: Viewer;
let kinds: Record<"training" | "peakDay" | "quiz" | "contest", string>;

const planFields = (over: Partial<PlanCreateInput> = {}): PlanCreateInput => ({
  kind: "PLAN",
  number: null,
  subject: "Thực hiện phong trào “3 trách nhiệm”",
  startYear: YEAR,
  endYear: YEAR,
  pillars: ["Trách nhiệm với bản thân"],
  sections: [],
  requestKey: crypto.randomUUID(),
  ...over,
});

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  staff = await viewerOf(a.users.staff.id);
  const plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", startYear: YEAR + 5 },
  );
  const made = async (kind: "TRAINING" | "PEAK_DAY" | "OTHER" | "CONTEST", name: string) => {
    const { id } = await makeActivity(db(), plan, { startsIn: -3, endsIn: 3, deadlineIn: 10, name });
    await db().activity.update({ where: { id }, data: { kind } });
    return id;
  };
  kinds = {
    training: await made("TRAINING", "Tập huấn kỹ năng số"),
    peakDay: await made("PEAK_DAY", "Ngày thứ 7 tình nguyện"),
    // A quiz is kept as "another activity": it takes registrations but is not a contest of ideas.
    quiz: await made("OTHER", "Thi trắc nghiệm tìm hiểu Nghị quyết"),
    contest: await made("CONTEST", "Cuộc thi Ý tưởng sáng tạo"),
  };
});

describe("a second plan of the same issuer and years", () => {
  it("is refused until confirmed, the question naming the plan there is beside the confirmation", async () => {
    actingAs(a.users.staff.id);
    const first = await createPlanAction(planFields({ number: "31-KH/ĐTN", startYear: YEAR + 1, endYear: YEAR + 1 }));
    expect(first).toMatchObject({ ok: true });
    const firstId = (first as { data: { id: string } }).data.id;

    const second = await createPlanAction(planFields({ subject: "Kế hoạch thứ hai", startYear: YEAR + 1, endYear: YEAR + 1 }));
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: {
        confirmDuplicate: `Đã có Kế hoạch số 31-KH/ĐTN năm ${YEAR + 1} của ${a.khoi.name} (bản nháp): vẫn tạo?`,
        samePlanId: firstId,
      },
    });
    expect(await db().plan.count({ where: { khoiId: a.khoi.id, subject: "Kế hoạch thứ hai" } })).toBe(0);

    const confirmed = await createPlanAction(
      planFields({ subject: "Kế hoạch thứ hai", startYear: YEAR + 1, endYear: YEAR + 1, confirmDuplicate: true }),
    );
    expect(confirmed).toMatchObject({ ok: true });
  });

  it("does not count another year, another kind, another Khối, or a retry of the same form", async () => {
    actingAs(a.users.staff.id);
    const requestKey = crypto.randomUUID();
    expect(await createPlanAction(planFields({ startYear: YEAR + 2, endYear: YEAR + 2, requestKey }))).toMatchObject({
      ok: true,
    });
    // The same form sent again is the same plan, not a second one.
    expect(await createPlanAction(planFields({ startYear: YEAR + 2, endYear: YEAR + 2, requestKey }))).toMatchObject({
      ok: true,
    });
    expect(await createPlanAction(planFields({ startYear: YEAR + 3, endYear: YEAR + 3 }))).toMatchObject({ ok: true });
    expect(await createPlanAction(planFields({ kind: "PROGRAMME", startYear: YEAR + 2, endYear: YEAR + 4 }))).toMatchObject({
      ok: true,
    });
    actingAs(b.users.admin.id);
    expect(await createPlanAction(planFields({ startYear: YEAR + 2, endYear: YEAR + 2 }))).toMatchObject({ ok: true });
  });

  it("is asked about again when published while the other one is in force", async () => {
    const one = await createPlan(staff, planCreateInput.parse(planFields({ startYear: YEAR + 7, endYear: YEAR + 7 })));
    const two = await createPlan(staff, planCreateInput.parse(planFields({ startYear: YEAR + 7, endYear: YEAR + 7 })));
    actingAs(a.users.staff.id);
    // A draft of the same years is no reason to stop publishing: only a plan in force is.
    expect(await publishPlanAction({ id: one.id, version: 0 })).toMatchObject({ ok: true });
    const refused = await publishPlanAction({ id: two.id, version: 0 });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { samePlanId: one.id } });
    expect((refused as { fieldErrors: Record<string, string> }).fieldErrors.confirmDuplicate).toContain("vẫn ban hành?");
    expect((await db().plan.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("DRAFT");
    expect(await publishPlanAction({ id: two.id, version: 0, confirmDuplicate: true })).toMatchObject({ ok: true });
  });
});

describe("entries point at activities of the right kind", () => {
  it("refuses volunteer work in a training or a contest, with a Vietnamese message beside the field", async () => {
    actingAs(a.users.member.id);
    for (const activityId of [kinds.training, kinds.contest])
      expect(await createEntryAction(volunteerForm({ activityId, occurredOn: date(0) }))).toMatchObject({
        ok: false,
        fieldErrors: { activityId: "Hoạt động này không phải hoạt động tình nguyện; hãy chọn một hoạt động tình nguyện" },
      });
    expect(await createEntryAction(volunteerForm({ activityId: kinds.peakDay, occurredOn: date(0) }))).toMatchObject({
      ok: true,
    });
  });

  it("refuses an idea entered in anything but a contest (a quiz, a training)", async () => {
    actingAs(a.users.member.id);
    for (const contestId of [kinds.quiz, kinds.training])
      expect(await createEntryAction(ideaForm({ contestId }))).toMatchObject({
        ok: false,
        fieldErrors: { contestId: "Không tìm thấy cuộc thi đang nhận bài" },
      });
    expect(await createEntryAction(ideaForm({ contestId: kinds.contest }))).toMatchObject({ ok: true });
  });

  it("offers only contests to ideas and only volunteer activities to volunteer work", async () => {
    const member = await findOwnProfile(await viewerOf(a.users.member.id));
    const options = await entryFormOptions(member!);
    expect(options.contests.map((c) => c.id)).toEqual([kinds.contest]);
    expect(options.activities.map((x) => x.id).sort()).toEqual([kinds.peakDay, kinds.quiz].sort());
  });
});

describe("plan pickers", () => {
  it("mark last year's plan as old and this year's as in force, keeping both reachable", async () => {
    const issuer = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
    const old = await makePlan(db(), issuer, { status: "PUBLISHED", startYear: YEAR - 1 });
    const now = await makePlan(db(), issuer, { status: "PUBLISHED", startYear: YEAR });
    const units = await projectFormUnits(await viewerOf(a.users.coSo.id));
    const plans = units[0].plans;
    expect(plans.find((p) => p.id === old.id)).toMatchObject({ inForce: false });
    expect(plans.find((p) => p.id === now.id)).toMatchObject({ inForce: true });
  });
});
