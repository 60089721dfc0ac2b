import "server-only";
import type { z } from "zod";
// Secretaries confirm or return members' entries; Khối staff score and rank the ideas entered in
// a contest. A state machine with no skipped step and no self-review (SECURITY.md #22):
//   SUBMITTED → CONFIRMED (reviewer) | RETURNED (reviewer, with a reason) | WITHDRAWN (owner)
//   RETURNED  → SUBMITTED (owner saves again) | WITHDRAWN (owner)
//   CONFIRMED → nothing: locked, counted.
import { db } from "@/lib/db/client";
import { can, canSomewhere, entryScope, type Viewer } from "@/lib/authz";
import { contestScoreInput, entryConfirmInput, entryReturnInput } from "@/lib/validation/entries";
import type { EntryStatus, IdeaKind, WorkField } from "@/lib/generated/prisma/enums";
import { recordAudit } from "./audit";
import { AppError, conflict, invalid, isUniqueViolation, notFound } from "./errors";
import { notifyEach, notifyUser } from "./notifications";
import { recordStatusChange } from "./status-changes";

const selfReview = () => new AppError("FORBIDDEN", "Bạn không thể tự xác nhận, trả lại hay chấm điểm ghi nhận của chính mình.");

const reviewSelect = { id: true, khoiId: true, status: true, title: true, member: { select: { userId: true } } } as const;

/** Why a reviewer may not act on an entry in this state, or null when they may. */
function refusal(entry: { status: string; title: string }, verb: "xác nhận" | "trả lại"): string | null {
  if (entry.status === "CONFIRMED")
    return verb === "xác nhận" ? `“${entry.title}” đã được xác nhận.` : `“${entry.title}” đã được xác nhận, không trả lại được.`;
  if (entry.status === "RETURNED") return `“${entry.title}” đã được trả lại và đang chờ đoàn viên sửa, gửi lại.`;
  return null;
}

/** Confirms one or several pending entries at once: all of them, or none (one transaction). */
export async function confirmEntries(viewer: Viewer, input: z.output<typeof entryConfirmInput>) {
  const versions = new Map(input.entries.map((e) => [e.id, e.version]));
  const rows = await db().memberEntry.findMany({
    where: { AND: [entryScope(viewer, "entry.review"), { id: { in: [...versions.keys()] } }] },
    select: reviewSelect,
  });
  if (rows.length !== versions.size) throw notFound("ghi nhận");
  for (const row of rows) {
    if (row.member.userId === viewer.userId) throw selfReview();
    const why = refusal(row, "xác nhận");
    if (why) throw invalid({}, why);
  }
  const reviewedAt = new Date();
  await db().$transaction(async (tx) => {
    for (const row of rows) {
      const { count } = await tx.memberEntry.updateMany({
        where: { id: row.id, khoiId: row.khoiId, version: versions.get(row.id), status: "SUBMITTED" },
        data: { status: "CONFIRMED", reviewedById: viewer.userId, reviewedAt, reviewComment: null, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await recordStatusChange(
        {
          khoiId: row.khoiId,
          entityType: "MemberEntry",
          entityId: row.id,
          fromStatus: "SUBMITTED",
          toStatus: "CONFIRMED",
          actorId: viewer.userId,
        },
        tx,
      );
    }
    // Each member hears once per confirmation, of one entry or of several.
    const byMember = new Map<string, typeof rows>();
    for (const r of rows) if (r.member.userId) byMember.set(r.member.userId, [...(byMember.get(r.member.userId) ?? []), r]);
    await notifyEach(
      tx,
      rows[0].khoiId,
      [...byMember].map(([userId, mine]) => ({
        userId,
        notice:
          mine.length === 1
            ? { kind: "confirmed", title: `Ghi nhận “${mine[0].title}” đã được xác nhận`, link: `/ghi-nhan/${mine[0].id}` }
            : { kind: "confirmed", title: `${mine.length} ghi nhận của đồng chí đã được xác nhận`, link: "/ca-nhan" },
      })),
    );
  });
  return { count: rows.length };
}

/** Returns a pending entry to its member with a reason; the member is notified. */
export async function returnEntry(viewer: Viewer, input: z.output<typeof entryReturnInput>) {
  const row = await db().memberEntry.findFirst({
    where: { AND: [entryScope(viewer, "entry.review"), { id: input.id }] },
    select: reviewSelect,
  });
  if (!row) throw notFound("ghi nhận");
  if (row.member.userId === viewer.userId) throw selfReview();
  const why = refusal(row, "trả lại");
  if (why) throw invalid({}, why);
  await db().$transaction(async (tx) => {
    const { count } = await tx.memberEntry.updateMany({
      where: { id: row.id, khoiId: row.khoiId, version: input.version, status: "SUBMITTED" },
      data: {
        status: "RETURNED",
        reviewComment: input.reason,
        reviewedById: viewer.userId,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: row.khoiId,
        entityType: "MemberEntry",
        entityId: row.id,
        fromStatus: "SUBMITTED",
        toStatus: "RETURNED",
        actorId: viewer.userId,
        comment: input.reason,
      },
      tx,
    );
    if (row.member.userId) {
      await notifyUser(tx, row.khoiId, row.member.userId, {
        kind: "returned",
        title: `Ghi nhận “${row.title}” đã bị trả lại: ${input.reason}`,
        link: `/ghi-nhan/${row.id}`,
      });
    }
  });
}

// ───────── Contests ─────────

/** Ideas entered in a contest and still in play (pending or confirmed). */
const IN_CONTEST = ["SUBMITTED", "CONFIRMED"] as const;

export type ContestEntryDto = {
  id: string;
  version: number;
  title: string;
  ideaKind: IdeaKind | null;
  field: WorkField | null;
  status: EntryStatus;
  occurredOn: Date;
  applied: boolean | null;
  memberName: string | null;
  coSoName: string;
  score: number | null;
  rank: number | null;
  note: string | null;
  /** Not the viewer's own idea: a judge never scores their own. */
  canScore: boolean;
};

/** The ideas entered in a contest, ranked first, for Khối staff (anyone else gets none). */
export async function listContestEntries(viewer: Viewer, contestId: string): Promise<ContestEntryDto[]> {
  if (!canSomewhere(viewer, "contest.review")) return [];
  const rows = await db().memberEntry.findMany({
    where: { AND: [entryScope(viewer, "contest.review"), { contestId, kind: "IDEA", status: { in: [...IN_CONTEST] } }] },
    select: {
      id: true,
      version: true,
      khoiId: true,
      coSoId: true,
      chiDoanId: true,
      title: true,
      ideaKind: true,
      field: true,
      status: true,
      occurredOn: true,
      applied: true,
      contestScore: true,
      contestRank: true,
      contestNote: true,
      member: { select: { fullName: true, userId: true } },
    },
    orderBy: [
      { contestRank: { sort: "asc", nulls: "last" } },
      { contestScore: { sort: "desc", nulls: "last" } },
      { createdAt: "asc" },
    ],
    take: 2000,
  });
  const units = rows.length
    ? await db().unit.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.coSoId))] }, khoiId: rows[0].khoiId },
        select: { id: true, name: true },
      })
    : [];
  const coSoName = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    title: r.title,
    ideaKind: r.ideaKind,
    field: r.field,
    status: r.status,
    occurredOn: r.occurredOn,
    applied: r.applied,
    // Names are personal data: only for those who may read the member's entries.
    memberName: can(viewer, "entry.read", {
      khoiId: r.khoiId,
      coSoId: r.coSoId,
      chiDoanId: r.chiDoanId,
      ownerUserId: r.member.userId,
    })
      ? r.member.fullName
      : null,
    coSoName: coSoName.get(r.coSoId) ?? "",
    score: r.contestScore,
    rank: r.contestRank,
    note: r.contestNote,
    canScore: r.member.userId !== viewer.userId,
  }));
}

/** Scores and ranks an idea entered in a contest; a rank is given to one idea per contest. */
export async function scoreContestEntry(viewer: Viewer, input: z.output<typeof contestScoreInput>) {
  const row = await db().memberEntry.findFirst({
    where: { AND: [entryScope(viewer, "contest.review"), { id: input.id, kind: "IDEA", contestId: { not: null } }] },
    select: {
      id: true,
      khoiId: true,
      status: true,
      contestId: true,
      contestScore: true,
      contestRank: true,
      member: { select: { userId: true } },
    },
  });
  if (!row?.contestId) throw notFound("bài dự thi");
  if (row.member.userId === viewer.userId) throw selfReview();
  if (row.status === "RETURNED") throw invalid({}, "Bài dự thi đang được đoàn viên sửa lại, chưa chấm được.");
  const rankTaken = () => invalid({ rank: `Hạng ${input.rank} đã được xếp cho một bài khác của cuộc thi` });
  if (input.rank !== null) {
    const taken = await db().memberEntry.findFirst({
      where: {
        khoiId: row.khoiId,
        contestId: row.contestId,
        contestRank: input.rank,
        id: { not: row.id },
        status: { in: [...IN_CONTEST] },
      },
      select: { id: true },
    });
    if (taken) throw rankTaken();
  }
  try {
    await db().$transaction(async (tx) => {
      const { count } = await tx.memberEntry.updateMany({
        where: { id: row.id, khoiId: row.khoiId, version: input.version, status: { in: [...IN_CONTEST] } },
        data: { contestScore: input.score, contestRank: input.rank, contestNote: input.note, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await recordAudit(
        {
          khoiId: row.khoiId,
          actorId: viewer.userId,
          action: "entry.contest-score",
          targetType: "MemberEntry",
          targetId: row.id,
          before: { score: row.contestScore, rank: row.contestRank },
          after: { score: input.score, rank: input.rank, note: input.note },
        },
        tx,
      );
    });
  } catch (error) {
    // Two judges gave the same rank at the same instant: the unique index keeps one.
    if (isUniqueViolation(error, "contestRank")) throw rankTaken();
    throw error;
  }
}
