import "server-only";
import type { z } from "zod";
// A member logs their own entries — ideas (ý tưởng, sáng kiến, hiến kế), trainings (học tập,
// bồi dưỡng), volunteer work — edits them until a secretary confirms them, and may withdraw
// them. Reviews live in entry-reviews.ts, reads in entry-reads.ts, counts in entry-counts.ts.
import { db } from "@/lib/db/client";
import { canSomewhere, entryScope, grantsFor, memberScope, type Viewer } from "@/lib/authz";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { foldVietnamese } from "@/lib/domain/text";
import { IDEA_CONTEST_KINDS, VOLUNTEER_ACTIVITY_KINDS } from "@/lib/domain/activity-kinds";
import { entryCreateInput, entryUpdateInput, entryWithdrawInput, type EntryCreateData } from "@/lib/validation/entries";
import { AppError, conflict, forbidden, invalid, notFound } from "./errors";
import { createOnce } from "./create-once";
import { unitsOn } from "./member-history";
import { selectOf } from "@/lib/domain/audit-diff";
import { recordChange } from "./audit";
import { recordStatusChange } from "./status-changes";

/** Starts with "Không tìm thấy": like any record out of reach, it reveals nothing about others. */
export const NO_PROFILE_MESSAGE =
  "Không tìm thấy hồ sơ đoàn viên gắn với tài khoản của bạn. Vui lòng liên hệ Bí thư chi đoàn để gắn hồ sơ trước khi ghi nhận.";

/** Entries the member may still change: confirmed ones are locked, withdrawn ones archived. */
export const EDITABLE_ENTRY_STATUSES = ["SUBMITTED", "RETURNED"] as const;

export type OwnProfile = { id: string; khoiId: string; coSoId: string; chiDoanId: string };

/** The viewer's own member profile (Member.userId = the account), or null when there is none. */
export async function findOwnProfile(viewer: Viewer): Promise<OwnProfile | null> {
  const member = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "entry.log"), { active: true }] },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  // The profile must sit in a Khối where the account itself holds the right to log.
  if (!member || !grantsFor(viewer, "entry.log").some((g) => g.khoiIds.includes(member.khoiId))) return null;
  return member;
}

async function ownProfile(viewer: Viewer): Promise<OwnProfile> {
  if (!canSomewhere(viewer, "entry.log")) throw forbidden();
  const member = await findOwnProfile(viewer);
  if (!member) throw new AppError("NOT_FOUND", NO_PROFILE_MESSAGE);
  return member;
}

const isOpenContest = (deadline: Date | null) => !!deadline && deadline.getTime() >= todayInVietnam().getTime();

/** A contest of the member's Khối that still takes entries; another Khối's is simply not found. */
async function contestOpen(khoiId: string, contestId: string) {
  const contest = await db().activity.findFirst({
    where: { id: contestId, khoiId, kind: { in: [...IDEA_CONTEST_KINDS] }, active: true },
    select: { registrationDeadline: true },
  });
  return !!contest && isOpenContest(contest.registrationDeadline);
}

/**
 * An idea in a contest is frozen once the contest stops taking entries or a judge has scored it:
 * what was judged must stay what was submitted.
 */
export async function frozenForContest(e: {
  khoiId: string;
  contestId: string | null;
  contestScore: number | null;
  contestRank: number | null;
}) {
  if (!e.contestId) return false;
  return e.contestScore !== null || e.contestRank !== null || !(await contestOpen(e.khoiId, e.contestId));
}
export const CONTEST_FROZEN = "Bài dự thi đã hết hạn nhận bài hoặc đã được chấm, không thay đổi được nữa.";

/**
 * The records an entry points at must belong to the member's Khối: an open contest for an idea
 * (entering, moving or leaving one only while it is open), a Khối activity that has started for
 * volunteer work, on a day within it.
 */
async function checkLinks(khoiId: string, input: EntryCreateData, before: { contestId: string | null } | null) {
  if (input.kind === "IDEA") {
    const was = before?.contestId ?? null;
    if (input.contestId !== was) {
      if (was && !(await contestOpen(khoiId, was)))
        throw invalid({ contestId: "Cuộc thi đã hết hạn nhận bài, không thay đổi bài dự thi được" });
      if (input.contestId && !(await contestOpen(khoiId, input.contestId)))
        throw invalid({ contestId: "Không tìm thấy cuộc thi đang nhận bài" });
    }
  }
  if (input.kind === "VOLUNTEER" && input.activityId) {
    const activity = await db().activity.findFirst({
      where: { id: input.activityId, khoiId, active: true, startsOn: { lte: todayInVietnam() } },
      select: { startsOn: true, endsOn: true, kind: true },
    });
    if (!activity) throw invalid({ activityId: "Không tìm thấy hoạt động đã diễn ra của Đoàn Khối" });
    // A training or a contest is not volunteer work, whatever id the form was made to send.
    if (!(VOLUNTEER_ACTIVITY_KINDS as readonly string[]).includes(activity.kind))
      throw invalid({ activityId: "Hoạt động này không phải hoạt động tình nguyện; hãy chọn một hoạt động tình nguyện" });
    if (input.occurredOn < activity.startsOn || (activity.endsOn && input.occurredOn > activity.endsOn))
      throw invalid({ occurredOn: "Ngày tham gia phải trong thời gian diễn ra hoạt động" });
  }
}

/** The columns of one kind; the other kinds' columns are cleared, so a row never mixes kinds. */
function entryData(input: EntryCreateData) {
  const common = { title: input.title, searchText: foldVietnamese(input.title), occurredOn: input.occurredOn };
  const none = {
    field: null,
    endsOn: null,
    ideaKind: null,
    problem: null,
    proposal: null,
    applied: null,
    effect: null,
    contestId: null,
    trainingKind: null,
    provider: null,
    activityId: null,
    hours: null,
  };
  switch (input.kind) {
    case "IDEA":
      // The effect of an idea not applied is not kept (the form hides the field).
      return {
        ...none,
        ...common,
        field: input.field,
        ideaKind: input.ideaKind,
        problem: input.problem,
        proposal: input.proposal,
        applied: input.applied,
        effect: input.applied ? input.effect : null,
        contestId: input.contestId,
      };
    case "TRAINING":
      return { ...none, ...common, trainingKind: input.trainingKind, provider: input.provider, endsOn: input.endsOn };
    case "VOLUNTEER":
      return { ...none, ...common, field: input.field, activityId: input.activityId, hours: input.hours };
  }
}

/** The entry already made with this form's key, if it is the member's own. */
async function madeWithKey(member: OwnProfile, requestKey: string) {
  const done = await db().memberEntry.findFirst({
    where: { khoiId: member.khoiId, requestKey },
    select: { id: true, memberId: true },
  });
  if (done && done.memberId !== member.id) throw invalid({}, "Biểu mẫu không hợp lệ, vui lòng tải lại trang rồi gửi lại.");
  return done ? { id: done.id } : null;
}

export async function createEntry(viewer: Viewer, input: z.output<typeof entryCreateInput>) {
  const member = await ownProfile(viewer);
  return createOnce(
    () => madeWithKey(member, input.requestKey),
    async () => {
      await checkLinks(member.khoiId, input, null);
      const units = await unitsOn(member, input.occurredOn);
      const id = crypto.randomUUID();
      await db().$transaction(async (tx) => {
        await tx.memberEntry.create({
          data: {
            id,
            khoiId: member.khoiId,
            // The member's units on the day it happened: a transfer leaves the entry where it was done.
            coSoId: units.coSoId,
            chiDoanId: units.chiDoanId,
            memberId: member.id,
            kind: input.kind,
            status: "SUBMITTED",
            ...entryData(input),
            requestKey: input.requestKey,
            createdById: viewer.userId,
          },
        });
        await recordStatusChange(
          {
            khoiId: member.khoiId,
            entityType: "MemberEntry",
            entityId: id,
            fromStatus: null,
            toStatus: "SUBMITTED",
            actorId: viewer.userId,
          },
          tx,
          { kind: input.kind, title: input.title },
        );
      });
      return { id };
    },
  );
}

/** One of the viewer's own entries (anyone else's is not found). */
async function findOwn(viewer: Viewer, id: string) {
  const entry = await db().memberEntry.findFirst({
    where: { AND: [entryScope(viewer, "entry.log"), { id }] },
    select: { id: true, khoiId: true, kind: true, status: true, contestId: true, contestScore: true, contestRank: true },
  });
  if (!entry) throw notFound("ghi nhận");
  return entry;
}

const lockedMessage = (verb: string) => `Ghi nhận đã được xác nhận nên không ${verb} được nữa.`;

/** Edits an entry while it is pending or returned; saving a returned one sends it again. */
export async function updateEntry(viewer: Viewer, input: z.output<typeof entryUpdateInput>) {
  const entry = await findOwn(viewer, input.id);
  if (entry.status === "CONFIRMED") throw invalid({}, lockedMessage("sửa"));
  if (await frozenForContest(entry)) throw invalid({}, CONTEST_FROZEN);
  if (entry.kind !== input.kind) throw invalid({ kind: "Không đổi được loại của ghi nhận đã gửi" });
  await checkLinks(entry.khoiId, input, entry);
  const { searchText: _s, ...shown } = entryData(input); // searchText is the title folded
  await db().$transaction(async (tx) => {
    const before = await tx.memberEntry.findFirst({
      where: { id: entry.id, khoiId: entry.khoiId, version: input.version, status: { in: [...EDITABLE_ENTRY_STATUSES] } },
      select: selectOf(shown),
    });
    const { count } = await tx.memberEntry.updateMany({
      where: { id: entry.id, khoiId: entry.khoiId, version: input.version, status: { in: [...EDITABLE_ENTRY_STATUSES] } },
      data: { ...entryData(input), status: "SUBMITTED", version: { increment: 1 } },
    });
    if (count === 0 || !before) throw conflict();
    await recordChange(
      { khoiId: entry.khoiId, actorId: viewer.userId, action: "entry.update", targetType: "MemberEntry", targetId: entry.id },
      before,
      shown,
      tx,
    );
    if (entry.status === "RETURNED")
      await recordStatusChange(
        {
          khoiId: entry.khoiId,
          entityType: "MemberEntry",
          entityId: entry.id,
          fromStatus: "RETURNED",
          toStatus: "SUBMITTED",
          actorId: viewer.userId,
          comment: "Đã sửa và gửi lại",
        },
        tx,
      );
  });
}

/** Withdraws (rút) an entry that is not confirmed yet; it is kept, archived, and vanishes from every read. */
export async function withdrawEntry(viewer: Viewer, input: z.output<typeof entryWithdrawInput>) {
  const entry = await findOwn(viewer, input.id);
  if (entry.status === "CONFIRMED") throw invalid({}, lockedMessage("rút"));
  if (await frozenForContest(entry)) throw invalid({}, CONTEST_FROZEN);
  await db().$transaction(async (tx) => {
    const { count } = await tx.memberEntry.updateMany({
      where: { id: entry.id, khoiId: entry.khoiId, version: input.version, status: { in: [...EDITABLE_ENTRY_STATUSES] } },
      data: { status: "WITHDRAWN", version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: entry.khoiId,
        entityType: "MemberEntry",
        entityId: entry.id,
        fromStatus: entry.status,
        toStatus: "WITHDRAWN",
        actorId: viewer.userId,
      },
      tx,
    );
  });
}

/**
 * The choices of the entry form: open contests of the member's Khối (plus the one an edited idea
 * is already in, even closed) and Khối activities that have started (the last two years).
 */
export async function entryFormOptions(member: OwnProfile, current: { contestId: string | null } = { contestId: null }) {
  const today = todayInVietnam();
  const [contests, activities] = await Promise.all([
    db().activity.findMany({
      where: {
        khoiId: member.khoiId,
        kind: { in: [...IDEA_CONTEST_KINDS] },
        OR: [{ active: true, registrationDeadline: { gte: today } }, ...(current.contestId ? [{ id: current.contestId }] : [])],
      },
      select: { id: true, name: true, registrationDeadline: true },
      orderBy: [{ registrationDeadline: "asc" }, { name: "asc" }],
    }),
    db().activity.findMany({
      where: {
        khoiId: member.khoiId,
        active: true,
        kind: { in: [...VOLUNTEER_ACTIVITY_KINDS] },
        startsOn: { lte: today, gte: new Date(Date.UTC(today.getUTCFullYear() - 2, 0, 1)) },
      },
      select: { id: true, name: true, startsOn: true },
      orderBy: [{ startsOn: "desc" }, { name: "asc" }],
      take: 200,
    }),
  ]);
  return {
    contests: contests.map((c) => ({
      id: c.id,
      label: isOpenContest(c.registrationDeadline)
        ? `${c.name} (nhận bài đến ${formatVietnameseDate(c.registrationDeadline)})`
        : `${c.name} (đã hết hạn nhận bài)`,
    })),
    activities: activities.map((x) => ({ id: x.id, label: `${x.name} (${formatVietnameseDate(x.startsOn)})` })),
  };
}
