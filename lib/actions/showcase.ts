"use server";
// Gương điển hình, mô hình hay: the Khối's staff build, edit, publish and take down profiles; the
// person a profile names gives or withdraws consent from their own page.
import { defineAction } from "./define";
import { createShowcase, saveShowcase, setShowcaseConsent, setShowcaseStatus } from "@/lib/data/showcase";
import { copyProjectPhoto } from "@/lib/data/showcase-photos";
import {
  createShowcaseInput,
  projectPhotoInput,
  saveShowcaseInput,
  showcaseConsentInput,
  showcaseStatusInput,
} from "@/lib/validation/showcase";

const revalidate = ["/khoi/dien-hinh", "/khoi/dien-hinh/[id]", "/doan-khoi/[site]", "/doan-khoi/[site]/dien-hinh"];

export const createShowcaseAction = defineAction({
  name: "createShowcase",
  permission: "question.manage",
  schema: createShowcaseInput,
  run: createShowcase,
  revalidate,
});

export const saveShowcaseAction = defineAction({
  name: "saveShowcase",
  permission: "question.manage",
  schema: saveShowcaseInput,
  run: saveShowcase,
  revalidate,
});

export const setShowcaseStatusAction = defineAction({
  name: "setShowcaseStatus",
  permission: "question.manage",
  schema: showcaseStatusInput,
  run: setShowcaseStatus,
  revalidate,
});

/** A photo from the project's own evidence, for the project's profile. */
export const copyProjectPhotoAction = defineAction({
  name: "copyProjectPhoto",
  permission: "question.manage",
  schema: projectPhotoInput,
  run: copyProjectPhoto,
  revalidate,
});

/** One's own consent: the data function finds the profile through the viewer's member profile only. */
export const setShowcaseConsentAction = defineAction({
  name: "setShowcaseConsent",
  permission: "account.own",
  schema: showcaseConsentInput,
  run: setShowcaseConsent,
  revalidate: ["/ca-nhan", ...revalidate],
});
