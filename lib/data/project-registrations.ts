import "server-only";
// Registering a youth project, editing (and resubmitting) it, withdrawing it. A cơ sở's
// registration waits for the Khối's review; the Khối's own projects start under way.
import { db } from "@/lib/db/client";
import { grantsFor, type Viewer } from "@/lib/authz";
import { foldVietnamese } from "@/lib/domain/text";
import { levelOf } from "@/lib/domain/project-rules";
import { projectRegisterInput, projectUpdateInput, projectWithdrawInput } from "@/lib/validation/projects";
import type { z } from "zod";
import { selectOf } from "@/lib/domain/audit-diff";
import { recordChange } from "./audit";
import { conflict, forbidden, invalid } from "./errors";
import { createOnce } from "./create-once";
import { assertStep, findProject, moveProject, notifyKhoi } from "./project-steps";
import { recordStatusChange } from "./status-changes";

export type RegisteringUnit = { unitId: string; khoiId: string; coSoId: string | null };
type Links = z.output<typeof projectRegisterInput> | z.output<typeof projectUpdateInput>;

/**
 * The unit a registration is made for: the cơ sở named (one of the secretary's own), else the
 * Khối for Khối staff, else the secretary's only cơ sở. Never a unit taken from the client as is.
 */
export function registeringUnit(viewer: Viewer, coSoId: string | undefined): RegisteringUnit {
  const grants = grantsFor(viewer, "project.register");
  if (!grants.length) throw forbidden();
  const coSo = grants.filter((g) => g.unitKind === "CO_SO");
  if (coSoId) {
    const g = coSo.find((x) => x.unitId === coSoId);
    if (!g) throw invalid({ coSoId: "Không tìm thấy cơ sở Đoàn" });
    return { unitId: g.unitId, khoiId: g.khoiIds[0], coSoId: g.unitId };
  }
  const khoi = grants.find((g) => g.unitKind === "KHOI");
  if (khoi) return { unitId: khoi.unitId, khoiId: khoi.unitId, coSoId: null };
  const units = [...new Set(coSo.map((g) => g.unitId))];
  if (units.length !== 1) throw invalid({ coSoId: "Vui lòng chọn cơ sở Đoàn đăng ký" });
  return { unitId: coSo[0].unitId, khoiId: coSo[0].khoiIds[0], coSoId: coSo[0].unitId };
}

/**
 * Every id the form sent, checked against the tree: a published plan in line of the unit (the
 * Khối's, or the cơ sở's own), indicators of that plan, chi đoàn of the cơ sở, active members
 * of those chi đoàn. A project keeps its plan when edited even if the plan was revised since.
 */
async function checkLinks(unit: RegisteringUnit, input: Links, currentPlanId: string | null) {
  const plan = await db().plan.findFirst({
    where: {
      id: input.planId,
      khoiId: unit.khoiId,
      OR: [{ coSoId: null }, ...(unit.coSoId ? [{ coSoId: unit.coSoId }] : [])],
      ...(input.planId === currentPlanId ? {} : { status: "PUBLISHED" as const }),
    },
    select: { id: true },
  });
  if (!plan) throw invalid({ planId: "Không tìm thấy kế hoạch đã ban hành" });
  const indicatorIds = [...new Set(input.indicatorIds)];
  if (
    (await db().indicator.count({ where: { id: { in: indicatorIds }, planId: plan.id, khoiId: unit.khoiId } })) !==
    indicatorIds.length
  )
    throw invalid({ indicatorIds: "Chỉ tiêu không thuộc kế hoạch đã chọn" });

  const chiDoanIds = [...new Set(input.chiDoanIds)];
  const memberIds = [...new Set(input.memberIds)];
  if (!unit.coSoId) {
    // Cơ sở take part in a Khối project by joining it, not through its chi đoàn or members.
    if (chiDoanIds.length)
      throw invalid({
        chiDoanIds: "Công trình cấp Khối không chọn chi đoàn; các cơ sở đăng ký tham gia sau khi công trình được tạo",
      });
    if (memberIds.length) throw invalid({ memberIds: "Công trình cấp Khối không chọn đoàn viên" });
    return { chiDoanIds, memberIds };
  }
  const chiDoan = await db().unit.count({
    where: { id: { in: chiDoanIds }, kind: "CHI_DOAN", khoiId: unit.khoiId, coSoId: unit.coSoId, active: true },
  });
  if (chiDoan !== chiDoanIds.length) throw invalid({ chiDoanIds: "Chi đoàn không thuộc cơ sở Đoàn đăng ký" });
  const members = await db().member.findMany({
    where: { id: { in: memberIds }, khoiId: unit.khoiId, coSoId: unit.coSoId, active: true },
    select: { chiDoanId: true },
  });
  if (members.length !== memberIds.length) throw invalid({ memberIds: "Đoàn viên không thuộc cơ sở Đoàn đăng ký" });
  if (chiDoanIds.length && members.some((m) => !chiDoanIds.includes(m.chiDoanId)))
    throw invalid({ memberIds: "Đoàn viên không thuộc các chi đoàn đã chọn" });
  return { chiDoanIds, memberIds };
}

function projectData(input: Links, chiDoanIds: string[]) {
  return {
    planId: input.planId,
    kind: input.kind,
    name: input.name,
    searchText: foldVietnamese(input.name),
    field: input.field,
    goal: input.goal,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    chiDoanIds,
    expectedValue: input.expectedValue,
  };
}

async function findByRequestKey(unit: RegisteringUnit, requestKey: string) {
  return db().youthProject.findFirst({ where: { khoiId: unit.khoiId, unitId: unit.unitId, requestKey }, select: { id: true } });
}

export async function registerProject(viewer: Viewer, input: z.output<typeof projectRegisterInput>) {
  const unit = registeringUnit(viewer, input.coSoId);
  const { chiDoanIds, memberIds } = await checkLinks(unit, input, null);
  return createOnce(
    () => findByRequestKey(unit, input.requestKey),
    async () => {
      const id = crypto.randomUUID();
      const status = unit.coSoId ? "PENDING" : "APPROVED";
      await db().$transaction(async (tx) => {
        await tx.youthProject.create({
          data: {
            id,
            khoiId: unit.khoiId,
            unitId: unit.unitId,
            coSoId: unit.coSoId,
            ...projectData(input, chiDoanIds),
            status,
            requestKey: input.requestKey,
            createdById: viewer.userId,
            indicators: { create: [...new Set(input.indicatorIds)].map((indicatorId) => ({ indicatorId })) },
            members: { create: memberIds.map((memberId) => ({ memberId })) },
          },
        });
        await recordStatusChange(
          {
            khoiId: unit.khoiId,
            entityType: "YouthProject",
            entityId: id,
            fromStatus: null,
            toStatus: status,
            actorId: viewer.userId,
          },
          tx,
          { name: input.name, kind: input.kind, unitId: unit.unitId },
        );
        await notifyKhoi(tx, { id, khoiId: unit.khoiId, coSoId: unit.coSoId, name: input.name }, "Công trình chờ duyệt");
      });
      return { id };
    },
  );
}

/** Edits a registration; saving a returned one sends it back for review (RETURNED → PENDING). */
export async function updateProject(viewer: Viewer, input: z.output<typeof projectUpdateInput>) {
  const p = await findProject(viewer, "project.register", input.id);
  assertStep("edit", p, input.version);
  const unit = { unitId: p.unitId, khoiId: p.khoiId, coSoId: p.coSoId };
  const { chiDoanIds, memberIds } = await checkLinks(unit, input, p.planId);
  // Participants who have since left (inactive) are not offered by the form; they stay on the record.
  const departed = await db().projectMember.findMany({
    where: { projectId: p.id, khoiId: p.khoiId, member: { active: false } },
    select: { memberId: true },
  });
  const keptMemberIds = [...new Set([...memberIds, ...departed.map((m) => m.memberId)])];
  const resubmit = p.status === "RETURNED";
  const { searchText: _s, ...fields } = projectData(input, chiDoanIds); // searchText is `name` folded
  await db().$transaction(async (tx) => {
    // Read under the version the update checks: the audit row's "before" is what was replaced.
    const before = await tx.youthProject.findFirst({
      where: { id: p.id, khoiId: p.khoiId, version: input.version, status: p.status },
      select: { ...selectOf(fields), indicators: { select: { indicatorId: true } }, members: { select: { memberId: true } } },
    });
    const { count } = await tx.youthProject.updateMany({
      where: { id: p.id, khoiId: p.khoiId, version: input.version, status: p.status },
      data: { ...projectData(input, chiDoanIds), ...(resubmit ? { status: "PENDING" as const } : {}), version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await tx.projectIndicator.deleteMany({ where: { projectId: p.id, khoiId: p.khoiId } });
    await tx.projectIndicator.createMany({
      data: [...new Set(input.indicatorIds)].map((indicatorId) => ({ khoiId: p.khoiId, projectId: p.id, indicatorId })),
    });
    await tx.projectMember.deleteMany({ where: { projectId: p.id, khoiId: p.khoiId } });
    await tx.projectMember.createMany({
      data: keptMemberIds.map((memberId) => ({ khoiId: p.khoiId, projectId: p.id, memberId })),
    });
    const { indicators, members, ...was } = before;
    await recordChange(
      { khoiId: p.khoiId, actorId: viewer.userId, action: "project.update", targetType: "YouthProject", targetId: p.id },
      { ...was, indicatorIds: indicators.map((i) => i.indicatorId).sort(), memberIds: members.map((m) => m.memberId).sort() },
      { ...fields, indicatorIds: [...new Set(input.indicatorIds)].sort(), memberIds: [...keptMemberIds].sort() },
      tx,
    );
    if (resubmit) {
      await recordStatusChange(
        {
          khoiId: p.khoiId,
          entityType: "YouthProject",
          entityId: p.id,
          fromStatus: "RETURNED",
          toStatus: "PENDING",
          actorId: viewer.userId,
          comment: "Đã sửa và gửi lại",
        },
        tx,
      );
      await notifyKhoi(tx, { ...p, name: input.name }, "Công trình gửi lại sau khi sửa");
    }
  });
  return { id: p.id, status: resubmit ? "PENDING" : p.status };
}

/** The registering cơ sở withdraws a registration not yet approved; the row is kept (lưu trữ). */
export async function withdrawProject(viewer: Viewer, input: z.output<typeof projectWithdrawInput>) {
  const p = await findProject(viewer, "project.register", input.id);
  assertStep("withdraw", p, input.version);
  await db().$transaction((tx) => moveProject(tx, p, { version: input.version, to: "WITHDRAWN", actorId: viewer.userId }));
  return { id: p.id, level: levelOf(p) };
}
