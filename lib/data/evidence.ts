import "server-only";
// Evidence files (minh chứng) of activity participation reports. Upload and removal by the
// cơ sở that owns the registration; download re-checks access through the owning record.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { activityScope, grantsFor, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { checkEvidenceFile, EVIDENCE_MAX_PER_RECORD } from "@/lib/domain/evidence-file";
import { fileStore, newStorageKey } from "@/lib/storage/file-store";
import { evidenceArchiveInput, evidenceUploadInput } from "@/lib/validation/evidence";
import type { z } from "zod";
import { recordAudit } from "./audit";
import { invalid, notFound } from "./errors";

const OWNER = "ActivityRegistration";

const ownCoSoIds = (viewer: Viewer) => grantsFor(viewer, "activity.register").filter((g) => g.unitKind === "CO_SO").map((g) => g.unitId);

/** The registration of the viewer's own cơ sở, in a form that may take evidence now. */
async function ownRegistration(viewer: Viewer, id: string) {
  const reg = await db().activityRegistration.findFirst({
    where: { id, coSoId: { in: ownCoSoIds(viewer) }, activity: activityScope(viewer, "activity.read") },
    select: { id: true, khoiId: true, coSoId: true, status: true, activity: { select: { active: true, startsOn: true } } },
  });
  if (!reg) throw notFound("bản đăng ký");
  return reg;
}

export async function attachRegistrationEvidence(viewer: Viewer, raw: z.input<typeof evidenceUploadInput>) {
  const input = evidenceUploadInput.parse(raw);
  const reg = await ownRegistration(viewer, input.registrationId);
  if (reg.status !== "REGISTERED" || !reg.activity.active) throw invalid({}, "Bản đăng ký này không nhận minh chứng");
  if (todayInVietnam().getTime() < reg.activity.startsOn.getTime()) throw invalid({ file: "Chỉ gửi minh chứng khi hoạt động đã diễn ra" });
  const count = await db().evidenceFile.count({ where: { ownerType: OWNER, ownerId: reg.id, khoiId: reg.khoiId, active: true } });
  if (count >= EVIDENCE_MAX_PER_RECORD) throw invalid({ file: `Tối đa ${EVIDENCE_MAX_PER_RECORD} tệp minh chứng` });

  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = await checkEvidenceFile(input.file.name, bytes);
  if (!checked.ok) throw invalid({ file: checked.message });

  const storageKey = newStorageKey(reg.khoiId);
  await fileStore().put(storageKey, bytes);
  try {
    const row = await db().$transaction(async (tx) => {
      const created = await tx.evidenceFile.create({
        data: {
          khoiId: reg.khoiId,
          coSoId: reg.coSoId,
          ownerType: OWNER,
          ownerId: reg.id,
          storageKey,
          fileName: checked.fileName,
          contentType: checked.contentType,
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedById: viewer.userId,
        },
        select: { id: true },
      });
      await recordAudit({ khoiId: reg.khoiId, actorId: viewer.userId, action: "evidence.upload", targetType: OWNER, targetId: reg.id, after: { fileId: created.id, fileName: checked.fileName } }, tx);
      return created;
    });
    return { id: row.id };
  } catch (error) {
    // No row, no file: the bytes of a failed upload do not linger.
    await fileStore().remove(storageKey);
    throw error;
  }
}

/** Hides a file (kept in storage and in the audit trail); only the owning cơ sở may. */
export async function archiveRegistrationEvidence(viewer: Viewer, raw: z.input<typeof evidenceArchiveInput>) {
  const input = evidenceArchiveInput.parse(raw);
  const file = await db().evidenceFile.findFirst({
    where: { id: input.id, ownerType: OWNER, active: true, coSoId: { in: ownCoSoIds(viewer) } },
    select: { id: true, khoiId: true, ownerId: true, fileName: true },
  });
  if (!file) throw notFound("tệp minh chứng");
  await ownRegistration(viewer, file.ownerId);
  await db().$transaction(async (tx) => {
    await tx.evidenceFile.update({ where: { id: file.id }, data: { active: false } });
    await recordAudit({ khoiId: file.khoiId, actorId: viewer.userId, action: "evidence.archive", targetType: OWNER, targetId: file.ownerId, before: { fileId: file.id, fileName: file.fileName } }, tx);
  });
}

export type EvidenceItem = { id: string; ownerId: string; fileName: string; size: number; createdAt: Date };

/** Files of registrations the caller has already loaded within the viewer's scope. */
export async function evidenceOf(khoiId: string, registrationIds: string[]): Promise<EvidenceItem[]> {
  if (!registrationIds.length) return [];
  return db().evidenceFile.findMany({
    where: { khoiId, ownerType: OWNER, ownerId: { in: registrationIds }, active: true },
    select: { id: true, ownerId: true, fileName: true, size: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * The bytes of a file, for a viewer who may see its registration: Khối staff managing the
 * activity, or the cơ sở that registered. Anyone else — another cơ sở, another tenant — gets
 * "not found", whether the file exists or not.
 */
export async function evidenceForDownload(viewer: Viewer, id: string) {
  const file = await db().evidenceFile.findFirst({
    where: { id, ownerType: OWNER, active: true },
    select: { storageKey: true, fileName: true, contentType: true, ownerId: true, khoiId: true },
  });
  if (!file) throw notFound("tệp minh chứng");
  const reg = await db().activityRegistration.findFirst({
    where: {
      id: file.ownerId,
      khoiId: file.khoiId,
      OR: [{ activity: activityScope(viewer, "activity.manage") }, { coSoId: { in: ownCoSoIds(viewer) }, activity: activityScope(viewer, "activity.read") }],
    },
    select: { id: true },
  });
  if (!reg) throw notFound("tệp minh chứng");
  return { fileName: file.fileName, contentType: file.contentType, bytes: await fileStore().get(file.storageKey) };
}
