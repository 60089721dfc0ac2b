// The access probes of the commitment actions (see action-probes.ts): one valid call of each,
// aimed at tenant A's rows, and who may make it.
//
// A commitment is the member's own. As in entry-probes.ts, the secretaries of cơ sở A and chi
// đoàn A1 are members too (profiles in chi đoàn A2 and A1): owner-only actions are aimed at the
// cơ sở A secretary's own commitments, review actions at member a1's, which both secretaries
// above a1 may review and nobody else (never a1 themself: no self-review).
import { db } from "@/lib/db/client";
import * as commitmentActions from "@/lib/actions/commitments";
import { commitmentPlanOf } from "@/lib/data/commitment-reads";
import { makeMember, type Tenant } from "../factories";
import { viewerOf } from "./viewers";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";
import { ASSESSMENTS, commitmentVersion, PLEDGES, resetCommitment, thisYear } from "./commitments";

export const COMMITMENT_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  // Anyone with a member profile, for themself (the admin, staff and cơ sở B secretary have none).
  registerCommitmentAction: { may: ["coSo", "chiDoan", "member"], each: true },
  // The owner only: the cơ sở A secretary's own commitments.
  updateCommitmentAction: { may: ["coSo"], each: true },
  submitAssessmentAction: { may: ["coSo"], each: true },
  // The secretaries above member a1 (chi đoàn A1, cơ sở A); never the Khối, never a1.
  confirmCommitmentsAction: { may: ["coSo", "chiDoan"], each: true },
  returnCommitmentAction: { may: ["coSo", "chiDoan"], each: true },
  // Reminding cơ sở A's members who have not registered: those who read cơ sở A's commitments
  // (the Khối, cơ sở A's secretary), not chi đoàn A1's secretary, not a member. Checked for the
  // first only: a second reminder the same day tells nobody again (and so changes nothing).
  remindNotRegisteredAction: { may: ["admin", "staff", "coSo"] },
};

export type CommitmentRows = {
  /** The cơ sở A secretary's own, returned (last year): saving it resubmits it */
  coSoReturned: { id: string };
  /** The cơ sở A secretary's own, confirmed (two years ago): open for the self-assessment */
  coSoConfirmed: { id: string };
  /** Member a1's, pending (last year) */
  a1Pending: { id: string };
  /** Member a1's self-assessment, pending (two years ago) */
  a1Assessed: { id: string };
};

/** The account's member profile, made once (the probes' rows are remade many times). */
async function profileOf(userId: string, chiDoan: Tenant["chiDoanA1"]) {
  const found = await db().member.findUnique({
    where: { userId },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  return found ?? makeMember(db(), chiDoan, { userId });
}

/**
 * Rows of tenant A the probes act on, built with db() directly (remade for each success check).
 * One commitment per member and year: the rows are put back into their state on the same row,
 * and this year's are set aside as withdrawn, so that registering again changes something.
 */
export async function makeCommitmentRows(a: Tenant, _plans: PlanRows): Promise<CommitmentRows> {
  const chiDoanSelf = await profileOf(a.users.chiDoan.id, a.chiDoanA1);
  const coSoSelf = await profileOf(a.users.coSo.id, a.chiDoanA2);
  const a1 = await db().member.findUniqueOrThrow({
    where: { id: a.members.a1.id },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  const year = thisYear();
  await db().commitment.updateMany({
    where: { memberId: { in: [chiDoanSelf.id, coSoSelf.id, a1.id] }, year },
    data: { status: "WITHDRAWN" },
  });
  return {
    coSoReturned: await resetCommitment(coSoSelf, { year: year - 1, status: "RETURNED" }),
    coSoConfirmed: await resetCommitment(coSoSelf, { year: year - 2, status: "CONFIRMED" }),
    a1Pending: await resetCommitment(a1, { year: year - 1, status: "SUBMITTED" }),
    a1Assessed: await resetCommitment(a1, { year: year - 2, status: "CONFIRMED", assessmentStatus: "SUBMITTED" }),
  };
}

export function commitmentProbes(f: { a: Tenant; commitments: CommitmentRows }, p: ProbeMaker): Probe[] {
  const { a, commitments: c } = f;
  return [
    // Tenant A's current plan: the call's target (the member's own profile is found from the session).
    p("registerCommitmentAction", commitmentActions.registerCommitmentAction, async () => ({
      planId: (await commitmentPlanOf(await viewerOf(a.users.admin.id), a.khoi.id, thisYear()))?.id,
      pledges: PLEDGES,
    })),
    p("updateCommitmentAction", commitmentActions.updateCommitmentAction, async () => ({
      id: c.coSoReturned.id,
      version: await commitmentVersion(c.coSoReturned.id),
      pledges: ["Hoàn thành khóa tin học", PLEDGES[1], PLEDGES[2]],
    })),
    p("submitAssessmentAction", commitmentActions.submitAssessmentAction, async () => ({
      id: c.coSoConfirmed.id,
      version: await commitmentVersion(c.coSoConfirmed.id),
      assessments: ASSESSMENTS,
      rating: "GOOD",
    })),
    p("confirmCommitmentsAction", commitmentActions.confirmCommitmentsAction, async () => ({
      items: [{ id: c.a1Pending.id, version: await commitmentVersion(c.a1Pending.id) }],
    })),
    p("returnCommitmentAction", commitmentActions.returnCommitmentAction, async () => ({
      id: c.a1Assessed.id,
      version: await commitmentVersion(c.a1Assessed.id),
      reason: "Bổ sung số giờ tình nguyện",
    })),
    // Cơ sở A: the probe rows leave this year's commitments of its secretaries and of a1 withdrawn.
    p("remindNotRegisteredAction", commitmentActions.remindNotRegisteredAction, async () => ({ coSo: a.coSoA.id })),
  ];
}
