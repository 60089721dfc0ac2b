import "server-only";
// Evidence files (minh chứng) of participation reports, youth projects and members' entries.
// Who may upload, remove and download is decided per kind of record in evidence-owners.ts;
// every download re-checks access through the owning record.
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Viewer, reachesKhoi } from "@/lib/authz";
import { checkEvidenceFile, EVIDENCE_MAX_PER_RECORD } from "@/lib/domain/evidence-file";
import { fileStore, newStorageKey } from "@/lib/storage/file-store";
import { evidenceArchiveInput, evidenceUploadInput, type EvidenceOwnerType } from "@/lib/validation/evidence";
import { EVIDENCE_OWNERS, type EvidenceOwner } from "./evidence-owners";
import type { z } from "zod";
import { recordAudit } from "./audit";
import { createOnce } from "./create-once";
import { foundOrNull, invalid, notFound } from "./errors";

export async function attachEvidence(viewer: Viewer, input: z.output<typeof evidenceUploadInput>) {
  const owner = await EVIDENCE_OWNERS[input.ownerType].forChange(viewer, input.ownerId);
  return storeEvidence(viewer, input.ownerType, owner, input.requestKey, async () => {
    const sent = new Uint8Array(await input.file.arrayBuffer());
    const checked = await checkEvidenceFile(input.file.name, sent);
    if (!checked.ok) throw invalid({ file: checked.message });
    return { fileName: checked.fileName, contentType: checked.contentType, bytes: sent };
  });
}

type Incoming = { fileName: string; contentType: string; bytes: Uint8Array; copiedFrom?: string };

/**
 * Stores a file for a record the viewer may change (its owner rules found it): once per request
 * key, within the per-record limit counted under the owner's row lock, prepared as the owner wants
 * (a public photo is re-encoded), audited. `read` gives the checked bytes.
 */
export async function storeEvidence(
  viewer: Viewer,
  ownerType: EvidenceOwnerType,
  owner: EvidenceOwner,
  requestKey: string,
  read: () => Promise<Incoming>,
) {
  const made = () =>
    db().evidenceFile.findFirst({
      where: { khoiId: owner.khoiId, ownerType, ownerId: owner.id, requestKey },
      select: { id: true },
    });
  const activeFiles = (client: {
    evidenceFile: { count(args: { where: Prisma.EvidenceFileWhereInput }): PromiseLike<number> };
  }) => client.evidenceFile.count({ where: { ownerType, ownerId: owner.id, khoiId: owner.khoiId, active: true } });
  const full = () => invalid({ file: `Tối đa ${EVIDENCE_MAX_PER_RECORD} tệp minh chứng` });
  return createOnce(made, async () => {
    // A quick refusal before reading and storing the bytes; the count that decides is below.
    if ((await activeFiles(db())) >= EVIDENCE_MAX_PER_RECORD) throw full();

    const incoming = await read();
    const prepare = EVIDENCE_OWNERS[ownerType].prepare;
    const bytes = prepare ? await prepare(incoming.contentType, incoming.bytes) : incoming.bytes;

    const storageKey = newStorageKey(owner.khoiId);
    await fileStore().put(storageKey, bytes);
    try {
      return await db().$transaction(async (tx) => {
        // Under the owner's row lock, parallel uploads to one record count one after the other.
        await EVIDENCE_OWNERS[ownerType].lock(tx, owner);
        if ((await activeFiles(tx)) >= EVIDENCE_MAX_PER_RECORD) throw full();
        const created = await tx.evidenceFile.create({
          data: {
            khoiId: owner.khoiId,
            coSoId: owner.coSoId,
            ownerType,
            ownerId: owner.id,
            storageKey,
            fileName: incoming.fileName,
            contentType: incoming.contentType,
            size: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
            uploadedById: viewer.userId,
            requestKey,
          },
          select: { id: true },
        });
        await recordAudit(
          {
            khoiId: owner.khoiId,
            actorId: viewer.userId,
            action: "evidence.upload",
            targetType: ownerType,
            targetId: owner.id,
            after: { fileId: created.id, fileName: incoming.fileName, copiedFrom: incoming.copiedFrom },
          },
          tx,
        );
        await EVIDENCE_OWNERS[ownerType].changed?.(tx, owner);
        return created;
      });
    } catch (error) {
      // No row, no file: the bytes of a failed upload (or of a repeat that lost the race) do not linger.
      await fileStore().remove(storageKey);
      throw error;
    }
  });
}

/** Hides a file (kept in storage and in the audit trail); only who may change the record may. */
export async function archiveEvidence(viewer: Viewer, input: z.output<typeof evidenceArchiveInput>) {
  const file = await db().evidenceFile.findFirst({
    where: { id: input.id, active: true, khoiId: { in: viewer.grants.flatMap((g) => g.khoiIds) } },
    select: { id: true, khoiId: true, ownerType: true, ownerId: true, fileName: true, uploadedById: true },
  });
  if (!file) throw notFound("tệp minh chứng");
  const rules = EVIDENCE_OWNERS[file.ownerType as EvidenceOwnerType];
  // Another unit's file is "not found", like a file that does not exist.
  const owner = rules ? await foundOrNull(rules.forChange(viewer, file.ownerId)) : null;
  if (!owner || owner.khoiId !== file.khoiId) throw notFound("tệp minh chứng");
  if (!(await seesFile(viewer, rules, file))) throw notFound("tệp minh chứng");
  await db().$transaction(async (tx) => {
    await tx.evidenceFile.update({ where: { id: file.id, khoiId: file.khoiId }, data: { active: false } });
    await rules.changed?.(tx, owner);
    await recordAudit(
      {
        khoiId: file.khoiId,
        actorId: viewer.userId,
        action: "evidence.archive",
        targetType: file.ownerType,
        targetId: file.ownerId,
        before: { fileId: file.id, fileName: file.fileName },
      },
      tx,
    );
  });
}

export type EvidenceItem = {
  id: string;
  ownerId: string;
  fileName: string;
  size: number;
  createdAt: Date;
  uploadedById: string | null;
};

/** Files of records the caller has already loaded within the viewer's scope. */
export async function evidenceOf(
  viewer: Viewer,
  khoiId: string,
  ownerType: EvidenceOwnerType,
  ownerIds: string[],
): Promise<EvidenceItem[]> {
  if (!ownerIds.length) return [];
  // The Khối comes from a record the caller found through the viewer's scope; checked again here,
  // so a helper handed another tenant's id finds nothing.
  if (!reachesKhoi(viewer, khoiId)) throw notFound();
  return db().evidenceFile.findMany({
    where: { khoiId, ownerType, ownerId: { in: ownerIds }, active: true },
    select: { id: true, ownerId: true, fileName: true, size: true, createdAt: true, uploadedById: true },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * A file as a stream with its size, for a viewer who may see the record that owns it. Anyone else — another
 * unit, another tenant — gets "not found", whether the file exists or not.
 */
export async function evidenceForDownload(viewer: Viewer, id: string) {
  const file = await db().evidenceFile.findFirst({
    where: { id, active: true },
    select: {
      storageKey: true,
      fileName: true,
      contentType: true,
      ownerType: true,
      ownerId: true,
      khoiId: true,
      uploadedById: true,
    },
  });
  const rules = file && EVIDENCE_OWNERS[file.ownerType as EvidenceOwnerType];
  if (!file || !rules || !(await rules.canSee(viewer, file.khoiId, file.ownerId)) || !(await seesFile(viewer, rules, file)))
    throw notFound("tệp minh chứng");
  return { fileName: file.fileName, contentType: file.contentType, ...(await fileStore().open(file.storageKey)) };
}

/** A record whose files a viewer sees only when they sent them (a cơ sở on an inspection visit). */
async function seesFile(
  viewer: Viewer,
  rules: (typeof EVIDENCE_OWNERS)[EvidenceOwnerType],
  file: { khoiId: string; ownerId: string; uploadedById: string | null },
) {
  if (!rules.ownFilesOnly || !(await rules.ownFilesOnly(viewer, file.khoiId, file.ownerId))) return true;
  return file.uploadedById === viewer.userId;
}
