"use server";
import { runAction } from "./run";
import { cancelActivity, createActivity, updateActivity } from "@/lib/data/activities";
import { registerForActivity, reportParticipation, withdrawRegistration } from "@/lib/data/activity-registrations";
import {
  activityCancelInput,
  activityCreateInput,
  activityUpdateInput,
  participationReportInput,
  registrationCreateInput,
  registrationWithdrawInput,
} from "@/lib/validation/activities";

const revalidate = ["/hoat-dong", "/hoat-dong/[id]", "/ke-hoach/[id]"];

export async function createActivityAction(input: unknown) {
  return runAction(activityCreateInput, input, createActivity, { name: "createActivity", revalidate });
}

export async function updateActivityAction(input: unknown) {
  return runAction(activityUpdateInput, input, updateActivity, { name: "updateActivity", revalidate });
}

export async function cancelActivityAction(input: unknown) {
  return runAction(activityCancelInput, input, cancelActivity, { name: "cancelActivity", revalidate });
}

export async function registerForActivityAction(input: unknown) {
  return runAction(registrationCreateInput, input, registerForActivity, { name: "registerForActivity", revalidate });
}

export async function withdrawRegistrationAction(input: unknown) {
  return runAction(registrationWithdrawInput, input, withdrawRegistration, { name: "withdrawRegistration", revalidate });
}

export async function reportParticipationAction(input: unknown) {
  return runAction(participationReportInput, input, reportParticipation, { name: "reportParticipation", revalidate });
}
