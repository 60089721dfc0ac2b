// The access probes of the project actions (see action-probes.ts): one valid call of each, aimed at
// tenant A's rows, and who may make it.
import { db } from "@/lib/db/client";
import * as projectActions from "@/lib/actions/projects";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { dayFromToday, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";

/**
 * Cơ sở A's projects are acted on by cơ sở A's secretary (register, edit, report) and reviewed by
 * Khối staff; the Khối's own projects are joined by any cơ sở of the Khối. The secretary of cơ
 * sở B may register and join too: those calls name no cơ sở, so B's secretary acts for cơ sở B.
 */
export const PROJECT_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  registerProjectAction: { may: ["admin", "staff", "coSo", "coSoB"], each: true },
  updateProjectAction: { may: ["coSo"], each: true },
  withdrawProjectAction: { may: ["coSo"], each: true },
  approveProjectAction: { may: ["admin", "staff"], each: true },
  returnProjectAction: { may: ["admin", "staff"], each: true },
  postProjectUpdateAction: { may: ["coSo"], each: true },
  completeProjectAction: { may: ["coSo"], each: true },
  acknowledgeProjectAction: { may: ["admin", "staff"], each: true },
  honourProjectAction: { may: ["admin", "staff"], each: true },
  joinProjectAction: { may: ["coSo", "coSoB"], each: true },
  leaveProjectAction: { may: ["coSo"], each: true },
};

export type ProjectRows = {
  /** Cơ sở A's registrations in each status, registered by cơ sở A's secretary */
  pending: string;
  approved: string;
  completed: string;
  /** A Khối-level project under way, nobody joined; and one that cơ sở A joined */
  khoi: string;
  joinedKhoi: string;
};

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeProjectRows(a: Tenant, plans: PlanRows): Promise<ProjectRows> {
  const coSo = { khoiId: a.khoi.id, coSoId: a.coSoA.id, planId: plans.published.id, createdById: a.users.coSo.id };
  const khoi = { khoiId: a.khoi.id, coSoId: null, planId: plans.published.id, createdById: a.users.staff.id };
  const joinedKhoi = await makeProject(db(), khoi, { status: "APPROVED" });
  await db().projectJoin.create({
    data: { khoiId: a.khoi.id, projectId: joinedKhoi.id, coSoId: a.coSoA.id, joinedById: a.users.coSo.id },
  });
  return {
    pending: (await makeProject(db(), coSo, { status: "PENDING" })).id,
    approved: (await makeProject(db(), coSo, { status: "APPROVED" })).id,
    completed: (await makeProject(db(), coSo, { status: "COMPLETED" })).id,
    khoi: (await makeProject(db(), khoi, { status: "APPROVED" })).id,
    joinedKhoi: joinedKhoi.id,
  };
}

const projectVersion = async (id: string) => (await db().youthProject.findUniqueOrThrow({ where: { id } })).version;

export function projectProbes(f: { a: Tenant; plans: PlanRows; projects: ProjectRows }, p: ProbeMaker): Probe[] {
  const { a, plans: pl, projects: pr } = f;
  const fields = () => ({
    planId: pl.published.id,
    kind: "PROJECT",
    name: "Công trình “Công sở không giấy”",
    field: "DIGITAL",
    goal: "Số hóa hồ sơ, giảm giấy tờ",
    startsOn: formatVietnameseDate(dayFromToday(5)),
    expectedValue: "Giảm 50% giấy in",
    indicatorIds: [pl.published.indicatorId],
  });
  return [
    p("registerProjectAction", projectActions.registerProjectAction, async () => ({
      ...fields(),
      requestKey: crypto.randomUUID(),
    })),
    p("updateProjectAction", projectActions.updateProjectAction, async () => ({
      ...fields(),
      name: "Công trình đã sửa tên",
      chiDoanIds: [a.chiDoanA1.id],
      memberIds: [a.members.a1.id],
      id: pr.pending,
      version: await projectVersion(pr.pending),
    })),
    p("withdrawProjectAction", projectActions.withdrawProjectAction, async () => ({
      id: pr.pending,
      version: await projectVersion(pr.pending),
    })),
    p("approveProjectAction", projectActions.approveProjectAction, async () => ({
      id: pr.pending,
      version: await projectVersion(pr.pending),
      comment: "Đồng ý",
    })),
    p("returnProjectAction", projectActions.returnProjectAction, async () => ({
      id: pr.pending,
      version: await projectVersion(pr.pending),
      comment: "Bổ sung mục tiêu cụ thể",
    })),
    p("postProjectUpdateAction", projectActions.postProjectUpdateAction, async () => ({
      projectId: pr.approved,
      body: "Đã số hóa 200 hồ sơ",
      percent: 40,
      requestKey: crypto.randomUUID(),
    })),
    p("completeProjectAction", projectActions.completeProjectAction, async () => ({
      id: pr.approved,
      version: await projectVersion(pr.approved),
      resultText: "Số hóa toàn bộ hồ sơ lưu trữ",
      beneficiaries: 120,
      resultAmount: "5.000.000",
    })),
    p("acknowledgeProjectAction", projectActions.acknowledgeProjectAction, async () => ({
      id: pr.completed,
      version: await projectVersion(pr.completed),
      comment: "Ghi nhận",
    })),
    p("honourProjectAction", projectActions.honourProjectAction, async () => ({
      id: pr.completed,
      version: await projectVersion(pr.completed),
      comment: "Công trình tiêu biểu năm",
    })),
    p("joinProjectAction", projectActions.joinProjectAction, async () => ({ projectId: pr.khoi })),
    p("leaveProjectAction", projectActions.leaveProjectAction, async () => ({ projectId: pr.joinedKhoi })),
  ];
}
