// SECURITY.md #25: refused attempts are on the audit trail too — another tenant's id, an id out
// of the viewer's units, a missing permission — with the actor, the actor's own Khối, the action
// and the ids sent, never the payload; and a flood of them cannot flood the log.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlanAction, publishPlanAction, updatePlanAction } from "@/lib/actions/plans";
import { resetAccountPasswordAction } from "@/lib/actions/accounts";
import { REFUSALS_PER_MINUTE, REFUSED_ACTION } from "@/lib/data/audit";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;
let b: Tenant;
let planA: Awaited<ReturnType<typeof makePlan>>;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planA = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { subject: "Kế hoạch của Khối A" });
});

const YEAR = dayFromToday(0).getUTCFullYear();
const planFields = {
  kind: "PLAN",
  subject: "Nội dung bí mật của người dò",
  startYear: YEAR,
  endYear: YEAR,
  pillars: ["Bản thân", "Công việc", "Cộng đồng"],
  sections: [],
};
const refusalsBy = (actorId: string) =>
  db().auditLog.findMany({ where: { actorId, action: REFUSED_ACTION }, orderBy: { createdAt: "asc" } });

describe("a refused attempt", () => {
  it("by an account whose last role was just removed: still logged, in its own Khối", async () => {
    const actor = await makeUser(db(), { role: "KHOI_STAFF", unit: b.khoi });
    await db().membership.deleteMany({ where: { userId: actor.id } });
    actingAs(actor.id);
    const result = await publishPlanAction({ id: planA.id, version: 0 });
    expect(result.ok).toBe(false);
    const rows = await refusalsBy(actor.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ khoiId: b.khoi.id, targetId: planA.id });
  });

  it("on another tenant's record: logged in the actor's own Khối, with the id sent and nothing else of the payload", async () => {
    const actor = await makeUser(db(), { role: "KHOI_STAFF", unit: b.khoi });
    actingAs(actor.id);
    const result = await updatePlanAction({ ...planFields, id: planA.id, version: 0, password: "hunter2-hunter2" });
    expect(result).toMatchObject({ ok: false, formError: "Không tìm thấy kế hoạch" });
    const rows = await refusalsBy(actor.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      khoiId: b.khoi.id,
      actorId: actor.id,
      targetType: "Action",
      targetId: planA.id,
      before: null,
    });
    expect(rows[0].after).toEqual({ action: "updatePlan", code: "NOT_FOUND", ids: { id: planA.id } });
    expect(JSON.stringify(rows[0])).not.toMatch(/bí mật|hunter2/);
    // Tenant A's log holds nothing of it: B's staff and their names stay B's business.
    expect(await db().auditLog.count({ where: { khoiId: a.khoi.id, actorId: actor.id } })).toBe(0);
    // The plan is untouched.
    expect(await db().plan.findUniqueOrThrow({ where: { id: planA.id } })).toMatchObject({
      subject: "Kế hoạch của Khối A",
      version: 0,
    });
  });

  it("for a missing permission (a member drafting a Khối plan) is logged as forbidden", async () => {
    actingAs(a.users.member.id);
    expect(await createPlanAction({ ...planFields, requestKey: crypto.randomUUID() })).toMatchObject({ ok: false });
    const rows = await refusalsBy(a.users.member.id);
    expect(rows.at(-1)).toMatchObject({
      khoiId: a.khoi.id,
      targetId: null,
      after: { action: "createPlan", code: "FORBIDDEN", ids: {} },
    });
  });

  it("for a city viewer is city-level (no Khối), so no Khối admin reads it", async () => {
    actingAs(a.users.city.id);
    await resetAccountPasswordAction({ userId: a.users.member.id });
    const rows = await refusalsBy(a.users.city.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      khoiId: null,
      targetId: a.users.member.id,
      after: { action: "resetAccountPassword", ids: { userId: a.users.member.id } },
    });
  });

  it("is not what a conflict, a bad input or a signed-out call is: none of those is logged as refused", async () => {
    const actor = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const own = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" });
    actingAs(actor.id);
    expect(await publishPlanAction({ id: own.id, version: 5 })).toMatchObject({ ok: false });
    expect(await publishPlanAction({ id: "not-a-uuid", version: 0 })).toMatchObject({ ok: false });
    actingAs(null);
    expect(await publishPlanAction({ id: planA.id, version: 0 })).toMatchObject({ ok: false });
    expect(await refusalsBy(actor.id)).toHaveLength(0);
  });
});

describe("a flood of refused attempts", () => {
  it(`keeps at most ${REFUSALS_PER_MINUTE} rows per actor per minute, the last one marked, while every call is still refused`, async () => {
    const actor = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    actingAs(actor.id);
    const results = await Promise.all(
      Array.from({ length: REFUSALS_PER_MINUTE + 10 }, () => publishPlanAction({ id: planA.id, version: 0 })),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    const rows = await refusalsBy(actor.id);
    expect(rows).toHaveLength(REFUSALS_PER_MINUTE);
    expect(rows.filter((r) => (r.after as { capped?: boolean }).capped)).toHaveLength(1);
    expect(await db().plan.findUniqueOrThrow({ where: { id: planA.id } })).toMatchObject({ status: "DRAFT", version: 0 });
    // Another actor is counted on their own.
    actingAs(b.users.admin.id);
    await publishPlanAction({ id: planA.id, version: 0 });
    expect(await refusalsBy(b.users.admin.id)).toHaveLength(1);
  });
});
