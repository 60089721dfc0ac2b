// SECURITY.md #25: edits that already left a row now say what changed, before → after, and only
// that — a member's profile, a project registration, a report period, a report's text and
// figures, the thi đua weights — and an account's row never holds a password or its hash.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createAccountAction } from "@/lib/actions/accounts";
import { updateMember } from "@/lib/data/members";
import { registerProject, updateProject } from "@/lib/data/project-registrations";
import { updatePeriod } from "@/lib/data/report-periods";
import { openReport, saveReport } from "@/lib/data/reports";
import { saveWeights } from "@/lib/data/thi-dua";
import type { Viewer } from "@/lib/authz";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { projectInput } from "../helpers/project-fixtures";
import {
  openTestPeriod,
  periodForm,
  reportForm,
  reportPeople,
  reportVersion,
  makeReportPlan,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import { actingAs } from "../helpers/session";
import { memberUpdateInput } from "@/lib/validation/members";
import { projectRegisterInput, projectUpdateInput } from "@/lib/validation/projects";
import { periodUpdateInput, reportOpenInput, reportSaveInput, weightsInput } from "@/lib/validation/reports";

let t: Tenant;
let v: Record<PeopleKey, Viewer>;
let plan: ReportPlan;

beforeAll(async () => {
  t = await makeTenant(db());
  ({ v } = await reportPeople(t, await makeTenant(db())));
  plan = await makeReportPlan(t);
});

const rowsOf = (targetId: string, action: string) =>
  db().auditLog.findMany({
    where: { targetId, action },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, before: true, after: true },
  });

describe("edits say what changed", () => {
  it("a member's phone number alone", async () => {
    const m = t.members.a2;
    await updateMember(
      v.staff,
      memberUpdateInput.parse({ id: m.id, version: 0, fullName: m.fullName, chiDoanId: m.chiDoanId, phone: "0903 123 456" }),
    );
    const [row] = await rowsOf(m.id, "member.update");
    expect(row).toEqual({ actorId: v.staff.userId, before: { phone: null }, after: { phone: "0903 123 456" } });
  });

  it("a project's goal and participants, not its unchanged name", async () => {
    const published = await makePlan(db(), t.khoi, { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
    const { id } = await registerProject(v.coSo, projectRegisterInput.parse(projectInput(published)));
    await updateProject(
      v.coSo,
      projectUpdateInput.parse({
        ...projectInput(published, { goal: "Số hóa toàn bộ hồ sơ", memberIds: [t.members.a1.id] }),
        id,
        version: 0,
      }),
    );
    const [row] = await rowsOf(id, "project.update");
    expect(row.before).toEqual({ goal: "Số hóa hồ sơ, giảm giấy tờ", memberIds: [] });
    expect(row.after).toEqual({ goal: "Số hóa toàn bộ hồ sơ", memberIds: [t.members.a1.id] });
  });

  it("a report period's deadline and indicators", async () => {
    const id = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money], dueIn: 30, title: "Sơ kết thử" });
    const form = periodForm(plan, { indicatorIds: [plan.ind.money, plan.ind.people], dueIn: 40, title: "Sơ kết thử" });
    await updatePeriod(v.staff, periodUpdateInput.parse({ ...form, id, version: 0 }));
    const [row] = await rowsOf(id, "report.period.update");
    expect(Object.keys(row.after as object).sort()).toEqual(["dueOn", "indicatorIds"]);
    expect((row.after as { indicatorIds: string[] }).indicatorIds).toEqual([plan.ind.money, plan.ind.people].sort());
    expect(await db().auditLog.count({ where: { targetId: id, action: "report.period.create" } })).toBe(1);
  });

  it("a report's one changed figure and one changed text", async () => {
    const period = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money, plan.ind.people], dueIn: 30 });
    const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId: period }));
    await saveReport(
      v.coSo,
      reportSaveInput.parse(await reportForm(id, { values: { [plan.ind.money]: 1000, [plan.ind.people]: 2 } })),
    );
    await saveReport(
      v.coSo,
      reportSaveInput.parse(
        await reportForm(id, {
          values: { [plan.ind.money]: 1000, [plan.ind.people]: 3 },
          strengths: "Tham gia rất đông",
          version: await reportVersion(id),
        }),
      ),
    );
    const rows = await rowsOf(id, "report.save");
    expect(rows).toHaveLength(2);
    expect(rows[1].before).toEqual({
      strengths: "Đoàn viên tham gia đông đủ",
      values: { [plan.ind.money]: 1000, [plan.ind.people]: 2 },
    });
    expect(rows[1].after).toEqual({ strengths: "Tham gia rất đông", values: { [plan.ind.money]: 1000, [plan.ind.people]: 3 } });
  });

  it("the thi đua weights, from what they were", async () => {
    await saveWeights(v.staff, weightsInput.parse({ planId: plan.id, weights: { [plan.ind.people]: 4 } }));
    await saveWeights(v.staff, weightsInput.parse({ planId: plan.id, weights: { [plan.ind.people]: 2, [plan.ind.money]: 1 } }));
    const rows = await rowsOf(plan.id, "thidua.weights");
    expect(rows[0]).toMatchObject({ before: { [plan.ind.people]: null }, after: { [plan.ind.people]: 4 } });
    expect(rows[1]).toMatchObject({
      before: { [plan.ind.people]: 4, [plan.ind.money]: null },
      after: { [plan.ind.people]: 2, [plan.ind.money]: 1 },
    });
  });
});

describe("account rows", () => {
  it("name the account made, never its password or hash", async () => {
    actingAs(t.users.admin.id);
    const email = `tk-${crypto.randomUUID().slice(0, 8)}@test.vn`;
    const result = await createAccountAction({
      requestKey: crypto.randomUUID(),
      email,
      name: "Cán Bộ Mới",
      role: "KHOI_STAFF",
      unitId: t.khoi.id,
    });
    const { id, temporaryPassword } = (result as { data: { id: string; temporaryPassword: string } }).data;
    const [row] = await rowsOf(id, "account.create");
    expect(row.after).toEqual({ email, name: "Cán Bộ Mới", role: "KHOI_STAFF", unitId: t.khoi.id });
    const user = await db().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    const everything = JSON.stringify(await db().auditLog.findMany({ where: { targetId: id } }));
    expect(everything).not.toContain(temporaryPassword);
    expect(everything).not.toContain(user.passwordHash);
  });
});
