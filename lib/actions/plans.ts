"use server";
import { defineAction } from "./define";
import { archivePlan, createPlan, deletePlan, publishPlan, revisePlan, updatePlan } from "@/lib/data/plan-writes";
import { createCoSoPlan } from "@/lib/data/co-so-plans";
import { addIndicator, deleteIndicator, setIndicatorTarget, updateIndicator } from "@/lib/data/indicators";
import {
  coSoPlanCreateInput,
  indicatorCreateInput,
  indicatorDeleteInput,
  indicatorTargetInput,
  indicatorUpdateInput,
  planArchiveInput,
  planCreateInput,
  planPublishInput,
  planRefInput,
  planUpdateInput,
} from "@/lib/validation/plans";

const revalidate = ["/ke-hoach", "/ke-hoach/[id]", "/thong-bao"];

export const createPlanAction = defineAction({
  name: "createPlan",
  permission: "plan.manage",
  schema: planCreateInput,
  // A second plan of the Khối for the same years is asked about first (confirmDuplicate).
  run: (viewer, input) => createPlan(viewer, input, { askSamePlan: true }),
  revalidate,
});

export const createCoSoPlanAction = defineAction({
  name: "createCoSoPlan",
  permission: "plan.manage",
  schema: coSoPlanCreateInput,
  run: createCoSoPlan,
  revalidate,
});

export const updatePlanAction = defineAction({
  name: "updatePlan",
  permission: "plan.manage",
  schema: planUpdateInput,
  run: updatePlan,
  revalidate,
});

export const publishPlanAction = defineAction({
  name: "publishPlan",
  permission: "plan.manage",
  schema: planPublishInput,
  run: (viewer, input) => publishPlan(viewer, input, { askSamePlan: true }),
  revalidate,
});

export const revisePlanAction = defineAction({
  name: "revisePlan",
  permission: "plan.manage",
  schema: planRefInput,
  run: revisePlan,
  revalidate,
});

export const archivePlanAction = defineAction({
  name: "archivePlan",
  permission: "plan.manage",
  schema: planArchiveInput,
  run: archivePlan,
  revalidate,
});

export const deletePlanAction = defineAction({
  name: "deletePlan",
  permission: "plan.manage",
  schema: planRefInput,
  run: deletePlan,
  revalidate,
});

export const addIndicatorAction = defineAction({
  name: "addIndicator",
  permission: "plan.manage",
  schema: indicatorCreateInput,
  run: addIndicator,
  revalidate,
});

export const updateIndicatorAction = defineAction({
  name: "updateIndicator",
  permission: "plan.manage",
  schema: indicatorUpdateInput,
  run: updateIndicator,
  revalidate,
});

export const setIndicatorTargetAction = defineAction({
  name: "setIndicatorTarget",
  permission: "plan.manage",
  schema: indicatorTargetInput,
  run: setIndicatorTarget,
  revalidate,
});

export const deleteIndicatorAction = defineAction({
  name: "deleteIndicator",
  permission: "plan.manage",
  schema: indicatorDeleteInput,
  run: deleteIndicator,
  revalidate,
});
