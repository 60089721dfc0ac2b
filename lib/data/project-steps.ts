import "server-only";
// Shared pieces of every youth-project write: finding the project inside the viewer's scope,
// moving it one step of the workflow (version-checked, with its StatusChange in the same
// transaction) and telling the other side.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { projectScope, type Viewer } from "@/lib/authz";
import { levelOf, stepAllowed, STEP_REFUSED, type ProjectStep } from "@/lib/domain/project-rules";
import { conflict, invalid, notFound } from "./errors";
import type { NoticeKind } from "@/lib/domain/notice-kinds";
import { notifyUnits } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

const projectKeySelect = {
  id: true,
  khoiId: true,
  unitId: true,
  coSoId: true,
  planId: true,
  status: true,
  name: true,
  createdById: true,
  version: true,
} satisfies Prisma.YouthProjectSelect;
export type ProjectKey = Prisma.YouthProjectGetPayload<{ select: typeof projectKeySelect }>;

/**
 * The project, if the viewer's scope for `action` reaches it (register: the unit's own; review:
 * the Khối's). Anything else — another cơ sở's, another tenant's, a withdrawn one — is "not found".
 */
export async function findProject(
  viewer: Viewer,
  action: "project.read" | "project.register" | "project.review",
  id: string,
): Promise<ProjectKey> {
  const p = await db().youthProject.findFirst({
    where: { AND: [projectScope(viewer, action), { id }] },
    select: projectKeySelect,
  });
  if (!p) throw notFound("công trình");
  return p;
}

/**
 * Refuses a step the project's status (and level) does not allow: no skipped steps. A form read
 * before someone else changed the project is a conflict first, whatever the step.
 */
export function assertStep(
  step: ProjectStep,
  p: { coSoId: string | null; status: ProjectStatus; version: number },
  version?: number,
) {
  if (version !== undefined && version !== p.version) throw conflict();
  if (!stepAllowed(step, p)) throw invalid({}, STEP_REFUSED[step]);
}

/**
 * Moves the project to `to` if nobody changed it since the viewer read `version`; the second of
 * two concurrent saves finds no row and is refused as a conflict (SECURITY.md #24).
 */
export async function moveProject(
  tx: Tx,
  p: ProjectKey,
  change: {
    version: number;
    to: ProjectStatus;
    actorId: string;
    comment?: string | null;
    data?: Prisma.YouthProjectUpdateManyMutationInput;
  },
) {
  const { count } = await tx.youthProject.updateMany({
    where: { id: p.id, khoiId: p.khoiId, version: change.version, status: p.status },
    data: { ...change.data, status: change.to, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await recordStatusChange(
    {
      khoiId: p.khoiId,
      entityType: "YouthProject",
      entityId: p.id,
      fromStatus: p.status,
      toStatus: change.to,
      actorId: change.actorId,
      comment: change.comment ?? null,
    },
    tx,
  );
}

const link = (id: string) => `/cong-trinh/${id}`;

/** Khối staff hear when a cơ sở submits, resubmits or reports completion, and which cơ sở did. */
export async function notifyKhoi(tx: Tx, p: { id: string; khoiId: string; coSoId: string | null; name: string }, what: string) {
  if (levelOf(p) !== "CO_SO") return;
  const coSo = await tx.unit.findFirst({ where: { id: p.coSoId!, khoiId: p.khoiId }, select: { name: true } });
  await notifyUnits(tx, p.khoiId, [p.khoiId], ["KHOI_ADMIN", "KHOI_STAFF"], {
    kind: "submitted",
    title: `${what}: ${coSo ? `${coSo.name} – ` : ""}${p.name}`,
    link: link(p.id),
  });
}

/** The cơ sở secretaries hear when their project is approved, returned or honoured. */
export async function notifyCoSo(
  tx: Tx,
  p: { id: string; khoiId: string; coSoId: string | null; name: string },
  what: string,
  kind: NoticeKind,
) {
  if (!p.coSoId) return;
  await notifyUnits(tx, p.khoiId, [p.coSoId], ["CO_SO_SECRETARY"], { kind, title: `${what}: ${p.name}`, link: link(p.id) });
}
