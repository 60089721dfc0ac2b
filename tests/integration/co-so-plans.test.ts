// A cơ sở's plan made on the basis of (căn cứ) the Khối's published plan: which indicators it
// follows and with which targets, the Khối's minimum, publishing, and where a cơ sở must stop.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCoSoPlanAction, setIndicatorTargetAction } from "@/lib/actions/plans";
import { createCoSoPlan } from "@/lib/data/co-so-plans";
import { addIndicator, deleteIndicator, setIndicatorTarget, updateIndicator } from "@/lib/data/indicators";
import { coSoPlanStatuses, getPlan } from "@/lib/data/plans";
import { publishPlan, updatePlan } from "@/lib/data/plan-writes";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import {
  coSoPlanCreateInput,
  indicatorCreateInput,
  indicatorDeleteInput,
  indicatorTargetInput,
  indicatorUpdateInput,
  planRefInput,
  planUpdateInput,
} from "@/lib/validation/plans";

let a: Tenant;
let b: Tenant;
let secretary: Viewer;
let khoiPlan: Awaited<ReturnType<typeof makePlan>>;

const UNIT_SHARE = "100% cơ sở Đoàn trực thuộc có công trình, phần việc tham gia cải cách thủ tục hành chính";

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  secretary = await viewerOf(a.users.coSo.id);
  khoiPlan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    {
      status: "PUBLISHED",
      number: "126-KH/ĐTN",
      indicators: [
        {
          code: "CT1",
          wording: "Mỗi cơ sở tổ chức ít nhất 5 buổi sinh hoạt chuyên đề",
          appliesTo: "EACH_CO_SO",
          target: 5,
          minTarget: 3,
          unitLabel: "buổi",
        },
        {
          code: "CT2",
          wording: UNIT_SHARE,
          measure: "UNIT_SHARE",
          recordKind: "PROJECT",
          targetKind: "PERCENT",
          target: 100,
          appliesTo: "KHOI",
          unitLabel: "%",
        },
        { code: "CT3", wording: "Tuyên dương 150 gương cấp Khối", appliesTo: "KHOI", target: 150 },
        {
          code: "CT4",
          wording: "Mỗi cơ sở có ít nhất 2 sản phẩm tuyên truyền",
          appliesTo: "EACH_CO_SO",
          target: 2,
          unitLabel: "sản phẩm",
        },
      ],
    },
  );
});

/** Cơ sở A's plan with its indicators by code. */
async function coSoPlan() {
  const { id } = await createCoSoPlan(
    secretary,
    coSoPlanCreateInput.parse({ basisPlanId: khoiPlan.id, requestKey: crypto.randomUUID() }),
  );
  const plan = await getPlan(secretary, id);
  return { plan, byCode: Object.fromEntries(plan.indicators.map((i) => [i.code, i])) };
}

describe("a cơ sở plan based on the Khối's published plan", () => {
  it("follows the indicators that apply to each cơ sở, starting from the Khối's minimum", async () => {
    const { plan, byCode } = await coSoPlan();
    expect(plan).toMatchObject({
      status: "DRAFT",
      khoiId: a.khoi.id,
      unitId: a.coSoA.id,
      coSoId: a.coSoA.id,
      basisPlanId: khoiPlan.id,
      kind: "PLAN",
    });
    expect(plan.basisText).toContain("số 126-KH/ĐTN");
    expect(Object.keys(byCode).sort()).toEqual(["CT1", "CT2", "CT4"]);
    expect(byCode.CT1).toMatchObject({
      basedOnId: khoiPlan.indicators[0].id,
      target: 3,
      minTarget: null,
      appliesTo: "KHOI",
      basedOn: { target: 5, minTarget: 3 },
    });
    expect(byCode.CT4).toMatchObject({ basedOnId: khoiPlan.indicators[3].id, target: 2 });
  });

  it("turns “100% cơ sở có …” into “at least one” for the cơ sở", async () => {
    const { byCode } = await coSoPlan();
    expect(byCode.CT2).toMatchObject({
      basedOnId: khoiPlan.indicators[1].id,
      wording: "Cơ sở có công trình, phần việc tham gia cải cách thủ tục hành chính",
      measure: "RECORD_COUNT",
      recordKind: "PROJECT",
      targetKind: "AT_LEAST",
      target: 1,
    });
  });

  it("returns the same plan when created twice, or from parallel submits of one form", async () => {
    const first = await createCoSoPlan(
      secretary,
      coSoPlanCreateInput.parse({ basisPlanId: khoiPlan.id, requestKey: crypto.randomUUID() }),
    );
    expect(
      await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId: khoiPlan.id, requestKey: crypto.randomUUID() })),
    ).toEqual(first);
    actingAs(a.users.coSo.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createCoSoPlanAction({ basisPlanId: khoiPlan.id, requestKey })),
    );
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(5).fill(first.id));
    expect(await db().plan.count({ where: { coSoId: a.coSoA.id, basisPlanId: khoiPlan.id } })).toBe(1);
  });

  it("cannot be based on a draft or on another Khối's plan", async () => {
    const draft = await makePlan(
      db(),
      { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
      { indicators: [{ appliesTo: "EACH_CO_SO" }] },
    );
    const foreign = await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    for (const basisPlanId of [draft.id, foreign.id])
      await expect(
        createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId, requestKey: crypto.randomUUID() })),
      ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy kế hoạch của Đoàn Khối" });
    expect(await db().plan.count({ where: { coSoId: a.coSoA.id, basisPlanId: { in: [draft.id, foreign.id] } } })).toBe(0);
  });
});

describe("targets and indicators of the cơ sở plan", () => {
  it("refuses a target below the Khối's minimum on the target field, and keeps the old one", async () => {
    const { plan, byCode } = await coSoPlan();
    await expect(
      setIndicatorTarget(secretary, indicatorTargetInput.parse({ id: byCode.CT1.id, planVersion: plan.version, target: 2 })),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { target: "Không thấp hơn mức tối thiểu Đoàn Khối đề ra (3)" },
    });
    expect((await db().indicator.findUniqueOrThrow({ where: { id: byCode.CT1.id } })).target).toBe(3);
  });

  it("refuses a target past 1.000.000 for a count with the size message, and keeps the old one", async () => {
    const { plan, byCode } = await coSoPlan();
    actingAs(a.users.coSo.id);
    // As the target editor sends "999.999.999.999": its dots taken out.
    expect(
      await setIndicatorTargetAction({ id: byCode.CT1.id, planVersion: plan.version, target: "999999999999" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { target: "Chỉ tiêu quá lớn (tối đa 1.000.000)" },
    });
    expect(await setIndicatorTargetAction({ id: byCode.CT1.id, planVersion: plan.version, target: "1e13" })).toMatchObject({
      ok: false,
      fieldErrors: { target: "Chỉ tiêu quá lớn (tối đa 1.000 tỷ đồng)" },
    });
    expect((await db().indicator.findUniqueOrThrow({ where: { id: byCode.CT1.id } })).target).toBe(3);
    await setIndicatorTarget(
      secretary,
      indicatorTargetInput.parse({ id: byCode.CT1.id, planVersion: plan.version, target: 1_000_000 }),
    );
    expect((await db().indicator.findUniqueOrThrow({ where: { id: byCode.CT1.id } })).target).toBe(1_000_000);
  });

  it("lets the secretary add and delete its own indicator, but not delete or redefine one that follows the Khối's", async () => {
    const { plan, byCode } = await coSoPlan();
    const own = await addIndicator(
      secretary,
      indicatorCreateInput.parse({
        planId: plan.id,
        planVersion: (await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).version,
        code: "CS1",
        wording: "Ra mắt 1 mô hình “Dân vận khéo”",
        measure: "ENTERED",
        targetKind: "EXACT",
        target: 1,
        unitLabel: "mô hình",
        appliesTo: "KHOI",
        period: "YEAR",
      }),
    );
    let version = (await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    await expect(
      deleteIndicator(secretary, indicatorDeleteInput.parse({ id: byCode.CT4.id, planVersion: version })),
    ).rejects.toMatchObject({ message: "Chỉ tiêu theo kế hoạch Đoàn Khối không xóa được" });
    await expect(
      updateIndicator(
        secretary,
        indicatorUpdateInput.parse({
          id: byCode.CT4.id,
          planVersion: version,
          code: "CT4",
          wording: "Bỏ bớt",
          measure: "ENTERED",
          targetKind: "AT_LEAST",
          target: 0,
          unitLabel: "sản phẩm",
          appliesTo: "KHOI",
          period: "YEAR",
        }),
      ),
    ).rejects.toMatchObject({ message: "Chỉ tiêu theo kế hoạch Đoàn Khối chỉ được đặt mục tiêu" });
    expect(await db().indicator.findUniqueOrThrow({ where: { id: byCode.CT4.id } })).toMatchObject({
      wording: byCode.CT4.wording,
      target: 2,
    });
    version = (await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).version;
    await deleteIndicator(secretary, indicatorDeleteInput.parse({ id: own.id, planVersion: version }));
    expect(await db().indicator.count({ where: { planId: plan.id } })).toBe(3);
  });

  it("publishes with every target at or above the minimum, notifies the Khối staff, and shows as published to them", async () => {
    const { plan, byCode } = await coSoPlan();
    await setIndicatorTarget(secretary, indicatorTargetInput.parse({ id: byCode.CT1.id, planVersion: plan.version, target: 4 }));
    await publishPlan(secretary, planRefInput.parse({ id: plan.id, version: plan.version + 1 }));
    expect(await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      status: "PUBLISHED",
      publishedById: a.users.coSo.id,
    });

    const notified = await db().notification.findMany({ where: { link: `/ke-hoach/${plan.id}` }, select: { userId: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([a.users.admin.id, a.users.staff.id].sort());

    const staff = await viewerOf(a.users.staff.id);
    const statuses = await coSoPlanStatuses(staff, await getPlan(staff, khoiPlan.id));
    expect(statuses?.map((s) => [s.coSoId, s.plan?.status ?? null]).sort()).toEqual(
      [
        [a.coSoA.id, "PUBLISHED"],
        [a.coSoB.id, null],
      ].sort(),
    );
    expect(await coSoPlanStatuses(secretary, await getPlan(secretary, khoiPlan.id))).toBeNull();
  });

  it("refuses to publish a plan whose target fell below the minimum", async () => {
    const coSoB = await viewerOf((await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB })).id);
    const { id } = await createCoSoPlan(
      coSoB,
      coSoPlanCreateInput.parse({ basisPlanId: khoiPlan.id, requestKey: crypto.randomUUID() }),
    );
    const ct1 = await db().indicator.findFirstOrThrow({ where: { planId: id, code: "CT1" } });
    await db().indicator.update({ where: { id: ct1.id }, data: { target: 1 } });
    await expect(publishPlan(coSoB, planRefInput.parse({ id, version: 0 }))).rejects.toMatchObject({
      message: "Chỉ tiêu CT1 thấp hơn mức tối thiểu Đoàn Khối đề ra",
    });
    expect((await db().plan.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("what a cơ sở cannot touch", () => {
  it("does not find the Khối's plan, nor its indicators, for editing", async () => {
    const draft = await makePlan(
      db(),
      { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
      { subject: "Dự thảo của Khối", indicators: [{ code: "CT1" }] },
    );
    const input = {
      id: draft.id,
      version: 0,
      kind: "PLAN" as const,
      subject: "Cơ sở sửa",
      startYear: 2026,
      endYear: 2026,
      pillars: ["Bản thân"],
      sections: [],
    };
    await expect(updatePlan(secretary, planUpdateInput.parse(input))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy kế hoạch",
    });
    await expect(publishPlan(secretary, planRefInput.parse({ id: draft.id, version: 0 }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      setIndicatorTarget(secretary, indicatorTargetInput.parse({ id: draft.indicators[0].id, planVersion: 0, target: 99 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy chỉ tiêu" });
    await expect(
      setIndicatorTarget(secretary, indicatorTargetInput.parse({ id: khoiPlan.indicators[0].id, planVersion: 1, target: 99 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().plan.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      subject: "Dự thảo của Khối",
      status: "DRAFT",
      version: 0,
    });
    expect((await db().indicator.findUniqueOrThrow({ where: { id: khoiPlan.indicators[0].id } })).target).toBe(5);
  });
});
