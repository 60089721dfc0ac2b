"use server";
import { runAction } from "./run";
import { archiveEvidence, attachEvidence } from "@/lib/data/evidence";
import { evidenceArchiveInput, evidenceUploadInput } from "@/lib/validation/evidence";

const revalidate = ["/hoat-dong/[id]", "/cong-trinh/[id]", "/ghi-nhan/[id]", "/ca-nhan"];

/** Takes the upload form's FormData (or the same fields as an object). */
export async function uploadEvidenceAction(input: unknown) {
  const raw = input instanceof FormData ? { ownerType: input.get("ownerType"), ownerId: input.get("ownerId"), file: input.get("file"), requestKey: input.get("requestKey") } : input;
  return runAction(evidenceUploadInput, raw, attachEvidence, { name: "uploadEvidence", revalidate });
}

export async function archiveEvidenceAction(input: unknown) {
  return runAction(evidenceArchiveInput, input, archiveEvidence, { name: "archiveEvidence", revalidate });
}
