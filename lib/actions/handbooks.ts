"use server";
// Cẩm nang thủ tục hành chính: the cơ sở writes, publishes and withdraws its handbooks; the Khối
// may withdraw one from its public site (moderation), saying why.
import { defineAction } from "./define";
import { createHandbook, publishHandbook, saveHandbook, withdrawHandbook } from "@/lib/data/handbooks";
import { createHandbookInput, publishHandbookInput, saveHandbookInput, withdrawHandbookInput } from "@/lib/validation/handbooks";

const revalidate = ["/cam-nang", "/cam-nang/[id]", "/doan-khoi/[site]/cam-nang", "/doan-khoi/[site]/cam-nang/[id]"];

export const createHandbookAction = defineAction({
  name: "createHandbook",
  permission: "handbook.write",
  schema: createHandbookInput,
  run: createHandbook,
  revalidate,
});

export const saveHandbookAction = defineAction({
  name: "saveHandbook",
  permission: "handbook.write",
  schema: saveHandbookInput,
  run: saveHandbook,
  revalidate,
});

export const publishHandbookAction = defineAction({
  name: "publishHandbook",
  permission: "handbook.write",
  schema: publishHandbookInput,
  run: publishHandbook,
  revalidate,
});

export const withdrawHandbookAction = defineAction({
  name: "withdrawHandbook",
  permission: ["handbook.write", "question.manage"],
  schema: withdrawHandbookInput,
  run: withdrawHandbook,
  revalidate,
});
