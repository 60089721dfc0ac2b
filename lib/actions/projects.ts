"use server";
import { runAction } from "./run";
import { registerProject, updateProject, withdrawProject } from "@/lib/data/project-registrations";
import { completeProject, postProjectUpdate } from "@/lib/data/project-progress";
import { acknowledgeProject, approveProject, honourProject, returnProject } from "@/lib/data/project-reviews";
import { joinProject, leaveProject } from "@/lib/data/project-joins";
import {
  projectAcknowledgeInput,
  projectApproveInput,
  projectCompleteInput,
  projectHonourInput,
  projectJoinInput,
  projectProgressInput,
  projectRegisterInput,
  projectReturnInput,
  projectUpdateInput,
  projectWithdrawInput,
} from "@/lib/validation/projects";

const revalidate = ["/cong-trinh", "/cong-trinh/[id]"];

export async function registerProjectAction(input: unknown) {
  return runAction(projectRegisterInput, input, registerProject, { name: "registerProject", revalidate });
}

export async function updateProjectAction(input: unknown) {
  return runAction(projectUpdateInput, input, updateProject, { name: "updateProject", revalidate });
}

export async function withdrawProjectAction(input: unknown) {
  return runAction(projectWithdrawInput, input, withdrawProject, { name: "withdrawProject", revalidate });
}

export async function approveProjectAction(input: unknown) {
  return runAction(projectApproveInput, input, approveProject, { name: "approveProject", revalidate });
}

export async function returnProjectAction(input: unknown) {
  return runAction(projectReturnInput, input, returnProject, { name: "returnProject", revalidate });
}

export async function postProjectUpdateAction(input: unknown) {
  return runAction(projectProgressInput, input, postProjectUpdate, { name: "postProjectUpdate", revalidate });
}

export async function completeProjectAction(input: unknown) {
  return runAction(projectCompleteInput, input, completeProject, { name: "completeProject", revalidate });
}

export async function acknowledgeProjectAction(input: unknown) {
  return runAction(projectAcknowledgeInput, input, acknowledgeProject, { name: "acknowledgeProject", revalidate });
}

export async function honourProjectAction(input: unknown) {
  return runAction(projectHonourInput, input, honourProject, { name: "honourProject", revalidate });
}

export async function joinProjectAction(input: unknown) {
  return runAction(projectJoinInput, input, joinProject, { name: "joinProject", revalidate });
}

export async function leaveProjectAction(input: unknown) {
  return runAction(projectJoinInput, input, leaveProject, { name: "leaveProject", revalidate });
}
