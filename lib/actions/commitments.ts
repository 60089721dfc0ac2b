"use server";
// Đăng ký rèn luyện: thin actions over lib/data/commitments (which authorizes every call).
import { runAction } from "./run";
import { confirmCommitments, registerCommitment, returnCommitment, submitAssessment, updateCommitment } from "@/lib/data/commitments";
import { assessmentSubmitInput, commitmentConfirmInput, commitmentRegisterInput, commitmentReturnInput, commitmentUpdateInput } from "@/lib/validation/commitments";

const revalidate = ["/cam-ket", "/cam-ket/[id]", "/ca-nhan"];

/** The member registers this year's commitment under the pillars of the current plan. */
export async function registerCommitmentAction(input: unknown) {
  return runAction(commitmentRegisterInput, input, registerCommitment, { name: "registerCommitment", revalidate });
}

/** The member edits the pledges until confirmed; a returned commitment is resubmitted. */
export async function updateCommitmentAction(input: unknown) {
  return runAction(commitmentUpdateInput, input, updateCommitment, { name: "updateCommitment", revalidate });
}

/** The member's year-end self-assessment (from 1 November), or its rewrite until confirmed. */
export async function submitAssessmentAction(input: unknown) {
  return runAction(assessmentSubmitInput, input, submitAssessment, { name: "submitAssessment", revalidate });
}

/** A secretary confirms what waits on one or several commitments (registration or assessment). */
export async function confirmCommitmentsAction(input: unknown) {
  return runAction(commitmentConfirmInput, input, confirmCommitments, { name: "confirmCommitments", revalidate });
}

/** A secretary returns what waits on a commitment to its member, with a reason. */
export async function returnCommitmentAction(input: unknown) {
  return runAction(commitmentReturnInput, input, returnCommitment, { name: "returnCommitment", revalidate });
}
