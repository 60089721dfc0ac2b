import "server-only";
// Một buổi kiểm tra: the team records, item by item, what it found at the cơ sở (đạt / chưa đạt /
// không áp dụng, a note), helped by what the portal's own data already says of the cơ sở; when
// every item is answered the visit is made (Đã kiểm tra) and counts for the round's indicator.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, inspectionVisitScope, khoiIdsFor, recommendationScope, type Viewer } from "@/lib/authz";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import {
  deadlineState,
  suggestedRating,
  type DraftRecommendation,
  type PortalCheck,
  type Suggestion,
} from "@/lib/domain/inspections";
import type { visitAnswerInput, visitRefInput } from "@/lib/validation/inspections";
import { recordChange } from "./audit";
import { CONCLUSION_FIELDS } from "./inspection-conclusions";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { evidenceOf } from "./evidence";
import { planProgress } from "./indicator-rollup";
import { COUNTED_PROJECT_STATUSES } from "./rollup-counts";
import { recordStatusChange, timelineOf } from "./status-changes";

type Tx = Prisma.TransactionClient;

/** One visit as the viewer may see it: its round, checklist, answers, suggestions and files. */
export async function getVisit(viewer: Viewer, id: string) {
  const visit = await db().inspectionVisit.findFirst({
    where: { AND: [inspectionVisitScope(viewer, "inspection.read"), { id }] },
    select: {
      id: true,
      khoiId: true,
      coSoId: true,
      visitOn: true,
      status: true,
      version: true,
      coSo: { select: { name: true } },
      round: {
        select: {
          id: true,
          name: true,
          status: true,
          planId: true,
          plan: { select: { pillars: true, seriesId: true } },
          items: {
            select: { id: true, position: true, pillar: true, wording: true, source: true, indicatorId: true, portalCheck: true },
            orderBy: { position: "asc" },
          },
        },
      },
      answers: { select: { id: true, itemId: true, result: true, note: true, version: true, updatedAt: true } },
    },
  });
  if (!visit) throw notFound("buổi kiểm tra");
  const manages = khoiIdsFor(viewer, "inspection.manage").includes(visit.khoiId);
  const [suggestions, files, conclusions, recommendations] = await Promise.all([
    // Today's data speaks for a visit still being made, not for one concluded long ago.
    visit.status === "SCHEDULED" || visit.status === "VISITED"
      ? suggestionsFor(viewer, visit)
      : ({} as Record<string, Suggestion>),
    evidenceOf(viewer, visit.khoiId, "InspectionVisit", [visit.id]),
    db().inspectionConclusion.findMany({
      // A draft is the team's; the cơ sở reads what was issued, corrections and all.
      where: { visitId: visit.id, khoiId: visit.khoiId, ...(manages ? {} : { status: { not: "DRAFT" } }) },
      select: { ...CONCLUSION_FIELDS, version: true },
      orderBy: { revision: "desc" },
    }),
    db().inspectionRecommendation.findMany({
      where: { AND: [recommendationScope(viewer, "inspection.read"), { visitId: visit.id }] },
      select: {
        id: true,
        position: true,
        text: true,
        dueOn: true,
        status: true,
        response: true,
        respondedAt: true,
        reviewNote: true,
        version: true,
      },
      orderBy: { position: "asc" },
    }),
  ]);
  // Until the conclusion is issued the findings, minutes and photos are the team's: the cơ sở
  // gets no answer and lists only the files it sent itself. Issued, it reads them all.
  const open = manages || visit.status === "CONCLUDED";
  const answers = open ? visit.answers : [];
  const shown = open ? files : files.filter((f) => f.uploadedById === viewer.userId);
  const today = todayInVietnam();
  const recIds = recommendations.map((r) => r.id);
  const [timeline, recFiles] = recIds.length
    ? await Promise.all([
        timelineOf(viewer, visit.khoiId, "InspectionRecommendation", recIds),
        evidenceOf(viewer, visit.khoiId, "InspectionRecommendation", recIds),
      ])
    : [[], []];
  return {
    ...visit,
    answers,
    manages,
    // The cơ sở's own secretary answers its recommendations (a grant at that cơ sở, not the Khối).
    responds: grantsFor(viewer, "inspection.respond").some((g) => g.unitKind === "CO_SO" && g.unitId === visit.coSoId),
    suggestions,
    files: shown,
    recordable: recordable(visit) === null,
    conclusions: conclusions.map((c) => ({
      ...c,
      recommendations: c.recommendations as DraftRecommendation[],
    })),
    recommendations: recommendations.map((r) => ({
      ...r,
      state: deadlineState(r, today),
      timeline: timeline.filter((t) => t.entityId === r.id),
      files: recFiles.filter((f) => f.ownerId === r.id),
    })),
    rating: suggestedRating(
      answers.map((a) => ({
        result: a.result,
        indicator: visit.round.items.some((i) => i.id === a.itemId && i.source === "INDICATOR"),
      })),
    ),
  };
}
export type VisitDto = Awaited<ReturnType<typeof getVisit>>;

/** Why the findings of a visit cannot be recorded now, or null when they can. */
function recordable(visit: { status: string; visitOn: Date; round: { status: string } }): string | null {
  if (visit.round.status === "CLOSED") return "Đợt kiểm tra đã kết thúc";
  if (visit.status === "CANCELLED") return "Buổi kiểm tra đã hủy";
  if (visit.status === "CONCLUDED") return "Buổi kiểm tra đã có kết luận: kết quả được giữ nguyên";
  if (visit.visitOn.getTime() > todayInVietnam().getTime())
    return `Chưa đến ngày kiểm tra (${formatVietnameseDate(visit.visitOn)}): ghi kết quả trong hoặc sau buổi kiểm tra`;
  return null;
}

/**
 * What the portal's own data says of each item for this cơ sở: its plan issued on the basis of
 * the round's plan, its reports of the plan's periods already due (all on time or not), a youth
 * project of the plan approved (or a Khối project joined), and for an indicator item the cơ sở's
 * live figure against its target. Items the data cannot speak for have none.
 */
async function suggestionsFor(
  viewer: Viewer,
  visit: {
    khoiId: string;
    coSoId: string;
    round: {
      planId: string;
      plan: { seriesId: string };
      items: { id: string; indicatorId: string | null; portalCheck: string | null }[];
    };
  },
): Promise<Record<string, Suggestion>> {
  const { khoiId, coSoId } = visit;
  const planId = visit.round.planId;
  // Any revision of the Khối plan: a cơ sở plan or a period made under an earlier one still counts.
  const series = { seriesId: visit.round.plan.seriesId };
  const checks = new Set(visit.round.items.map((i) => i.portalCheck).filter(Boolean));
  const indicatorIds = visit.round.items.map((i) => i.indicatorId).filter((i): i is string => !!i);
  const today = todayInVietnam();
  const [plans, periods, projects, joins, progress] = await Promise.all([
    checks.has("CO_SO_PLAN")
      ? db().plan.findMany({
          where: { khoiId, coSoId, basisPlan: series, status: { in: ["PUBLISHED", "SUPERSEDED"] } },
          select: { number: true },
          orderBy: [{ status: "asc" }, { revision: "desc" }],
          take: 1,
        })
      : [],
    checks.has("REPORTS_ON_TIME")
      ? db().reportPeriod.findMany({
          where: { khoiId, plan: series, dueOn: { lt: today } },
          select: {
            title: true,
            reports: {
              where: { coSoId, submittedAt: { not: null } },
              select: { late: true },
              orderBy: { revision: "asc" },
              take: 1,
            },
          },
        })
      : [],
    checks.has("PROJECT_REGISTERED")
      ? db().youthProject.count({ where: { khoiId, coSoId, plan: series, status: { in: COUNTED_PROJECT_STATUSES } } })
      : 0,
    checks.has("PROJECT_REGISTERED")
      ? db().projectJoin.count({
          where: { khoiId, coSoId, active: true, project: { plan: series, status: { in: COUNTED_PROJECT_STATUSES } } },
        })
      : 0,
    indicatorIds.length ? planProgress(viewer, planId, { coSoId, indicatorIds }) : null,
  ]);
  const portal: Partial<Record<PortalCheck, Suggestion>> = {
    CO_SO_PLAN: plans.length
      ? { result: "MET", why: `Cơ sở đã ban hành kế hoạch${plans[0].number ? ` số ${plans[0].number}` : ""} trên cổng` }
      : { result: "NOT_MET", why: "Cổng chưa có kế hoạch của cơ sở theo kế hoạch này" },
    PROJECT_REGISTERED:
      projects + joins > 0
        ? { result: "MET", why: `${projects + joins} công trình, phần việc được duyệt hoặc tham gia trên cổng` }
        : { result: "NOT_MET", why: "Cổng chưa có công trình, phần việc nào của cơ sở được duyệt" },
  };
  if (periods.length) {
    const missed = periods.filter((p) => !p.reports.length || p.reports[0].late);
    portal.REPORTS_ON_TIME = missed.length
      ? { result: "NOT_MET", why: `Chưa gửi hoặc gửi trễ: ${missed.map((p) => p.title).join("; ")}` }
      : { result: "MET", why: `Gửi đúng hạn ${periods.length} báo cáo đã đến hạn` };
  }
  // The cơ sở's own row only: a Khối-wide total says nothing of one cơ sở.
  const figures = new Map(
    (progress?.indicators ?? []).flatMap((i) => {
      const row = i.coSo.find((c) => c.coSoId === coSoId);
      return row ? [[i.id, row] as const] : [];
    }),
  );
  const out: Record<string, Suggestion> = {};
  for (const item of visit.round.items) {
    const check = item.portalCheck as PortalCheck | null;
    if (check && portal[check]) out[item.id] = portal[check]!;
    const figure = item.indicatorId ? figures.get(item.indicatorId) : undefined;
    if (figure && figure.value !== null)
      out[item.id] = {
        result: figure.status === "MET" || figure.status === "EXCEEDED" ? "MET" : "NOT_MET",
        why: `Số liệu trên cổng: ${figure.value} / chỉ tiêu ${figure.target}`,
      };
  }
  return out;
}

/** A visit whose findings the viewer may record now, under the round's lock (else refused). */
async function lockedVisit(tx: Tx, viewer: Viewer, id: string) {
  const visit = await tx.inspectionVisit.findFirst({
    where: { AND: [inspectionVisitScope(viewer, "inspection.manage"), { id }] },
    select: { id: true, khoiId: true, roundId: true },
  });
  if (!visit) throw notFound("buổi kiểm tra");
  // The round's lock: a checklist edit or a closing at the same moment waits for this answer.
  await tx.$queryRaw`SELECT "id" FROM "InspectionRound" WHERE "id" = ${visit.roundId} AND "khoiId" = ${visit.khoiId} FOR UPDATE`;
  const now = await tx.inspectionVisit.findFirstOrThrow({
    where: { id: visit.id, khoiId: visit.khoiId },
    select: {
      id: true,
      khoiId: true,
      roundId: true,
      status: true,
      version: true,
      visitOn: true,
      round: { select: { status: true } },
    },
  });
  const why = recordable(now);
  if (why) throw invalid({}, why);
  return now;
}

/**
 * Saves one item's finding. The first answer to an item is created (a second inspector creating
 * it at the same moment conflicts on the unique item); a change carries the version it was read at.
 */
export async function saveVisitAnswer(viewer: Viewer, input: z.output<typeof visitAnswerInput>) {
  try {
    return await db().$transaction(async (tx) => {
      const visit = await lockedVisit(tx, viewer, input.visitId);
      const item = await tx.checklistItem.findFirst({
        where: { id: input.itemId, roundId: visit.roundId, khoiId: visit.khoiId },
        select: { id: true, wording: true },
      });
      if (!item) throw notFound("nội dung kiểm tra");
      const before = await tx.visitAnswer.findFirst({
        where: { visitId: visit.id, itemId: item.id, khoiId: visit.khoiId },
        select: { id: true, result: true, note: true, version: true },
      });
      if (input.version === null) {
        if (before) throw conflict();
        const row = await tx.visitAnswer.create({
          data: {
            khoiId: visit.khoiId,
            visitId: visit.id,
            itemId: item.id,
            result: input.result,
            note: input.note,
            updatedById: viewer.userId,
          },
          select: { id: true, version: true },
        });
        await audit(tx, viewer, visit, item, null, input);
        return row;
      }
      if (!before || before.version !== input.version) throw conflict();
      const { count } = await tx.visitAnswer.updateMany({
        where: { id: before.id, khoiId: visit.khoiId, version: input.version },
        data: { result: input.result, note: input.note, updatedById: viewer.userId, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await audit(tx, viewer, visit, item, before, input);
      return { id: before.id, version: input.version + 1 };
    });
  } catch (error) {
    // Another inspector gave this item its first answer a moment before.
    if (isUniqueViolation(error, "itemId")) throw conflict();
    throw error;
  }
}

const audit = (
  tx: Tx,
  viewer: Viewer,
  visit: { id: string; khoiId: string },
  item: { id: string; wording: string },
  before: { result: string; note: string | null } | null,
  after: { result: string; note: string | null },
) =>
  recordChange(
    {
      khoiId: visit.khoiId,
      actorId: viewer.userId,
      action: "inspection.answer",
      targetType: "InspectionVisit",
      targetId: visit.id,
    },
    before ? { item: item.wording, result: before.result, note: before.note } : null,
    { item: item.wording, result: after.result, note: after.note },
    tx,
  );

/** Every item answered: the visit is made (SCHEDULED → VISITED) and counts as inspected. */
export async function finishVisit(viewer: Viewer, input: z.output<typeof visitRefInput>) {
  await db().$transaction(async (tx) => {
    const visit = await lockedVisit(tx, viewer, input.id);
    if (visit.status !== "SCHEDULED") throw invalid({}, "Buổi kiểm tra đã được ghi nhận");
    const [items, answered] = await Promise.all([
      tx.checklistItem.count({ where: { roundId: visit.roundId, khoiId: visit.khoiId } }),
      tx.visitAnswer.count({ where: { visitId: visit.id, khoiId: visit.khoiId } }),
    ]);
    if (answered < items) throw invalid({}, `Còn ${items - answered} nội dung chưa ghi kết quả`);
    const { count } = await tx.inspectionVisit.updateMany({
      where: { id: visit.id, khoiId: visit.khoiId, version: input.version, status: "SCHEDULED" },
      data: { status: "VISITED", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: visit.khoiId,
        entityType: "InspectionVisit",
        entityId: visit.id,
        fromStatus: "SCHEDULED",
        toStatus: "VISITED",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}
