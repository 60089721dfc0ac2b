"use server";
import { runAction } from "./run";
import { createMember, deactivateMember, updateMember } from "@/lib/data/members";
import { memberCreateInput, memberDeactivateInput, memberUpdateInput } from "@/lib/validation/members";

export async function createMemberAction(input: unknown) {
  return runAction(memberCreateInput, input, createMember, { name: "createMember", revalidate: ["/doan-vien", "/khoi", "/co-so"] });
}

export async function updateMemberAction(input: unknown) {
  return runAction(memberUpdateInput, input, updateMember, { name: "updateMember", revalidate: ["/doan-vien", "/khoi", "/co-so"] });
}

export async function deactivateMemberAction(input: unknown) {
  return runAction(memberDeactivateInput, input, deactivateMember, { name: "deactivateMember", revalidate: ["/doan-vien", "/khoi", "/co-so"] });
}
