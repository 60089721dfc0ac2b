"use server";
import { defineAction } from "./define";
import { createMember, deactivateMember, updateMember } from "@/lib/data/members";
import { memberCreateInput, memberDeactivateInput, memberUpdateInput } from "@/lib/validation/members";

export const createMemberAction = defineAction({
  name: "createMember",
  permission: "member.create",
  schema: memberCreateInput,
  run: createMember,
  revalidate: ["/doan-vien", "/khoi", "/co-so"],
});

export const updateMemberAction = defineAction({
  name: "updateMember",
  permission: "member.update",
  schema: memberUpdateInput,
  run: updateMember,
  revalidate: ["/doan-vien", "/khoi", "/co-so"],
});

export const deactivateMemberAction = defineAction({
  name: "deactivateMember",
  permission: "member.update",
  schema: memberDeactivateInput,
  run: deactivateMember,
  revalidate: ["/doan-vien", "/khoi", "/co-so"],
});
