"use server";
import { defineAction } from "./define";
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

export const registerProjectAction = defineAction({
  name: "registerProject",
  permission: "project.register",
  schema: projectRegisterInput,
  run: registerProject,
  revalidate,
});

export const updateProjectAction = defineAction({
  name: "updateProject",
  permission: "project.register",
  schema: projectUpdateInput,
  run: updateProject,
  revalidate,
});

export const withdrawProjectAction = defineAction({
  name: "withdrawProject",
  permission: "project.register",
  schema: projectWithdrawInput,
  run: withdrawProject,
  revalidate,
});

export const approveProjectAction = defineAction({
  name: "approveProject",
  permission: "project.review",
  schema: projectApproveInput,
  run: approveProject,
  revalidate,
});

export const returnProjectAction = defineAction({
  name: "returnProject",
  permission: "project.review",
  schema: projectReturnInput,
  run: returnProject,
  revalidate,
});

export const postProjectUpdateAction = defineAction({
  name: "postProjectUpdate",
  permission: "project.register",
  schema: projectProgressInput,
  run: postProjectUpdate,
  revalidate,
});

export const completeProjectAction = defineAction({
  name: "completeProject",
  permission: "project.register",
  schema: projectCompleteInput,
  run: completeProject,
  revalidate,
});

export const acknowledgeProjectAction = defineAction({
  name: "acknowledgeProject",
  permission: "project.review",
  schema: projectAcknowledgeInput,
  run: acknowledgeProject,
  revalidate,
});

export const honourProjectAction = defineAction({
  name: "honourProject",
  permission: "project.review",
  schema: projectHonourInput,
  run: honourProject,
  revalidate,
});

export const joinProjectAction = defineAction({
  name: "joinProject",
  permission: "project.register",
  schema: projectJoinInput,
  run: joinProject,
  revalidate,
});

export const leaveProjectAction = defineAction({
  name: "leaveProject",
  permission: "project.register",
  schema: projectJoinInput,
  run: leaveProject,
  revalidate,
});
