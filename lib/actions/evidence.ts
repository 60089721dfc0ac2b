"use server";
import { runAction } from "./run";
import { archiveRegistrationEvidence, attachRegistrationEvidence } from "@/lib/data/evidence";
import { evidenceArchiveInput, evidenceUploadInput } from "@/lib/validation/evidence";

const revalidate = ["/hoat-dong/[id]"];

/** Takes the upload form's FormData (or the same fields as an object). */
export async function uploadRegistrationEvidenceAction(input: unknown) {
  const raw = input instanceof FormData ? { registrationId: input.get("registrationId"), file: input.get("file") } : input;
  return runAction(evidenceUploadInput, raw, attachRegistrationEvidence, { revalidate });
}

export async function archiveRegistrationEvidenceAction(input: unknown) {
  return runAction(evidenceArchiveInput, input, archiveRegistrationEvidence, { revalidate });
}
