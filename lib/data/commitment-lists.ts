import "server-only";
// The reviewers' side of commitments: the list with its filters, the members who have not
// registered yet, the .xlsx export and the counts the reports read. Every query carries the
// viewer's scope (entry.read), and withdrawn commitments never appear (SECURITY.md #5, #26).
import { db } from "@/lib/db/client";
import { cachedRead } from "./read-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, commitmentCountScope, commitmentScope, grantsFor, memberScope, PERMISSIONS, type Viewer } from "@/lib/authz";
import type { AssessmentRating, EntryStatus } from "@/lib/generated/prisma/enums";
import { pendingStep } from "@/lib/domain/commitment-rules";
import { commitmentSheet } from "@/lib/domain/commitment-export";
import { todayInVietnam } from "@/lib/domain/dates";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { buildListExport } from "@/lib/domain/workbook";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import type { CommitmentListQuery } from "@/lib/validation/commitments";

/** An export holds at most this many rows (a Khối has a few thousand members). */
const EXPORT_LIMIT = 20_000;
/** Members named on the list page under "Chưa đăng ký"; past them the page says how many more. */
export const NAMED_ON_PAGE = 300;

/** Does the viewer read other members' commitments (a secretary, Khối staff), not only their own? */
export function readsOthersCommitments(viewer: Viewer): boolean {
  return grantsFor(viewer, "entry.read").some((g) => PERMISSIONS[g.role]["entry.read"] !== "self");
}

type Filters = Omit<CommitmentListQuery, "page" | "year"> & { year?: number };
export const yearOf = (query: { year?: number }) => query.year ?? todayInVietnam().getUTCFullYear();

function listWhere(viewer: Viewer, query: Filters): Prisma.CommitmentWhereInput {
  const q = foldVietnamese(query.q);
  return {
    AND: [
      commitmentScope(viewer, "entry.read"),
      { year: yearOf(query) },
      query.status ? { status: query.status } : {},
      query.assessment === "NONE"
        ? { status: "CONFIRMED", assessmentStatus: null }
        : query.assessment
          ? { assessmentStatus: query.assessment }
          : {},
      query.chiDoan ? { chiDoanId: query.chiDoan } : {},
      query.coSo ? { coSoId: query.coSo } : {},
      q ? { member: { searchName: containsLiterally(q) } } : {},
    ],
  };
}

const rowSelect = {
  id: true,
  khoiId: true,
  coSoId: true,
  chiDoanId: true,
  year: true,
  version: true,
  status: true,
  assessmentStatus: true,
  rating: true,
  pillars: true,
  pledges: true,
  assessments: true,
  updatedAt: true,
  member: { select: { fullName: true, userId: true } },
} satisfies Prisma.CommitmentSelect;

async function unitNames(rows: { khoiId: string; coSoId: string; chiDoanId: string }[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.coSoId, r.chiDoanId]))];
  const khoiIds = [...new Set(rows.map((r) => r.khoiId))];
  const units = ids.length
    ? await db().unit.findMany({ where: { id: { in: ids }, khoiId: { in: khoiIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id: string) => names.get(id) ?? "";
}

export type CommitmentListRow = {
  id: string;
  version: number;
  memberName: string;
  chiDoanName: string;
  coSoName: string;
  status: EntryStatus;
  assessmentStatus: EntryStatus | null;
  rating: AssessmentRating | null;
  updatedAt: Date;
  /** What the viewer would confirm with "Xác nhận" (null: nothing, or not theirs to review). */
  reviewStep: "commitment" | "assessment" | null;
};

/**
 * A page of the commitment list with who has not registered, kept under the data versions
 * (read-cache.ts): its three counts over the largest Khối's members took 300 ms at every view.
 */
export function listCommitments(viewer: Viewer, query: CommitmentListQuery) {
  return cachedRead("commitmentList", viewer, [query], () => readCommitmentList(viewer, query));
}

async function readCommitmentList(viewer: Viewer, query: CommitmentListQuery) {
  const where = listWhere(viewer, query);
  const notRegisteredOnes = notRegisteredWhere(viewer, query);
  const [total, rows, notRegistered, notRegisteredWithoutAccount, notRegisteredMembers] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({
      where,
      select: rowSelect,
      // What waits for a reviewer first (enum order: SUBMITTED, RETURNED, CONFIRMED), then by name.
      orderBy: [
        { status: "asc" },
        { assessmentStatus: { sort: "asc", nulls: "last" } },
        { member: { sortName: "asc" } },
        { id: "asc" },
      ],
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
    db().member.count({ where: notRegisteredOnes }),
    db().member.count({
      where: { AND: [notRegisteredOnes, { OR: [{ userId: null }, { user: { active: false } }] }] },
    }),
    // The page names the first ones; the reminder reaches them all (commitment-reminders.ts).
    listNotRegistered(viewer, query, NAMED_ON_PAGE),
  ]);
  const name = await unitNames(rows);
  return {
    year: yearOf(query),
    total,
    page: query.page,
    pageSize: LIST_PAGE_SIZE,
    // The count, the named list and the reminder share one filter (notRegisteredWhere).
    notRegistered,
    notRegisteredWithoutAccount,
    notRegisteredMembers,
    rows: rows.map((r): CommitmentListRow => ({
      id: r.id,
      version: r.version,
      memberName: r.member.fullName,
      chiDoanName: name(r.chiDoanId),
      coSoName: name(r.coSoId),
      status: r.status,
      assessmentStatus: r.assessmentStatus,
      rating: r.rating,
      updatedAt: r.updatedAt,
      reviewStep:
        r.member.userId !== viewer.userId &&
        can(viewer, "entry.review", { khoiId: r.khoiId, coSoId: r.coSoId, chiDoanId: r.chiDoanId, ownerUserId: r.member.userId })
          ? pendingStep(r)
          : null,
    })),
  };
}

function notRegisteredWhere(viewer: Viewer, query: Pick<Filters, "year" | "chiDoan" | "coSo">): Prisma.MemberWhereInput {
  return {
    AND: [
      memberScope(viewer, "entry.read"),
      { active: true },
      query.chiDoan ? { chiDoanId: query.chiDoan } : {},
      query.coSo ? { coSoId: query.coSo } : {},
      { commitments: { none: { year: yearOf(query), status: { not: "WITHDRAWN" } } } },
    ],
  };
}

export type NotRegisteredMember = {
  id: string;
  khoiId: string;
  coSoId: string;
  chiDoanId: string;
  fullName: string;
  chiDoanName: string;
  coSoName: string;
  /** The member's own active account, to be reminded directly; else their secretary is. */
  userId: string | null;
};

/**
 * Active members of the viewer's units (and of the chi đoàn or cơ sở filtered on) with no
 * commitment for the year, by their current unit, named: "Chưa đăng ký: 12 đoàn viên" is this
 * list's length, and opens it; "Nhắc các đoàn viên này" reminds these. With their chi đoàn and
 * cơ sở: one read of the members (their chi đoàn's name joined) and one of the cơ sở names,
 * whatever their number.
 */
export async function listNotRegistered(
  viewer: Viewer,
  query: Pick<Filters, "year" | "chiDoan" | "coSo">,
  limit = EXPORT_LIMIT,
): Promise<NotRegisteredMember[]> {
  const members = await db().member.findMany({
    where: notRegisteredWhere(viewer, query),
    select: {
      id: true,
      khoiId: true,
      coSoId: true,
      chiDoanId: true,
      fullName: true,
      userId: true,
      user: { select: { active: true } },
      chiDoan: { select: { name: true } },
    },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
    take: limit,
  });
  const name = await unitNames(members);
  // By given name, as the Vietnamese sort a roll (sortName puts the given name first).
  return members.map((m): NotRegisteredMember => ({
    id: m.id,
    khoiId: m.khoiId,
    coSoId: m.coSoId,
    chiDoanId: m.chiDoanId,
    fullName: m.fullName,
    chiDoanName: m.chiDoan.name,
    coSoName: name(m.coSoId),
    userId: m.userId && m.user?.active ? m.userId : null,
  }));
}

/** The list's rows (all pages) as an .xlsx: one row per member, pledges and assessment per pillar. */
export async function exportCommitments(viewer: Viewer, query: Filters): Promise<Buffer> {
  const rows = await db().commitment.findMany({
    where: listWhere(viewer, query),
    select: rowSelect,
    orderBy: [{ coSoId: "asc" }, { chiDoanId: "asc" }, { member: { sortName: "asc" } }, { id: "asc" }],
    take: EXPORT_LIMIT,
  });
  const name = await unitNames(rows);
  const sorted = rows
    .map((r) => ({ ...r, memberName: r.member.fullName, coSoName: name(r.coSoId), chiDoanName: name(r.chiDoanId) }))
    // Grouped by cơ sở and chi đoàn in name order, as a secretary reads a list.
    .sort((x, y) => x.coSoName.localeCompare(y.coSoName, "vi") || x.chiDoanName.localeCompare(y.chiDoanName, "vi"));
  const { headers, cells } = commitmentSheet(sorted);
  return buildListExport("Đăng ký rèn luyện", headers, cells);
}

export type CommitmentCount = {
  coSoId: string;
  status: EntryStatus;
  assessmentStatus: EntryStatus | null;
  rating: AssessmentRating | null;
  count: number;
};

/**
 * For the reports: commitments of a year in the viewer's reach, counted by cơ sở (at
 * registration) × status × assessment status × rating, in one query.
 */
export async function countCommitments(viewer: Viewer, year: number): Promise<CommitmentCount[]> {
  const groups = await db().commitment.groupBy({
    by: ["coSoId", "status", "assessmentStatus", "rating"],
    where: { AND: [commitmentCountScope(viewer), { year }] },
    _count: { _all: true },
    orderBy: [{ coSoId: "asc" }, { status: "asc" }, { assessmentStatus: "asc" }, { rating: "asc" }],
  });
  return groups.map((g) => ({
    coSoId: g.coSoId,
    status: g.status,
    assessmentStatus: g.assessmentStatus,
    rating: g.rating,
    count: g._count._all,
  }));
}
