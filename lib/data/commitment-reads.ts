import "server-only";
// Reading one commitment: the member's own for the year (their record page) and any one in the
// viewer's reach with its timeline. The scope is in every `where`: a commitment out of reach,
// withdrawn, or of another tenant is simply not found (SECURITY.md #3, #4, #26).
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, commitmentScope, grantsFor, type Viewer, reachesKhoi } from "@/lib/authz";
import type { AssessmentRating, EntryStatus } from "@/lib/generated/prisma/enums";
import { assessmentOpen, assessmentOpensOn, pendingStep } from "@/lib/domain/commitment-rules";
import { todayInVietnam } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { notFound } from "./errors";
import { timelineOf, type TimelineEntry } from "./status-changes";

/** The signed-in user's own member profile (in a Khối where they may log their own work), or null. */
export async function ownMember(viewer: Viewer) {
  const khoiIds = [...new Set(grantsFor(viewer, "entry.log").flatMap((g) => g.khoiIds))];
  if (!khoiIds.length) return null;
  return db().member.findFirst({
    where: { userId: viewer.userId, active: true, khoiId: { in: khoiIds } },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
}

/**
 * The plan a year's commitments follow: the Khối's published annual plan (kế hoạch, not a cơ sở's)
 * covering the year, the latest if several do. Its pillars are data of the plan.
 */
export async function commitmentPlanOf(viewer: Viewer, khoiId: string, year: number) {
  // The Khối comes from a record the caller found through the viewer's scope; checked again here,
  // so a helper handed another tenant's id finds nothing.
  if (!reachesKhoi(viewer, khoiId)) throw notFound();
  const plan = await db().plan.findFirst({
    where: {
      khoiId,
      coSoId: null,
      kind: "PLAN",
      status: "PUBLISHED",
      startYear: { lte: year },
      endYear: { gte: year },
      pillars: { isEmpty: false },
    },
    orderBy: [{ startYear: "desc" }, { publishedAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, number: true, subject: true, pillars: true },
  });
  return plan && { id: plan.id, title: planTitle(plan), pillars: plan.pillars };
}

const commitmentSelect = {
  id: true,
  khoiId: true,
  coSoId: true,
  chiDoanId: true,
  year: true,
  version: true,
  status: true,
  assessmentStatus: true,
  pillars: true,
  pledges: true,
  assessments: true,
  rating: true,
  assessedAt: true,
  reviewComment: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
  member: { select: { fullName: true, userId: true } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentDto = {
  id: string;
  year: number;
  version: number;
  status: EntryStatus;
  assessmentStatus: EntryStatus | null;
  /** The plan's pillars at registration, each with what the member pledged and how they assessed it. */
  items: { pillar: string; pledge: string; assessment: string | null }[];
  rating: AssessmentRating | null;
  assessedAt: Date | null;
  /** The last review's reason for returning it: shown while the registration or assessment is returned. */
  reviewComment: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  memberName: string;
  chiDoanName: string;
  coSoName: string;
};

type Row = Prisma.CommitmentGetPayload<{ select: typeof commitmentSelect }>;

async function toDto(row: Row): Promise<CommitmentDto> {
  const units = await db().unit.findMany({
    where: { id: { in: [row.coSoId, row.chiDoanId] }, khoiId: row.khoiId },
    select: { id: true, name: true },
  });
  const name = (id: string) => units.find((u) => u.id === id)?.name ?? "";
  return {
    id: row.id,
    year: row.year,
    version: row.version,
    status: row.status,
    assessmentStatus: row.assessmentStatus,
    items: row.pillars.map((pillar, i) => ({ pillar, pledge: row.pledges[i] ?? "", assessment: row.assessments[i] ?? null })),
    rating: row.rating,
    assessedAt: row.assessedAt,
    reviewComment: row.reviewComment,
    reviewedAt: row.reviewedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    memberName: row.member.fullName,
    chiDoanName: name(row.chiDoanId),
    coSoName: name(row.coSoId),
  };
}

export type OwnCommitmentView = {
  year: number;
  /** False: the account is not linked to a member profile, there is nothing to register. */
  isMember: boolean;
  plan: { id: string; title: string; pillars: string[] } | null;
  commitment: CommitmentDto | null;
  timeline: TimelineEntry[];
  assessmentOpen: boolean;
  assessmentOpensOn: Date;
};

/** The signed-in member's commitment of a year, with the plan to register under. */
export async function myCommitment(viewer: Viewer, year = todayInVietnam().getUTCFullYear()): Promise<OwnCommitmentView> {
  const dates = { assessmentOpen: assessmentOpen(year, todayInVietnam()), assessmentOpensOn: assessmentOpensOn(year) };
  const member = await ownMember(viewer);
  if (!member) return { year, isMember: false, plan: null, commitment: null, timeline: [], ...dates };
  const [plan, row] = await Promise.all([
    commitmentPlanOf(viewer, member.khoiId, year),
    db().commitment.findFirst({
      where: { AND: [commitmentScope(viewer, "entry.log"), { memberId: member.id, year }] },
      select: commitmentSelect,
    }),
  ]);
  const commitment = row ? await toDto(row) : null;
  const timeline = row ? await timelineOf(viewer, row.khoiId, "Commitment", [row.id]) : [];
  return { year, isMember: true, plan, commitment, timeline, ...dates };
}

export type CommitmentDetail = CommitmentDto & {
  timeline: TimelineEntry[];
  isOwn: boolean;
  /** What waits for a reviewer, when the viewer may review it (never their own). */
  reviewStep: "commitment" | "assessment" | null;
  assessmentOpen: boolean;
};

/** One commitment in the viewer's reach (entry.read), with its timeline and what they may do. */
export async function getCommitment(viewer: Viewer, id: string): Promise<CommitmentDetail> {
  const row = await db().commitment.findFirst({
    where: { AND: [commitmentScope(viewer, "entry.read"), { id }] },
    select: commitmentSelect,
  });
  if (!row) throw notFound("bản đăng ký rèn luyện");
  const target = { khoiId: row.khoiId, coSoId: row.coSoId, chiDoanId: row.chiDoanId, ownerUserId: row.member.userId };
  const isOwn = !!row.member.userId && row.member.userId === viewer.userId;
  const reviews = !isOwn && can(viewer, "entry.review", target);
  const [dto, timeline] = await Promise.all([toDto(row), timelineOf(viewer, row.khoiId, "Commitment", [row.id])]);
  return {
    ...dto,
    timeline,
    isOwn,
    reviewStep: reviews ? pendingStep(row) : null,
    assessmentOpen: assessmentOpen(row.year, todayInVietnam()),
  };
}
