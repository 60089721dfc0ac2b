// Deadlines read from a plan (issue 17, point 5): a Khối draft keeps the cơ sở-plan due date and
// the report periods to open; publishing opens them in the same transaction, as opening them by
// hand does (status record, notices, the plan's indicators), and never twice.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { publishPlanAction } from "@/lib/actions/plans";
import { getPlan } from "@/lib/data/plans";
import { createPlan, publishPlan, revisePlan, updatePlan } from "@/lib/data/plan-writes";
import { todayInVietnam } from "@/lib/domain/dates";
import type { Viewer } from "@/lib/authz";
import { planCreateInput, planRefInput, planUpdateInput, type PlanCreateInput } from "@/lib/validation/plans";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

// A later year than any other test's plans: publishing asks nothing about a same-year plan.
const YEAR = todayInVietnam().getUTCFullYear() + 1;

let a: Tenant;
let b: Tenant;
let admin: Viewer;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  admin = await viewerOf(a.users.admin.id);
});

const schedule = [
  { kind: "SIX_MONTH", title: `Sơ kết 6 tháng đầu năm ${YEAR}`, year: YEAR, fromMonth: 1, toMonth: 6, dueOn: `15/06/${YEAR}` },
  { kind: "ANNUAL", title: `Tổng kết năm ${YEAR}`, year: YEAR, fromMonth: 1, toMonth: 12, dueOn: `15/11/${YEAR}` },
] as const;

function planInput(over: Partial<PlanCreateInput> = {}): PlanCreateInput {
  return {
    kind: "PLAN",
    subject: `Thực hiện phong trào “3 trách nhiệm” năm ${YEAR}`,
    startYear: YEAR,
    endYear: YEAR,
    pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
    sections: [{ heading: "TỔ CHỨC THỰC HIỆN", body: "Các cơ sở gửi kế hoạch về Đoàn Khối trước ngày 31/3." }],
    indicators: [
      {
        code: "CT1",
        wording: "Đề xuất ít nhất 100 ý tưởng, sáng kiến",
        measure: "RECORD_COUNT",
        recordKind: "IDEA",
        targetKind: "AT_LEAST",
        target: 100,
        unitLabel: "ý tưởng",
        appliesTo: "KHOI",
        period: "YEAR",
      },
    ],
    coSoPlanDueOn: `31/03/${YEAR}`,
    reportSchedule: schedule.map((s) => ({ ...s })),
    requestKey: crypto.randomUUID(),
    confirmDuplicate: true,
    ...over,
  };
}

const periodsOf = (planId: string) =>
  db().reportPeriod.findMany({
    where: { planId },
    orderBy: { dueOn: "asc" },
    include: { indicators: { select: { indicatorId: true } } },
  });

describe("a Khối plan with its deadlines", () => {
  it("keeps the cơ sở-plan due date and the schedule on the draft, and opens nothing yet", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput()));
    const plan = await getPlan(admin, id);
    expect(plan.coSoPlanDueOn?.toISOString().slice(0, 10)).toBe(`${YEAR}-03-31`);
    expect(plan.reportSchedule).toEqual([
      expect.objectContaining({ kind: "SIX_MONTH", dueOn: `${YEAR}-06-15` }),
      expect.objectContaining({ kind: "ANNUAL", dueOn: `${YEAR}-11-15` }),
    ]);
    expect(await periodsOf(id)).toEqual([]);
  });

  it("opens the periods when published, with their deadlines, the plan's indicators and a status record", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput()));
    await publishPlan(admin, planRefInput.parse({ id, version: 0 }));
    const periods = await periodsOf(id);
    const [indicator] = await db().indicator.findMany({ where: { planId: id }, select: { id: true } });
    expect(
      periods.map((p) => [p.kind, p.title, p.year, p.fromMonth, p.toMonth, p.dueOn.toISOString().slice(0, 10), p.status]),
    ).toEqual([
      ["SIX_MONTH", `Sơ kết 6 tháng đầu năm ${YEAR}`, YEAR, 1, 6, `${YEAR}-06-15`, "OPEN"],
      ["ANNUAL", `Tổng kết năm ${YEAR}`, YEAR, 1, 12, `${YEAR}-11-15`, "OPEN"],
    ]);
    for (const p of periods) expect(p.indicators).toEqual([{ indicatorId: indicator.id }]);
    const opened = await db().statusChange.count({
      where: { entityType: "ReportPeriod", entityId: { in: periods.map((p) => p.id) }, toStatus: "OPEN" },
    });
    expect(opened).toBe(2);
  });

  it("creates nothing twice when the publish is replayed, sent twice at once, or a revision is published", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput()));
    actingAs(a.users.admin.id);
    const results = await Promise.all([1, 2, 3].map(() => publishPlanAction({ id, version: 0, confirmDuplicate: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await publishPlanAction({ id, version: 1, confirmDuplicate: true })).toMatchObject({ ok: false });
    expect(await periodsOf(id)).toHaveLength(2);
    // A revision carries the schedule; its series' periods are open already.
    const revision = await revisePlan(admin, planRefInput.parse({ id, version: 1 }));
    await publishPlan(admin, planRefInput.parse({ id: revision.id, version: 0 }));
    expect(await periodsOf(revision.id)).toEqual([]);
    expect(await periodsOf(id)).toHaveLength(2);
  });

  it("saves only the rows kept: an edit with no schedule opens nothing at publish", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput()));
    const plan = await getPlan(admin, id);
    await updatePlan(
      admin,
      planUpdateInput.parse({
        ...planInput(),
        pillars: plan.pillars,
        id,
        version: 0,
        coSoPlanDueOn: "",
        reportSchedule: [schedule[1]],
      }),
    );
    await publishPlan(admin, planRefInput.parse({ id, version: 1 }));
    expect((await getPlan(admin, id)).coSoPlanDueOn).toBeNull();
    expect((await periodsOf(id)).map((p) => p.kind)).toEqual(["ANNUAL"]);
  });

  it("refuses deadlines outside the plan's years, more than 4 periods, and periods under a programme", () => {
    const outside = planCreateInput.safeParse(planInput({ coSoPlanDueOn: `31/03/${YEAR + 3}` }));
    expect(outside.error?.issues.map((i) => i.path.join("."))).toEqual(["coSoPlanDueOn"]);
    const many = planCreateInput.safeParse(planInput({ reportSchedule: Array(5).fill(schedule[0]) }));
    expect(many.success).toBe(false);
    const programme = planCreateInput.safeParse(planInput({ kind: "PROGRAMME", endYear: YEAR + 2 }));
    expect(programme.error?.issues.map((i) => i.path.join("."))).toContain("reportSchedule");
    const nul = planCreateInput.safeParse(planInput({ reportSchedule: [{ ...schedule[0], title: "Sơ kết\u0000" }] }));
    expect(nul.success).toBe(false);
  });

  it("refuses to publish periods with no indicator to ask for, as opening one by hand does", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput({ indicators: [] })));
    await expect(publishPlan(admin, planRefInput.parse({ id, version: 0 }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await periodsOf(id)).toEqual([]);
    expect((await getPlan(admin, id)).status).toBe("DRAFT");
  });

  it("gives another Khối's plan as not found, and opens nothing there", async () => {
    const { id } = await createPlan(admin, planCreateInput.parse(planInput()));
    const other = await viewerOf(b.users.admin.id);
    await expect(publishPlan(other, planRefInput.parse({ id, version: 0 }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    actingAs(b.users.admin.id);
    expect(await publishPlanAction({ id, version: 0 })).toMatchObject({ ok: false });
    expect(await periodsOf(id)).toEqual([]);
    expect((await getPlan(admin, id)).status).toBe("DRAFT");
  });
});
