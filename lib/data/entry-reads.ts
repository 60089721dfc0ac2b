import "server-only";
// Reading members' entries: the reviewers' list (filters, search, paging), one entry with its
// timeline and what the viewer may do with it, a member's own record, and the .xlsx export.
// The scope is in every `where`; withdrawn entries vanish from all of them (SECURITY.md #26).
import { db } from "@/lib/db/client";
import { cachedRead } from "./read-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, entryScope, grantsFor, PERMISSIONS, type Viewer } from "@/lib/authz";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { buildEntryExport } from "@/lib/domain/entry-workbook";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import type { EntryListQuery } from "@/lib/validation/entries";
import { frozenForContest } from "./entries";
import { notFound } from "./errors";
import { timelineOf } from "./status-changes";

export const ENTRY_EXPORT_CAP = 20_000;

const entrySelect = {
  id: true,
  khoiId: true,
  coSoId: true,
  chiDoanId: true,
  kind: true,
  status: true,
  title: true,
  field: true,
  occurredOn: true,
  endsOn: true,
  ideaKind: true,
  problem: true,
  proposal: true,
  applied: true,
  effect: true,
  contestRank: true,
  contestScore: true,
  contestNote: true,
  trainingKind: true,
  provider: true,
  hours: true,
  reviewComment: true,
  reviewedAt: true,
  version: true,
  createdAt: true,
  // Shared with the Khối (ý tưởng được chia sẻ) since then, or private
  publishedAt: true,
  member: { select: { fullName: true, userId: true } },
  contest: { select: { id: true, name: true, registrationDeadline: true } },
  activity: { select: { id: true, name: true } },
} satisfies Prisma.MemberEntrySelect;
type EntryRow = Prisma.MemberEntryGetPayload<{ select: typeof entrySelect }>;

/** What screens get: never the owner's account id, only whether the entry is the viewer's own. */
export type EntryDto = Omit<EntryRow, "member"> & {
  memberName: string | null;
  coSoName: string;
  chiDoanName: string;
  isOwn: boolean;
  /** Confirmed: locked, counted */
  locked: boolean;
  /** The viewer may confirm or return it now (a reviewer in scope, not their own, pending) */
  canReview: boolean;
};

const targetOf = (r: EntryRow) => ({ khoiId: r.khoiId, coSoId: r.coSoId, chiDoanId: r.chiDoanId, ownerUserId: r.member.userId });

async function toDtos(viewer: Viewer, rows: EntryRow[]): Promise<EntryDto[]> {
  const unitIds = [...new Set(rows.flatMap((r) => [r.coSoId, r.chiDoanId]))];
  const khoiIds = [...new Set(rows.map((r) => r.khoiId))];
  const units = unitIds.length
    ? await db().unit.findMany({ where: { id: { in: unitIds }, khoiId: { in: khoiIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(units.map((u) => [u.id, u.name]));
  return rows.map((row) => {
    const { member, ...r } = row;
    const isOwn = member.userId === viewer.userId;
    return {
      ...r,
      // Names are personal data: only for those who may read this member's entries.
      memberName: can(viewer, "entry.read", targetOf(row)) ? member.fullName : null,
      coSoName: names.get(r.coSoId) ?? "",
      chiDoanName: names.get(r.chiDoanId) ?? "",
      isOwn,
      locked: r.status === "CONFIRMED",
      canReview: !isOwn && r.status === "SUBMITTED" && can(viewer, "entry.review", targetOf(row)),
    };
  });
}

/** Reads other members' entries (a secretary, the Khối), not only their own: the review list. */
export function readsOthersEntries(viewer: Viewer): boolean {
  return grantsFor(viewer, "entry.read").some((g) => PERMISSIONS[g.role]["entry.read"] !== "self");
}

type Filters = Omit<EntryListQuery, "page">;

function listWhere(viewer: Viewer, q: Filters): Prisma.MemberEntryWhereInput {
  const text = foldVietnamese(q.q);
  return {
    AND: [
      filtersWhere(viewer, q),
      // Diacritic-insensitive: the folded title, or the member's folded name.
      text ? { OR: [{ searchText: containsLiterally(text) }, { member: { searchName: containsLiterally(text) } }] } : {},
    ],
  };
}

/** The scope and every filter but the text search. */
function filtersWhere(viewer: Viewer, q: Filters): Prisma.MemberEntryWhereInput {
  return {
    AND: [
      entryScope(viewer, "entry.read"),
      q.kind ? { kind: q.kind } : {},
      q.status ? { status: q.status } : {},
      q.field ? { field: q.field } : {},
      q.ky ? { occurredOn: { gte: q.ky.from, lt: q.ky.to } } : {},
      q.coSo ? { coSoId: q.coSo } : {},
      q.chiDoan ? { chiDoanId: q.chiDoan } : {},
    ],
  };
}

// Served by the index (khoiId, occurredOn desc, createdAt desc, id): page 1 reads its 50 rows.
const newestFirst: Prisma.MemberEntryOrderByWithRelationInput[] = [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }];

/**
 * Counting every entry of a large Khối costs more than the page itself (188,000 rows: ~200 ms on
 * PGlite), only to print a number: beyond this many the list says "hơn 10.000" instead.
 */
export const ENTRY_COUNT_CAP = 10_000;
/** A text search counts its matches exactly up to this many, then says "hơn 1.000". */
export const ENTRY_SEARCH_COUNT_CAP = 1_000;
/** Members whose name matches, looked up first; past this the name joins the entries instead. */
const SEARCH_MEMBER_CAP = 2_000;

export type EntryListPage = {
  /** Exact unless `totalBounded`: then there are more than `total` entries */
  total: number;
  totalBounded: boolean;
  hasNext: boolean;
  page: number;
  pageSize: number;
  rows: EntryDto[];
};

/** A page of the entry list, kept under the data versions (read-cache.ts), like the member list. */
export function listEntries(viewer: Viewer, query: EntryListQuery): Promise<EntryListPage> {
  return cachedRead("entryList", viewer, [query], () => readEntryList(viewer, query));
}

async function readEntryList(viewer: Viewer, query: EntryListQuery): Promise<EntryListPage> {
  const text = foldVietnamese(query.q);
  if (text) return searchEntries(viewer, query, text);
  const where = filtersWhere(viewer, query);
  // Exact for the waiting list, the number a reviewer works down (a narrow index range);
  // bounded for the rest, where it only sizes the pager.
  const exact = query.status === "SUBMITTED";
  const [counted, rows] = await Promise.all([
    // In the list's order: the bounded count then reads the same index as the page.
    db().memberEntry.count({ where, ...(exact ? {} : { orderBy: newestFirst, take: ENTRY_COUNT_CAP + 1 }) }),
    db().memberEntry.findMany({
      where,
      select: entrySelect,
      orderBy: newestFirst,
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE + 1,
    }),
  ]);
  const totalBounded = !exact && counted > ENTRY_COUNT_CAP;
  return {
    total: totalBounded ? ENTRY_COUNT_CAP : counted,
    totalBounded,
    hasNext: rows.length > LIST_PAGE_SIZE,
    page: query.page,
    pageSize: LIST_PAGE_SIZE,
    rows: await toDtos(viewer, rows.slice(0, LIST_PAGE_SIZE)),
  };
}

type EntryKey = { id: string; occurredOn: Date; createdAt: Date };
const keySelect = { id: true, occurredOn: true, createdAt: true } satisfies Prisma.MemberEntrySelect;
/** The most title matches looked up by id: 100 pages of the list. */
const TITLE_IDS_CAP = 100 * LIST_PAGE_SIZE + 1;
/** pg_trgm indexes three-letter pieces: a shorter phrase has none to look up. */
const TRIGRAM_LENGTH = 3;
const byNewest = (a: EntryKey, b: EntryKey) =>
  b.occurredOn.getTime() - a.occurredOn.getTime() ||
  b.createdAt.getTime() - a.createdAt.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The text search, as two reads the databases can each plan well, merged here: entries of the
 * members whose folded name matches (by memberId), and entries whose folded title matches. As
 * one OR across the member join, both databases scanned and joined every entry of the Khối twice
 * (page and count: ~480 ms on PGlite for 188,000 entries). Each read takes only the sort keys,
 * up to the count cap, so the total is exact below it; then the page's rows are read by id.
 */
async function searchEntries(viewer: Viewer, query: EntryListQuery, text: string): Promise<EntryListPage> {
  const base = filtersWhere(viewer, query);
  const skip = (query.page - 1) * LIST_PAGE_SIZE;
  const need = Math.max(ENTRY_SEARCH_COUNT_CAP, skip + LIST_PAGE_SIZE) + 1;
  // Member ids only narrow the entries: the entries' own scope still decides what is seen.
  const khoiIds = [...new Set(grantsFor(viewer, "entry.read").flatMap((g) => g.khoiIds))];
  const members = await db().member.findMany({
    where: { khoiId: { in: khoiIds }, searchName: containsLiterally(text) },
    select: { id: true },
    take: SEARCH_MEMBER_CAP + 1,
  });
  const byName: Prisma.MemberEntryWhereInput | null = !members.length
    ? null
    : members.length > SEARCH_MEMBER_CAP
      ? { member: { searchName: containsLiterally(text) } }
      : { memberId: { in: members.map((m) => m.id) } };
  const keysWhere = (w: Prisma.MemberEntryWhereInput) =>
    db().memberEntry.findMany({
      where: { AND: [base, w] },
      select: keySelect,
      orderBy: newestFirst,
      take: need,
    });
  const byTitle: Prisma.MemberEntryWhereInput = { searchText: containsLiterally(text) };
  // Titles: the newest `need` matches of the viewer's Khối, found by entry_title_matches (migration
  // 20261207090000: the trigram index, or the newest entries for a common phrase, planned outside
  // the row policies that hide the index from LIKE), then read by id under the policies and the
  // list's filters. Those are the newest in the filters when `need` of them pass, or when the
  // function found fewer than `need` (every match). Otherwise (a narrow filter, a common phrase),
  // under three letters (no trigram) and past page 100 (ids by the thousand), the entries are
  // read newest first until `need` match.
  const titledKeys = async () => {
    if (text.length >= TRIGRAM_LENGTH && need <= TITLE_IDS_CAP) {
      const ids = (await db().$queryRead<{ id: string }[]>`SELECT "id" FROM entry_title_matches(${text}, ${need}::int)`).map(
        (r) => r.id,
      );
      const keys = ids.length
        ? await db().memberEntry.findMany({ where: { AND: [base, { id: { in: ids } }] }, select: keySelect })
        : [];
      if (keys.length >= need || ids.length < need) return keys.sort(byNewest);
    }
    return keysWhere(byTitle);
  };
  const [named, titled] = await Promise.all([byName ? keysWhere(byName) : Promise.resolve([]), titledKeys()]);
  const merged = [...new Map([...named, ...titled].map((k) => [k.id, k])).values()].sort(byNewest);
  // Each read holds its first `need` matches, so the union's first `need` are right; past them, unknown.
  const totalBounded = named.length === need || titled.length === need;
  const pageKeys = merged.slice(skip, skip + LIST_PAGE_SIZE);
  const found = pageKeys.length
    ? await db().memberEntry.findMany({ where: { AND: [base, { id: { in: pageKeys.map((k) => k.id) } }] }, select: entrySelect })
    : [];
  const rowsById = new Map(found.map((r) => [r.id, r]));
  const rows = pageKeys.flatMap((k) => rowsById.get(k.id) ?? []);
  return {
    total: totalBounded ? ENTRY_SEARCH_COUNT_CAP : merged.length,
    totalBounded,
    hasNext: merged.length > skip + LIST_PAGE_SIZE,
    page: query.page,
    pageSize: LIST_PAGE_SIZE,
    rows: await toDtos(viewer, rows),
  };
}

/**
 * One entry: for those who may read it, and for Khối staff judging the contest it is entered
 * in. Also what the viewer may do with it now.
 */
export async function getEntry(viewer: Viewer, id: string) {
  const row = await db().memberEntry.findFirst({
    where: {
      AND: [
        { id },
        { OR: [entryScope(viewer, "entry.read"), { AND: [entryScope(viewer, "contest.review"), { contestId: { not: null } }] }] },
      ],
    },
    select: entrySelect,
  });
  if (!row) throw notFound("ghi nhận");
  const [dto] = await toDtos(viewer, [row]);
  const editable =
    dto.isOwn &&
    (row.status === "SUBMITTED" || row.status === "RETURNED") &&
    !(await frozenForContest({
      khoiId: row.khoiId,
      contestId: row.contest?.id ?? null,
      contestScore: row.contestScore,
      contestRank: row.contestRank,
    }));
  return {
    ...dto,
    canEdit: editable,
    canWithdraw: editable,
    canScore: !dto.isOwn && !!row.contest && row.status !== "RETURNED" && can(viewer, "contest.review", targetOf(row)),
    timeline: await timelineOf(viewer, row.khoiId, "MemberEntry", [row.id]),
  };
}
export type EntryDetail = Awaited<ReturnType<typeof getEntry>>;

export type MyEntry = {
  id: string;
  version: number;
  kind: EntryRow["kind"];
  status: EntryRow["status"];
  title: string;
  occurredOn: Date;
  endsOn: Date | null;
  field: EntryRow["field"];
  ideaKind: EntryRow["ideaKind"];
  trainingKind: EntryRow["trainingKind"];
  provider: string | null;
  hours: number | null;
  applied: boolean | null;
  contestName: string | null;
  contestRank: number | null;
  contestScore: number | null;
  activityName: string | null;
  /** Why it was returned (only while it is returned) */
  returnReason: string | null;
  /** Confirmed: locked and counted; no more edits */
  locked: boolean;
};

/** The signed-in member's own entries, newest first (for their record page, /ca-nhan). */
export async function myEntries(viewer: Viewer): Promise<MyEntry[]> {
  const rows = await db().memberEntry.findMany({
    where: entryScope(viewer, "entry.log"),
    select: entrySelect,
    orderBy: newestFirst,
    take: 2000,
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    kind: r.kind,
    status: r.status,
    title: r.title,
    occurredOn: r.occurredOn,
    endsOn: r.endsOn,
    field: r.field,
    ideaKind: r.ideaKind,
    trainingKind: r.trainingKind,
    provider: r.provider,
    hours: r.hours,
    applied: r.applied,
    contestName: r.contest?.name ?? null,
    contestRank: r.contestRank,
    contestScore: r.contestScore,
    activityName: r.activity?.name ?? null,
    returnReason: r.status === "RETURNED" ? r.reviewComment : null,
    locked: r.status === "CONFIRMED",
  }));
}

/** The list's filters as an .xlsx (at most ENTRY_EXPORT_CAP rows), formulas neutralised. */
export async function exportEntries(viewer: Viewer, query: Filters) {
  const rows = await db().memberEntry.findMany({
    where: listWhere(viewer, query),
    select: entrySelect,
    orderBy: newestFirst,
    take: ENTRY_EXPORT_CAP + 1,
  });
  const truncated = rows.length > ENTRY_EXPORT_CAP;
  const dtos = await toDtos(viewer, rows.slice(0, ENTRY_EXPORT_CAP));
  return { workbook: await buildEntryExport(dtos), rowCount: dtos.length, truncated };
}
