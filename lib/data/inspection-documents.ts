import "server-only";
// What the files of kiểm tra chuyên đề are made of: the thông báo kết luận of one visit, and the
// round's báo cáo kết quả with its visits and recommendations. Both read through the inspection
// scopes *in the where*: another Khối's id, a sibling cơ sở's visit, or one the cơ sở was not yet
// told of is simply not found. A fixed number of queries, whatever the round's size.
import { db } from "@/lib/db/client";
import { inspectionRoundScope, inspectionVisitScope, khoiIdsFor, recommendationScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { deadlineState, groupByPillar, INSPECTION_RATINGS, type DraftRecommendation } from "@/lib/domain/inspections";
import { planTitle } from "@/lib/domain/plan-labels";
import type { ConclusionDocumentInput, InspectionIssuer, RoundSummaryInput } from "@/lib/documents/inspection-docx";
import { notFound } from "./errors";
import { CONCLUSION_FIELDS } from "./inspection-conclusions";

const ROUND_SELECT = {
  name: true,
  decisionNumber: true,
  decisionOn: true,
  plan: {
    select: {
      kind: true,
      number: true,
      subject: true,
      superiorName: true,
      issuerName: true,
      place: true,
      pillars: true,
      unitId: true,
    },
  },
  team: { select: { lead: true, user: { select: { name: true } } } },
} as const;

type RoundRow = {
  name: string;
  decisionNumber: string;
  decisionOn: Date;
  plan: {
    kind: Parameters<typeof planTitle>[0]["kind"];
    number: string | null;
    subject: string;
    superiorName: string | null;
    issuerName: string | null;
    place: string | null;
    unitId: string;
  };
  team: { lead: boolean; user: { name: string } }[];
};

/**
 * Unit names by id, in one query for the whole document (the plan's issuer and every cơ sở): read
 * through each relation, Prisma would query the table once per relation.
 */
async function unitNames(khoiId: string, ids: string[]) {
  const units = await db().unit.findMany({ where: { khoiId, id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  const names = new Map(units.map((u) => [u.id, u.name]));
  return (id: string) => names.get(id) ?? "";
}

/** The header and basis every document of the round shares, from its plan and decision. */
function issuerOf(round: RoundRow, unitName: (id: string) => string): InspectionIssuer {
  return {
    superiorName: round.plan.superiorName ?? "",
    issuerName: round.plan.issuerName ?? unitName(round.plan.unitId).toUpperCase(),
    place: round.plan.place ?? "",
    roundName: round.name,
    decisionNumber: round.decisionNumber,
    decisionOn: round.decisionOn,
    planTitle: planTitle(round.plan),
    team: round.team
      .map((t) => ({ name: t.user.name, lead: t.lead }))
      .sort((a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name, "vi")),
  };
}

/**
 * One conclusion of a visit as a document. The visit comes through the read scope; a draft is the
 * team's own, so whoever does not manage the visit's Khối (its cơ sở) gets only what was issued
 * (the standing one and those it corrected) and a draft's id is "not found" to them.
 */
export async function conclusionDocument(
  viewer: Viewer,
  visitId: string,
  conclusionId: string,
): Promise<{ roundId: string; visitId: string; status: "DRAFT" | "ISSUED" | "SUPERSEDED"; document: ConclusionDocumentInput }> {
  const managed = khoiIdsFor(viewer, "inspection.manage");
  const visit = await db().inspectionVisit.findFirst({
    where: { AND: [inspectionVisitScope(viewer, "inspection.read"), { id: visitId }] },
    select: {
      id: true,
      khoiId: true,
      roundId: true,
      visitOn: true,
      coSoId: true,
      round: {
        select: {
          ...ROUND_SELECT,
          items: { select: { id: true, pillar: true, wording: true }, orderBy: { position: "asc" } },
        },
      },
      answers: { select: { itemId: true, result: true, note: true } },
      // Every revision the viewer may read: the one asked for, and the one a correction replaces.
      conclusions: {
        where: { OR: [{ status: { in: ["ISSUED", "SUPERSEDED"] } }, { khoiId: { in: managed } }] },
        select: CONCLUSION_FIELDS,
      },
    },
  });
  if (!visit) throw notFound("buổi kiểm tra");
  const conclusion = visit.conclusions.find((c) => c.id === conclusionId);
  if (!conclusion) throw notFound("thông báo kết luận");
  const previous = visit.conclusions.find((c) => c.revision === conclusion.revision - 1);
  const unitName = await unitNames(visit.khoiId, [visit.round.plan.unitId, visit.coSoId]);

  const answers = new Map(visit.answers.map((a) => [a.itemId, a]));
  const checklist = groupByPillar(visit.round.items, visit.round.plan.pillars).map((group) => ({
    label: group.label,
    items: group.items.map((item) => ({
      wording: item.wording,
      result: answers.get(item.id)?.result ?? null,
      note: answers.get(item.id)?.note ?? null,
    })),
  }));
  const recommendations = (conclusion.recommendations as DraftRecommendation[]).map((r) => ({ text: r.text, dueOn: r.dueOn }));
  return {
    roundId: visit.roundId,
    visitId: visit.id,
    status: conclusion.status,
    document: {
      ...issuerOf(visit.round, unitName),
      number: conclusion.number,
      issuedOn: conclusion.issuedOn,
      draft: conclusion.status === "DRAFT",
      revision: conclusion.revision,
      coSoName: unitName(visit.coSoId),
      visitOn: visit.visitOn,
      checklist,
      rating: conclusion.rating,
      strengths: conclusion.strengths,
      shortcomings: conclusion.shortcomings,
      recommendations,
      correction:
        conclusion.revision > 1
          ? {
              reason: conclusion.correctionReason ?? "",
              number: previous?.number ?? null,
              issuedOn: previous?.issuedOn ?? null,
            }
          : null,
    },
  };
}

/**
 * The round's results for its báo cáo and its spreadsheet: the Khối's staff only (a cơ sở never
 * reads another's rating). Each visit with its standing conclusion, the ratings counted, and every
 * recommendation with where it stands against its deadline today.
 */
export async function roundSummary(viewer: Viewer, roundId: string): Promise<RoundSummaryInput & { id: string }> {
  const round = await db().inspectionRound.findFirst({
    where: { AND: [inspectionRoundScope(viewer, "inspection.manage"), { id: roundId }] },
    select: {
      ...ROUND_SELECT,
      id: true,
      khoiId: true,
      periodFrom: true,
      periodTo: true,
      visits: {
        select: {
          visitOn: true,
          status: true,
          coSoId: true,
          // At most one is ISSUED at a time: a correction supersedes the one before.
          conclusions: { where: { status: "ISSUED" }, select: { number: true, rating: true, issuedOn: true } },
        },
        orderBy: [{ visitOn: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!round) throw notFound("đợt kiểm tra");
  const [recommendations, unitName] = await Promise.all([
    db().inspectionRecommendation.findMany({
      where: { AND: [recommendationScope(viewer, "inspection.manage"), { khoiId: round.khoiId, visit: { roundId: round.id } }] },
      select: {
        text: true,
        dueOn: true,
        status: true,
        response: true,
        respondedAt: true,
        reviewNote: true,
        coSoId: true,
      },
      orderBy: [{ dueOn: "asc" }, { visitId: "asc" }, { position: "asc" }],
    }),
    // A recommendation's cơ sở is its visit's: the visits name them all.
    unitNames(round.khoiId, [round.plan.unitId, ...round.visits.map((v) => v.coSoId)]),
  ]);

  const today = todayInVietnam();
  const visits = round.visits.map((v) => {
    const standing = v.conclusions[0];
    return {
      coSoName: unitName(v.coSoId),
      visitOn: v.visitOn,
      status: v.status,
      number: standing?.number ?? null,
      rating: standing?.rating ?? null,
      issuedOn: standing?.issuedOn ?? null,
    };
  });
  const ratingCounts = Object.fromEntries(
    INSPECTION_RATINGS.map((r) => [r, visits.filter((v) => v.rating === r).length]),
  ) as RoundSummaryInput["ratingCounts"];
  return {
    id: round.id,
    ...issuerOf(round, unitName),
    periodFrom: round.periodFrom,
    periodTo: round.periodTo,
    today,
    visits,
    ratingCounts,
    recommendations: recommendations.map((r) => ({
      coSoName: unitName(r.coSoId),
      text: r.text,
      dueOn: r.dueOn,
      status: r.status,
      state: deadlineState(r, today),
      response: r.response,
      respondedAt: r.respondedAt,
      reviewNote: r.reviewNote,
    })),
  };
}
