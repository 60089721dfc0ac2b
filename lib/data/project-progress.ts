import "server-only";
import type { z } from "zod";
// While a project is under way its unit posts progress updates; at the end it sends the
// completion report (results in words and numbers), which the Khối then acknowledges or honours.
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { projectCompleteInput, projectProgressInput } from "@/lib/validation/projects";
import { recordAudit } from "./audit";
import { invalid } from "./errors";
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
        const count =
          input.percent === null
            ? await tx.youthProject.count({ where: underWay })
            : (await tx.youthProject.updateMany({ where: underWay, data: { progress: input.percent } })).count;
        if (count === 0) throw invalid({}, "Chỉ cập nhật tiến độ khi công trình đang thực hiện");
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
