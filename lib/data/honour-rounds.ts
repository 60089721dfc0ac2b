import "server-only";
// Đợt xét chọn: Khối staff open a round for some of the Khối's titles under a published Khối
// plan, with a deadline, a quota per cơ sở and the honour indicators it feeds; the cơ sở are told.
// The round copies each title's criteria as they are when it opens, so a later edit of a title
// never changes what a running round asks. Nominations live in nominations.ts.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { honourRoundScope, type Viewer } from "@/lib/authz";
import type { roundOpenInput, roundRefInput } from "@/lib/validation/honours";
import { createOnce } from "./create-once";
import { conflict, forbidden, invalid, notFound } from "./errors";
import { criterionOf, managedKhoiIds } from "./honour-titles";
import { notifyUnits } from "./notifications";
import { recordStatusChange, timelineOf } from "./status-changes";

export const roundLink = (id: string) => `/khen-thuong/${id}`;

const roundSelect = {
  id: true,
  khoiId: true,
  planId: true,
  name: true,
  year: true,
  periodFrom: true,
  periodTo: true,
  dueOn: true,
  quotaPerCoSo: true,
  status: true,
  note: true,
  version: true,
  plan: {
    select: {
      id: true,
      kind: true,
      number: true,
      subject: true,
      startYear: true,
      signOnBehalf: true,
      signTitle: true,
      signName: true,
    },
  },
  titles: { select: { titleId: true, criteria: true, title: { select: { name: true, subject: true, level: true } } } },
  indicators: { select: { indicator: { select: { id: true, code: true, wording: true } } } },
} satisfies Prisma.HonourRoundSelect;

export async function listRounds(viewer: Viewer) {
  return db().honourRound.findMany({
    where: honourRoundScope(viewer, "honour.read"),
    select: { ...roundSelect, _count: { select: { nominations: { where: { status: "SUBMITTED" } } } } },
    orderBy: [{ year: "desc" }, { dueOn: "desc" }],
    take: 200,
  });
}

export async function getRound(viewer: Viewer, id: string) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.read"), { id }] },
    select: roundSelect,
  });
  if (!round) throw notFound("đợt xét chọn");
  const timeline = await timelineOf(viewer, round.khoiId, "HonourRound", [round.id]);
  return { ...round, timeline };
}
export type RoundDto = Awaited<ReturnType<typeof getRound>>;

/** The Khối plans a round may be opened under, with their honour indicators. */
export async function plansForRounds(viewer: Viewer) {
  const khoiIds = managedKhoiIds(viewer);
  return db().plan.findMany({
    where: { khoiId: { in: khoiIds }, coSoId: null, status: "PUBLISHED" },
    select: {
      id: true,
      kind: true,
      number: true,
      subject: true,
      startYear: true,
      endYear: true,
      indicators: {
        where: { recordKind: "HONOUR" },
        select: { id: true, code: true, wording: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
}

export async function openRound(viewer: Viewer, input: z.output<typeof roundOpenInput>) {
  const khoiIds = managedKhoiIds(viewer);
  if (!khoiIds.length) throw forbidden();
  const plan = await db().plan.findFirst({
    where: { id: input.planId, khoiId: { in: khoiIds }, coSoId: null, status: "PUBLISHED" },
    select: { id: true, khoiId: true, startYear: true },
  });
  if (!plan) throw invalid({ planId: "Không tìm thấy kế hoạch đã ban hành của Đoàn Khối" });
  const titleIds = [...new Set(input.titleIds)];
  const titles = await db().honourTitle.findMany({
    where: { id: { in: titleIds }, khoiId: plan.khoiId, active: true },
    select: {
      id: true,
      criteria: {
        select: { id: true, position: true, pillar: true, wording: true, source: true, metric: true, threshold: true },
        orderBy: { position: "asc" },
      },
    },
  });
  if (titles.length !== titleIds.length) throw invalid({ titleIds: "Danh hiệu không thuộc Đoàn Khối hoặc đã lưu trữ" });
  const indicatorIds = [...new Set(input.indicatorIds)];
  const indicators = await db().indicator.count({
    where: { id: { in: indicatorIds }, planId: plan.id, khoiId: plan.khoiId, recordKind: "HONOUR" },
  });
  if (indicators !== indicatorIds.length)
    throw invalid({ indicatorIds: "Chỉ tiêu không phải chỉ tiêu tuyên dương của kế hoạch đã chọn" });
  const made = () =>
    db().honourRound.findFirst({ where: { khoiId: plan.khoiId, requestKey: input.requestKey }, select: { id: true } });
  return createOnce(made, async () => {
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      await tx.honourRound.create({
        data: {
          id,
          khoiId: plan.khoiId,
          planId: plan.id,
          name: input.name,
          year: input.periodTo.getUTCFullYear(),
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          dueOn: input.dueOn,
          quotaPerCoSo: input.quotaPerCoSo,
          note: input.note,
          requestKey: input.requestKey,
          createdById: viewer.userId,
          titles: {
            create: titles.map((t) => ({
              titleId: t.id,
              criteria: t.criteria.map((c) => ({ ...criterionOf(c), pillar: c.pillar })) as Prisma.InputJsonArray,
            })),
          },
          indicators: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
        },
      });
      await recordStatusChange(
        {
          khoiId: plan.khoiId,
          entityType: "HonourRound",
          entityId: id,
          fromStatus: null,
          toStatus: "OPEN",
          actorId: viewer.userId,
        },
        tx,
        { name: input.name, dueOn: input.dueOn, quotaPerCoSo: input.quotaPerCoSo, titleIds, indicatorIds },
      );
      await notifyUnits(tx, plan.khoiId, "all-co-so", ["CO_SO_SECRETARY"], {
        kind: "opened",
        title: `Đợt xét chọn mới: ${input.name}`,
        link: roundLink(id),
      });
    });
    return { id };
  });
}

/** Closes nominations and hands the round to the council (OPEN → VOTING). */
export async function closeNominations(viewer: Viewer, input: z.output<typeof roundRefInput>) {
  const round = await db().honourRound.findFirst({
    where: { AND: [honourRoundScope(viewer, "honour.manage"), { id: input.id }] },
    select: { id: true, khoiId: true, status: true },
  });
  if (!round) throw notFound("đợt xét chọn");
  if (round.status !== "OPEN") throw invalid({}, "Đợt xét chọn đã ngừng nhận đề xuất");
  await db().$transaction(async (tx) => {
    const { count } = await tx.honourRound.updateMany({
      where: { id: round.id, khoiId: round.khoiId, version: input.version, status: "OPEN" },
      data: { status: "VOTING", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: round.khoiId,
        entityType: "HonourRound",
        entityId: round.id,
        fromStatus: "OPEN",
        toStatus: "VOTING",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}
