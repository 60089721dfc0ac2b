// Youth projects (công trình thanh niên): the whole life of a registration, the workflow as a
// state machine checked cell by cell (SECURITY.md #22), one record per double submit (#23), the
// second of two concurrent saves refused (#24), and a StatusChange for every step (#25).
// Who sees what, foreign ids and withdrawn rows: project-access.test.ts; lists: project-lists.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import {
  approveProjectAction,
  completeProjectAction,
  postProjectUpdateAction,
  registerProjectAction,
} from "@/lib/actions/projects";
import { registerProject, updateProject, withdrawProject } from "@/lib/data/project-registrations";
import { completeProject, postProjectUpdate } from "@/lib/data/project-progress";
import {
  acknowledgeProject,
  approveProject,
  honourProject,
  returnProject,
  SELF_APPROVAL_REFUSED,
} from "@/lib/data/project-reviews";
import { joinProject, leaveProject } from "@/lib/data/project-joins";
import { getProject, myProjects } from "@/lib/data/projects";
import { AppError, conflict } from "@/lib/data/errors";
import { makeMember, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { projectInput, type Who, WHO } from "../helpers/project-fixtures";
import {
  projectAcknowledgeInput,
  projectApproveInput,
  projectCompleteInput,
  projectHonourInput,
  projectJoinInput,
  projectProgressInput,
  projectRegisterInput,
  projectReturnInput,
  projectUpdateInput,
  projectWithdrawInput,
} from "@/lib/validation/projects";

let a: Tenant;
const v = {} as Record<Who, Viewer>;
let plan: Awaited<ReturnType<typeof makePlan>>;

beforeAll(async () => {
  a = await makeTenant(db());
  const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  for (const who of WHO) v[who] = await viewerOf(who === "coSoB" ? coSoB.id : a.users[who].id);
  plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }, { code: "CT2" }] },
  );
});

const input = (over = {}) => projectInput(plan, over);
const row = (id: string) => db().youthProject.findUniqueOrThrow({ where: { id } });
const statusesOf = async (id: string) =>
  (await db().statusChange.findMany({ where: { entityType: "YouthProject", entityId: id }, orderBy: { createdAt: "asc" } })).map(
    (c) => [c.fromStatus, c.toStatus],
  );
const noticesOf = async (userId: string, projectId: string) =>
  (await db().notification.findMany({ where: { userId, link: `/cong-trinh/${projectId}` }, orderBy: { createdAt: "asc" } })).map(
    (n) => n.title.split(":")[0],
  );
const coSoOwner = () => ({ khoiId: a.khoi.id, coSoId: a.coSoA.id, planId: plan.id, createdById: a.users.coSo.id });
const khoiOwner = () => ({ khoiId: a.khoi.id, coSoId: null, planId: plan.id, createdById: a.users.staff.id });

describe("the life of a cơ sở's project", () => {
  it("goes registered → returned → resubmitted → approved → updated → completed → honoured, each step on the timeline", async () => {
    const { id } = await registerProject(
      v.coSo,
      projectRegisterInput.parse(
        input({ chiDoanIds: [a.chiDoanA1.id], memberIds: [a.members.a1.id], indicatorIds: [plan.indicators[1].id] }),
      ),
    );
    expect(await row(id)).toMatchObject({
      status: "PENDING",
      khoiId: a.khoi.id,
      unitId: a.coSoA.id,
      coSoId: a.coSoA.id,
      createdById: a.users.coSo.id,
      version: 0,
    });

    await returnProject(v.staff, projectReturnInput.parse({ id, version: 0, comment: "Bổ sung mục tiêu cụ thể" }));
    expect(await row(id)).toMatchObject({
      status: "RETURNED",
      reviewComment: "Bổ sung mục tiêu cụ thể",
      reviewedById: a.users.staff.id,
      version: 1,
    });
    expect(
      await updateProject(
        v.coSo,
        projectUpdateInput.parse({ ...input({ name: "Công sở không giấy 2026", goal: "Số hóa 100% hồ sơ" }), id, version: 1 }),
      ),
    ).toEqual({ id, status: "PENDING" });
    await approveProject(v.admin, projectApproveInput.parse({ id, version: 2, comment: "Đồng ý" }));
    await postProjectUpdate(
      v.coSo,
      projectProgressInput.parse({ requestKey: crypto.randomUUID(), projectId: id, body: "Đã số hóa 40% hồ sơ", percent: "40" }),
    );
    expect(await row(id)).toMatchObject({ status: "APPROVED", progress: 40, version: 3 });
    await completeProject(
      v.coSo,
      projectCompleteInput.parse({
        id,
        version: 3,
        resultText: "Số hóa toàn bộ hồ sơ lưu trữ",
        beneficiaries: "1200",
        resultAmount: "15.000.000",
      }),
    );
    expect(await row(id)).toMatchObject({
      status: "COMPLETED",
      progress: 100,
      beneficiaries: 1200,
      resultAmount: 15_000_000,
      version: 4,
    });
    await honourProject(v.staff, projectHonourInput.parse({ id, version: 4, comment: "Công trình tiêu biểu" }));

    expect(await statusesOf(id)).toEqual([
      [null, "PENDING"],
      ["PENDING", "RETURNED"],
      ["RETURNED", "PENDING"],
      ["PENDING", "APPROVED"],
      ["APPROVED", "COMPLETED"],
      ["COMPLETED", "HONOURED"],
    ]);
    const detail = await getProject(v.coSo, id);
    expect(detail).toMatchObject({
      status: "HONOURED",
      name: "Công sở không giấy 2026",
      level: "CO_SO",
      unitName: a.coSoA.name,
      memberCount: 0,
      chiDoan: [],
      reviewComment: "Công trình tiêu biểu",
    });
    expect(detail.updates.map((u) => [u.body, u.progress])).toEqual([["Đã số hóa 40% hồ sơ", 40]]);
    expect(detail.timeline.map((t) => t.comment)).toEqual([
      null,
      "Bổ sung mục tiêu cụ thể",
      "Đã sửa và gửi lại",
      "Đồng ý",
      null,
      "Công trình tiêu biểu",
    ]);
    expect(detail.can).toEqual({
      edit: false,
      withdraw: false,
      approve: false,
      return: false,
      postUpdate: false,
      complete: false,
      acknowledge: false,
      honour: false,
      attachFiles: false,
    });

    // The Khối hears of each submission and the report; the cơ sở of each decision.
    expect(await noticesOf(a.users.staff.id, id)).toEqual([
      "Công trình chờ duyệt",
      "Công trình gửi lại sau khi sửa",
      "Công trình báo cáo hoàn thành",
    ]);
    expect(await noticesOf(a.users.coSo.id, id)).toEqual([
      "Công trình bị trả lại, cần sửa",
      "Công trình đã được duyệt",
      "Công trình được tuyên dương",
    ]);
    expect(await noticesOf(a.users.chiDoan.id, id)).toEqual([]);
  });

  it("keeps the chi đoàn, members and indicators chosen, and replaces them on edit", async () => {
    const { id } = await registerProject(
      v.coSo,
      projectRegisterInput.parse(
        input({ chiDoanIds: [a.chiDoanA1.id, a.chiDoanA2.id], memberIds: [a.members.a1.id, a.members.a2.id] }),
      ),
    );
    const before = await getProject(v.staff, id);
    expect(before.chiDoan.map((c) => c.name).sort()).toEqual([a.chiDoanA1.name, a.chiDoanA2.name].sort());
    expect(before.members.map((m) => m.id).sort()).toEqual([a.members.a1.id, a.members.a2.id].sort());
    expect(before.indicators.map((i) => i.code)).toEqual(["CT1"]);
    await updateProject(
      v.coSo,
      projectUpdateInput.parse({
        ...input({ chiDoanIds: [a.chiDoanA2.id], memberIds: [a.members.a2.id], indicatorIds: plan.indicators.map((i) => i.id) }),
        id,
        version: 0,
      }),
    );
    const after = await getProject(v.staff, id);
    expect([after.chiDoan.map((c) => c.id), after.members.map((m) => m.id), after.indicators.map((i) => i.code)]).toEqual([
      [a.chiDoanA2.id],
      [a.members.a2.id],
      ["CT1", "CT2"],
    ]);
    expect(after.status).toBe("PENDING");
    expect(await statusesOf(id)).toEqual([[null, "PENDING"]]);
  });

  it("lists on a member's record the projects naming them, not others', not withdrawn ones", async () => {
    const named = await makeProject(db(), coSoOwner(), { status: "APPROVED", memberIds: [a.members.a1.id] });
    const withdrawn = await makeProject(db(), coSoOwner(), { status: "WITHDRAWN", memberIds: [a.members.a1.id] });
    const others = await makeProject(db(), coSoOwner(), { status: "APPROVED", memberIds: [a.members.a2.id] });
    const mine = (await myProjects(v.member)).map((p) => p.id);
    expect(mine).toContain(named.id);
    expect(mine).not.toContain(withdrawn.id);
    expect(mine).not.toContain(others.id);
    expect(await myProjects(v.staff)).toEqual([]);
  });

  it("keeps on the record a participant who has since left, though the form no longer offers them", async () => {
    const leaving = await makeMember(db(), a.chiDoanA1, { fullName: "Người Đã Chuyển Đi" });
    const { id } = await registerProject(v.coSo, projectRegisterInput.parse(input({ memberIds: [leaving.id, a.members.a1.id] })));
    await db().member.update({ where: { id: leaving.id }, data: { active: false } });
    await updateProject(
      v.coSo,
      projectUpdateInput.parse({ ...input({ goal: "Sửa lỗi chính tả", memberIds: [a.members.a1.id] }), id, version: 0 }),
    );
    expect((await db().projectMember.findMany({ where: { projectId: id } })).map((m) => m.memberId).sort()).toEqual(
      [leaving.id, a.members.a1.id].sort(),
    );
    // Someone still active who was left out is removed.
    await updateProject(v.coSo, projectUpdateInput.parse({ ...input({ memberIds: [] }), id, version: 1 }));
    expect((await db().projectMember.findMany({ where: { projectId: id } })).map((m) => m.memberId)).toEqual([leaving.id]);
  });

  it("cannot skip a step: no completing a pending one, no acknowledging one under way, no approving a returned one before it is resubmitted", async () => {
    const pending = await makeProject(db(), coSoOwner(), { status: "PENDING" });
    await expect(
      completeProject(v.coSo, projectCompleteInput.parse({ id: pending.id, version: 0, resultText: "Xong" })),
    ).rejects.toMatchObject({ code: "INVALID", message: "Chỉ báo cáo hoàn thành khi công trình đang thực hiện" });
    const approved = await makeProject(db(), coSoOwner(), { status: "APPROVED" });
    await expect(
      acknowledgeProject(v.staff, projectAcknowledgeInput.parse({ id: approved.id, version: 0 })),
    ).rejects.toMatchObject({ code: "INVALID", message: "Chỉ ghi nhận được công trình đã báo cáo hoàn thành" });
    const returned = await makeProject(db(), coSoOwner(), { status: "RETURNED" });
    await expect(approveProject(v.staff, projectApproveInput.parse({ id: returned.id, version: 0 }))).rejects.toMatchObject({
      code: "INVALID",
      message: "Chỉ duyệt được công trình đang chờ duyệt",
    });
    await updateProject(v.coSo, projectUpdateInput.parse({ ...input(), id: returned.id, version: 0 }));
    await approveProject(v.staff, projectApproveInput.parse({ id: returned.id, version: 1 }));
    expect(await statusesOf(returned.id)).toEqual([
      ["RETURNED", "PENDING"],
      ["PENDING", "APPROVED"],
    ]);
    for (const p of [pending, approved]) expect(await row(p.id)).toMatchObject({ status: p.status, version: 0 });
  });

  it("refuses self-review: whoever registered a project, or is a secretary of its cơ sở, cannot approve, return, acknowledge or honour it", async () => {
    const both = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    await db().membership.create({ data: { userId: both.id, unitId: a.coSoA.id, role: "CO_SO_SECRETARY", khoiId: a.khoi.id } });
    const viewer = await viewerOf(both.id);
    const { id } = await registerProject(viewer, projectRegisterInput.parse(input({ coSoId: a.coSoA.id })));
    expect(await row(id)).toMatchObject({ status: "PENDING", coSoId: a.coSoA.id, createdById: both.id });
    expect((await getProject(viewer, id)).can).toMatchObject({ approve: false, return: false });
    actingAs(both.id);
    expect(await approveProjectAction({ id, version: 0 })).toEqual({ ok: false, formError: SELF_APPROVAL_REFUSED });
    await expect(
      returnProject(viewer, projectReturnInput.parse({ id, version: 0, comment: "Tự trả lại" })),
    ).rejects.toMatchObject({ message: SELF_APPROVAL_REFUSED });
    expect(await row(id)).toMatchObject({ status: "PENDING", version: 0 });
    expect(await statusesOf(id)).toEqual([[null, "PENDING"]]);
    await approveProject(v.staff, projectApproveInput.parse({ id, version: 0 }));
    expect((await row(id)).status).toBe("APPROVED");
    // A project another secretary of the same cơ sở registered is just as much their own.
    const colleagues = await makeProject(db(), coSoOwner(), { status: "COMPLETED" });
    expect((await getProject(viewer, colleagues.id)).can).toMatchObject({ acknowledge: false, honour: false });
    await expect(
      acknowledgeProject(viewer, projectAcknowledgeInput.parse({ id: colleagues.id, version: colleagues.version })),
    ).rejects.toMatchObject({ message: SELF_APPROVAL_REFUSED });
    await expect(
      honourProject(viewer, projectHonourInput.parse({ id: colleagues.id, version: colleagues.version, comment: "Tự khen" })),
    ).rejects.toMatchObject({ message: SELF_APPROVAL_REFUSED });
    expect((await row(colleagues.id)).status).toBe("COMPLETED");
    // Without naming a cơ sở, the same person registers for the Khối.
    const khoiLevel = await registerProject(viewer, projectRegisterInput.parse(input()));
    expect(await row(khoiLevel.id)).toMatchObject({ coSoId: null, unitId: a.khoi.id, status: "APPROVED" });
  });
});

describe("a Khối-level project", () => {
  it("starts under way (Tạo mới → Đang thực hiện), and cơ sở join it once, leave it, and rejoin on the same row", async () => {
    const { id } = await registerProject(
      v.staff,
      projectRegisterInput.parse(input({ name: "Nâng cao tỉ lệ giải quyết hồ sơ đúng hạn" })),
    );
    expect(await row(id)).toMatchObject({ status: "APPROVED", unitId: a.khoi.id, coSoId: null, createdById: a.users.staff.id });
    expect(await statusesOf(id)).toEqual([[null, "APPROVED"]]);
    expect(await db().notification.count({ where: { link: `/cong-trinh/${id}` } })).toBe(0);

    const joins = await Promise.all(
      Array.from({ length: 10 }, () => joinProject(v.coSo, projectJoinInput.parse({ projectId: id }))),
    );
    expect(new Set(joins.map((j) => j.id)).size).toBe(1);
    await joinProject(v.coSoB, projectJoinInput.parse({ projectId: id }));
    expect((await getProject(v.member, id)).joins.map((j) => j.coSoName).sort()).toEqual([a.coSoA.name, a.coSoB.name].sort());
    await leaveProject(v.coSo, projectJoinInput.parse({ projectId: id }));
    expect((await getProject(v.staff, id)).joins.map((j) => j.coSoId)).toEqual([a.coSoB.id]);
    await expect(leaveProject(v.coSo, projectJoinInput.parse({ projectId: id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await joinProject(v.coSo, projectJoinInput.parse({ projectId: id }))).toEqual(joins[0]);
    expect(
      await db().projectJoin.findMany({
        where: { projectId: id },
        select: { coSoId: true, active: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { coSoId: a.coSoA.id, active: true },
      { coSoId: a.coSoB.id, active: true },
    ]);
    expect((await getProject(v.coSo, id)).joinAs).toEqual([{ coSoId: a.coSoA.id, name: a.coSoA.name, joined: true }]);
  });

  it("takes no chi đoàn or members (cơ sở join instead), and a cơ sở project cannot be joined", async () => {
    await expect(
      registerProject(v.staff, projectRegisterInput.parse(input({ chiDoanIds: [a.chiDoanA1.id] }))),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { chiDoanIds: expect.any(String) } });
    await expect(
      registerProject(v.staff, projectRegisterInput.parse(input({ memberIds: [a.members.a1.id] }))),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { memberIds: expect.any(String) } });
    const coSoProject = await makeProject(db(), coSoOwner(), { status: "APPROVED" });
    await expect(joinProject(v.coSoB, projectJoinInput.parse({ projectId: coSoProject.id }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(joinProject(v.coSo, projectJoinInput.parse({ projectId: coSoProject.id }))).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await db().projectJoin.count({ where: { projectId: coSoProject.id } })).toBe(0);
  });
});

// ───────────── The state machine, every (status, role, step) ─────────────

type Step = "edit" | "withdraw" | "approve" | "return" | "postUpdate" | "complete" | "acknowledge" | "honour" | "join" | "leave";
const STATUSES: ProjectStatus[] = ["PENDING", "RETURNED", "APPROVED", "COMPLETED", "ACKNOWLEDGED", "HONOURED", "WITHDRAWN"];
const NOBODY: [Who[], ProjectStatus[]] = [[], []];
const KHOI_STAFF: Who[] = ["admin", "staff"];

/** Written out by hand from the workflow, not read from the code: who may take each step, from where. */
const RULES: Record<"CO_SO" | "KHOI", Record<Step, [Who[], ProjectStatus[]]>> = {
  CO_SO: {
    edit: [["coSo"], ["PENDING", "RETURNED"]],
    withdraw: [["coSo"], ["PENDING", "RETURNED"]],
    approve: [KHOI_STAFF, ["PENDING"]],
    return: [KHOI_STAFF, ["PENDING"]],
    postUpdate: [["coSo"], ["APPROVED"]],
    complete: [["coSo"], ["APPROVED"]],
    acknowledge: [KHOI_STAFF, ["COMPLETED"]],
    honour: [KHOI_STAFF, ["COMPLETED", "ACKNOWLEDGED"]],
    join: NOBODY,
    leave: NOBODY,
  },
  KHOI: {
    edit: [KHOI_STAFF, ["APPROVED"]],
    withdraw: NOBODY,
    approve: NOBODY,
    return: NOBODY,
    postUpdate: [KHOI_STAFF, ["APPROVED"]],
    complete: [KHOI_STAFF, ["APPROVED"]],
    // Not by the staff member who registered it (khoiOwner): another Khối officer reviews it.
    acknowledge: [["admin"], ["COMPLETED"]],
    honour: [["admin"], ["COMPLETED", "ACKNOWLEDGED"]],
    join: [["coSo", "coSoB"], ["APPROVED"]],
    leave: [["coSo", "coSoB"], ["APPROVED"]],
  },
};

function take(step: Step, viewer: Viewer, p: { id: string; version: number }) {
  const ref = { id: p.id, version: p.version };
  switch (step) {
    case "edit":
      return updateProject(viewer, projectUpdateInput.parse({ ...input({ name: "Đã sửa" }), ...ref }));
    case "withdraw":
      return withdrawProject(viewer, projectWithdrawInput.parse(ref));
    case "approve":
      return approveProject(viewer, projectApproveInput.parse(ref));
    case "return":
      return returnProject(viewer, projectReturnInput.parse({ ...ref, comment: "Chưa rõ mục tiêu" }));
    case "postUpdate":
      return postProjectUpdate(
        viewer,
        projectProgressInput.parse({ requestKey: crypto.randomUUID(), projectId: p.id, body: "Tiến độ tuần này", percent: 10 }),
      );
    case "complete":
      return completeProject(viewer, projectCompleteInput.parse({ ...ref, resultText: "Đã xong" }));
    case "acknowledge":
      return acknowledgeProject(viewer, projectAcknowledgeInput.parse(ref));
    case "honour":
      return honourProject(viewer, projectHonourInput.parse({ ...ref, comment: "Tiêu biểu" }));
    case "join":
      return joinProject(viewer, projectJoinInput.parse({ projectId: p.id }));
    case "leave":
      return leaveProject(viewer, projectJoinInput.parse({ projectId: p.id }));
  }
}

/** Everything a step could change about one project. */
async function stateOf(id: string) {
  const [project, changes, updates, joins] = await Promise.all([
    row(id),
    db().statusChange.count({ where: { entityId: id } }),
    db().projectUpdate.count({ where: { projectId: id } }),
    db().projectJoin.findMany({ where: { projectId: id }, orderBy: { coSoId: "asc" } }),
  ]);
  return { project, changes, updates, joins };
}

describe.each(["CO_SO", "KHOI"] as const)("the workflow of a %s-level project", (level) => {
  it.each(Object.keys(RULES[level]) as Step[])(
    "%s is allowed for exactly the listed roles and statuses; every refusal changes nothing",
    async (step) => {
      const [who, from] = RULES[level][step];
      const expected: string[] = [];
      const allowed: string[] = [];
      for (const status of STATUSES) {
        for (const w of WHO) {
          const p = await makeProject(db(), level === "CO_SO" ? coSoOwner() : khoiOwner(), { status });
          // Leaving needs a join: the caller's own cơ sở, or cơ sở A for callers that have none.
          if (step === "leave")
            await db().projectJoin.create({
              data: { khoiId: a.khoi.id, projectId: p.id, coSoId: w === "coSoB" ? a.coSoB.id : a.coSoA.id },
            });
          const before = await stateOf(p.id);
          const ok = await take(step, v[w], p).then(
            () => true,
            (error: unknown) => {
              if (!(error instanceof AppError)) throw error;
              return false;
            },
          );
          if (who.includes(w) && from.includes(status)) expected.push(`${status} by ${w}`);
          if (ok) allowed.push(`${status} by ${w}`);
          if (!ok) expect(await stateOf(p.id)).toEqual(before);
          // A step that changes the status is on the timeline.
          if (ok && step !== "edit" && step !== "postUpdate" && step !== "join" && step !== "leave")
            expect((await stateOf(p.id)).changes).toBe(before.changes + 1);
        }
      }
      expect(allowed).toEqual(expected);
    },
  );
});

// ───────────── Double submits and concurrent saves ─────────────

describe("progress going back, and figures past their ceiling", () => {
  const update = (projectId: string, percent: string, over: Record<string, unknown> = {}) =>
    postProjectUpdateAction({ projectId, body: `Tiến độ ${percent}%`, percent, requestKey: crypto.randomUUID(), ...over });

  it("refuses a percent below the last one until the unit confirms it, then logs the step back", async () => {
    const p = await makeProject(db(), coSoOwner(), { status: "APPROVED" });
    actingAs(a.users.coSo.id);
    expect(await update(p.id, "80")).toMatchObject({ ok: true });
    expect(await update(p.id, "60")).toMatchObject({
      ok: false,
      fieldErrors: {
        percent:
          "Tiến độ thấp hơn lần báo cáo trước (80%). Đánh dấu “Tôi xác nhận tiến độ giảm” rồi gửi lại để xác nhận giảm tiến độ.",
        confirmBackward: expect.any(String),
      },
    });
    expect(await update(p.id, "60", { confirmBackward: false })).toMatchObject({ ok: false });
    expect(await row(p.id)).toMatchObject({ progress: 80 });
    expect(await db().projectUpdate.count({ where: { projectId: p.id } })).toBe(1);

    // The same percent, a higher one or none at all needs no confirmation.
    expect(await update(p.id, "80")).toMatchObject({ ok: true });
    expect(await update(p.id, "")).toMatchObject({ ok: true });

    expect(await update(p.id, "60", { confirmBackward: true })).toMatchObject({ ok: true });
    expect(await row(p.id)).toMatchObject({ progress: 60 });
    const log = await db().auditLog.findFirstOrThrow({
      where: { targetId: p.id, action: "project.progress" },
      orderBy: { createdAt: "desc" },
    });
    expect(log).toMatchObject({ before: { progress: 80 }, after: { progress: 60 } });
    expect((await getProject(v.coSo, p.id)).updates.map((u) => u.progress).sort()).toEqual([60, 80, 80, null]);
  });

  it("refuses a 21-digit money figure with the size message, not the format one", async () => {
    const p = await makeProject(db(), coSoOwner(), { status: "APPROVED" });
    const complete = (resultAmount: string) =>
      completeProject(v.coSo, projectCompleteInput.parse({ id: p.id, version: p.version, resultText: "Đã xong", resultAmount }));
    const sizeError = {
      success: false,
      error: { issues: [{ path: ["resultAmount"], message: "Số tiền quá lớn (tối đa 1.000 tỷ đồng)" }] },
    };
    expect(
      projectCompleteInput.safeParse({
        id: p.id,
        version: p.version,
        resultText: "Đã xong",
        resultAmount: "123456789012345678901",
      }),
    ).toMatchObject(sizeError);
    actingAs(a.users.coSo.id);
    expect(
      await completeProjectAction({
        id: p.id,
        version: p.version,
        resultText: "Đã xong",
        resultAmount: "999.999.999.999.999.999.999",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { resultAmount: "Số tiền quá lớn (tối đa 1.000 tỷ đồng)" } });
    expect(await row(p.id)).toMatchObject({ status: "APPROVED", resultAmount: null });
    await complete("1.000.000.000.000");
    expect(await row(p.id)).toMatchObject({ status: "COMPLETED", resultAmount: 1_000_000_000_000 });
  });
});

describe("double submits and concurrent saves", () => {
  it("10 parallel registrations with one requestKey make one project, one timeline entry and one notice each", async () => {
    actingAs(a.users.coSo.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => registerProjectAction({ ...input({ name: "Bấm đăng ký mười lần" }), requestKey })),
    );
    const rows = await db().youthProject.findMany({ where: { requestKey } });
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(10).fill(rows[0].id));
    expect(await statusesOf(rows[0].id)).toEqual([[null, "PENDING"]]);
    expect(await noticesOf(a.users.staff.id, rows[0].id)).toHaveLength(1);
  });

  it("10 parallel progress updates with one requestKey make one update", async () => {
    const p = await makeProject(db(), coSoOwner(), { status: "APPROVED" });
    actingAs(a.users.coSo.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        postProjectUpdateAction({ projectId: p.id, body: "Hoàn thành 60%", percent: "60", requestKey }),
      ),
    );
    const updates = await db().projectUpdate.findMany({ where: { projectId: p.id } });
    expect(updates).toHaveLength(1);
    expect(results.every((r) => r.ok && (r.data as { id: string }).id === updates[0].id)).toBe(true);
    expect(await row(p.id)).toMatchObject({ progress: 60, version: 0 });
  });

  it("two people edit from the same version: the second save is a conflict and the first stays", async () => {
    const p = await makeProject(db(), coSoOwner(), { status: "PENDING" });
    await updateProject(v.coSo, projectUpdateInput.parse({ ...input({ name: "Bản của Lan" }), id: p.id, version: 0 }));
    await expect(
      updateProject(v.coSo, projectUpdateInput.parse({ ...input({ name: "Bản của Minh" }), id: p.id, version: 0 })),
    ).rejects.toMatchObject({ code: "CONFLICT", message: conflict().message });
    expect(await row(p.id)).toMatchObject({ name: "Bản của Lan", version: 1 });
  });

  it("a review from a page read before the cơ sở's edit is a conflict, and so is the loser of approve vs return", async () => {
    const p = await makeProject(db(), coSoOwner(), { status: "PENDING" });
    await updateProject(
      v.coSo,
      projectUpdateInput.parse({ ...input({ name: "Sửa trong lúc chờ duyệt" }), id: p.id, version: 0 }),
    );
    await expect(approveProject(v.staff, projectApproveInput.parse({ id: p.id, version: 0 }))).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await row(p.id)).toMatchObject({ status: "PENDING", version: 1 });

    const results = await Promise.allSettled([
      approveProject(v.staff, projectApproveInput.parse({ id: p.id, version: 1 })),
      returnProject(v.admin, projectReturnInput.parse({ id: p.id, version: 1, comment: "Chưa đạt" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
      "CONFLICT",
    ]);
    expect(await statusesOf(p.id)).toHaveLength(1);
    expect((await row(p.id)).version).toBe(2);
  });
});
