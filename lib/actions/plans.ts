"use server";
import { runAction } from "./run";
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
  planRefInput,
  planUpdateInput,
} from "@/lib/validation/plans";

const revalidate = ["/ke-hoach", "/ke-hoach/[id]", "/thong-bao"];

export async function createPlanAction(input: unknown) {
  return runAction(planCreateInput, input, createPlan, { name: "createPlan", revalidate });
}

export async function createCoSoPlanAction(input: unknown) {
  return runAction(coSoPlanCreateInput, input, createCoSoPlan, { name: "createCoSoPlan", revalidate });
}

export async function updatePlanAction(input: unknown) {
  return runAction(planUpdateInput, input, updatePlan, { name: "updatePlan", revalidate });
}

export async function publishPlanAction(input: unknown) {
  return runAction(planRefInput, input, publishPlan, { name: "publishPlan", revalidate });
}

export async function revisePlanAction(input: unknown) {
  return runAction(planRefInput, input, revisePlan, { name: "revisePlan", revalidate });
}

export async function archivePlanAction(input: unknown) {
  return runAction(planArchiveInput, input, archivePlan, { name: "archivePlan", revalidate });
}

export async function deletePlanAction(input: unknown) {
  return runAction(planRefInput, input, deletePlan, { name: "deletePlan", revalidate });
}

export async function addIndicatorAction(input: unknown) {
  return runAction(indicatorCreateInput, input, addIndicator, { name: "addIndicator", revalidate });
}

export async function updateIndicatorAction(input: unknown) {
  return runAction(indicatorUpdateInput, input, updateIndicator, { name: "updateIndicator", revalidate });
}

export async function setIndicatorTargetAction(input: unknown) {
  return runAction(indicatorTargetInput, input, setIndicatorTarget, { name: "setIndicatorTarget", revalidate });
}

export async function deleteIndicatorAction(input: unknown) {
  return runAction(indicatorDeleteInput, input, deleteIndicator, { name: "deleteIndicator", revalidate });
}
