import "server-only";
// Kết luận kiểm tra and kiến nghị: the team drafts a visit's conclusion and issues it (locked from
// then on; a correction is the next revision, with its reason, and the old one is kept); the
// recommendations it asks are followed one by one: the cơ sở reports its fix or disputes it, the
// Khối accepts or reopens, until every one is settled and the round can close.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inspectionVisitScope, recommendationScope, type Viewer } from "@/lib/authz";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import {
  AWAITING_REVIEW_STATUSES,
  deadlineState,
  OWED_RECOMMENDATION_STATUSES,
  RATING_LABELS,
  SETTLED_RECOMMENDATION_STATUSES,
  type DraftRecommendation,
  type RecommendationStatus,
} from "@/lib/domain/inspections";
import type { conclusionInput, recommendationResponseInput, recommendationReviewInput } from "@/lib/validation/inspections";
import { recordChange } from "./audit";
import { createOnce, REUSED_KEY } from "./create-once";
import { conflict, invalid, notFound } from "./errors";
import { lockRound, tellCoSo } from "./inspection-rounds";
import { notifyEach } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;

/** What a conclusion says, as its page and its document read it. */
export const CONCLUSION_FIELDS = {
  id: true,
  revision: true,
  status: true,
  number: true,
  rating: true,
  strengths: true,
  shortcomings: true,
  recommendations: true,
  correctionReason: true,
  issuedOn: true,
} as const satisfies Prisma.InspectionConclusionSelect;

export const visitLink = (roundId: string, visitId: string) => `/kiem-tra/${roundId}/buoi/${visitId}`;

/** The visit whose conclusion the viewer drafts, read again under the round's lock. */
async function lockedForConclusion(tx: Tx, viewer: Viewer, visitId: string) {
  const found = await tx.inspectionVisit.findFirst({
    where: { AND: [inspectionVisitScope(viewer, "inspection.manage"), { id: visitId }] },
    select: { id: true, khoiId: true, roundId: true },
  });
  if (!found) throw notFound("buổi kiểm tra");
  const round = await lockRound(tx, { id: found.roundId, khoiId: found.khoiId });
  const visit = await tx.inspectionVisit.findFirstOrThrow({
    where: { id: found.id, khoiId: found.khoiId },
    select: { id: true, khoiId: true, roundId: true, coSoId: true, status: true, version: true, visitOn: true },
  });
  if (visit.status === "SCHEDULED") throw invalid({}, "Ghi đủ kết quả và bấm Hoàn tất ghi nhận trước khi lập kết luận");
  if (visit.status === "CANCELLED") throw invalid({}, "Buổi kiểm tra đã hủy");
  return { ...visit, round };
}

type ConclusionOutput = z.output<typeof conclusionInput>;

/**
 * Saves the visit's draft conclusion, and with `issue` issues it. `version` null starts the next
 * revision (a double submit of the same form finds the first one by its key); else the draft read
 * is changed under its version, so two inspectors saving at once conflict instead of overwriting.
 */
export async function saveConclusion(viewer: Viewer, input: ConclusionOutput) {
  if (input.version !== null) return db().$transaction((tx) => writeConclusion(tx, viewer, input));
  const made = async () => {
    const row = await db().inspectionConclusion.findFirst({
      where: { requestKey: input.requestKey, visit: inspectionVisitScope(viewer, "inspection.manage") },
      select: { id: true, visitId: true, version: true },
    });
    if (row && row.visitId !== input.visitId) throw invalid({}, REUSED_KEY);
    return row ? { id: row.id, version: row.version } : null;
  };
  return createOnce(made, () => db().$transaction((tx) => writeConclusion(tx, viewer, input)));
}

async function writeConclusion(tx: Tx, viewer: Viewer, input: ConclusionOutput) {
  const visit = await lockedForConclusion(tx, viewer, input.visitId);
  const latest = await tx.inspectionConclusion.findFirst({
    where: { visitId: visit.id, khoiId: visit.khoiId },
    orderBy: { revision: "desc" },
    select: { id: true, revision: true, status: true, version: true, number: true, rating: true, recommendations: true },
  });
  await checkRecommendations(tx, visit, input.recommendations);
  const fields = {
    number: input.number,
    rating: input.rating,
    strengths: input.strengths,
    shortcomings: input.shortcomings,
    recommendations: input.recommendations.map((r): DraftRecommendation => ({
      recommendationId: r.recommendationId,
      text: r.text,
      dueOn: formatVietnameseDate(r.dueOn),
    })),
    correctionReason: input.correctionReason,
  };
  const audit = (before: Record<string, unknown> | null, after: Record<string, unknown>) =>
    recordChange(
      {
        khoiId: visit.khoiId,
        actorId: viewer.userId,
        action: "inspection.conclusion",
        targetType: "InspectionVisit",
        targetId: visit.id,
      },
      before,
      after,
      tx,
    );
  let draft: { id: string; revision: number; version: number };
  if (input.version === null) {
    // Another draft is open, or the form was opened on an issued conclusion since replaced (or
    // before the first was issued): it would write past what another inspector did meanwhile.
    if (latest?.status === "DRAFT") throw conflict();
    if ((latest?.id ?? null) !== input.basedOn) throw conflict();
    const revision = (latest?.revision ?? 0) + 1;
    draft = await tx.inspectionConclusion.create({
      data: {
        khoiId: visit.khoiId,
        visitId: visit.id,
        revision,
        ...fields,
        requestKey: input.requestKey,
        createdById: viewer.userId,
      },
      select: { id: true, revision: true, version: true },
    });
    await audit(null, { revision, ...summary(fields) });
  } else {
    if (latest?.status !== "DRAFT" || latest.version !== input.version) throw conflict();
    const { count } = await tx.inspectionConclusion.updateMany({
      where: { id: latest.id, khoiId: visit.khoiId, status: "DRAFT", version: input.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    draft = { id: latest.id, revision: latest.revision, version: input.version + 1 };
    await audit(
      { revision: latest.revision, number: latest.number, rating: latest.rating },
      { revision: latest.revision, ...summary(fields) },
    );
  }
  if (!input.issue) return { id: draft.id, version: draft.version };
  await issue(tx, viewer, visit, draft, input);
  return { id: draft.id, version: draft.version + 1 };
}

const summary = (f: { number: string | null; rating: string | null; recommendations: unknown[] }) => ({
  number: f.number,
  rating: f.rating,
  recommendations: f.recommendations.length,
});

/** Each recommendation has a deadline after the visit, and one kept by a correction is this visit's. */
async function checkRecommendations(
  tx: Tx,
  visit: { id: string; khoiId: string; visitOn: Date },
  lines: ConclusionOutput["recommendations"],
) {
  const errors: Record<string, string> = {};
  lines.forEach((r, i) => {
    if (r.dueOn.getTime() <= visit.visitOn.getTime())
      errors[`recommendations.${i}.dueOn`] = `Hạn thực hiện phải sau ngày kiểm tra (${formatVietnameseDate(visit.visitOn)})`;
  });
  const kept = lines.map((r) => r.recommendationId).filter((id): id is string => !!id);
  if (new Set(kept).size !== kept.length) throw invalid({}, "Một kiến nghị được giữ hai lần");
  if (kept.length) {
    const found = await tx.inspectionRecommendation.count({
      where: { id: { in: kept }, visitId: visit.id, khoiId: visit.khoiId },
    });
    if (found !== kept.length) throw notFound("kiến nghị");
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

/**
 * Issues the draft: checks it is complete, supersedes the revision before it, brings the
 * recommendations in line (kept ones go on with their follow-up, new ones open, dropped ones are
 * withdrawn), marks the visit concluded and tells the cơ sở.
 */
async function issue(
  tx: Tx,
  viewer: Viewer,
  visit: {
    id: string;
    khoiId: string;
    roundId: string;
    coSoId: string;
    status: string;
    version: number;
    round: { name: string };
  },
  draft: { id: string; revision: number },
  input: ConclusionOutput,
) {
  const errors: Record<string, string> = {};
  if (!input.number) errors.number = "Vui lòng nhập số thông báo kết luận";
  if (!input.rating) errors.rating = "Vui lòng chọn xếp loại";
  if (!input.strengths && !input.shortcomings) errors.shortcomings = "Vui lòng nhập ưu điểm hoặc hạn chế";
  if (draft.revision > 1 && !input.correctionReason) errors.correctionReason = "Vui lòng nêu lý do đính chính";
  if (Object.keys(errors).length) throw invalid(errors, "Thông báo kết luận chưa đủ để ban hành");

  const previous = await tx.inspectionConclusion.findFirst({
    where: { visitId: visit.id, khoiId: visit.khoiId, status: "ISSUED" },
    select: { id: true },
  });
  if (previous) {
    await tx.inspectionConclusion.updateMany({
      where: { id: previous.id, khoiId: visit.khoiId, status: "ISSUED" },
      data: { status: "SUPERSEDED", version: { increment: 1 } },
    });
  }
  const today = todayInVietnam();
  const existing = await tx.inspectionRecommendation.findMany({
    where: { visitId: visit.id, khoiId: visit.khoiId },
    select: { id: true, status: true, text: true, dueOn: true },
  });
  const byId = new Map(existing.map((r) => [r.id, r]));
  const issued: DraftRecommendation[] = [];
  for (const [position, line] of input.recommendations.entries()) {
    const kept = line.recommendationId ? byId.get(line.recommendationId) : undefined;
    if (kept) {
      await tx.inspectionRecommendation.updateMany({
        where: { id: kept.id, khoiId: visit.khoiId },
        data: { position, text: line.text, dueOn: line.dueOn, version: { increment: 1 } },
      });
      // What the correction changed of it stays in its timeline.
      const changed = [
        kept.text !== line.text && `nội dung mới: ${line.text}`,
        kept.dueOn.getTime() !== line.dueOn.getTime() && `hạn mới ${formatVietnameseDate(line.dueOn)}`,
      ].filter(Boolean);
      if (changed.length)
        await recommendationStatus(
          tx,
          viewer,
          visit.khoiId,
          kept.id,
          kept.status,
          kept.status,
          `Đính chính theo thông báo số ${input.number}: ${changed.join("; ")}`,
        );
      issued.push({ recommendationId: kept.id, text: line.text, dueOn: formatVietnameseDate(line.dueOn) });
      continue;
    }
    const made = await tx.inspectionRecommendation.create({
      data: { khoiId: visit.khoiId, visitId: visit.id, coSoId: visit.coSoId, position, text: line.text, dueOn: line.dueOn },
      select: { id: true },
    });
    await recommendationStatus(tx, viewer, visit.khoiId, made.id, null, "OPEN", `Hạn ${formatVietnameseDate(line.dueOn)}`);
    issued.push({ recommendationId: made.id, text: line.text, dueOn: formatVietnameseDate(line.dueOn) });
  }
  const keptIds = new Set(issued.map((r) => r.recommendationId));
  for (const r of existing) {
    if (keptIds.has(r.id) || (SETTLED_RECOMMENDATION_STATUSES as readonly string[]).includes(r.status)) continue;
    await tx.inspectionRecommendation.updateMany({
      where: { id: r.id, khoiId: visit.khoiId },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    await recommendationStatus(
      tx,
      viewer,
      visit.khoiId,
      r.id,
      r.status,
      "WITHDRAWN",
      `Rút theo thông báo đính chính số ${input.number}`,
    );
  }
  const { count } = await tx.inspectionConclusion.updateMany({
    where: { id: draft.id, khoiId: visit.khoiId, status: "DRAFT" },
    data: {
      status: "ISSUED",
      issuedOn: today,
      issuedById: viewer.userId,
      recommendations: issued,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  const comment =
    draft.revision > 1
      ? `Đính chính thông báo kết luận số ${input.number}: ${input.correctionReason}`
      : `Thông báo kết luận số ${input.number}, xếp loại ${RATING_LABELS[input.rating!]}`;
  await recordStatusChange(
    {
      khoiId: visit.khoiId,
      entityType: "InspectionVisit",
      entityId: visit.id,
      fromStatus: visit.status,
      toStatus: "CONCLUDED",
      actorId: viewer.userId,
      comment,
    },
    tx,
  );
  await tx.inspectionVisit.updateMany({
    where: { id: visit.id, khoiId: visit.khoiId },
    data: { status: "CONCLUDED", version: { increment: 1 } },
  });
  await tellCoSo(tx, visit.khoiId, visit.coSoId, {
    kind: "inspection",
    title: `${draft.revision > 1 ? "Đính chính thông báo" : "Thông báo"} kết luận kiểm tra số ${input.number}: ${issued.length} kiến nghị`,
    link: visitLink(visit.roundId, visit.id),
  });
}

const recommendationStatus = (
  tx: Tx,
  viewer: Viewer,
  khoiId: string,
  id: string,
  from: string | null,
  to: RecommendationStatus,
  comment: string | null,
) =>
  recordStatusChange(
    {
      khoiId,
      entityType: "InspectionRecommendation",
      entityId: id,
      fromStatus: from,
      toStatus: to,
      actorId: viewer.userId,
      comment,
    },
    tx,
  );

/** A recommendation in the viewer's reach for `action`, locked with its round (else not found / refused). */
async function lockedRecommendation(tx: Tx, viewer: Viewer, id: string, action: "inspection.respond" | "inspection.manage") {
  const found = await tx.inspectionRecommendation.findFirst({
    where: { AND: [recommendationScope(viewer, action), { id }] },
    select: { id: true, khoiId: true, visit: { select: { roundId: true } } },
  });
  if (!found) throw notFound("kiến nghị");
  // The round's lock: a closing, or the Khối's review of the same recommendation, waits for this.
  await tx.$queryRaw`SELECT "id" FROM "InspectionRound" WHERE "id" = ${found.visit.roundId} AND "khoiId" = ${found.khoiId} FOR UPDATE`;
  const round = await tx.inspectionRound.findFirstOrThrow({
    where: { id: found.visit.roundId, khoiId: found.khoiId },
    select: { id: true, status: true },
  });
  if (round.status === "CLOSED")
    throw invalid({ response: "Đợt kiểm tra đã kết thúc: không nhận phản hồi kiến nghị nữa" }, "Đợt kiểm tra đã kết thúc");
  const rec = await tx.inspectionRecommendation.findFirstOrThrow({
    where: { id: found.id, khoiId: found.khoiId },
    select: {
      id: true,
      khoiId: true,
      visitId: true,
      coSoId: true,
      text: true,
      status: true,
      version: true,
      dueOn: true,
      visit: { select: { visitOn: true } },
    },
  });
  return { ...rec, round };
}

/** The cơ sở reports what it did (→ Đã báo cáo khắc phục) or disputes it (→ Đề nghị xem xét lại). */
export async function respondRecommendation(viewer: Viewer, input: z.output<typeof recommendationResponseInput>) {
  await db().$transaction(async (tx) => {
    const rec = await lockedRecommendation(tx, viewer, input.id, "inspection.respond");
    if (!(OWED_RECOMMENDATION_STATUSES as readonly string[]).includes(rec.status))
      throw invalid({}, "Kiến nghị này đã được phản hồi, đang chờ Khối xem xét hoặc đã xong");
    const to = input.kind === "DONE" ? "RESPONDED" : "DISPUTED";
    const { count } = await tx.inspectionRecommendation.updateMany({
      where: { id: rec.id, khoiId: rec.khoiId, version: input.version, status: rec.status },
      data: {
        status: to,
        response: input.response,
        respondedAt: new Date(),
        respondedById: viewer.userId,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    const late = rec.dueOn.getTime() < todayInVietnam().getTime();
    await recommendationStatus(
      tx,
      viewer,
      rec.khoiId,
      rec.id,
      rec.status,
      to,
      late ? `${input.response} (sau hạn)` : input.response,
    );
    // The round's team reads it next.
    const team = await tx.inspectionTeamMember.findMany({
      where: { roundId: rec.round.id, khoiId: rec.khoiId },
      select: { userId: true },
    });
    const coSo = await tx.unit.findFirst({ where: { id: rec.coSoId, khoiId: rec.khoiId }, select: { name: true } });
    await notifyEach(
      tx,
      rec.khoiId,
      team.map((t) => ({
        userId: t.userId,
        notice: {
          kind: "inspection" as const,
          title: `${coSo?.name ?? "Cơ sở"} ${to === "RESPONDED" ? "báo cáo khắc phục" : "đề nghị xem xét lại"} kiến nghị: ${clip(rec.text)}`,
          link: visitLink(rec.round.id, rec.visitId),
        },
      })),
    );
  });
}

/**
 * The Khối's word: a fix accepted is settled (Đã khắc phục), a dispute accepted withdraws the
 * recommendation; reopened, the cơ sở owes it again, by a new deadline when one is given.
 */
export async function reviewRecommendation(viewer: Viewer, input: z.output<typeof recommendationReviewInput>) {
  await db().$transaction(async (tx) => {
    const rec = await lockedRecommendation(tx, viewer, input.id, "inspection.manage");
    if (!(AWAITING_REVIEW_STATUSES as readonly string[]).includes(rec.status))
      throw invalid({}, "Kiến nghị này không chờ Khối xem xét");
    if (input.dueOn && input.dueOn.getTime() < todayInVietnam().getTime())
      throw invalid({ dueOn: "Hạn mới không được trước hôm nay" });
    const to: RecommendationStatus =
      input.decision === "REOPEN" ? "REOPENED" : rec.status === "DISPUTED" ? "WITHDRAWN" : "ACCEPTED";
    const { count } = await tx.inspectionRecommendation.updateMany({
      where: { id: rec.id, khoiId: rec.khoiId, version: input.version, status: rec.status },
      data: {
        status: to,
        reviewNote: input.note,
        reviewedAt: new Date(),
        reviewedById: viewer.userId,
        ...(to === "REOPENED" && input.dueOn ? { dueOn: input.dueOn } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    const due = to === "REOPENED" && input.dueOn ? ` Hạn mới ${formatVietnameseDate(input.dueOn)}.` : "";
    await recommendationStatus(tx, viewer, rec.khoiId, rec.id, rec.status, to, `${input.note ?? ""}${due}`.trim() || null);
    const verdict =
      to === "REOPENED"
        ? "Khối yêu cầu tiếp tục khắc phục"
        : to === "WITHDRAWN"
          ? "Khối rút kiến nghị"
          : "Khối ghi nhận đã khắc phục";
    await tellCoSo(tx, rec.khoiId, rec.coSoId, {
      kind: "inspection",
      title: `${verdict}: ${clip(rec.text)}`,
      link: visitLink(rec.round.id, rec.visitId),
    });
  });
}

const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Which recommendations a list shows: the ones not yet done (default), overdue, awaiting the Khối, or all. */
export const RECOMMENDATION_FILTERS = ["open", "overdue", "awaiting", "all"] as const;
export type RecommendationFilter = (typeof RECOMMENDATION_FILTERS)[number];

/** The recommendations of the viewer's reach, the nearest deadline first, with their cơ sở and round. */
export async function listRecommendations(viewer: Viewer, filter: { show: RecommendationFilter; coSoId?: string }) {
  const today = todayInVietnam();
  const owed = { status: { in: [...OWED_RECOMMENDATION_STATUSES] } };
  const shown: Prisma.InspectionRecommendationWhereInput = {
    open: { status: { notIn: [...SETTLED_RECOMMENDATION_STATUSES] } },
    overdue: { ...owed, dueOn: { lt: today } },
    awaiting: { status: { in: [...AWAITING_REVIEW_STATUSES] } },
    all: {},
  }[filter.show];
  const rows = await db().inspectionRecommendation.findMany({
    where: { AND: [recommendationScope(viewer, "inspection.read"), shown, filter.coSoId ? { coSoId: filter.coSoId } : {}] },
    select: {
      id: true,
      text: true,
      dueOn: true,
      status: true,
      coSo: { select: { id: true, name: true } },
      visit: { select: { id: true, roundId: true, visitOn: true, round: { select: { name: true } } } },
    },
    orderBy: [{ dueOn: "asc" }, { position: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({ ...r, state: deadlineState(r, today) }));
}
export type RecommendationListRow = Awaited<ReturnType<typeof listRecommendations>>[number];

export type CoSoRecommendations = { coSoId: string; name: string; owed: number; overdue: number; awaiting: number };

/**
 * The Khối dashboard's follow-up: per cơ sở, the recommendations still owed (and of them overdue)
 * and those waiting for the Khối's review. Cơ sở with none left out; the most overdue first.
 */
export async function recommendationsByCoSo(viewer: Viewer): Promise<CoSoRecommendations[]> {
  const rows = await db().inspectionRecommendation.findMany({
    where: {
      AND: [
        recommendationScope(viewer, "inspection.manage"),
        { status: { in: [...OWED_RECOMMENDATION_STATUSES, ...AWAITING_REVIEW_STATUSES] } },
      ],
    },
    select: { coSoId: true, status: true, dueOn: true, coSo: { select: { name: true } } },
  });
  const today = todayInVietnam().getTime();
  const byCoSo = new Map<string, CoSoRecommendations>();
  for (const r of rows) {
    const row = byCoSo.get(r.coSoId) ?? { coSoId: r.coSoId, name: r.coSo.name, owed: 0, overdue: 0, awaiting: 0 };
    if ((AWAITING_REVIEW_STATUSES as readonly string[]).includes(r.status)) row.awaiting++;
    else {
      row.owed++;
      if (r.dueOn.getTime() < today) row.overdue++;
    }
    byCoSo.set(r.coSoId, row);
  }
  return [...byCoSo.values()].sort((x, y) => y.overdue - x.overdue || y.owed - x.owed || x.name.localeCompare(y.name, "vi"));
}

/** A cơ sở's own recommendations still owed, and of them overdue (its dashboard's "việc cần làm"). */
export async function owedRecommendations(viewer: Viewer) {
  const owed = {
    AND: [recommendationScope(viewer, "inspection.respond"), { status: { in: [...OWED_RECOMMENDATION_STATUSES] } }],
  };
  const [total, overdue] = await Promise.all([
    db().inspectionRecommendation.count({ where: owed }),
    db().inspectionRecommendation.count({ where: { AND: [owed, { dueOn: { lt: todayInVietnam() } }] } }),
  ]);
  return { owed: total, overdue };
}

/**
 * The conclusions in force that were issued in a report's period (from ≤ issuedOn < to), through
 * the viewer's reach: every cơ sở's for the Khối, a cơ sở its own. With their recommendations
 * counted, settled of all ("1/2").
 */
export async function conclusionsIssuedIn(viewer: Viewer, khoiId: string, window: { from: Date; to: Date }, coSoId?: string) {
  const rows = await db().inspectionConclusion.findMany({
    where: {
      khoiId,
      status: "ISSUED",
      issuedOn: { gte: window.from, lt: window.to },
      visit: { AND: [inspectionVisitScope(viewer, "inspection.read"), coSoId ? { coSoId } : {}] },
    },
    select: {
      number: true,
      rating: true,
      visit: {
        select: {
          visitOn: true,
          coSo: { select: { name: true } },
          recommendations: { select: { status: true } },
        },
      },
    },
    orderBy: [{ visit: { visitOn: "asc" } }, { issuedOn: "asc" }],
  });
  return rows.map((c) => {
    const recs = c.visit.recommendations.filter((r) => r.status !== "WITHDRAWN");
    const settled = recs.filter((r) => r.status === "ACCEPTED").length;
    return {
      name: c.visit.coSo.name,
      visitOn: formatVietnameseDate(c.visit.visitOn),
      number: c.number ?? "",
      rating: c.rating ? RATING_LABELS[c.rating] : "",
      recommendations: recs.length ? `${settled}/${recs.length}` : "Không có",
    };
  });
}
