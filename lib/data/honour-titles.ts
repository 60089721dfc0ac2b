import "server-only";
// Danh hiệu: the titles a Khối awards or proposes upward, each with its tiêu chí. Khối staff keep
// them; everyone in the Khối reads them (a member sees what a title asks before aiming at it). A
// title is archived, never deleted: rounds and honours name it.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { khoiIdsFor, honourTitleScope, planReadScope, type Viewer } from "@/lib/authz";
import { PILLARS_2009 } from "@/lib/domain/plan-model";
import { METRIC_LABELS, type Criterion, type CriterionMetric } from "@/lib/domain/honour-criteria";
import type { titleArchiveInput, titleCreateInput, titleUpdateInput } from "@/lib/validation/honours";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, forbidden, notFound } from "./errors";

const titleSelect = {
  id: true,
  khoiId: true,
  name: true,
  subject: true,
  level: true,
  description: true,
  active: true,
  version: true,
  updatedAt: true,
  criteria: {
    select: { id: true, position: true, pillar: true, wording: true, source: true, metric: true, threshold: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.HonourTitleSelect;

export type HonourTitleDto = Prisma.HonourTitleGetPayload<{ select: typeof titleSelect }>;

/** Titles in the viewer's Khối, active ones first, then by level and name. */
export async function listTitles(viewer: Viewer, opts: { includeArchived?: boolean } = {}) {
  return db().honourTitle.findMany({
    where: { AND: [honourTitleScope(viewer, "honour.read"), opts.includeArchived ? {} : { active: true }] },
    select: titleSelect,
    orderBy: [{ active: "desc" }, { level: "asc" }, { name: "asc" }],
    take: 200,
  });
}

export async function getTitle(viewer: Viewer, id: string) {
  const title = await db().honourTitle.findFirst({
    where: { AND: [honourTitleScope(viewer, "honour.read"), { id }] },
    select: titleSelect,
  });
  if (!title) throw notFound("danh hiệu");
  return title;
}

/** A stored criterion as the rules read it (lib/domain/honour-criteria.ts). */
export function criterionOf(c: HonourTitleDto["criteria"][number]): Criterion {
  return c.source === "COMPUTED" && c.metric && c.threshold !== null
    ? { id: c.id, source: "COMPUTED", wording: c.wording, metric: c.metric as CriterionMetric, threshold: c.threshold }
    : { id: c.id, source: "TYPED", wording: c.wording };
}

/** The Khối whose honours the viewer runs: their Khối grants holding honour.manage. */
export function managedKhoiIds(viewer: Viewer): string[] {
  return khoiIdsFor(viewer, "honour.manage");
}

function managedKhoiId(viewer: Viewer) {
  const [khoiId] = managedKhoiIds(viewer);
  if (!khoiId) throw forbidden();
  return khoiId;
}

type TitleFields = z.output<typeof titleCreateInput>;

const criteriaRows = (khoiId: string, titleId: string, criteria: TitleFields["criteria"]) =>
  criteria.map((c, position) => ({ khoiId, titleId, position, ...c }));

/** What the audit row shows of a title: its fields and its criteria in words. */
const auditView = (t: Pick<TitleFields, "name" | "subject" | "level" | "description" | "criteria">) => ({
  name: t.name,
  // Not "subject": the log reads that as a document's trích yếu.
  awardedTo: t.subject,
  level: t.level,
  description: t.description,
  criteria: t.criteria.map((c) =>
    c.source === "COMPUTED" && c.metric ? `${c.wording} (${METRIC_LABELS[c.metric]} ≥ ${c.threshold})` : c.wording,
  ),
});

export async function createTitle(viewer: Viewer, input: z.output<typeof titleCreateInput>) {
  const khoiId = managedKhoiId(viewer);
  const made = () => db().honourTitle.findFirst({ where: { khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      const { criteria, requestKey, ...fields } = input;
      await tx.honourTitle.create({ data: { id, khoiId, ...fields, requestKey, createdById: viewer.userId } });
      await tx.honourCriterion.createMany({ data: criteriaRows(khoiId, id, criteria) });
      await recordAudit(
        {
          khoiId,
          actorId: viewer.userId,
          action: "honour.title.create",
          targetType: "HonourTitle",
          targetId: id,
          after: auditView(input),
        },
        tx,
      );
    });
    return { id };
  });
}

async function findManaged(viewer: Viewer, id: string) {
  const title = await db().honourTitle.findFirst({
    where: { AND: [honourTitleScope(viewer, "honour.manage"), { id }] },
    select: { id: true, khoiId: true },
  });
  if (!title) throw notFound("danh hiệu");
  return title;
}

/**
 * Replaces the title's fields and criteria. A round copies the criteria when it opens, so an edit
 * changes what later rounds ask, never a round already running.
 */
export async function updateTitle(viewer: Viewer, input: z.output<typeof titleUpdateInput>) {
  const title = await findManaged(viewer, input.id);
  const { criteria, id: _id, version, ...fields } = input;
  await db().$transaction(async (tx) => {
    const before = await tx.honourTitle.findFirst({
      where: { id: title.id, khoiId: title.khoiId, version },
      select: titleSelect,
    });
    const { count } = await tx.honourTitle.updateMany({
      where: { id: title.id, khoiId: title.khoiId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await tx.honourCriterion.deleteMany({ where: { titleId: title.id, khoiId: title.khoiId } });
    await tx.honourCriterion.createMany({ data: criteriaRows(title.khoiId, title.id, criteria) });
    await recordChange(
      {
        khoiId: title.khoiId,
        actorId: viewer.userId,
        action: "honour.title.update",
        targetType: "HonourTitle",
        targetId: title.id,
      },
      auditView({ ...before, criteria: before.criteria.map((c) => ({ ...c, metric: c.metric as CriterionMetric | null })) }),
      auditView(input),
      tx,
    );
  });
}

/** Lưu trữ (or bring back): an archived title is offered to no new round. */
export async function archiveTitle(viewer: Viewer, input: z.output<typeof titleArchiveInput>) {
  const title = await findManaged(viewer, input.id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.honourTitle.updateMany({
      where: { id: title.id, khoiId: title.khoiId, version: input.version, active: !input.active },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordAudit(
      {
        khoiId: title.khoiId,
        actorId: viewer.userId,
        action: input.active ? "honour.title.restore" : "honour.title.archive",
        targetType: "HonourTitle",
        targetId: title.id,
        before: { active: !input.active },
        after: { active: input.active },
      },
      tx,
    );
  });
}

/** The pillars criteria are grouped by: those of the Khối's newest plan in force, or the movement's own. */
export async function honourPillars(viewer: Viewer): Promise<string[]> {
  const plan = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { coSoId: null, status: "PUBLISHED" }] },
    select: { pillars: true },
    orderBy: [{ startYear: "desc" }, { publishedAt: "desc" }],
  });
  return plan?.pillars.length ? plan.pillars : PILLARS_2009;
}
