import "server-only";
// Ý tưởng được chia sẻ (nhân rộng): the ideas members publish to their Khối, read by everyone of
// that Khối. An idea is private (its owner and their secretaries) until its owner shares it; a
// shared idea is still the member's entry, reviewed as before — sharing, supports and comments
// never touch its status. Writes live in shared-idea-writes.ts.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { grantsFor, khoiIdsFor, type Viewer } from "@/lib/authz";
import type { SharedIdeaListQuery } from "@/lib/validation/shared-ideas";
import { notFound } from "./errors";
import { findOwnProfile } from "./entries";

export const SHARED_IDEA_PAGE_SIZE = 20;

/** Only ideas still in play are shown: a returned or withdrawn idea leaves the list until it is sent again. */
export const SHAREABLE_STATUSES = ["SUBMITTED", "CONFIRMED"] as const;

/** The Khối whose shared ideas the viewer reads: those where a grant holds `idea.share` (never a city grant). */
export function sharingKhoiIds(viewer: Viewer): string[] {
  return [...new Set(grantsFor(viewer, "idea.share").flatMap((g) => g.khoiIds))];
}

/**
 * The shared ideas the viewer may see. The Khối is in the `where`: another Khối's idea, shared
 * or not, is simply not found; so is a private one, whoever asks.
 */
export function sharedIdeaScope(viewer: Viewer): Prisma.MemberEntryWhereInput {
  return {
    khoiId: { in: sharingKhoiIds(viewer) },
    kind: "IDEA",
    publishedAt: { not: null },
    status: { in: [...SHAREABLE_STATUSES] },
  };
}

const listSelect = {
  id: true,
  khoiId: true,
  coSoId: true,
  title: true,
  ideaKind: true,
  field: true,
  status: true,
  applied: true,
  publishedAt: true,
  supportCount: true,
  member: { select: { fullName: true } },
  contest: { select: { name: true } },
  _count: { select: { comments: { where: { hiddenAt: null } } } },
} satisfies Prisma.MemberEntrySelect;

async function unitNames(rows: { coSoId: string; khoiId: string }[]) {
  if (!rows.length) return new Map<string, string>();
  const units = await db().unit.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.coSoId))] }, khoiId: { in: [...new Set(rows.map((r) => r.khoiId))] } },
    select: { id: true, name: true },
  });
  return new Map(units.map((u) => [u.id, u.name]));
}

export async function listSharedIdeas(viewer: Viewer, query: SharedIdeaListQuery) {
  const where = sharedIdeaScope(viewer);
  const orderBy: Prisma.MemberEntryOrderByWithRelationInput[] =
    query.sort === "support"
      ? [{ supportCount: "desc" }, { publishedAt: "desc" }, { id: "asc" }]
      : [{ publishedAt: "desc" }, { id: "asc" }];
  const [total, rows] = await Promise.all([
    db().memberEntry.count({ where }),
    db().memberEntry.findMany({
      where,
      select: listSelect,
      orderBy,
      skip: (query.page - 1) * SHARED_IDEA_PAGE_SIZE,
      take: SHARED_IDEA_PAGE_SIZE,
    }),
  ]);
  const names = await unitNames(rows);
  return {
    total,
    page: query.page,
    pageSize: SHARED_IDEA_PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      ideaKind: r.ideaKind,
      field: r.field,
      confirmed: r.status === "CONFIRMED",
      applied: r.applied === true,
      contestName: r.contest?.name ?? null,
      // Sharing is the member's consent to show their name to the Khối.
      authorName: r.member.fullName,
      coSoName: names.get(r.coSoId) ?? "",
      publishedAt: r.publishedAt as Date,
      supportCount: r.supportCount,
      commentCount: r._count.comments,
    })),
  };
}
export type SharedIdeaRow = Awaited<ReturnType<typeof listSharedIdeas>>["rows"][number];

/** Khối staff who pick ideas for a contest, mark them applied and hide comments: `contest.review` at the Khối. */
export function curatesIdeasOf(viewer: Viewer, khoiId: string): boolean {
  return khoiIdsFor(viewer, "contest.review").includes(khoiId);
}

/** One shared idea with its comments and what the viewer may do with it. */
export async function getSharedIdea(viewer: Viewer, id: string) {
  const row = await db().memberEntry.findFirst({
    where: { AND: [sharedIdeaScope(viewer), { id }] },
    select: {
      ...listSelect,
      version: true,
      problem: true,
      proposal: true,
      effect: true,
      memberId: true,
      contestId: true,
      contestScore: true,
      contestRank: true,
      member: { select: { fullName: true, userId: true } },
    },
  });
  if (!row) throw notFound("ý tưởng");
  const [names, profile, curator] = [await unitNames([row]), await findOwnProfile(viewer), curatesIdeasOf(viewer, row.khoiId)];
  const isOwn = row.member.userId === viewer.userId;
  const [supported, comments] = await Promise.all([
    profile && profile.khoiId === row.khoiId
      ? db().ideaSupport.count({ where: { khoiId: row.khoiId, entryId: row.id, memberId: profile.id } })
      : 0,
    db().ideaComment.findMany({
      where: { khoiId: row.khoiId, entryId: row.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, authorUserId: true, body: true, createdAt: true, hiddenAt: true },
      take: 500,
    }),
  ]);
  const authors = comments.length
    ? await db().user.findMany({
        where: { id: { in: [...new Set(comments.map((c) => c.authorUserId))] } },
        select: { id: true, name: true },
      })
    : [];
  const authorNames = new Map(authors.map((u) => [u.id, u.name]));
  const contests = curator
    ? await db().activity.findMany({
        where: { khoiId: row.khoiId, kind: "CONTEST", active: true },
        select: { id: true, name: true },
        orderBy: [{ startsOn: "desc" }, { name: "asc" }],
        take: 100,
      })
    : [];
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    ideaKind: row.ideaKind,
    field: row.field,
    problem: row.problem,
    proposal: row.proposal,
    effect: row.effect,
    confirmed: row.status === "CONFIRMED",
    applied: row.applied === true,
    contestId: row.contestId,
    contestName: row.contest?.name ?? null,
    authorName: row.member.fullName,
    coSoName: names.get(row.coSoId) ?? "",
    publishedAt: row.publishedAt as Date,
    supportCount: row.supportCount,
    isOwn,
    supported: supported > 0,
    // One support per member of the Khối, never for one's own idea.
    canSupport: !!profile && profile.khoiId === row.khoiId && profile.id !== row.memberId,
    canCurate: curator,
    // A scored contest entry stays in its contest.
    canPickContest: curator && row.contestScore === null && row.contestRank === null,
    contests,
    // Hidden comments stay on the record; only their author, the idea's owner and Khối staff see them.
    comments: comments
      .map((c) => {
        const mayHide = c.authorUserId === viewer.userId || isOwn || curator;
        return {
          id: c.id,
          authorName: authorNames.get(c.authorUserId) ?? "",
          body: c.hiddenAt && !mayHide ? null : c.body,
          createdAt: c.createdAt,
          hidden: !!c.hiddenAt,
          canHide: !c.hiddenAt && mayHide,
        };
      })
      .filter((c) => !c.hidden || c.body !== null),
  };
}
export type SharedIdeaDetail = Awaited<ReturnType<typeof getSharedIdea>>;

/** The sharing state of the viewer's own idea, for its entry page (null when it is not theirs or not an idea). */
export function ownIdeaSharing(entry: {
  isOwn: boolean;
  kind: string;
  status: string;
  publishedAt: Date | null;
}): { shared: boolean; canShare: boolean } | null {
  if (!entry.isOwn || entry.kind !== "IDEA") return null;
  return {
    shared: entry.publishedAt !== null,
    canShare: (SHAREABLE_STATUSES as readonly string[]).includes(entry.status),
  };
}
