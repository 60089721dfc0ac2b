import "server-only";
import type { z } from "zod";
// While a project is under way its unit posts progress updates; at the end it sends the
// completion report (results in words and numbers), which the Khối then acknowledges or honours.
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { projectCompleteInput, projectProgressInput } from "@/lib/validation/projects";
import { recordAudit } from "./audit";
import { backwardMessage, goesBack } from "@/lib/domain/project-progress";
import { STEP_REFUSED } from "@/lib/domain/project-rules";
import { conflict, invalid } from "./errors";
import { createOnce } from "./create-once";
import { assertStep, findProject, moveProject, notifyKhoi } from "./project-steps";

async function findUpdate(khoiId: string, projectId: string, requestKey: string) {
  return db().projectUpdate.findFirst({ where: { khoiId, projectId, requestKey }, select: { id: true } });
}

/** A progress update; the same form sent twice (double click, retry) makes one update. */
export async function postProjectUpdate(viewer: Viewer, input: z.output<typeof projectProgressInput>) {
  const p = await findProject(viewer, "project.register", input.projectId);
  assertStep("postUpdate", p);
  return createOnce(
    () => findUpdate(p.khoiId, p.id, input.requestKey),
    () =>
      db().$transaction(async (tx) => {
        // Re-checked inside the transaction: a project completed meanwhile takes no more updates.
        const underWay = { id: p.id, khoiId: p.khoiId, status: "APPROVED" as const };
        const current = await tx.youthProject.findFirst({ where: underWay, select: { progress: true } });
        if (!current) throw invalid({}, STEP_REFUSED.postUpdate);
        const back = goesBack(current.progress, input.percent);
        if (back && !input.confirmBackward) {
          throw invalid({
            percent: backwardMessage(current.progress),
            confirmBackward: "Đánh dấu ô này nếu tiến độ thực sự giảm",
          });
        }
        if (input.percent !== null) {
          // Only from the percent just checked: an update posted meanwhile is a conflict, not
          // a step back that nobody confirmed.
          const { count } = await tx.youthProject.updateMany({
            where: { id: p.id, khoiId: p.khoiId, status: "APPROVED", progress: current.progress },
            data: { progress: input.percent },
          });
          if (count === 0) throw conflict();
        }
        const update = await tx.projectUpdate.create({
          data: {
            khoiId: p.khoiId,
            projectId: p.id,
            body: input.body,
            progress: input.percent,
            authorId: viewer.userId,
            requestKey: input.requestKey,
          },
          select: { id: true },
        });
        await recordAudit(
          {
            khoiId: p.khoiId,
            actorId: viewer.userId,
            action: "project.progress",
            targetType: "YouthProject",
            targetId: p.id,
            // A confirmed step back keeps the percent it went down from in the log.
            ...(back ? { before: { progress: current.progress } } : {}),
            after: { updateId: update.id, progress: input.percent },
          },
          tx,
        );
        return update;
      }),
  );
}

/** The completion report: APPROVED → COMPLETED, then it waits for the Khối's acknowledgement. */
export async function completeProject(viewer: Viewer, input: z.output<typeof projectCompleteInput>) {
  const p = await findProject(viewer, "project.register", input.id);
  assertStep("complete", p, input.version);
  await db().$transaction(async (tx) => {
    await moveProject(tx, p, {
      version: input.version,
      to: "COMPLETED",
      actorId: viewer.userId,
      data: {
        resultText: input.resultText,
        beneficiaries: input.beneficiaries,
        resultAmount: input.resultAmount,
        completedAt: new Date(),
        progress: 100,
      },
    });
    await notifyKhoi(tx, p, "Công trình báo cáo hoàn thành");
  });
  return { id: p.id };
}
