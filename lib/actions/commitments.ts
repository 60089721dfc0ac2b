"use server";
// Đăng ký rèn luyện: thin actions over lib/data/commitments (which authorizes every call).
import { defineAction } from "./define";
import {
  confirmCommitments,
  registerCommitment,
  returnCommitment,
  submitAssessment,
  updateCommitment,
} from "@/lib/data/commitments";
import {
  assessmentSubmitInput,
  commitmentConfirmInput,
  commitmentRegisterInput,
  commitmentReturnInput,
  commitmentUpdateInput,
} from "@/lib/validation/commitments";
import { remindNotRegistered } from "@/lib/data/commitment-reminders";
import { commitmentRemindInput } from "@/lib/validation/commitment-reminders";

const revalidate = ["/cam-ket", "/cam-ket/[id]", "/ca-nhan"];

/** The member registers this year's commitment under the pillars of the current plan. */
export const registerCommitmentAction = defineAction({
  name: "registerCommitment",
  permission: "entry.log",
  schema: commitmentRegisterInput,
  run: registerCommitment,
  revalidate,
});

/** The member edits the pledges until confirmed; a returned commitment is resubmitted. */
export const updateCommitmentAction = defineAction({
  name: "updateCommitment",
  permission: "entry.log",
  schema: commitmentUpdateInput,
  run: updateCommitment,
  revalidate,
});

/** The member's year-end self-assessment (from 1 November), or its rewrite until confirmed. */
export const submitAssessmentAction = defineAction({
  name: "submitAssessment",
  permission: "entry.log",
  schema: assessmentSubmitInput,
  run: submitAssessment,
  revalidate,
});

/** A secretary confirms what waits on one or several commitments (registration or assessment). */
export const confirmCommitmentsAction = defineAction({
  name: "confirmCommitments",
  permission: "entry.review",
  schema: commitmentConfirmInput,
  run: confirmCommitments,
  revalidate,
});

/** A secretary returns what waits on a commitment to its member, with a reason. */
export const returnCommitmentAction = defineAction({
  name: "returnCommitment",
  permission: "entry.review",
  schema: commitmentReturnInput,
  run: returnCommitment,
  revalidate,
});

/**
 * "Nhắc các đoàn viên này": reminds this year's members of the viewer's list (all their units,
 * or the cơ sở or chi đoàn filtered on) who have not registered; secretaries and Khối staff only
 * (the data function refuses a member, whose entry.read is their own).
 */
export const remindNotRegisteredAction = defineAction({
  name: "remindNotRegistered",
  permission: "entry.read",
  schema: commitmentRemindInput,
  run: remindNotRegistered,
  revalidate: ["/cam-ket"],
});
