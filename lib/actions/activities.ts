"use server";
import { defineAction } from "./define";
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

export const createActivityAction = defineAction({
  name: "createActivity",
  permission: "activity.manage",
  schema: activityCreateInput,
  run: createActivity,
  revalidate,
});

export const updateActivityAction = defineAction({
  name: "updateActivity",
  permission: "activity.manage",
  schema: activityUpdateInput,
  run: updateActivity,
  revalidate,
});

export const cancelActivityAction = defineAction({
  name: "cancelActivity",
  permission: "activity.manage",
  schema: activityCancelInput,
  run: cancelActivity,
  revalidate,
});

export const registerForActivityAction = defineAction({
  name: "registerForActivity",
  permission: "activity.register",
  schema: registrationCreateInput,
  run: registerForActivity,
  revalidate,
});

export const withdrawRegistrationAction = defineAction({
  name: "withdrawRegistration",
  permission: "activity.register",
  schema: registrationWithdrawInput,
  run: withdrawRegistration,
  revalidate,
});

export const reportParticipationAction = defineAction({
  name: "reportParticipation",
  permission: "activity.register",
  schema: participationReportInput,
  run: reportParticipation,
  revalidate,
});
