// Khối plans and programmes (kế hoạch, chương trình): drafting, the document number, optimistic
// locking, publishing (ban hành) with its notices, revisions, archiving, and who sees what.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlanAction, revisePlanAction } from "@/lib/actions/plans";
import { getPlan, listPlans } from "@/lib/data/plans";
import { addIndicator } from "@/lib/data/indicators";
import { archivePlan, createPlan, deletePlan, publishPlan, revisePlan, updatePlan } from "@/lib/data/plan-writes";
import { conflict } from "@/lib/data/errors";
import { todayInVietnam } from "@/lib/domain/dates";
import type { PlanCreateInput } from "@/lib/validation/plans";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeUser, type Tenant, makeTenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { indicatorCreateInput, planArchiveInput, planCreateInput, planRefInput, planUpdateInput } from "@/lib/validation/plans";

let a: Tenant;
let b: Tenant;
let staff: Viewer;
let coSoBSecretary: { id: string };

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  staff = await viewerOf(a.users.staff.id);
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

const YEAR = todayInVietnam().getUTCFullYear();
const PUBLISHED_ONLY = "Kế hoạch đã ban hành không sửa được; hãy tạo bản sửa đổi";

function planInput(over: Partial<PlanCreateInput> = {}): PlanCreateInput {
  return {
    kind: "PLAN",
    subject: "Thực hiện phong trào “3 trách nhiệm” năm " + YEAR,
    startYear: YEAR,
    endYear: YEAR,
    pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
    sections: [{ heading: "I. MỤC ĐÍCH - YÊU CẦU", body: "Nâng cao ý thức trách nhiệm của cán bộ trẻ." }],
    requestKey: crypto.randomUUID(),
    ...over,
  };
}

const ideas = (code: string) =>
  ({
    code,
    wording: "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến",
    measure: "RECORD_COUNT",
    recordKind: "IDEA",
    targetKind: "AT_LEAST",
    target: 1000,
    unitLabel: "ý tưởng",
    appliesTo: "KHOI",
    period: "TERM",
  }) as const;

const published = async (over: Partial<PlanCreateInput> = {}) => {
  const { id } = await createPlan(staff, planCreateInput.parse(planInput({ indicators: [ideas("CT1")], ...over })));
  await publishPlan(staff, planRefInput.parse({ id, version: 0 }));
  return id;
};

describe("drafting a Khối plan", () => {
  it("adds an indicator to the draft it was shown, and refuses a second one on the stale version", async () => {
    const { id } = await createPlan(staff, planCreateInput.parse(planInput()));
    await addIndicator(staff, indicatorCreateInput.parse({ ...ideas("CT2"), planId: id, planVersion: 0 }));
    await expect(
      addIndicator(staff, indicatorCreateInput.parse({ ...ideas("CT3"), planId: id, planVersion: 0 })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPlan(staff, id)).indicators.map((i) => i.code)).toEqual(["CT2"]);
  });

  it("creates a programme draft with its indicators and their targets per year", async () => {
    const { id } = await createPlan(
      staff,
      planCreateInput.parse(
        planInput({
          kind: "PROGRAMME",
          startYear: YEAR,
          endYear: YEAR + 2,
          indicators: [
            {
              ...ideas("CT1"),
              yearTargets: [
                { year: YEAR + 1, target: 400 },
                { year: YEAR, target: 300 },
              ],
            },
          ],
        }),
      ),
    );
    const plan = await getPlan(staff, id);
    expect(plan).toMatchObject({
      status: "DRAFT",
      kind: "PROGRAMME",
      seriesId: id,
      revision: 0,
      khoiId: a.khoi.id,
      coSoId: null,
      unitId: a.khoi.id,
    });
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]).toMatchObject({ code: "CT1", target: 1000, recordKind: "IDEA", lineageId: plan.indicators[0].id });
    expect(plan.indicators[0].yearTargets).toEqual([
      { year: YEAR, target: 300 },
      { year: YEAR + 1, target: 400 },
    ]);
    expect(await db().statusChange.findMany({ where: { entityId: id }, select: { fromStatus: true, toStatus: true } })).toEqual([
      { fromStatus: null, toStatus: "DRAFT" },
    ]);
  });

  it("refuses a yearly target outside the term, or two for one year, on that indicator's field", async () => {
    actingAs(a.users.staff.id);
    const outside = await createPlanAction(
      planInput({
        kind: "PROGRAMME",
        startYear: YEAR,
        endYear: YEAR + 1,
        indicators: [{ ...ideas("CT1"), yearTargets: [{ year: YEAR + 3, target: 1 }] }],
      }),
    );
    expect(outside).toMatchObject({
      ok: false,
      fieldErrors: { "indicators.0.yearTargets": `Năm phải nằm trong giai đoạn ${YEAR} – ${YEAR + 1}` },
    });
    const twice = await createPlanAction(
      planInput({
        kind: "PROGRAMME",
        startYear: YEAR,
        endYear: YEAR + 1,
        indicators: [
          {
            ...ideas("CT1"),
            yearTargets: [
              { year: YEAR, target: 1 },
              { year: YEAR, target: 2 },
            ],
          },
        ],
      }),
    );
    expect(twice).toMatchObject({ ok: false, fieldErrors: { "indicators.0.yearTargets": "Mỗi năm chỉ một mục tiêu" } });
  });

  it("refuses a number of the wrong shape with a Vietnamese message on the number field", async () => {
    actingAs(a.users.staff.id);
    const result = await createPlanAction(planInput({ number: "abc" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { number: "Số, ký hiệu không đúng dạng (ví dụ: 126-KH/TĐTN-BCNLĐ)" },
    });
    expect(await db().plan.count({ where: { khoiId: a.khoi.id, number: "ABC" } })).toBe(0);
  });

  it("tidies a typed number, keeps it unique per issuer across plans, and lets another Khối use it", async () => {
    const { id } = await createPlan(staff, planCreateInput.parse(planInput({ number: "12 - kh / đtn" })));
    expect((await getPlan(staff, id)).number).toBe("12-KH/ĐTN");
    await expect(createPlan(staff, planCreateInput.parse(planInput({ number: "12-KH/ĐTN" })))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { number: "Số, ký hiệu này đã được dùng cho một văn bản khác của đơn vị" },
    });
    const other = await createPlan(staff, planCreateInput.parse(planInput()));
    await expect(
      updatePlan(staff, planUpdateInput.parse({ ...planInput({ number: "12-kh/đtn" }), id: other.id, version: 0 })),
    ).rejects.toMatchObject({ fieldErrors: { number: expect.any(String) } });
    await expect(
      createPlan(await viewerOf(b.users.admin.id), planCreateInput.parse(planInput({ number: "12-KH/ĐTN" }))),
    ).resolves.toHaveProperty("id");
  });

  it("saves a draft once from a version and refuses the stale second save as a conflict", async () => {
    const { id } = await createPlan(staff, planCreateInput.parse(planInput()));
    await updatePlan(staff, planUpdateInput.parse({ ...planInput({ subject: "Bản của Lan" }), id, version: 0 }));
    await expect(
      updatePlan(staff, planUpdateInput.parse({ ...planInput({ subject: "Bản của Minh" }), id, version: 0 })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: conflict().message });
    expect(conflict().message).toMatch(/^Dữ liệu vừa được người khác thay đổi/);
    expect(await db().plan.findUniqueOrThrow({ where: { id } })).toMatchObject({ subject: "Bản của Lan", version: 1 });
  });

  it("creates one plan from ten parallel submits of one form", async () => {
    actingAs(a.users.staff.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(
      // confirmDuplicate: the Khối has plans of this year already (a second one is asked about first).
      Array.from({ length: 10 }, () =>
        createPlanAction(planInput({ requestKey, indicators: [ideas("CT1")], confirmDuplicate: true })),
      ),
    );
    const rows = await db().plan.findMany({ where: { requestKey }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(10).fill(rows[0].id));
    expect(await db().indicator.count({ where: { planId: rows[0].id } })).toBe(1);
  });
});

describe("publishing", () => {
  it("publishes, records DRAFT → PUBLISHED and notifies each cơ sở secretary of the Khối only", async () => {
    const id = await published();
    expect(await db().plan.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      version: 1,
      publishedById: a.users.staff.id,
    });
    const changes = await db().statusChange.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.actorId])).toEqual([
      [null, "DRAFT", a.users.staff.id],
      ["DRAFT", "PUBLISHED", a.users.staff.id],
    ]);
    const notified = await db().notification.findMany({
      where: { link: `/ke-hoach/${id}` },
      select: { userId: true, khoiId: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([a.users.coSo.id, coSoBSecretary.id].sort());
    expect(notified.every((n) => n.khoiId === a.khoi.id)).toBe(true);
  });

  it("refuses to edit or delete a published plan, archives it with a reason, and keeps it readable", async () => {
    const id = await published();
    await expect(
      updatePlan(staff, planUpdateInput.parse({ ...planInput({ subject: "Sửa sau khi ban hành" }), id, version: 1 })),
    ).rejects.toMatchObject({ message: PUBLISHED_ONLY });
    await expect(deletePlan(staff, planRefInput.parse({ id, version: 1 }))).rejects.toMatchObject({ message: PUBLISHED_ONLY });
    await archivePlan(staff, planArchiveInput.parse({ id, version: 1, comment: "Đã có kế hoạch thay thế" }));
    expect(await db().statusChange.findFirst({ where: { entityId: id, toStatus: "ARCHIVED" } })).toMatchObject({
      fromStatus: "PUBLISHED",
      comment: "Đã có kế hoạch thay thế",
    });
    const secretary = await viewerOf(a.users.coSo.id);
    expect(await getPlan(secretary, id)).toMatchObject({ status: "ARCHIVED", subject: planInput().subject });
  });
});

describe("revisions", () => {
  it("opens exactly one draft when “Tạo bản sửa đổi” is clicked ten times at once", async () => {
    const id = await published();
    actingAs(a.users.staff.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => revisePlanAction({ id, version: 1 })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => (r.ok ? (r.data as { id: string }).id : null))).size).toBe(1);
    expect(await db().plan.count({ where: { seriesId: id, status: "DRAFT" } })).toBe(1);
  });

  it("opens one draft revision with the same series and indicator lineage, publishes it over revision 0, or deletes it", async () => {
    const id = await published({
      number: "30-KH/ĐTN",
      kind: "PROGRAMME",
      endYear: YEAR + 2,
      indicators: [{ ...ideas("CT1"), yearTargets: [{ year: YEAR, target: 300 }] }],
    });
    const original = await getPlan(staff, id);

    const first = await revisePlan(staff, planRefInput.parse({ id, version: 1 }));
    expect(await revisePlan(staff, planRefInput.parse({ id, version: 1 }))).toEqual(first);
    const draft = await getPlan(staff, first.id);
    expect(draft).toMatchObject({ status: "DRAFT", revision: 1, seriesId: id, number: "30-KH/ĐTN" });
    expect(draft.indicators.map((i) => [i.code, i.lineageId, i.yearTargets])).toEqual([
      ["CT1", original.indicators[0].lineageId, [{ year: YEAR, target: 300 }]],
    ]);
    expect(draft.indicators[0].id).not.toBe(original.indicators[0].id);

    expect(await deletePlan(staff, planRefInput.parse({ id: first.id, version: 0 }))).toEqual({ nextId: id });
    expect(await db().plan.count({ where: { seriesId: id } })).toBe(1);

    const second = await revisePlan(staff, planRefInput.parse({ id, version: 1 }));
    await publishPlan(staff, planRefInput.parse({ id: second.id, version: 0 }));
    expect(await db().plan.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUPERSEDED" });
    expect(await db().plan.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "PUBLISHED", revision: 1 });
    expect(await db().statusChange.findFirst({ where: { entityId: id, toStatus: "SUPERSEDED" } })).toMatchObject({
      fromStatus: "PUBLISHED",
    });
    const list = await listPlans(staff);
    expect(list.filter((p) => p.id === id || p.id === second.id).map((p) => p.id)).toEqual([second.id]);
  });
});

describe("who sees which plan", () => {
  let draftId: string;
  let publishedId: string;
  let coSoPlanId: string;
  beforeAll(async () => {
    draftId = (await createPlan(staff, planCreateInput.parse(planInput({ subject: "Bản nháp của Khối" })))).id;
    publishedId = await published({ subject: "Kế hoạch đã ban hành của Khối" });
    coSoPlanId = (
      await makePlan(
        db(),
        { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" },
        { status: "PUBLISHED", basisPlanId: publishedId },
      )
    ).id;
  });

  it("shows a cơ sở secretary the Khối's published plan but not its draft", async () => {
    const secretary = await viewerOf(a.users.coSo.id);
    expect((await getPlan(secretary, publishedId)).id).toBe(publishedId);
    await expect(getPlan(secretary, draftId)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy kế hoạch" });
    const ids = (await listPlans(secretary)).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([publishedId, coSoPlanId]));
    expect(ids).not.toContain(draftId);
  });

  it("shows a member the published plans of the Khối and of their cơ sở, and no draft", async () => {
    const ids = (await listPlans(await viewerOf(a.users.member.id))).map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([publishedId, coSoPlanId]));
    expect(ids).not.toContain(draftId);
  });

  it("hides cơ sở A's plan from the secretary of cơ sở B", async () => {
    const other = await viewerOf(coSoBSecretary.id);
    await expect(getPlan(other, coSoPlanId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listPlans(other)).map((p) => p.id)).not.toContain(coSoPlanId);
  });

  it("shows another Khối none of them", async () => {
    const admin = await viewerOf(b.users.admin.id);
    for (const id of [draftId, publishedId, coSoPlanId])
      await expect(getPlan(admin, id)).rejects.toMatchObject({ message: "Không tìm thấy kế hoạch" });
    const khoiIds = new Set(
      (
        await db().plan.findMany({ where: { id: { in: (await listPlans(admin)).map((p) => p.id) } }, select: { khoiId: true } })
      ).map((p) => p.khoiId),
    );
    expect([...khoiIds]).toEqual([b.khoi.id]);
  });
});
