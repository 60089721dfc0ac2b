import "server-only";
// A project's profile may take its photo from the project's own evidence (minh chứng): the photos
// the cơ sở already sent with the project are offered, and the one chosen is copied, re-encoded,
// into the profile. A copy, so that the cơ sở tidying its evidence later leaves the published
// profile as it was.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { PUBLIC_PHOTO_TYPES } from "@/lib/domain/public-image";
import { fileStore } from "@/lib/storage/file-store";
import type { projectPhotoInput } from "@/lib/validation/showcase";
import { notFound } from "./errors";
import { storeEvidence } from "./evidence";
import { EVIDENCE_OWNERS } from "./evidence-owners";

const NO_PHOTO = "ảnh của công trình";

/** The photos among the evidence of the project a profile was made from (none for a person's). */
export async function projectPhotosFor(viewer: Viewer, profileId: string) {
  const owner = await EVIDENCE_OWNERS.ShowcaseProfile.forChange(viewer, profileId);
  const profile = await db().showcaseProfile.findFirst({
    where: { id: owner.id, khoiId: owner.khoiId },
    select: { projectId: true },
  });
  if (!profile?.projectId) return [];
  return db().evidenceFile.findMany({
    where: {
      khoiId: owner.khoiId,
      ownerType: "YouthProject",
      ownerId: profile.projectId,
      active: true,
      contentType: { in: PUBLIC_PHOTO_TYPES },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, fileName: true, size: true },
  });
}

/** Copies one of those photos into the profile (once per request key, audited as an upload). */
export async function copyProjectPhoto(viewer: Viewer, input: z.output<typeof projectPhotoInput>) {
  const owner = await EVIDENCE_OWNERS.ShowcaseProfile.forChange(viewer, input.profileId);
  const profile = await db().showcaseProfile.findFirst({
    where: { id: owner.id, khoiId: owner.khoiId },
    select: { projectId: true },
  });
  // Only a photo of this profile's own project: any other file id is not found.
  const source = profile?.projectId
    ? await db().evidenceFile.findFirst({
        where: {
          id: input.fileId,
          khoiId: owner.khoiId,
          ownerType: "YouthProject",
          ownerId: profile.projectId,
          active: true,
          contentType: { in: PUBLIC_PHOTO_TYPES },
        },
        select: { id: true, fileName: true, contentType: true, storageKey: true },
      })
    : null;
  if (!source) throw notFound(NO_PHOTO);
  return storeEvidence(viewer, "ShowcaseProfile", owner, input.requestKey, async () => ({
    fileName: source.fileName,
    contentType: source.contentType,
    bytes: await fileStore().get(source.storageKey),
    copiedFrom: source.id,
  }));
}
