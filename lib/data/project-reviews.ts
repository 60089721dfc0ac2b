import "server-only";
// The Khối's side of a youth project: approve or return a cơ sở's registration, then acknowledge
// or honour the completed project. Only Khối staff (project.review), one step at a time.
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { reviewsOwnProject } from "@/lib/domain/project-rules";
import { projectAcknowledgeInput, projectApproveInput, projectHonourInput, projectReturnInput } from "@/lib/validation/projects";
import type { z } from "zod";
import { AppError } from "./errors";
import { assertStep, findProject, moveProject, notifyCoSo } from "./project-steps";

export const SELF_APPROVAL_REFUSED = "Người đăng ký công trình không thể tự duyệt công trình của mình";

/** The project, when the viewer may review it and it is not their own (SECURITY.md #22). */
async function projectToReview(viewer: Viewer, id: string) {
  const p = await findProject(viewer, "project.review", id);
  if (reviewsOwnProject(viewer, p, p.createdById === viewer.userId)) throw new AppError("FORBIDDEN", SELF_APPROVAL_REFUSED);
  return p;
}

export async function approveProject(viewer: Viewer, raw: z.input<typeof projectApproveInput>) {
  const input = projectApproveInput.parse(raw);
  const p = await projectToReview(viewer, input.id);
  assertStep("approve", p, input.version);
  await db().$transaction(async (tx) => {
    await moveProject(tx, p, { version: input.version, to: "APPROVED", actorId: viewer.userId, comment: input.comment, data: { reviewComment: input.comment, reviewedById: viewer.userId } });
    await notifyCoSo(tx, p, "Công trình đã được duyệt");
  });
  return { id: p.id };
}

export async function returnProject(viewer: Viewer, raw: z.input<typeof projectReturnInput>) {
  const input = projectReturnInput.parse(raw);
  const p = await projectToReview(viewer, input.id);
  assertStep("return", p, input.version);
  await db().$transaction(async (tx) => {
    await moveProject(tx, p, { version: input.version, to: "RETURNED", actorId: viewer.userId, comment: input.comment, data: { reviewComment: input.comment, reviewedById: viewer.userId } });
    await notifyCoSo(tx, p, "Công trình bị trả lại, cần sửa");
  });
  return { id: p.id };
}

export async function acknowledgeProject(viewer: Viewer, raw: z.input<typeof projectAcknowledgeInput>) {
  const input = projectAcknowledgeInput.parse(raw);
  const p = await projectToReview(viewer, input.id);
  assertStep("acknowledge", p, input.version);
  await db().$transaction((tx) =>
    moveProject(tx, p, { version: input.version, to: "ACKNOWLEDGED", actorId: viewer.userId, comment: input.comment, data: { reviewComment: input.comment, reviewedById: viewer.userId } }),
  );
  return { id: p.id };
}

export async function honourProject(viewer: Viewer, raw: z.input<typeof projectHonourInput>) {
  const input = projectHonourInput.parse(raw);
  const p = await projectToReview(viewer, input.id);
  assertStep("honour", p, input.version);
  await db().$transaction(async (tx) => {
    await moveProject(tx, p, { version: input.version, to: "HONOURED", actorId: viewer.userId, comment: input.comment, data: { reviewComment: input.comment, reviewedById: viewer.userId } });
    await notifyCoSo(tx, p, "Công trình được tuyên dương");
  });
  return { id: p.id };
}
