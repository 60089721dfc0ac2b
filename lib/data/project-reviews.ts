import "server-only";
// The Khối's side of a youth project: approve or return a cơ sở's registration, then acknowledge
// or honour the completed project. Only Khối staff (project.review), one step at a time.
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { reviewsOwnProject } from "@/lib/domain/project-rules";
import { projectAcknowledgeInput, projectApproveInput, projectHonourInput, projectReturnInput } from "@/lib/validation/projects";
import type { z } from "zod";
import { AppError } from "./errors";
import type { NoticeKind } from "@/lib/domain/notice-kinds";
import { assertStep, findProject, moveProject, notifyCoSo } from "./project-steps";

export const SELF_APPROVAL_REFUSED = "Người đăng ký công trình không thể tự duyệt công trình của mình";

/** The project, when the viewer may review it and it is not their own (SECURITY.md #22). */
async function projectToReview(viewer: Viewer, id: string) {
  const p = await findProject(viewer, "project.review", id);
  if (reviewsOwnProject(viewer, p, p.createdById === viewer.userId)) throw new AppError("FORBIDDEN", SELF_APPROVAL_REFUSED);
  return p;
}

type ReviewStep = {
  step: "approve" | "return" | "acknowledge" | "honour";
  to: "APPROVED" | "RETURNED" | "ACKNOWLEDGED" | "HONOURED";
  notice?: { title: string; kind: NoticeKind };
};

/** One review step: the project out of the reviewer's own, the step allowed now, one status change. */
async function review(
  viewer: Viewer,
  input: { id: string; version: number; comment?: string | null },
  { step, to, notice }: ReviewStep,
) {
  const p = await projectToReview(viewer, input.id);
  assertStep(step, p, input.version);
  const comment = input.comment ?? null;
  await db().$transaction(async (tx) => {
    await moveProject(tx, p, {
      version: input.version,
      to,
      actorId: viewer.userId,
      comment,
      data: { reviewComment: comment, reviewedById: viewer.userId },
    });
    if (notice) await notifyCoSo(tx, p, notice.title, notice.kind);
  });
  return { id: p.id };
}

export async function approveProject(viewer: Viewer, input: z.output<typeof projectApproveInput>) {
  return review(viewer, input, {
    step: "approve",
    to: "APPROVED",
    notice: { title: "Công trình đã được duyệt", kind: "confirmed" },
  });
}

export async function returnProject(viewer: Viewer, input: z.output<typeof projectReturnInput>) {
  return review(viewer, input, {
    step: "return",
    to: "RETURNED",
    notice: { title: "Công trình bị trả lại, cần sửa", kind: "returned" },
  });
}

export async function acknowledgeProject(viewer: Viewer, input: z.output<typeof projectAcknowledgeInput>) {
  return review(viewer, input, { step: "acknowledge", to: "ACKNOWLEDGED" });
}

export async function honourProject(viewer: Viewer, input: z.output<typeof projectHonourInput>) {
  return review(viewer, input, {
    step: "honour",
    to: "HONOURED",
    notice: { title: "Công trình được tuyên dương", kind: "honour" },
  });
}
