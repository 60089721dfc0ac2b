// Thi đua weights: the Khối sets them on its plan's indicators (audited), the dashboard's score
// follows them, and nobody else — a cơ sở, another Khối — can set or see them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { khoiDashboard } from "@/lib/data/dashboard-views";
import { planWeights, saveWeights } from "@/lib/data/thi-dua";
import { makeTenant, type Tenant } from "../factories";
import { failure, makeReportPlan, reportPeople, type PeopleKey, type ReportPlan } from "../helpers/reports";
import { weightsInput } from "@/lib/validation/reports";

describe("thi đua weights", () => {
  let t: Tenant;
  let plan: ReportPlan;
  let v: Record<PeopleKey, Viewer>;

  beforeAll(async () => {
    t = await makeTenant(db());
    ({ v } = await reportPeople(t, await makeTenant(db())));
    plan = await makeReportPlan(t);
  });

  it("are saved by Khối staff, audited, and read back", async () => {
    await saveWeights(
      v.staff,
      weightsInput.parse({ planId: plan.id, weights: { [plan.ind.trainings]: 4, [plan.ind.people]: 0 } }),
    );
    expect(Object.fromEntries(await planWeights(v.staff, plan.id))).toEqual({ [plan.ind.trainings]: 4, [plan.ind.people]: 0 });
    const audit = await db().auditLog.findFirst({ where: { action: "thidua.weights", targetId: plan.id } });
    expect(audit?.actorId).toBe(v.staff.userId);
    // Saving again changes the weight, not the number of rows.
    await saveWeights(v.admin, weightsInput.parse({ planId: plan.id, weights: { [plan.ind.trainings]: 2 } }));
    expect((await planWeights(v.admin, plan.id)).get(plan.ind.trainings)).toBe(2);
    expect(await db().indicatorWeight.count({ where: { khoiId: t.khoi.id } })).toBe(2);
  });

  it("are refused to a cơ sở and, as not found, to another Khối; out-of-range weights are refused", async () => {
    expect(
      (await failure(saveWeights(v.coSo, weightsInput.parse({ planId: plan.id, weights: { [plan.ind.trainings]: 9 } })))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await failure(saveWeights(v.otherAdmin, weightsInput.parse({ planId: plan.id, weights: { [plan.ind.trainings]: 9 } }))))
        .code,
    ).toBe("NOT_FOUND");
    // Out of range: the schema refuses it before any data function runs (the action answers beside the field).
    expect(weightsInput.safeParse({ planId: plan.id, weights: { [plan.ind.trainings]: 101 } }).success).toBe(false);
    expect((await planWeights(v.staff, plan.id)).get(plan.ind.trainings)).toBe(2);
    expect((await planWeights(v.otherAdmin, plan.id)).size).toBe(0);
  });

  it("score the cơ sở on the Khối dashboard, leaving out indicators weighing 0", async () => {
    const d = await khoiDashboard(v.staff);
    // No records yet: every cơ sở scores 0 on the one indicator that counts (trainings).
    expect(d.thiDua.length).toBeGreaterThan(0);
    expect(d.thiDua.every((s) => s.score === 0 && s.indicators === 1)).toBe(true);
  });
});
