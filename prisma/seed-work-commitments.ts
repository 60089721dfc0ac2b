// The demo year's commitments (đăng ký rèn luyện), built in memory: one per member and year,
// under the pillars of the current Khối plan, one pledge per pillar, reviewed like entries
// (lib/data/commitments.ts); from 1 November some members have assessed themselves too.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentRating, EntryStatus } from "@/lib/generated/prisma/enums";
import { ASSESSMENT_STEP, assessmentOpen, assessmentOpensOn } from "@/lib/domain/commitment-rules";
import { historyRows, type Clock, type NewId, type Step, type Tools } from "./seed-work-kit";
import { ASSESSMENTS, PLEDGES, RETURN_REASONS } from "./seed-work-names";
import { reviewerOf } from "./seed-work-entries";
import type { WorkMember, WorkTenant } from "./seed-work-types";

export type CommitmentPlan = {
  /** cơ sở id → share of its members who registered */
  shares: Record<string, number>;
  /** Members left without one (the demo member registers live) */
  skip: string[];
  /** The chi đoàn whose secretary has registrations waiting */
  pendingChiDoanId: string | null;
};

const REVIEWED = ["RETURNED", "CONFIRMED", ASSESSMENT_STEP.RETURNED, ASSESSMENT_STEP.CONFIRMED];
const RATINGS: AssessmentRating[] = ["EXCELLENT", "GOOD", "GOOD", "GOOD", "DONE", "DONE", "NOT_DONE"];

export function buildCommitments(tenant: WorkTenant, plan: CommitmentPlan, r: Tools, clock: Clock, newId: NewId) {
  const rows: Prisma.CommitmentCreateManyInput[] = [];
  const changes: Prisma.StatusChangeCreateManyInput[] = [];
  const year = clock.today.getUTCFullYear();
  // Members register once the plan is out (or, early in the year, over the last weeks).
  const issuedAgo = tenant.planIssuedOn ? clock.daysAgoOf(tenant.planIssuedOn) : 30;
  const registerFrom = Math.max(10, Math.min(330, issuedAgo - 3));
  const opens = assessmentOpen(year, clock.today) ? clock.daysAgoOf(assessmentOpensOn(year)) : null;
  // The demo chi đoàn's secretary has two registrations waiting; her cơ sở returned one.
  const demoCoSoId = tenant.members.find((m) => m.chiDoanId === plan.pendingChiDoanId)?.coSoId;
  let waiting = 0;
  let returned = 0;

  const statusOf = (m: WorkMember): EntryStatus => {
    if (m.chiDoanId === plan.pendingChiDoanId && m.userId !== tenant.chiDoanSecretaries[m.chiDoanId] && waiting < 2)
      return (waiting++, "SUBMITTED");
    if (m.coSoId === demoCoSoId && m.chiDoanId !== plan.pendingChiDoanId && returned < 1) return (returned++, "RETURNED");
    const x = r.rand();
    return x < 0.06 ? "SUBMITTED" : x < 0.09 ? "RETURNED" : "CONFIRMED";
  };

  for (const m of tenant.members) {
    if (plan.skip.includes(m.id) || !r.chance(plan.shares[m.coSoId] ?? 0)) continue;
    const id = newId();
    const status = statusOf(m);
    const reviewer = reviewerOf(tenant, m);
    const reason = r.pick(RETURN_REASONS.COMMITMENT);
    const ago =
      status === "CONFIRMED" ? r.int(Math.max(5, registerFrom - 60), registerFrom) : r.int(2, Math.min(25, registerFrom));
    const registered = clock.at(clock.date(ago), r.int(0, 540));
    const path: { to: string; by: string | null; gap: number; comment?: string }[] = [];
    if (status === "RETURNED") path.push({ to: "RETURNED", by: reviewer, gap: r.int(4, 120), comment: reason });
    if (status === "CONFIRMED") path.push({ to: "CONFIRMED", by: reviewer, gap: r.int(4, 240) });
    const times = clock.after(
      registered,
      path.map((p) => p.gap),
    );
    const steps: Step[] = [
      { to: "SUBMITTED", by: m.userId, at: registered },
      ...path.map((p, i) => ({ to: p.to, by: p.by, at: times[i], comment: p.comment ?? null })),
    ];

    // The year-end self-assessment, once it opens: some sent, some already confirmed.
    let assessment: { status: EntryStatus; at: Date; rating: AssessmentRating; texts: string[] } | null = null;
    if (status === "CONFIRMED" && opens !== null && opens > 1 && r.chance(0.55)) {
      const sent = clock.at(clock.date(r.int(1, opens)), r.int(0, 540));
      const confirm = r.chance(0.5);
      const at = clock.after(sent, confirm ? [0.1, r.int(4, 120)] : [0.1]);
      steps.push({ to: ASSESSMENT_STEP.SUBMITTED, by: m.userId, at: at[0] });
      if (confirm) steps.push({ to: ASSESSMENT_STEP.CONFIRMED, by: reviewer, at: at[1] });
      assessment = {
        status: confirm ? "CONFIRMED" : "SUBMITTED",
        at: at[0],
        rating: r.pick(RATINGS),
        texts: tenant.pillars.map(() => r.pick(ASSESSMENTS)),
      };
    }
    const review = [...steps].reverse().find((s) => REVIEWED.includes(s.to));
    rows.push({
      id,
      khoiId: tenant.khoiId,
      coSoId: m.coSoId,
      chiDoanId: m.chiDoanId,
      memberId: m.id,
      year,
      planId: tenant.planId,
      pillars: tenant.pillars,
      pledges: tenant.pillars.map((_, i) => r.pick(PLEDGES[i % PLEDGES.length])),
      status,
      assessments: assessment?.texts ?? [],
      rating: assessment?.rating ?? null,
      assessedAt: assessment?.at ?? null,
      assessmentStatus: assessment?.status ?? null,
      reviewComment: review?.comment ?? null,
      reviewedById: review ? review.by : null,
      reviewedAt: review?.at ?? null,
      version: steps.length - 1,
      createdAt: registered,
      updatedAt: steps[steps.length - 1].at,
    });
    changes.push(...historyRows(tenant.khoiId, "Commitment", id, steps));
  }
  return { commitments: rows, changes };
}
