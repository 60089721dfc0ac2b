import "server-only";
import type { z } from "zod";
// A member's yearly commitment (đăng ký rèn luyện) and its self-assessment, and their review by
// the chi đoàn / cơ sở secretaries. Two state machines, one after the other, with no skipped step
// and no self-review (SECURITY.md #22):
//   status            SUBMITTED → CONFIRMED (reviewer) | RETURNED (reviewer, with a reason)
//                     RETURNED  → SUBMITTED (the member saves again);  CONFIRMED: pledges locked
//   assessmentStatus  (only once CONFIRMED, from 1/11 of the year) null | RETURNED → SUBMITTED
//                     (member) → CONFIRMED | RETURNED (reviewer);  CONFIRMED: locked
// Every write is `updateMany where id + version` (a stale save is a conflict, #24) and every
// status change is recorded in the same transaction (#25).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { commitmentScope, type Viewer } from "@/lib/authz";
import { todayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import {
  ASSESSMENT_STEP,
  assessmentEditable,
  assessmentOpen,
  assessmentOpensOn,
  noPlanMessage,
  pendingStep,
  pledgesEditable,
} from "@/lib/domain/commitment-rules";
import {
  assessmentSubmitInput,
  commitmentConfirmInput,
  commitmentRegisterInput,
  commitmentReturnInput,
  commitmentUpdateInput,
} from "@/lib/validation/commitments";
import { recordAudit } from "./audit";
import { AppError, conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { commitmentPlanOf, ownMember } from "./commitment-reads";
import { notifyEach, notifyUser } from "./notifications";
import { recordStatusChange } from "./status-changes";

type Tx = Prisma.TransactionClient;
const WHAT = "bản đăng ký rèn luyện";
const selfReview = () =>
  new AppError(
    "FORBIDDEN",
    "Bạn không thể tự xác nhận hay trả lại bản đăng ký rèn luyện của chính mình; Bí thư cấp trên sẽ xem xét.",
  );
const perPillar = (count: number) => `Vui lòng nhập đủ ${count} mục, mỗi trách nhiệm một mục`;

/** Registers the signed-in member for this year, under the pillars of the Khối's current plan. */
export async function registerCommitment(viewer: Viewer, input: z.output<typeof commitmentRegisterInput>) {
  const member = await ownMember(viewer);
  if (!member) throw notFound("hồ sơ đoàn viên gắn với tài khoản của bạn");
  // The plan named must be one of the member's own Khối: another tenant's plan is not found.
  const named = await db().plan.findFirst({
    where: { id: input.planId, khoiId: member.khoiId, coSoId: null, kind: "PLAN" },
    select: { id: true },
  });
  if (!named) throw notFound("kế hoạch");
  const year = todayInVietnam().getUTCFullYear();
  const plan = await commitmentPlanOf(viewer, member.khoiId, year);
  if (!plan) throw invalid({}, noPlanMessage(year));
  // Pledges are matched to pillars by position: answers to a revised plan's pillars would be misfiled.
  if (plan.id !== named.id)
    throw invalid({}, `Kế hoạch năm ${year} vừa được cập nhật. Vui lòng tải lại trang để đăng ký theo các trách nhiệm mới.`);
  if (input.pledges.length !== plan.pillars.length) throw invalid({ pledges: perPillar(plan.pillars.length) });

  const key = { memberId_year: { memberId: member.id, year } };
  const existing = await db().commitment.findUnique({ where: key, select: { id: true, status: true, version: true } });
  // One commitment per member and year: a double click or a retry finds the first one.
  if (existing && existing.status !== "WITHDRAWN") return { id: existing.id };
  const fields = {
    coSoId: member.coSoId,
    chiDoanId: member.chiDoanId,
    planId: plan.id,
    pillars: plan.pillars,
    pledges: input.pledges,
    status: "SUBMITTED" as const,
  };
  try {
    return await db().$transaction(async (tx) => {
      let id: string;
      if (existing) {
        // A withdrawn commitment is registered again on the same row, its old review cleared.
        const cleared = {
          assessments: [],
          rating: null,
          assessedAt: null,
          assessmentStatus: null,
          reviewComment: null,
          reviewedById: null,
          reviewedAt: null,
        };
        const { count } = await tx.commitment.updateMany({
          where: { id: existing.id, khoiId: member.khoiId, version: existing.version, status: "WITHDRAWN" },
          data: { ...fields, ...cleared, version: { increment: 1 } },
        });
        if (count === 0) throw conflict();
        id = existing.id;
      } else {
        id = (
          await tx.commitment.create({
            data: { khoiId: member.khoiId, memberId: member.id, year, ...fields },
            select: { id: true },
          })
        ).id;
      }
      await recordStatusChange(
        {
          khoiId: member.khoiId,
          entityType: "Commitment",
          entityId: id,
          fromStatus: existing?.status ?? null,
          toStatus: "SUBMITTED",
          actorId: viewer.userId,
        },
        tx,
        { year, pledges: input.pledges },
      );
      return { id };
    });
  } catch (error) {
    // A double click: the second insert (or revival) loses the race and finds the first.
    if (isUniqueViolation(error) || (error instanceof AppError && error.code === "CONFLICT")) {
      const done = await db().commitment.findUnique({ where: key, select: { id: true, status: true } });
      if (done && done.status !== "WITHDRAWN") return { id: done.id };
    }
    throw error;
  }
}

/** The viewer's own commitment (another member's is not found, whoever asks). */
async function findOwn(viewer: Viewer, id: string) {
  const row = await db().commitment.findFirst({
    where: { AND: [commitmentScope(viewer, "entry.log"), { id }] },
    select: {
      id: true,
      khoiId: true,
      year: true,
      status: true,
      assessmentStatus: true,
      pillars: true,
      pledges: true,
      assessments: true,
      rating: true,
    },
  });
  if (!row) throw notFound(WHAT);
  return row;
}

/** Edits the pledges until they are confirmed; saving a returned commitment resubmits it. */
export async function updateCommitment(viewer: Viewer, input: z.output<typeof commitmentUpdateInput>) {
  const c = await findOwn(viewer, input.id);
  if (!pledgesEditable(c)) throw invalid({}, "Bản đăng ký đã được xác nhận, không sửa được nữa.");
  if (input.pledges.length !== c.pillars.length) throw invalid({ pledges: perPillar(c.pillars.length) });
  await db().$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: c.id, khoiId: c.khoiId, version: input.version, status: c.status },
      data: { pledges: input.pledges, status: "SUBMITTED", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (c.status === "RETURNED")
      await recordStatusChange(
        {
          khoiId: c.khoiId,
          entityType: "Commitment",
          entityId: c.id,
          fromStatus: "RETURNED",
          toStatus: "SUBMITTED",
          actorId: viewer.userId,
        },
        tx,
      );
    await recordAudit(
      {
        khoiId: c.khoiId,
        actorId: viewer.userId,
        action: "commitment.update",
        targetType: "Commitment",
        targetId: c.id,
        before: { pledges: c.pledges },
        after: { pledges: input.pledges },
      },
      tx,
    );
  });
}

/** The member's self-assessment against a confirmed commitment, from 1 November of its year. */
export async function submitAssessment(viewer: Viewer, input: z.output<typeof assessmentSubmitInput>) {
  const c = await findOwn(viewer, input.id);
  if (c.status !== "CONFIRMED") throw invalid({}, "Chỉ tự đánh giá khi bản đăng ký rèn luyện đã được xác nhận.");
  if (!assessmentEditable(c)) throw invalid({}, "Bản tự đánh giá đã được xác nhận, không sửa được nữa.");
  // Checked on the server in Vietnam's time zone: the form's own check is only a convenience.
  if (!assessmentOpen(c.year, todayInVietnam()))
    throw invalid({}, `Tự đánh giá năm ${c.year} mở từ ngày ${formatVietnameseDate(assessmentOpensOn(c.year))}.`);
  if (input.assessments.length !== c.pillars.length) throw invalid({ assessments: perPillar(c.pillars.length) });
  await db().$transaction(async (tx) => {
    const { count } = await tx.commitment.updateMany({
      where: { id: c.id, khoiId: c.khoiId, version: input.version, status: "CONFIRMED", assessmentStatus: c.assessmentStatus },
      data: {
        assessments: input.assessments,
        rating: input.rating,
        assessedAt: new Date(),
        assessmentStatus: "SUBMITTED",
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    // Rewriting an assessment that still waits is an edit, not a step.
    if (c.assessmentStatus !== "SUBMITTED") {
      const from = c.assessmentStatus === "RETURNED" ? ASSESSMENT_STEP.RETURNED : "CONFIRMED";
      await recordStatusChange(
        {
          khoiId: c.khoiId,
          entityType: "Commitment",
          entityId: c.id,
          fromStatus: from,
          toStatus: ASSESSMENT_STEP.SUBMITTED,
          actorId: viewer.userId,
        },
        tx,
      );
    }
    await recordAudit(
      {
        khoiId: c.khoiId,
        actorId: viewer.userId,
        action: "commitment.assess",
        targetType: "Commitment",
        targetId: c.id,
        before: { assessments: c.assessments, rating: c.rating },
        after: { assessments: input.assessments, rating: input.rating },
      },
      tx,
    );
  });
}

// ───────── Review: chi đoàn and cơ sở secretaries ─────────

const reviewSelect = {
  id: true,
  khoiId: true,
  year: true,
  status: true,
  assessmentStatus: true,
  member: { select: { userId: true, fullName: true } },
} as const;

/** What a reviewer would act on, or why they may not. */
function stepOf(
  row: { status: EntryStatus; assessmentStatus: EntryStatus | null; member: { userId: string | null; fullName: string } },
  viewer: Viewer,
) {
  if (row.member.userId === viewer.userId) throw selfReview();
  const step = pendingStep(row);
  if (step) return step;
  if (row.status === "RETURNED" || row.assessmentStatus === "RETURNED")
    throw invalid({}, `Bản của ${row.member.fullName} đã được trả lại và đang chờ đoàn viên sửa, gửi lại.`);
  if (row.assessmentStatus === "CONFIRMED") throw invalid({}, `Bản tự đánh giá của ${row.member.fullName} đã được xác nhận.`);
  throw invalid({}, `Bản đăng ký của ${row.member.fullName} đã được xác nhận; đoàn viên chưa gửi tự đánh giá.`);
}

async function move(
  tx: Tx,
  viewer: Viewer,
  row: { id: string; khoiId: string },
  step: "commitment" | "assessment",
  to: "CONFIRMED" | "RETURNED",
  version: number,
  reason: string | null,
) {
  const review = { reviewComment: reason, reviewedById: viewer.userId, reviewedAt: new Date(), version: { increment: 1 } };
  const { count } =
    step === "commitment"
      ? await tx.commitment.updateMany({
          where: { id: row.id, khoiId: row.khoiId, version, status: "SUBMITTED" },
          data: { status: to, ...review },
        })
      : await tx.commitment.updateMany({
          where: { id: row.id, khoiId: row.khoiId, version, status: "CONFIRMED", assessmentStatus: "SUBMITTED" },
          data: { assessmentStatus: to, ...review },
        });
  if (count === 0) throw conflict();
  const [fromStatus, toStatus] = step === "commitment" ? ["SUBMITTED", to] : [ASSESSMENT_STEP.SUBMITTED, ASSESSMENT_STEP[to]];
  await recordStatusChange(
    {
      khoiId: row.khoiId,
      entityType: "Commitment",
      entityId: row.id,
      fromStatus,
      toStatus,
      actorId: viewer.userId,
      comment: reason,
    },
    tx,
  );
}

/**
 * Confirms what waits on each selected commitment (the registration, or the assessment): all of
 * them or none, in one transaction. Each item carries the version the reviewer saw.
 */
export async function confirmCommitments(viewer: Viewer, input: z.output<typeof commitmentConfirmInput>) {
  const versions = new Map(input.items.map((i) => [i.id, i.version]));
  const rows = await db().commitment.findMany({
    where: { AND: [commitmentScope(viewer, "entry.review"), { id: { in: [...versions.keys()] } }] },
    select: reviewSelect,
  });
  if (rows.length !== versions.size) throw notFound(WHAT);
  const steps = rows.map((row) => ({ row, step: stepOf(row, viewer) }));
  await db().$transaction(async (tx) => {
    for (const { row, step } of steps) await move(tx, viewer, row, step, "CONFIRMED", versions.get(row.id)!, null);
    // Each member hears that their registration (or self-assessment) was confirmed.
    await notifyEach(
      tx,
      rows[0].khoiId,
      steps
        .filter(({ row }) => row.member.userId)
        .map(({ row, step }) => ({
          userId: row.member.userId!,
          notice: {
            kind: "confirmed" as const,
            title: `${step === "commitment" ? "Bản đăng ký rèn luyện" : "Bản tự đánh giá"} năm ${row.year} đã được xác nhận`,
            link: "/ca-nhan#ren-luyen",
          },
        })),
    );
  });
  return { count: rows.length };
}

/** Returns what waits on a commitment to its member with a reason; the member is notified. */
export async function returnCommitment(viewer: Viewer, input: z.output<typeof commitmentReturnInput>) {
  const row = await db().commitment.findFirst({
    where: { AND: [commitmentScope(viewer, "entry.review"), { id: input.id }] },
    select: reviewSelect,
  });
  if (!row) throw notFound(WHAT);
  const step = stepOf(row, viewer);
  await db().$transaction(async (tx) => {
    await move(tx, viewer, row, step, "RETURNED", input.version, input.reason);
    const what = step === "commitment" ? "Bản đăng ký rèn luyện" : "Bản tự đánh giá";
    if (row.member.userId)
      await notifyUser(tx, row.khoiId, row.member.userId, {
        kind: "returned",
        title: `${what} năm ${row.year} đã bị trả lại: ${input.reason}`,
        link: "/ca-nhan#ren-luyen",
      });
  });
}
