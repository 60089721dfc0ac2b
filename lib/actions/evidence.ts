"use server";
import { defineAction } from "./define";
import { archiveEvidence, attachEvidence } from "@/lib/data/evidence";
import { evidenceArchiveInput, evidenceUploadInput } from "@/lib/validation/evidence";

const revalidate = [
  "/hoat-dong/[id]",
  "/cong-trinh/[id]",
  "/ghi-nhan/[id]",
  "/ca-nhan",
  "/cam-nang/[id]",
  "/kiem-tra/[id]/buoi/[visitId]",
];
/**
 * Evidence belongs to a participation report, a youth project, a member's entry or a handbook: whoever may
 * change one of those may attach to it. Which record, and whether this viewer may change it, the
 * data function decides by finding the record through the viewer's scope (evidence-owners.ts).
 */
const changesEvidenceOwners = [
  "activity.register",
  "project.register",
  "entry.log",
  "handbook.write",
  "inspection.read",
] as const;

/** Takes the upload form's FormData (or the same fields as an object). */
export const uploadEvidenceAction = defineAction({
  name: "uploadEvidence",
  permission: changesEvidenceOwners,
  schema: evidenceUploadInput,
  read: (input) =>
    input instanceof FormData
      ? {
          ownerType: input.get("ownerType"),
          ownerId: input.get("ownerId"),
          file: input.get("file"),
          requestKey: input.get("requestKey"),
        }
      : input,
  run: attachEvidence,
  revalidate,
});

export const archiveEvidenceAction = defineAction({
  name: "archiveEvidence",
  permission: changesEvidenceOwners,
  schema: evidenceArchiveInput,
  run: archiveEvidence,
  revalidate,
});
