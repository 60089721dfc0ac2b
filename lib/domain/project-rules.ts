// The youth-project workflow as one table: from which status each step may be taken and by whom
// (the registering unit, or the Khối reviewing it). lib/data refuses anything else (SECURITY.md
// #22); pages read the same table so they only offer the buttons that would work.
import { can, type Viewer } from "@/lib/authz";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";

export type ProjectStep =
  "edit" | "withdraw" | "approve" | "return" | "postUpdate" | "complete" | "acknowledge" | "honour" | "join" | "leave";

/** A cơ sở project is registered → reviewed → carried out → reported → acknowledged or honoured. */
export const STEP_FROM: Record<ProjectStep, readonly ProjectStatus[]> = {
  edit: ["PENDING", "RETURNED"],
  withdraw: ["PENDING", "RETURNED"],
  approve: ["PENDING"],
  return: ["PENDING"],
  postUpdate: ["APPROVED"],
  complete: ["APPROVED"],
  acknowledge: ["COMPLETED"],
  // Tuyên dương comes once a year (October): an acknowledged project may still be honoured.
  honour: ["COMPLETED", "ACKNOWLEDGED"],
  join: ["APPROVED"],
  leave: ["APPROVED"],
};

/** Why a step is refused in the project's current status (Vietnamese, shown to the user). */
export const STEP_REFUSED: Record<ProjectStep, string> = {
  edit: "Chỉ sửa được công trình đang chờ duyệt hoặc đã bị trả lại",
  withdraw: "Chỉ rút được công trình đang chờ duyệt hoặc đã bị trả lại",
  approve: "Chỉ duyệt được công trình đang chờ duyệt",
  return: "Chỉ trả lại được công trình đang chờ duyệt",
  postUpdate: "Chỉ cập nhật tiến độ khi công trình đang thực hiện",
  complete: "Chỉ báo cáo hoàn thành khi công trình đang thực hiện",
  acknowledge: "Chỉ ghi nhận được công trình đã báo cáo hoàn thành",
  honour: "Chỉ tuyên dương được công trình đã hoàn thành",
  join: "Chỉ tham gia được công trình cấp Khối đang thực hiện",
  leave: "Chỉ rút khỏi được công trình cấp Khối đang thực hiện",
};

export type ProjectLevel = "KHOI" | "CO_SO";
export const levelOf = (p: { coSoId: string | null }): ProjectLevel => (p.coSoId ? "CO_SO" : "KHOI");

/**
 * The statuses a step may start from for a project of this level. Khối-level projects skip
 * review (the Khối is its own reviewer): they start under way, so they are edited while under
 * way, and are never withdrawn, approved or returned; only they can be joined.
 */
export function stepFrom(step: ProjectStep, level: ProjectLevel): readonly ProjectStatus[] {
  if (level === "KHOI") {
    if (step === "edit") return ["APPROVED"];
    if (step === "withdraw" || step === "approve" || step === "return") return [];
    return STEP_FROM[step];
  }
  return step === "join" || step === "leave" ? [] : STEP_FROM[step];
}

export const stepAllowed = (step: ProjectStep, p: { coSoId: string | null; status: ProjectStatus }) =>
  stepFrom(step, levelOf(p)).includes(p.status);

/** Minh chứng go with the registration and the completion report, until the Khối's decision (as evidence-owners.ts decides). */
export const FILES_OPEN: readonly ProjectStatus[] = ["PENDING", "RETURNED", "APPROVED", "COMPLETED"];

export type ProjectTarget = { khoiId: string; coSoId: string | null; unitId: string; status: ProjectStatus };

/** What this viewer may do with the project now (the buttons of the project page). */
/**
 * No self-review (SECURITY.md #22): whoever registered a project, or holds the registering role
 * on its cơ sở (a Khối officer who is also that cơ sở's secretary), may not approve, return,
 * acknowledge or honour it. A Khối-level project is reviewed by a Khối officer other than the
 * one who registered it.
 */
export function reviewsOwnProject(viewer: Viewer, p: ProjectTarget, createdByViewer: boolean): boolean {
  return (
    createdByViewer ||
    (p.coSoId !== null && can(viewer, "project.register", { khoiId: p.khoiId, coSoId: p.coSoId, unitId: p.unitId }))
  );
}

export function projectAbilities(viewer: Viewer, p: ProjectTarget, createdByViewer: boolean) {
  const target = { khoiId: p.khoiId, coSoId: p.coSoId, unitId: p.unitId };
  const registers = can(viewer, "project.register", target);
  const reviews = can(viewer, "project.review", target) && !reviewsOwnProject(viewer, p, createdByViewer);
  const may = (step: ProjectStep, who: boolean) => who && stepAllowed(step, p);
  return {
    edit: may("edit", registers),
    withdraw: may("withdraw", registers),
    approve: may("approve", reviews),
    return: may("return", reviews),
    postUpdate: may("postUpdate", registers),
    complete: may("complete", registers),
    acknowledge: may("acknowledge", reviews),
    honour: may("honour", reviews),
    attachFiles: registers && FILES_OPEN.includes(p.status),
  };
}
export type ProjectAbilities = ReturnType<typeof projectAbilities>;
