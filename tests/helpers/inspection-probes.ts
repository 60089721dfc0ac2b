// The access probes of the inspection actions (see action-probes.ts): one valid call of each,
// aimed at tenant A's rows, and who may make it.
import { db } from "@/lib/db/client";
import * as inspectionActions from "@/lib/actions/inspections";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { proposeChecklist } from "@/lib/domain/inspections";
import { dayFromToday, type Tenant } from "../factories";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";

const date = (days: number) => formatVietnameseDate(dayFromToday(days));

/** Rounds are the Khối staff's from start to end; a cơ sở only reads its own visit. */
export const INSPECTION_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  createInspectionRoundAction: { may: ["admin", "staff"], each: true },
  updateInspectionRoundAction: { may: ["admin", "staff"], each: true },
  setChecklistAction: { may: ["admin", "staff"], each: true },
  scheduleVisitAction: { may: ["admin", "staff"], each: true },
  moveVisitAction: { may: ["admin", "staff"], each: true },
  cancelVisitAction: { may: ["admin", "staff"], each: true },
  announceRoundAction: { may: ["admin", "staff"], each: true },
  // Findings are the team's (the Khối's staff); the cơ sở reads them, never writes them.
  saveVisitAnswerAction: { may: ["admin", "staff"], each: true },
  finishVisitAction: { may: ["admin", "staff"], each: true },
  saveConclusionAction: { may: ["admin", "staff"], each: true },
  // The recommendation is cơ sở A's to answer: not cơ sở B's, not the Khối's (it reviews).
  respondRecommendationAction: { may: ["coSo"], each: true },
  reviewRecommendationAction: { may: ["admin", "staff"], each: true },
  closeRoundAction: { may: ["admin", "staff"], each: true },
};

/** A round being planned under tenant A's published plan, with cơ sở A on its list (not yet told). */
export type InspectionRows = {
  planId: string;
  round: string;
  visit: string;
  /** Cơ sở A visited yesterday (told), every item of its checklist answered, not yet finished */
  recording: { visit: string; item: string };
  /** Cơ sở A visited and finished, its conclusion still to draft */
  visited: { visit: string };
  /** Cơ sở A's conclusion issued: one recommendation still owed, one reported done */
  concluded: { round: string; visit: string; open: string; responded: string };
  /** A round whose only visit is concluded and whose only recommendation is accepted */
  settled: { round: string };
};

/** A round of tenant A made with db() directly: team of the admin (lead) and the staff. */
export async function makeInspectionRound(
  a: Tenant,
  planId: string,
  opts: {
    status?: "PLANNING" | "ANNOUNCED";
    /** The plan's indicator the round feeds */
    indicatorId?: string;
    visits?: { coSoId: string; days: number; told?: boolean; status?: "SCHEDULED" | "VISITED" | "CONCLUDED" }[];
  } = {},
) {
  const id = crypto.randomUUID();
  await db().inspectionRound.create({
    data: {
      id,
      khoiId: a.khoi.id,
      planId,
      indicatorId: opts.indicatorId ?? null,
      name: "Kiểm tra chuyên đề thực hiện phong trào “3 trách nhiệm”",
      decisionNumber: "25-QĐ/ĐTN",
      decisionOn: dayFromToday(-10),
      periodFrom: dayFromToday(-5),
      periodTo: dayFromToday(40),
      status: opts.status ?? "PLANNING",
      team: {
        create: [
          { userId: a.users.admin.id, lead: true },
          { userId: a.users.staff.id, lead: false },
        ],
      },
      items: {
        create: proposeChecklist([]).map((item, position) => ({ ...item, position })),
      },
    },
  });
  const visits: string[] = [];
  for (const v of opts.visits ?? []) {
    const visit = await db().inspectionVisit.create({
      data: {
        khoiId: a.khoi.id,
        roundId: id,
        coSoId: v.coSoId,
        visitOn: dayFromToday(v.days),
        notifiedAt: v.told ? new Date() : null,
        status: v.status ?? "SCHEDULED",
      },
      select: { id: true },
    });
    visits.push(visit.id);
  }
  return { id, visits };
}

export async function makeInspectionRows(a: Tenant, plans: PlanRows): Promise<InspectionRows> {
  const round = await makeInspectionRound(a, plans.published.id, { visits: [{ coSoId: a.coSoA.id, days: 10 }] });
  const recording = await makeInspectionRound(a, plans.published.id, {
    status: "ANNOUNCED",
    visits: [{ coSoId: a.coSoA.id, days: -1, told: true }],
  });
  const items = await db().checklistItem.findMany({ where: { roundId: recording.id }, orderBy: { position: "asc" } });
  await db().visitAnswer.createMany({
    data: items.map((i) => ({ khoiId: a.khoi.id, visitId: recording.visits[0], itemId: i.id, result: "MET" as const })),
  });
  const visited = await makeInspectionRound(a, plans.published.id, {
    status: "ANNOUNCED",
    visits: [{ coSoId: a.coSoA.id, days: -2, told: true, status: "VISITED" }],
  });
  const concluded = await makeConcludedRound(a, plans.published.id, ["OPEN", "RESPONDED"]);
  const settled = await makeConcludedRound(a, plans.published.id, ["ACCEPTED"]);
  return {
    planId: plans.published.id,
    round: round.id,
    visit: round.visits[0],
    recording: { visit: recording.visits[0], item: items[0].id },
    visited: { visit: visited.visits[0] },
    concluded: { round: concluded.id, visit: concluded.visit, open: concluded.recs[0], responded: concluded.recs[1] },
    settled: { round: settled.id },
  };
}

/** An announced round whose visit of cơ sở A is concluded (conclusion issued) with recommendations. */
export async function makeConcludedRound(a: Tenant, planId: string, statuses: ("OPEN" | "RESPONDED" | "ACCEPTED")[]) {
  const round = await makeInspectionRound(a, planId, {
    status: "ANNOUNCED",
    visits: [{ coSoId: a.coSoA.id, days: -3, told: true, status: "CONCLUDED" }],
  });
  const visit = round.visits[0];
  const recs: string[] = [];
  for (const [position, status] of statuses.entries()) {
    const rec = await db().inspectionRecommendation.create({
      data: {
        khoiId: a.khoi.id,
        visitId: visit,
        coSoId: a.coSoA.id,
        position,
        text: `Kiến nghị ${position + 1}: lập sổ theo dõi đoàn viên`,
        dueOn: dayFromToday(20),
        status,
        response: status === "OPEN" ? null : "Đã lập sổ theo dõi",
      },
      select: { id: true },
    });
    recs.push(rec.id);
  }
  await db().inspectionConclusion.create({
    data: {
      khoiId: a.khoi.id,
      visitId: visit,
      revision: 1,
      status: "ISSUED",
      number: "40-TB/ĐTN",
      rating: "FAIR",
      shortcomings: "Chưa có sổ theo dõi",
      recommendations: recs.map((id, i) => ({ recommendationId: id, text: `Kiến nghị ${i + 1}`, dueOn: date(20) })),
      issuedOn: dayFromToday(-1),
    },
  });
  return { id: round.id, visit, recs };
}

const roundVersion = async (id: string) => (await db().inspectionRound.findUniqueOrThrow({ where: { id } })).version;
const visitVersion = async (id: string) => (await db().inspectionVisit.findUniqueOrThrow({ where: { id } })).version;
const recVersion = async (id: string) => (await db().inspectionRecommendation.findUniqueOrThrow({ where: { id } })).version;

export const roundFields = (a: Tenant, planId: string) => ({
  planId,
  indicatorId: "",
  name: "Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm nay",
  decisionNumber: "30-QĐ/ĐTN",
  decisionOn: date(-3),
  periodFrom: date(0),
  periodTo: date(30),
  prepare: "Kế hoạch của cơ sở, sổ theo dõi, báo cáo sơ kết",
  teamUserIds: [a.users.admin.id, a.users.staff.id],
  leadUserId: a.users.staff.id,
});

export function inspectionProbes(f: { a: Tenant; inspections: InspectionRows }, p: ProbeMaker): Probe[] {
  const { a, inspections: r } = f;
  return [
    p("createInspectionRoundAction", inspectionActions.createInspectionRoundAction, async () => ({
      ...roundFields(a, r.planId),
      requestKey: crypto.randomUUID(),
    })),
    p("updateInspectionRoundAction", inspectionActions.updateInspectionRoundAction, async () => ({
      ...roundFields(a, r.planId),
      id: r.round,
      version: await roundVersion(r.round),
      periodFrom: date(-5),
    })),
    p("setChecklistAction", inspectionActions.setChecklistAction, async () => ({
      roundId: r.round,
      version: await roundVersion(r.round),
      items: [
        { wording: "Có sổ theo dõi", pillar: "", source: "TYPED" },
        { wording: "Có kế hoạch của cơ sở", pillar: "0", source: "PORTAL", portalCheck: "CO_SO_PLAN" },
      ],
    })),
    p("scheduleVisitAction", inspectionActions.scheduleVisitAction, async () => ({
      roundId: r.round,
      coSoId: a.coSoB.id,
      visitOn: date(12),
      requestKey: crypto.randomUUID(),
    })),
    p("moveVisitAction", inspectionActions.moveVisitAction, async () => ({
      id: r.visit,
      version: await visitVersion(r.visit),
      visitOn: date(14),
    })),
    p("cancelVisitAction", inspectionActions.cancelVisitAction, async () => ({
      id: r.visit,
      version: await visitVersion(r.visit),
      reason: "Cơ sở đang tổ chức đại hội",
    })),
    p("announceRoundAction", inspectionActions.announceRoundAction, async () => ({
      id: r.round,
      version: await roundVersion(r.round),
    })),
    p("saveVisitAnswerAction", inspectionActions.saveVisitAnswerAction, async () => ({
      visitId: r.recording.visit,
      itemId: r.recording.item,
      version: (await db().visitAnswer.findFirstOrThrow({ where: { visitId: r.recording.visit, itemId: r.recording.item } }))
        .version,
      result: "NOT_MET",
      note: "Chưa có sổ theo dõi",
    })),
    p("finishVisitAction", inspectionActions.finishVisitAction, async () => ({
      id: r.recording.visit,
      version: await visitVersion(r.recording.visit),
    })),
    p("saveConclusionAction", inspectionActions.saveConclusionAction, async () => ({
      visitId: r.visited.visit,
      version: null,
      requestKey: crypto.randomUUID(),
      basedOn: "",
      number: "45-TB/ĐTN",
      rating: "GOOD",
      strengths: "Cơ sở triển khai đầy đủ",
      shortcomings: "",
      recommendations: [{ recommendationId: "", text: "Bổ sung sổ theo dõi", dueOn: date(30) }],
      correctionReason: "",
      issue: true,
    })),
    p("respondRecommendationAction", inspectionActions.respondRecommendationAction, async () => ({
      id: r.concluded.open,
      version: await recVersion(r.concluded.open),
      kind: "DONE",
      response: "Đã lập sổ theo dõi từ tháng này",
    })),
    p("reviewRecommendationAction", inspectionActions.reviewRecommendationAction, async () => ({
      id: r.concluded.responded,
      version: await recVersion(r.concluded.responded),
      decision: "ACCEPT",
      note: "",
      dueOn: "",
    })),
    p("closeRoundAction", inspectionActions.closeRoundAction, async () => ({
      id: r.settled.round,
      version: await roundVersion(r.settled.round),
    })),
  ];
}
