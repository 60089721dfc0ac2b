import "server-only";
import type { z } from "zod";
// Sharing an idea with the Khối and what the Khối does with it: supports (one per member),
// comments (hidden, never deleted), and the Khối staff's picks (a contest, applied). None of these
// changes the idea's review status: a confirmed idea stays confirmed with its reviewedAt.
import { db } from "@/lib/db/client";
import { entryScope, type Viewer } from "@/lib/authz";
import type {
  commentRefInput,
  ideaAppliedInput,
  ideaCommentInput,
  ideaContestInput,
  ideaRefInput,
} from "@/lib/validation/shared-ideas";
import { AppError, conflict, forbidden, invalid, notFound } from "./errors";
import { findOwnProfile, NO_PROFILE_MESSAGE } from "./entries";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { curatesIdeasOf, SHAREABLE_STATUSES, sharedIdeaScope, sharingKhoiIds } from "./shared-ideas";

type Ref = z.output<typeof ideaRefInput>;

/** The viewer's own idea (anyone else's is not found). */
async function ownIdea(viewer: Viewer, id: string) {
  const idea = await db().memberEntry.findFirst({
    where: { AND: [entryScope(viewer, "entry.log"), { id, kind: "IDEA" }] },
    select: { id: true, khoiId: true, status: true, publishedAt: true, title: true },
  });
  if (!idea) throw notFound("ý tưởng");
  return idea;
}

/** Shares the owner's idea with the Khối: only one sent for review or confirmed (not returned, not withdrawn). */
export async function publishIdea(viewer: Viewer, input: Ref) {
  const idea = await ownIdea(viewer, input.id);
  if (!(SHAREABLE_STATUSES as readonly string[]).includes(idea.status))
    throw invalid({}, "Chỉ chia sẻ được ý tưởng đang chờ xác nhận hoặc đã được xác nhận.");
  if (idea.publishedAt) return { id: idea.id };
  await db().$transaction(async (tx) => {
    const { count } = await tx.memberEntry.updateMany({
      where: { id: idea.id, khoiId: idea.khoiId, publishedAt: null, status: { in: [...SHAREABLE_STATUSES] } },
      data: { publishedAt: new Date() },
    });
    if (count === 0) throw conflict();
    await recordAudit(
      {
        khoiId: idea.khoiId,
        actorId: viewer.userId,
        action: "idea.publish",
        targetType: "MemberEntry",
        targetId: idea.id,
        before: { shared: false },
        after: { shared: true, title: idea.title },
      },
      tx,
    );
  });
  return { id: idea.id };
}

/** Makes the idea private again; its supports and comments are kept for when it is shared again. */
export async function unpublishIdea(viewer: Viewer, input: Ref) {
  const idea = await ownIdea(viewer, input.id);
  if (!idea.publishedAt) return { id: idea.id };
  await db().$transaction(async (tx) => {
    await tx.memberEntry.updateMany({ where: { id: idea.id, khoiId: idea.khoiId }, data: { publishedAt: null } });
    await recordAudit(
      {
        khoiId: idea.khoiId,
        actorId: viewer.userId,
        action: "idea.unpublish",
        targetType: "MemberEntry",
        targetId: idea.id,
        before: { shared: true },
        after: { shared: false },
      },
      tx,
    );
  });
  return { id: idea.id };
}

/** A shared idea of the viewer's Khối, or not found. */
async function sharedIdea(viewer: Viewer, id: string) {
  const idea = await db().memberEntry.findFirst({
    where: { AND: [sharedIdeaScope(viewer), { id }] },
    select: {
      id: true,
      khoiId: true,
      memberId: true,
      version: true,
      contestId: true,
      contestScore: true,
      contestRank: true,
      applied: true,
      effect: true,
      member: { select: { userId: true } },
    },
  });
  if (!idea) throw notFound("ý tưởng");
  return idea;
}

/** The supporter: a member profile in the idea's Khối, not the idea's author. */
async function supporter(viewer: Viewer, idea: { khoiId: string; memberId: string }) {
  const profile = await findOwnProfile(viewer);
  if (!profile || profile.khoiId !== idea.khoiId) throw new AppError("NOT_FOUND", NO_PROFILE_MESSAGE);
  if (profile.id === idea.memberId) throw invalid({}, "Bạn không tự ủng hộ ý tưởng của mình được.");
  return profile;
}

/**
 * One support per member: the unique (entryId, memberId) makes a double click or parallel
 * requests insert one row (ON CONFLICT DO NOTHING), and the count moves only when a row was made.
 */
export async function supportIdea(viewer: Viewer, input: Ref) {
  const idea = await sharedIdea(viewer, input.id);
  const member = await supporter(viewer, idea);
  await db().$transaction(async (tx) => {
    const { count } = await tx.ideaSupport.createMany({
      data: [{ khoiId: idea.khoiId, entryId: idea.id, memberId: member.id }],
      skipDuplicates: true,
    });
    if (count === 0) return;
    await tx.memberEntry.updateMany({ where: { id: idea.id, khoiId: idea.khoiId }, data: { supportCount: { increment: 1 } } });
    await recordAudit(
      { khoiId: idea.khoiId, actorId: viewer.userId, action: "idea.support", targetType: "MemberEntry", targetId: idea.id },
      tx,
    );
  });
  return { id: idea.id };
}

export async function withdrawIdeaSupport(viewer: Viewer, input: Ref) {
  const idea = await sharedIdea(viewer, input.id);
  const member = await supporter(viewer, idea);
  await db().$transaction(async (tx) => {
    const { count } = await tx.ideaSupport.deleteMany({ where: { khoiId: idea.khoiId, entryId: idea.id, memberId: member.id } });
    if (count === 0) return;
    await tx.memberEntry.updateMany({
      where: { id: idea.id, khoiId: idea.khoiId },
      data: { supportCount: { decrement: count } },
    });
    await recordAudit(
      {
        khoiId: idea.khoiId,
        actorId: viewer.userId,
        action: "idea.support.withdraw",
        targetType: "MemberEntry",
        targetId: idea.id,
      },
      tx,
    );
  });
  return { id: idea.id };
}

/** The comment already posted with this form's key, if it is the viewer's own on this idea. */
async function postedWithKey(viewer: Viewer, idea: { id: string; khoiId: string }, requestKey: string) {
  const done = await db().ideaComment.findFirst({
    where: { khoiId: idea.khoiId, requestKey },
    select: { id: true, entryId: true, authorUserId: true },
  });
  if (done && (done.authorUserId !== viewer.userId || done.entryId !== idea.id))
    throw invalid({}, "Biểu mẫu không hợp lệ, vui lòng tải lại trang rồi gửi lại.");
  return done ? { id: done.id } : null;
}

/** Anyone of the Khối who reads the idea may comment; the author is the signed-in account. */
export async function commentOnIdea(viewer: Viewer, input: z.output<typeof ideaCommentInput>) {
  const idea = await sharedIdea(viewer, input.id);
  return createOnce(
    () => postedWithKey(viewer, idea, input.requestKey),
    async () => {
      const id = crypto.randomUUID();
      await db().$transaction(async (tx) => {
        await tx.ideaComment.create({
          data: {
            id,
            khoiId: idea.khoiId,
            entryId: idea.id,
            authorUserId: viewer.userId,
            body: input.body,
            requestKey: input.requestKey,
          },
        });
        await recordAudit(
          {
            khoiId: idea.khoiId,
            actorId: viewer.userId,
            action: "idea.comment",
            targetType: "IdeaComment",
            targetId: id,
            after: { entryId: idea.id },
          },
          tx,
        );
      });
      return { id };
    },
  );
}

/** Hides a comment (its author, the idea's owner or Khối staff); it is kept, never deleted. */
export async function hideIdeaComment(viewer: Viewer, input: z.output<typeof commentRefInput>) {
  // The comment's Khối is in the `where`: another Khối's comment is not found.
  const comment = await db().ideaComment.findFirst({
    where: { id: input.id, khoiId: { in: sharingKhoiIds(viewer) } },
    select: {
      id: true,
      khoiId: true,
      authorUserId: true,
      hiddenAt: true,
      entry: { select: { member: { select: { userId: true } } } },
    },
  });
  if (!comment) throw notFound("góp ý");
  const allowed =
    comment.authorUserId === viewer.userId ||
    comment.entry.member.userId === viewer.userId ||
    curatesIdeasOf(viewer, comment.khoiId);
  if (!allowed) throw forbidden();
  if (comment.hiddenAt) return { id: comment.id };
  await db().$transaction(async (tx) => {
    await tx.ideaComment.updateMany({
      where: { id: comment.id, khoiId: comment.khoiId, hiddenAt: null },
      data: { hiddenAt: new Date(), hiddenById: viewer.userId },
    });
    await recordAudit(
      {
        khoiId: comment.khoiId,
        actorId: viewer.userId,
        action: "idea.comment.hide",
        targetType: "IdeaComment",
        targetId: comment.id,
        before: { hidden: false },
        after: { hidden: true },
      },
      tx,
    );
  });
  return { id: comment.id };
}

/** A shared idea of a Khối where the viewer is staff (`contest.review` at the Khối). */
async function curatedIdea(viewer: Viewer, id: string) {
  const idea = await sharedIdea(viewer, id);
  if (!curatesIdeasOf(viewer, idea.khoiId)) throw forbidden();
  return idea;
}

/** Khối staff enter a shared idea in a contest of the same Khối (an activity of kind CONTEST). */
export async function pickIdeaForContest(viewer: Viewer, input: z.output<typeof ideaContestInput>) {
  const idea = await curatedIdea(viewer, input.id);
  if (idea.contestScore !== null || idea.contestRank !== null)
    throw invalid({}, "Ý tưởng đã được chấm trong cuộc thi, không chuyển cuộc thi được nữa.");
  const contest = await db().activity.findFirst({
    where: { id: input.contestId, khoiId: idea.khoiId, kind: "CONTEST", active: true },
    select: { id: true },
  });
  if (!contest) throw invalid({ contestId: "Không tìm thấy cuộc thi của Đoàn Khối" });
  await db().$transaction(async (tx) => {
    const { count } = await tx.memberEntry.updateMany({
      where: { id: idea.id, khoiId: idea.khoiId, version: input.version, contestScore: null, contestRank: null },
      data: { contestId: contest.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordChange(
      { khoiId: idea.khoiId, actorId: viewer.userId, action: "idea.contest", targetType: "MemberEntry", targetId: idea.id },
      { contestId: idea.contestId },
      { contestId: contest.id },
      tx,
    );
  });
  return { id: idea.id };
}

/** Khối staff mark a shared idea as applied (đã áp dụng), with its effect when known. */
export async function markIdeaApplied(viewer: Viewer, input: z.output<typeof ideaAppliedInput>) {
  const idea = await curatedIdea(viewer, input.id);
  const effect = input.effect ?? idea.effect;
  await db().$transaction(async (tx) => {
    const { count } = await tx.memberEntry.updateMany({
      where: { id: idea.id, khoiId: idea.khoiId, version: input.version },
      data: { applied: true, effect, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordChange(
      { khoiId: idea.khoiId, actorId: viewer.userId, action: "idea.applied", targetType: "MemberEntry", targetId: idea.id },
      { applied: idea.applied, effect: idea.effect },
      { applied: true, effect },
      tx,
    );
  });
  return { id: idea.id };
}
