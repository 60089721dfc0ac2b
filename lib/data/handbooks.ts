import "server-only";
// Cẩm nang thủ tục hành chính (issue 14, item 4): each agency's cơ sở Đoàn writes handbooks of its
// procedures for the Khối's public site. The text lives in numbered versions: saving after a
// publication starts the next version while the public keeps reading the published one. The
// Markdown is rendered and sanitised with an allow-list on the server before it is stored
// (lib/domain/rich-text.ts). The Khối reads every handbook of its agencies and may withdraw one.
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HandbookStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { grantsFor, handbookScope, type Viewer } from "@/lib/authz";
import { renderHandbook, plainText } from "@/lib/domain/rich-text";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { fileStore } from "@/lib/storage/file-store";
import type {
  createHandbookInput,
  publishHandbookInput,
  saveHandbookInput,
  withdrawHandbookInput,
} from "@/lib/validation/handbooks";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, notFound } from "./errors";
import { notifyUnits } from "./notifications";
import { asSite, type PublicSiteRef } from "./public-site";
import { recordStatusChange, timelineOf } from "./status-changes";

type Tx = Prisma.TransactionClient;

const handbookLink = (id: string) => `/cam-nang/${id}`;

/** What a version stores of the text typed: the source, its sanitised HTML, its folded words. */
function rendered(title: string, body: string) {
  const html = renderHandbook(body);
  if (!plainText(html)) throw invalid({ body: "Nội dung cẩm nang chưa có chữ nào hiển thị được" });
  const text = plainText(html);
  return {
    title,
    source: body,
    html,
    searchText: foldVietnamese(`${title} ${text}`).slice(0, 60_000),
    summary: text.slice(0, 300),
  };
}

// ───────────── Inside the portal ─────────────

/** The cơ sở the viewer writes handbooks for (its secretary's grant). */
function writerCoSo(viewer: Viewer) {
  const grant = grantsFor(viewer, "handbook.write").find((g) => g.unitKind === "CO_SO");
  if (!grant) throw notFound("cơ sở Đoàn");
  return { coSoId: grant.unitId, khoiId: grant.khoiIds[0] };
}

/** Handbooks in reach: the writer's own, or all of the Khối's for its staff. */
function readScope(viewer: Viewer): Prisma.HandbookWhereInput {
  return { OR: [handbookScope(viewer, "handbook.write"), handbookScope(viewer, "question.manage")] };
}

export async function createHandbook(viewer: Viewer, input: z.output<typeof createHandbookInput>) {
  const { coSoId, khoiId } = writerCoSo(viewer);
  const text = rendered(input.title, input.body);
  return createOnce(
    () =>
      db().handbook.findFirst({
        where: { khoiId, requestKey: input.requestKey, coSoId, createdById: viewer.userId },
        select: { id: true },
      }),
    () =>
      db().$transaction(async (tx) => {
        const h = await tx.handbook.create({
          data: {
            khoiId,
            coSoId,
            requestKey: input.requestKey,
            createdById: viewer.userId,
          },
          select: { id: true },
        });
        await tx.handbookVersion.create({ data: { khoiId, handbookId: h.id, number: 1, editedById: viewer.userId, ...text } });
        await recordStatusChange(
          { khoiId, entityType: "Handbook", entityId: h.id, fromStatus: null, toStatus: "DRAFT", actorId: viewer.userId },
          tx,
          { title: input.title },
        );
        return h;
      }),
  );
}

export type HandbookRow = {
  id: string;
  title: string;
  coSoName: string;
  status: HandbookStatus;
  latestNumber: number;
  publishedNumber: number | null;
  updatedAt: Date;
};

/** The handbooks in reach, the latest version's title each; newest change first. */
export async function handbooksFor(viewer: Viewer): Promise<HandbookRow[]> {
  const rows = await db().handbook.findMany({
    where: readScope(viewer),
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      latestNumber: true,
      publishedNumber: true,
      updatedAt: true,
      coSo: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } },
    },
  });
  return rows.map((h) => ({
    id: h.id,
    title: h.versions[0]?.title ?? "",
    coSoName: h.coSo.name,
    status: h.status,
    latestNumber: h.latestNumber,
    publishedNumber: h.publishedNumber,
    updatedAt: h.updatedAt,
  }));
}

const HANDBOOK = {
  id: true,
  khoiId: true,
  coSoId: true,
  status: true,
  latestNumber: true,
  publishedNumber: true,
  publishedAt: true,
  withdrawnReason: true,
  moderatedAt: true,
  version: true,
  coSo: { select: { name: true } },
} satisfies Prisma.HandbookSelect;
type Found = Prisma.HandbookGetPayload<{ select: typeof HANDBOOK }>;

async function findHandbook(viewer: Viewer, scope: Prisma.HandbookWhereInput, id: string): Promise<Found> {
  const h = await db().handbook.findFirst({ where: { AND: [scope, { id }] }, select: HANDBOOK });
  if (!h) throw notFound("cẩm nang");
  return h;
}

/** One handbook with its versions, the latest text, and what the viewer may do. */
export async function handbookFor(viewer: Viewer, id: string) {
  const h = await findHandbook(viewer, readScope(viewer), id);
  const [versions, writable, timeline, site] = await Promise.all([
    db().handbookVersion.findMany({
      where: { handbookId: h.id, khoiId: h.khoiId },
      orderBy: { number: "desc" },
      select: {
        id: true,
        number: true,
        title: true,
        source: true,
        html: true,
        publishedAt: true,
        updatedAt: true,
        editedById: true,
      },
    }),
    db().handbook.count({ where: { AND: [handbookScope(viewer, "handbook.write"), { id: h.id }] } }),
    timelineOf(viewer, h.khoiId, "Handbook", [h.id]),
    db().publicSite.findFirst({ where: { khoiId: h.khoiId, published: true }, select: { slug: true } }),
  ]);
  const editors = await db().user.findMany({
    where: { id: { in: [...new Set(versions.map((v) => v.editedById).filter((x): x is string => !!x))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(editors.map((u) => [u.id, u.name]));
  return {
    ...h,
    latest: versions[0],
    versions: versions.map((v) => ({
      number: v.number,
      title: v.title,
      updatedAt: v.updatedAt,
      publishedAt: v.publishedAt,
      editor: v.editedById ? (nameOf.get(v.editedById) ?? null) : null,
    })),
    timeline,
    /** The public page's path, while the Khối's site is published. */
    publicPath: site ? `/doan-khoi/${site.slug}/cam-nang/${h.id}` : null,
    canWrite: writable > 0,
    canModerate: (await db().handbook.count({ where: { AND: [handbookScope(viewer, "question.manage"), { id: h.id }] } })) > 0,
  };
}

/** Updates under the version read: a change by someone else in between is a conflict, never overwritten. */
async function updateAt(tx: Tx, h: Found, version: number, data: Prisma.HandbookUncheckedUpdateManyInput) {
  if (h.version !== version) throw conflict();
  const { count } = await tx.handbook.updateMany({
    where: { id: h.id, khoiId: h.khoiId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

/**
 * Saves the text. The draft being written is updated in place; once its version is published,
 * the next save starts version n + 1 and the public keeps the published one until it is published.
 */
export async function saveHandbook(viewer: Viewer, input: z.output<typeof saveHandbookInput>) {
  const h = await findHandbook(viewer, handbookScope(viewer, "handbook.write"), input.id);
  const latest = await db().handbookVersion.findFirstOrThrow({
    where: { handbookId: h.id, khoiId: h.khoiId, number: h.latestNumber },
    select: { id: true, title: true, source: true },
  });
  // The same text again (a second click, a replay of a save that went through): nothing to do.
  if (latest.title === input.title && latest.source === input.body) return { id: h.id };
  if (h.version !== input.version) throw conflict();
  const text = rendered(input.title, input.body);
  const draftOpen = h.publishedNumber !== h.latestNumber;
  await db().$transaction(async (tx) => {
    if (draftOpen) {
      await updateAt(tx, h, input.version, {});
      await tx.handbookVersion.updateMany({
        where: { id: latest.id, khoiId: h.khoiId },
        data: { ...text, editedById: viewer.userId },
      });
    } else {
      await updateAt(tx, h, input.version, { latestNumber: h.latestNumber + 1 });
      await tx.handbookVersion.create({
        data: { khoiId: h.khoiId, handbookId: h.id, number: h.latestNumber + 1, editedById: viewer.userId, ...text },
      });
    }
    // The texts themselves are in the versions: the log says which version and how long.
    await recordChange(
      { khoiId: h.khoiId, actorId: viewer.userId, action: "handbook.save", targetType: "Handbook", targetId: h.id },
      { title: latest.title, number: h.latestNumber, characters: latest.source.length },
      { title: input.title, number: draftOpen ? h.latestNumber : h.latestNumber + 1, characters: input.body.length },
      tx,
    );
  });
  return { id: h.id };
}

/** Files added since the last publication: they reach the public with the next one. */
function filesWaiting(h: { id: string; khoiId: string; publishedAt: Date | null }) {
  return db().evidenceFile.count({
    where: {
      khoiId: h.khoiId,
      ownerType: "Handbook",
      ownerId: h.id,
      active: true,
      createdAt: { gt: h.publishedAt ?? new Date(0) },
    },
  });
}

/**
 * Publishes the latest version, with the files attached so far: the public site shows them from
 * now on. A handbook the Khối took down goes back up only with a new version.
 */
export async function publishHandbook(viewer: Viewer, input: z.output<typeof publishHandbookInput>) {
  const h = await findHandbook(viewer, handbookScope(viewer, "handbook.write"), input.id);
  const upToDate = h.status === "PUBLISHED" && h.publishedNumber === h.latestNumber;
  // Already public at its latest version with all its files (a second click, a replay): nothing changes.
  if (upToDate && (await filesWaiting(h)) === 0) return { id: h.id };
  if (h.version !== input.version) throw conflict();
  if (h.moderatedAt && h.publishedNumber === h.latestNumber)
    throw invalid({}, "Đoàn Khối đã gỡ cẩm nang này: sửa nội dung (lưu thành phiên bản mới) rồi công khai lại.");
  const now = new Date();
  await db().$transaction(async (tx) => {
    await updateAt(tx, h, input.version, {
      status: "PUBLISHED",
      publishedNumber: h.latestNumber,
      publishedAt: now,
      withdrawnReason: null,
      moderatedAt: null,
    });
    await tx.handbookVersion.updateMany({
      where: { handbookId: h.id, khoiId: h.khoiId, number: h.latestNumber, publishedAt: null },
      data: { publishedAt: now },
    });
    if (h.status !== "PUBLISHED")
      await recordStatusChange(
        {
          khoiId: h.khoiId,
          entityType: "Handbook",
          entityId: h.id,
          fromStatus: h.status,
          toStatus: "PUBLISHED",
          actorId: viewer.userId,
        },
        tx,
        { number: h.latestNumber },
      );
    else
      await recordAudit(
        {
          khoiId: h.khoiId,
          actorId: viewer.userId,
          action: "handbook.publish",
          targetType: "Handbook",
          targetId: h.id,
          before: { number: h.publishedNumber, publishedAt: h.publishedAt },
          after: { number: h.latestNumber, publishedAt: now },
        },
        tx,
      );
  });
  return { id: h.id };
}

/**
 * Takes a published handbook off the public site; it is kept with all its versions and can be
 * published again. The Khối moderating another agency's handbook must say why, and the cơ sở is told.
 */
export async function withdrawHandbook(viewer: Viewer, input: z.output<typeof withdrawHandbookInput>) {
  const h = await findHandbook(viewer, readScope(viewer), input.id);
  const byWriter = (await db().handbook.count({ where: { AND: [handbookScope(viewer, "handbook.write"), { id: h.id }] } })) > 0;
  if (!byWriter && !input.reason) throw invalid({ reason: "Vui lòng ghi lý do gỡ cẩm nang" });
  // Already down (a second click, a replay): nothing changes.
  if (h.status === "WITHDRAWN") return { id: h.id };
  if (h.version !== input.version) throw conflict();
  if (h.status !== "PUBLISHED") throw invalid({}, "Cẩm nang chưa công khai.");
  await db().$transaction(async (tx) => {
    await updateAt(tx, h, input.version, {
      status: "WITHDRAWN",
      withdrawnReason: input.reason,
      moderatedAt: byWriter ? null : new Date(),
    });
    await recordStatusChange(
      {
        khoiId: h.khoiId,
        entityType: "Handbook",
        entityId: h.id,
        fromStatus: "PUBLISHED",
        toStatus: "WITHDRAWN",
        actorId: viewer.userId,
        comment: input.reason,
      },
      tx,
    );
    if (!byWriter)
      await notifyUnits(tx, h.khoiId, [h.coSoId], ["CO_SO_SECRETARY"], {
        kind: "returned",
        title: `Đoàn Khối gỡ một cẩm nang của ${h.coSo.name} khỏi trang công khai: ${input.reason}`,
        link: handbookLink(h.id),
      });
  });
  return { id: h.id };
}

// ───────────── The public site ─────────────

const shownPublicly = (khoiId: string): Prisma.HandbookWhereInput => ({
  khoiId,
  status: "PUBLISHED",
  publishedNumber: { not: null },
  coSo: { active: true },
});

/** The published version of each published handbook (one query for the list). */
async function publishedVersions(site: PublicSiteRef, where: Prisma.HandbookWhereInput, words: string[]) {
  const books = await db().handbook.findMany({
    where: { ...shownPublicly(site.khoiId), ...where },
    select: { id: true, publishedNumber: true, publishedAt: true, coSo: { select: { id: true, name: true } } },
    take: 1000,
  });
  if (!books.length) return [];
  const versions = await db().handbookVersion.findMany({
    where: {
      khoiId: site.khoiId,
      OR: books.map((b) => ({ handbookId: b.id, number: b.publishedNumber! })),
      ...(words.length ? { AND: words.map((w) => ({ searchText: containsLiterally(w) })) } : {}),
    },
    select: { handbookId: true, title: true, summary: true, publishedAt: true },
  });
  const byId = new Map(books.map((b) => [b.id, b]));
  return versions
    .map((v) => ({
      id: v.handbookId,
      title: v.title,
      extract: v.summary.slice(0, 220),
      publishedAt: v.publishedAt,
      coSo: byId.get(v.handbookId)!.coSo,
    }))
    .sort((a, b) => a.coSo.name.localeCompare(b.coSo.name, "vi") || a.title.localeCompare(b.title, "vi"));
}

/** Published handbooks: by words (without diacritics) and agency; each with a short extract. */
export async function publicHandbooks(site: PublicSiteRef, query: { q?: string; coSo?: string } = {}) {
  const words = query.q ? foldVietnamese(query.q).split(" ").filter(Boolean).slice(0, 8) : [];
  return asSite(site, async () => {
    return publishedVersions(site, query.coSo ? { coSoId: query.coSo } : {}, words);
  });
}

/** One published handbook at its published version, with the files published with it; or null. */
export async function publicHandbook(site: PublicSiteRef, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return asSite(site, async () => {
    const h = await db().handbook.findFirst({
      where: { id, ...shownPublicly(site.khoiId) },
      select: { id: true, publishedNumber: true, publishedAt: true, coSo: { select: { id: true, name: true } } },
    });
    if (!h) return null;
    const [version, files] = await Promise.all([
      db().handbookVersion.findFirst({
        where: { handbookId: h.id, khoiId: site.khoiId, number: h.publishedNumber! },
        select: { title: true, html: true, summary: true, publishedAt: true },
      }),
      publishedFiles(site.khoiId, h),
    ]);
    return version ? { ...h, ...version, files } : null;
  });
}

/**
 * Files attached before the last publication: later ones wait for the next. A removed file leaves
 * the public page at once (a wrong form, or one that names someone, must not stay up).
 */
function publishedFiles(khoiId: string, h: { id: string; publishedAt: Date | null }) {
  return db().evidenceFile.findMany({
    where: { khoiId, ownerType: "Handbook", ownerId: h.id, active: true, createdAt: { lte: h.publishedAt ?? new Date(0) } },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, size: true, contentType: true },
  });
}

/** A published handbook's file, for anyone; null for anything else. */
export async function publicHandbookFile(site: PublicSiteRef, handbookId: string, fileId: string) {
  if (!/^[0-9a-f-]{36}$/.test(handbookId) || !/^[0-9a-f-]{36}$/.test(fileId)) return null;
  return asSite(site, async () => {
    const h = await db().handbook.findFirst({
      where: { id: handbookId, ...shownPublicly(site.khoiId) },
      select: { id: true, publishedAt: true },
    });
    if (!h) return null;
    const file = (await publishedFiles(site.khoiId, h)).find((f) => f.id === fileId);
    if (!file) return null;
    const stored = await db().evidenceFile.findFirstOrThrow({
      where: { id: file.id, khoiId: site.khoiId },
      select: { storageKey: true },
    });
    return { ...file, ...(await fileStore().open(stored.storageKey)) };
  });
}

/** Every published handbook's path, for the sitemap. */
export async function handbookSitemap(site: PublicSiteRef) {
  return asSite(site, () =>
    db().handbook.findMany({
      where: shownPublicly(site.khoiId),
      orderBy: { publishedAt: "desc" },
      take: 5000,
      select: { id: true, publishedAt: true },
    }),
  );
}
