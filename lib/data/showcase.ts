import "server-only";
// Gương điển hình, mô hình hay (issue 14, items 5, 8, 9): the Khối's staff build profiles of
// honoured people and exemplary youth projects from the records the portal holds (an honour's
// citation, a project's results), edit and publish them on the Khối's public site. A profile that
// names a person is public only while that person consents, which they give or withdraw on
// /ca-nhan: the public query checks the consent on every read, so a withdrawal takes it down at once.
import { cache } from "react";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ShowcaseKind, ShowcaseStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { showcaseScope, type Viewer } from "@/lib/authz";
import { PILLARS_2009 } from "@/lib/domain/plan-model";
import { PUBLIC_PHOTO_TYPES } from "@/lib/domain/public-image";
import { fileStore } from "@/lib/storage/file-store";
import type {
  createShowcaseInput,
  publicShowcaseQuery,
  saveShowcaseInput,
  showcaseConsentInput,
  showcaseStatusInput,
} from "@/lib/validation/showcase";
import { recordAudit, recordChange } from "./audit";
import { siteKhoiId } from "./questions";
import { createOnce } from "./create-once";
import { conflict, invalid, notFound } from "./errors";
import { notifyUser } from "./notifications";
import { asSite, type PublicSiteRef } from "./public-site";
import { recordStatusChange, timelineOf } from "./status-changes";

const yearOf = (d: Date | null | undefined) => (d ?? new Date()).getUTCFullYear();

/** Who a nomination names: a member (cá nhân) or a unit (tập thể). */
const NOMINEE = {
  member: { select: { id: true, fullName: true, userId: true } },
  unit: { select: { name: true } },
} satisfies Prisma.NominationSelect;
const nomineeName = (n: { member: { fullName: string } | null; unit: { name: string } | null }) =>
  n.member?.fullName ?? n.unit?.name ?? "";

/** Public while published and every person named consents (none named: nobody to ask). */
const PUBLIC: Prisma.ShowcaseProfileWhereInput = {
  status: "PUBLISHED",
  people: { every: { consentedAt: { not: null } } },
  // A person's profile names someone (never shown without anyone to consent); an honour revoked
  // by a later decision is no longer one to show.
  AND: [
    { OR: [{ kind: { not: "PERSON" } }, { people: { some: {} } }] },
    { OR: [{ honourId: null }, { honour: { revokedById: null } }] },
  ],
};

// ───────────── Inside the portal: the Khối's staff ─────────────

export type ShowcaseRow = {
  id: string;
  kind: ShowcaseKind;
  title: string;
  coSoName: string | null;
  year: number;
  status: ShowcaseStatus;
  featured: boolean;
  /** Everyone named has consented (or nobody is named). */
  consented: boolean;
  waitingFor: string[];
};

/**
 * The curation desk: the Khối's profiles, and the records that could become one (honours of
 * members and collectives that stand, projects acknowledged or honoured) not yet profiled.
 */
export async function showcaseDesk(viewer: Viewer) {
  const khoiId = siteKhoiId(viewer);
  const [profiles, honours, projects] = await Promise.all([
    db().showcaseProfile.findMany({
      where: { AND: [showcaseScope(viewer), { khoiId }] },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 500,
      select: {
        id: true,
        kind: true,
        title: true,
        year: true,
        status: true,
        featured: true,
        coSo: { select: { name: true } },
        people: { select: { consentedAt: true, member: { select: { fullName: true, userId: true } } } },
      },
    }),
    db().honour.findMany({
      where: { khoiId, revokedById: null, showcases: { none: {} } },
      orderBy: [{ decidedOn: "desc" }, { id: "asc" }],
      take: 200,
      select: { id: true, titleName: true, decidedOn: true, nomination: { select: NOMINEE } },
    }),
    db().youthProject.findMany({
      where: { khoiId, status: { in: ["ACKNOWLEDGED", "HONOURED"] }, showcases: { none: {} } },
      orderBy: [{ completedAt: "desc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true, completedAt: true, unit: { select: { name: true } } },
    }),
  ]);
  const rows: ShowcaseRow[] = profiles.map((p) => {
    // One without an account cannot answer on /ca-nhan: the desk says so.
    const waitingFor = p.people
      .filter((x) => !x.consentedAt)
      .map((x) => (x.member.userId ? x.member.fullName : `${x.member.fullName} (chưa có tài khoản)`));
    return {
      id: p.id,
      kind: p.kind,
      title: p.title,
      coSoName: p.coSo?.name ?? null,
      year: p.year,
      status: p.status,
      featured: p.featured,
      consented: waitingFor.length === 0,
      waitingFor,
    };
  });
  return {
    rows,
    sources: [
      ...honours.map((h) => ({
        kind: "honour" as const,
        id: h.id,
        label: `${nomineeName(h.nomination)} – ${h.titleName} (${yearOf(h.decidedOn)})`,
      })),
      ...projects.map((p) => ({
        kind: "project" as const,
        id: p.id,
        label: `${p.name} – ${p.unit.name} (${yearOf(p.completedAt)})`,
      })),
    ],
  };
}

/**
 * A new draft from a record: an honour's citation (tóm tắt thành tích) or a project's results,
 * ready to edit. The person an individual honour names is asked for consent at once.
 */
export async function createShowcase(viewer: Viewer, input: z.output<typeof createShowcaseInput>) {
  const khoiId = siteKhoiId(viewer);
  return createOnce(
    () =>
      db().showcaseProfile.findFirst({
        where: { khoiId, requestKey: input.requestKey, createdById: viewer.userId },
        select: { id: true },
      }),
    // Read after the key's lookup: a replay finds its profile, not "this record has one already".
    async () => {
      const draft =
        input.source === "honour" ? await fromHonour(khoiId, input.sourceId) : await fromProject(khoiId, input.sourceId);
      return db().$transaction(async (tx) => {
        const p = await tx.showcaseProfile.create({
          data: { ...draft.profile, khoiId, requestKey: input.requestKey, createdById: viewer.userId },
          select: { id: true },
        });
        if (draft.person) {
          await tx.showcasePerson.create({ data: { khoiId, profileId: p.id, memberId: draft.person.memberId } });
          if (draft.person.userId)
            await notifyUser(tx, khoiId, draft.person.userId, {
              kind: "honour",
              title: `Đoàn Khối đề nghị giới thiệu bạn là gương điển hình trên trang công khai: vui lòng cho biết bạn có đồng ý không`,
              link: "/ca-nhan#dien-hinh",
            });
        }
        await recordStatusChange(
          { khoiId, entityType: "ShowcaseProfile", entityId: p.id, fromStatus: null, toStatus: "DRAFT", actorId: viewer.userId },
          tx,
          { title: draft.profile.title },
        );
        return p;
      });
    },
  );
}

async function fromHonour(khoiId: string, honourId: string) {
  const h = await db().honour.findFirst({
    where: { id: honourId, khoiId, revokedById: null, showcases: { none: {} } },
    select: {
      id: true,
      titleName: true,
      subject: true,
      coSoId: true,
      decidedOn: true,
      decision: { select: { number: true } },
      nomination: { select: { ...NOMINEE, narrative: true } },
    },
  });
  if (!h) throw invalid({ sourceId: "Không tìm thấy khen thưởng này, vui lòng chọn lại" });
  const name = nomineeName(h.nomination);
  const member = h.subject === "INDIVIDUAL" ? h.nomination.member : null;
  if (h.subject === "INDIVIDUAL" && !member) throw invalid({ sourceId: "Khen thưởng này không gắn với hồ sơ đoàn viên nào" });
  return {
    profile: {
      kind: (h.subject === "INDIVIDUAL" ? "PERSON" : "COLLECTIVE") as ShowcaseKind,
      honourId: h.id,
      coSoId: h.coSoId,
      title: `${name} – ${h.titleName}`,
      story:
        h.nomination.narrative?.trim() || `${name} được tặng danh hiệu ${h.titleName} theo Quyết định số ${h.decision.number}.`,
      pillar: PILLARS_2009[0],
      year: yearOf(h.decidedOn),
    },
    person: member ? { memberId: member.id, userId: member.userId } : null,
  };
}

async function fromProject(khoiId: string, projectId: string) {
  const p = await db().youthProject.findFirst({
    where: { id: projectId, khoiId, status: { in: ["ACKNOWLEDGED", "HONOURED"] }, showcases: { none: {} } },
    select: {
      id: true,
      name: true,
      goal: true,
      resultText: true,
      beneficiaries: true,
      coSoId: true,
      completedAt: true,
      startsOn: true,
    },
  });
  if (!p) throw invalid({ sourceId: "Không tìm thấy công trình này, vui lòng chọn lại" });
  const story = [p.goal, p.resultText, p.beneficiaries ? `Số người được hưởng lợi: ${p.beneficiaries}.` : null]
    .filter((x) => x?.trim())
    .join("\n\n");
  return {
    profile: {
      kind: "PROJECT" as ShowcaseKind,
      projectId: p.id,
      coSoId: p.coSoId,
      title: p.name,
      story: story || p.name,
      pillar: PILLARS_2009[0],
      year: yearOf(p.completedAt ?? p.startsOn),
    },
    person: null,
  };
}

const PROFILE = {
  id: true,
  khoiId: true,
  kind: true,
  title: true,
  story: true,
  pillar: true,
  year: true,
  featured: true,
  status: true,
  publishedAt: true,
  withdrawnReason: true,
  version: true,
  coSo: { select: { name: true } },
  honour: { select: { titleName: true, decision: { select: { number: true, signedOn: true } } } },
  project: { select: { name: true } },
  people: { select: { consentedAt: true, member: { select: { fullName: true } } } },
} satisfies Prisma.ShowcaseProfileSelect;

/** One profile for its curators, with its timeline. */
export async function showcaseFor(viewer: Viewer, id: string) {
  const p = await db().showcaseProfile.findFirst({ where: { AND: [showcaseScope(viewer), { id }] }, select: PROFILE });
  if (!p) throw notFound("hồ sơ điển hình");
  const timeline = await timelineOf(viewer, p.khoiId, "ShowcaseProfile", [p.id]);
  return { profile: p, timeline };
}

async function findCurated(viewer: Viewer, id: string) {
  const p = await db().showcaseProfile.findFirst({
    where: { AND: [showcaseScope(viewer), { id }] },
    select: {
      id: true,
      khoiId: true,
      status: true,
      version: true,
      title: true,
      story: true,
      pillar: true,
      year: true,
      featured: true,
    },
  });
  if (!p) throw notFound("hồ sơ điển hình");
  return p;
}

/** Edits under the version read: a colleague's save in between is a conflict, never overwritten. */
async function updateAt(
  tx: Prisma.TransactionClient,
  p: { id: string; khoiId: string },
  version: number,
  data: Prisma.ShowcaseProfileUncheckedUpdateManyInput,
) {
  const { count } = await tx.showcaseProfile.updateMany({
    where: { id: p.id, khoiId: p.khoiId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

export async function saveShowcase(viewer: Viewer, input: z.output<typeof saveShowcaseInput>) {
  const p = await findCurated(viewer, input.id);
  const next = {
    title: input.title,
    story: input.story,
    pillar: input.pillar || null,
    year: input.year,
    featured: input.featured,
  };
  const before = { title: p.title, story: p.story, pillar: p.pillar, year: p.year, featured: p.featured };
  // A replay of a save that went through: the same text, nothing to change.
  if (JSON.stringify(before) === JSON.stringify(next)) return { id: p.id };
  if (p.version !== input.version) throw conflict();
  await db().$transaction(async (tx) => {
    await updateAt(tx, p, input.version, next);
    if (next.title !== before.title || next.story !== before.story) await askConsentAgain(tx, p);
    await recordChange(
      { khoiId: p.khoiId, actorId: viewer.userId, action: "showcase.edit", targetType: "ShowcaseProfile", targetId: p.id },
      before,
      next,
      tx,
    );
  });
  return { id: p.id };
}

/**
 * The profile's text or photo changed: what the people named consented to is no longer what would
 * be shown, so their consent lapses and they are asked again (the profile leaves the public site
 * until they agree).
 */
export async function askConsentAgain(tx: Prisma.TransactionClient, p: { id: string; khoiId: string }) {
  const people = await tx.showcasePerson.findMany({
    where: { profileId: p.id, khoiId: p.khoiId, consentedAt: { not: null } },
    select: { memberId: true, member: { select: { userId: true } } },
  });
  if (people.length === 0) return;
  await tx.showcasePerson.updateMany({
    where: { profileId: p.id, khoiId: p.khoiId, memberId: { in: people.map((x) => x.memberId) } },
    data: { consentedAt: null },
  });
  for (const x of people)
    if (x.member.userId)
      await notifyUser(tx, p.khoiId, x.member.userId, {
        kind: "honour",
        title: "Đoàn Khối đã sửa hồ sơ giới thiệu bạn: vui lòng xem lại và cho biết bạn có đồng ý công khai không",
        link: "/ca-nhan#dien-hinh",
      });
}

/** Publish, or take down with a reason. Published, a profile is shown once its people consent. */
export async function setShowcaseStatus(viewer: Viewer, input: z.output<typeof showcaseStatusInput>) {
  const p = await findCurated(viewer, input.id);
  if (p.status === input.status) return { id: p.id };
  if (input.status === "WITHDRAWN" && p.status !== "PUBLISHED") throw invalid({}, "Chỉ gỡ được hồ sơ đang công khai.");
  if (p.version !== input.version) throw conflict();
  await db().$transaction(async (tx) => {
    await updateAt(tx, p, input.version, {
      status: input.status,
      ...(input.status === "PUBLISHED" ? { publishedAt: new Date(), withdrawnReason: null } : { withdrawnReason: input.reason }),
    });
    await recordStatusChange(
      {
        khoiId: p.khoiId,
        entityType: "ShowcaseProfile",
        entityId: p.id,
        fromStatus: p.status,
        toStatus: input.status,
        actorId: viewer.userId,
        comment: input.status === "WITHDRAWN" ? input.reason : null,
      },
      tx,
    );
  });
  return { id: p.id };
}

// ───────────── Inside the portal: the person named ─────────────

/** Profiles that name the viewer (through their member profile), for consent on /ca-nhan. */
export async function myShowcases(viewer: Viewer) {
  const rows = await db().showcasePerson.findMany({
    where: { member: { userId: viewer.userId } },
    orderBy: { profile: { createdAt: "desc" } },
    select: {
      consentedAt: true,
      profile: { select: { id: true, khoiId: true, title: true, story: true, status: true, year: true } },
    },
  });
  const byKhoi = new Map<string, string[]>();
  for (const r of rows) byKhoi.set(r.profile.khoiId, [...(byKhoi.get(r.profile.khoiId) ?? []), r.profile.id]);
  const photos = new Map<string, string>();
  for (const [khoiId, ids] of byKhoi) for (const [id, file] of await photosOf(khoiId, ids)) photos.set(id, file);
  return rows.map((r) => ({ ...r.profile, consentedAt: r.consentedAt, photoId: photos.get(r.profile.id) ?? null }));
}

/** The person named gives or withdraws consent; a withdrawal takes the profile off the public site at once. */
export async function setShowcaseConsent(viewer: Viewer, input: z.output<typeof showcaseConsentInput>) {
  const row = await db().showcasePerson.findFirst({
    where: { profileId: input.profileId, member: { userId: viewer.userId } },
    select: { khoiId: true, profileId: true, memberId: true, consentedAt: true },
  });
  if (!row) throw notFound("hồ sơ điển hình");
  // Already as asked (a second click, a replay): nothing to record.
  if (!!row.consentedAt === input.consent) return { id: row.profileId };
  await db().$transaction(async (tx) => {
    // Only from the state read: of two parallel clicks, one changes it and is recorded.
    const { count } = await tx.showcasePerson.updateMany({
      where: {
        profileId: row.profileId,
        memberId: row.memberId,
        khoiId: row.khoiId,
        consentedAt: input.consent ? null : { not: null },
      },
      data: { consentedAt: input.consent ? new Date() : null },
    });
    if (count === 0) return;
    await recordAudit(
      {
        khoiId: row.khoiId,
        actorId: viewer.userId,
        action: input.consent ? "showcase.consent" : "showcase.consent.withdraw",
        targetType: "ShowcaseProfile",
        targetId: row.profileId,
        before: { consented: !!row.consentedAt },
        after: { consented: input.consent },
      },
      tx,
    );
  });
  return { id: row.profileId };
}

// ───────────── The public site ─────────────

export const SHOWCASE_PER_PAGE = 24;

/** The site's showcase: published and consented profiles, by pillar and year; newest first. */
export async function publicShowcase(site: PublicSiteRef, query: z.output<typeof publicShowcaseQuery>) {
  return asSite(site, async () => {
    const where: Prisma.ShowcaseProfileWhereInput = {
      AND: [
        { khoiId: site.khoiId },
        PUBLIC,
        query.pillar ? { pillar: query.pillar } : {},
        query.year ? { year: query.year } : {},
        query.kind ? { kind: query.kind } : {},
      ],
    };
    const [rows, facets] = await Promise.all([
      db().showcaseProfile.findMany({
        where,
        orderBy: [{ year: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
        take: SHOWCASE_PER_PAGE * 4,
        select: { id: true, kind: true, title: true, story: true, pillar: true, year: true, coSo: { select: { name: true } } },
      }),
      db().showcaseProfile.findMany({
        where: { AND: [{ khoiId: site.khoiId }, PUBLIC] },
        distinct: ["pillar", "year"],
        select: { pillar: true, year: true },
      }),
    ]);
    return {
      rows: await publicCards(site.khoiId, rows),
      pillars: [...new Set(facets.map((f) => f.pillar).filter((p): p is string => !!p))].sort(),
      years: [...new Set(facets.map((f) => f.year))].sort((a, b) => b - a),
    };
  });
}

/** The profiles the Khối features on its public home (a few, consented). */
export async function featuredShowcase(site: PublicSiteRef) {
  return asSite(site, async () => {
    const rows = await db().showcaseProfile.findMany({
      where: { AND: [{ khoiId: site.khoiId, featured: true }, PUBLIC] },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 3,
      select: { id: true, kind: true, title: true, story: true, pillar: true, year: true, coSo: { select: { name: true } } },
    });
    return publicCards(site.khoiId, rows);
  });
}

/**
 * One public profile, or null (a draft, a withdrawn one, one whose person has not consented).
 * Read once per request, though the page's title and its body both ask.
 */
export const publicShowcaseProfile = cache(async (site: PublicSiteRef, id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  return asSite(site, async () => {
    const p = await db().showcaseProfile.findFirst({
      where: { AND: [{ id, khoiId: site.khoiId }, PUBLIC] },
      select: {
        id: true,
        kind: true,
        title: true,
        story: true,
        pillar: true,
        year: true,
        publishedAt: true,
        coSo: { select: { name: true } },
        honour: { select: { titleName: true, decision: { select: { number: true, signedOn: true } } } },
      },
    });
    if (!p) return null;
    const photos = await photosOf(site.khoiId, [p.id]);
    return { ...p, photoId: photos.get(p.id) ?? null };
  });
});

/** Every public profile's id, for the sitemap. */
export async function publicShowcaseIds(site: PublicSiteRef) {
  return asSite(site, () =>
    db().showcaseProfile.findMany({
      where: { AND: [{ khoiId: site.khoiId }, PUBLIC] },
      select: { id: true, updatedAt: true },
      take: 5000,
    }),
  );
}

type PublicRow = {
  id: string;
  kind: ShowcaseKind;
  title: string;
  story: string;
  pillar: string | null;
  year: number;
  coSo: { name: string } | null;
};

/** Each profile's photo: its first photo still attached (re-encoded at upload), in one query. */
async function photosOf(khoiId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const files = await db().evidenceFile.findMany({
    where: { khoiId, ownerType: "ShowcaseProfile", ownerId: { in: ids }, active: true, contentType: { in: PUBLIC_PHOTO_TYPES } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, ownerId: true },
  });
  const photos = new Map<string, string>();
  for (const f of files) if (!photos.has(f.ownerId)) photos.set(f.ownerId, f.id);
  return photos;
}

async function publicCards(khoiId: string, rows: PublicRow[]) {
  const photos = await photosOf(
    khoiId,
    rows.map((r) => r.id),
  );
  return rows.map((p) => ({ ...p, extract: p.story.slice(0, 280), photoId: photos.get(p.id) ?? null }));
}

/** A public profile's photo, for anyone; null for anything not public. */
export async function publicShowcasePhoto(site: PublicSiteRef, profileId: string, fileId: string) {
  if (!/^[0-9a-f-]{36}$/.test(profileId) || !/^[0-9a-f-]{36}$/.test(fileId)) return null;
  return asSite(site, async () => {
    const shown = await db().showcaseProfile.count({ where: { AND: [{ id: profileId, khoiId: site.khoiId }, PUBLIC] } });
    if (!shown) return null;
    const file = await db().evidenceFile.findFirst({
      where: {
        id: fileId,
        khoiId: site.khoiId,
        ownerType: "ShowcaseProfile",
        ownerId: profileId,
        active: true,
        contentType: { in: PUBLIC_PHOTO_TYPES },
      },
      select: { contentType: true, storageKey: true },
    });
    return file ? { contentType: file.contentType, ...(await fileStore().open(file.storageKey)) } : null;
  });
}
