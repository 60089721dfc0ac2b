import "server-only";
// Who may add, remove and see the evidence files of each kind of record. Every rule finds the
// owning record through the viewer's scope, so another unit's or tenant's record is "not found".
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  activityScope,
  entryScope,
  grantsFor,
  handbookScope,
  inspectionVisitScope,
  nominationScope,
  projectScope,
  recommendationScope,
  showcaseScope,
  type Viewer,
} from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { PUBLIC_PHOTO_TYPES, UNREADABLE_IMAGE, withoutMetadata } from "@/lib/domain/public-image";
import type { EvidenceOwnerType } from "@/lib/validation/evidence";
import { CONTEST_FROZEN, frozenForContest } from "./entries";
import { askConsentAgain } from "./showcase";
import { invalid, notFound } from "./errors";

export type EvidenceOwner = { id: string; khoiId: string; coSoId: string | null };

type OwnerRules = {
  /** The record, when the viewer may add or remove its files now (else not found / invalid). */
  forChange(viewer: Viewer, ownerId: string): Promise<EvidenceOwner>;
  /** Whether the viewer may download the record's files. */
  canSee(viewer: Viewer, khoiId: string, ownerId: string): Promise<boolean>;
  /**
   * Locks the record's row until the transaction ends, so that uploads to it count its files one
   * after the other (attack finding 6: counted outside, 16 parallel uploads all saw room). A row
   * lock holds on PostgreSQL and on PGlite alike; the table is written out in each tagged query
   * (a table name cannot be a bound parameter, and string-built SQL is banned: SECURITY.md #17).
   */
  lock(tx: Prisma.TransactionClient, owner: EvidenceOwner): Promise<unknown>;
  /** What is stored of a checked file, when it differs from what was sent (throws: refused). */
  prepare?(contentType: string, bytes: Uint8Array): Promise<Uint8Array>;
  /** After a file is added or removed, in the same transaction. */
  changed?(tx: Prisma.TransactionClient, owner: EvidenceOwner): Promise<void>;
  /** Whether the viewer, though allowed the record, sees and removes only the files they sent. */
  ownFilesOnly?(viewer: Viewer, khoiId: string, ownerId: string): Promise<boolean>;
};

const ownCoSoIds = (viewer: Viewer) =>
  grantsFor(viewer, "activity.register")
    .filter((g) => g.unitKind === "CO_SO")
    .map((g) => g.unitId);

const registration: OwnerRules = {
  async forChange(viewer, ownerId) {
    const reg = await db().activityRegistration.findFirst({
      where: { id: ownerId, coSoId: { in: ownCoSoIds(viewer) }, activity: activityScope(viewer, "activity.read") },
      select: { id: true, khoiId: true, coSoId: true, status: true, activity: { select: { active: true, startsOn: true } } },
    });
    if (!reg) throw notFound("bản đăng ký");
    if (reg.status !== "REGISTERED" || !reg.activity.active) throw invalid({}, "Bản đăng ký này không nhận minh chứng");
    if (todayInVietnam().getTime() < reg.activity.startsOn.getTime())
      throw invalid({ file: "Chỉ gửi minh chứng khi hoạt động đã diễn ra" });
    return { id: reg.id, khoiId: reg.khoiId, coSoId: reg.coSoId };
  },
  // Khối staff managing the activity, or the cơ sở that registered.
  async canSee(viewer, khoiId, ownerId) {
    const found = await db().activityRegistration.count({
      where: {
        id: ownerId,
        khoiId,
        OR: [
          { activity: activityScope(viewer, "activity.manage") },
          { coSoId: { in: ownCoSoIds(viewer) }, activity: activityScope(viewer, "activity.read") },
        ],
      },
    });
    return found > 0;
  },
  lock: (tx, o) =>
    tx.$queryRaw`SELECT "id" FROM "ActivityRegistration" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`,
};

/** Files go with the registration and the completion report, until the Khối acknowledges it. */
const PROJECT_OPEN_FOR_FILES = ["PENDING", "RETURNED", "APPROVED", "COMPLETED"];

const project: OwnerRules = {
  async forChange(viewer, ownerId) {
    const p = await db().youthProject.findFirst({
      where: { AND: [projectScope(viewer, "project.register"), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true, status: true },
    });
    if (!p) throw notFound("công trình");
    if (!PROJECT_OPEN_FOR_FILES.includes(p.status))
      throw invalid({ file: "Công trình đã được ghi nhận, không thay đổi minh chứng được" });
    return { id: p.id, khoiId: p.khoiId, coSoId: p.coSoId };
  },
  // Whoever reads the project inside the Khối. The city reads projects but not their files:
  // photos and participant lists name people, and the city sees no names.
  async canSee(viewer, khoiId, ownerId) {
    const insideKhoi = { ...viewer, grants: viewer.grants.filter((g) => g.unitKind !== "CITY") };
    return (
      (await db().youthProject.count({ where: { AND: [projectScope(insideKhoi, "project.read"), { id: ownerId, khoiId }] } })) > 0
    );
  },
  lock: (tx, o) => tx.$queryRaw`SELECT "id" FROM "YouthProject" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`,
};

const entry: OwnerRules = {
  // The member's own entry, until it is confirmed (then it is locked).
  async forChange(viewer, ownerId) {
    const e = await db().memberEntry.findFirst({
      where: { AND: [entryScope(viewer, "entry.log"), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true, status: true, contestId: true, contestScore: true, contestRank: true },
    });
    if (!e) throw notFound("hồ sơ");
    if (e.status !== "SUBMITTED" && e.status !== "RETURNED")
      throw invalid({ file: "Hồ sơ đã được xác nhận, không thay đổi minh chứng được" });
    if (await frozenForContest(e)) throw invalid({ file: CONTEST_FROZEN });
    return { id: e.id, khoiId: e.khoiId, coSoId: e.coSoId };
  },
  // Whoever may read the entry, and the Khối staff judging the contest it was entered in.
  async canSee(viewer, khoiId, ownerId) {
    const where = { id: ownerId, khoiId };
    const found = await db().memberEntry.count({
      where: {
        OR: [
          { AND: [entryScope(viewer, "entry.read"), where] },
          { AND: [entryScope(viewer, "contest.review"), where, { contestId: { not: null } }] },
        ],
      },
    });
    return found > 0;
  },
  lock: (tx, o) => tx.$queryRaw`SELECT "id" FROM "MemberEntry" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`,
};

const nomination: OwnerRules = {
  // The nominator's (cơ sở or chi đoàn), while it is still theirs to edit and the round takes them.
  async forChange(viewer, ownerId) {
    const n = await db().nomination.findFirst({
      where: { AND: [nominationScope(viewer, "honour.nominate"), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true, status: true, round: { select: { status: true } } },
    });
    if (!n) throw notFound("đề xuất");
    if (n.round.status !== "OPEN") throw invalid({ file: "Đợt xét chọn đã ngừng nhận đề xuất" });
    if (n.status === "SUBMITTED") throw invalid({ file: "Đề xuất đã gửi: rút về để thay đổi minh chứng" });
    return { id: n.id, khoiId: n.khoiId, coSoId: n.coSoId };
  },
  // The nominator, and the Khối staff (and so its council) once it was sent; never another cơ sở.
  async canSee(viewer, khoiId, ownerId) {
    const where = { id: ownerId, khoiId };
    const found = await db().nomination.count({
      where: {
        OR: [
          { AND: [nominationScope(viewer, "honour.nominate"), where] },
          { AND: [nominationScope(viewer, "honour.manage"), where] },
        ],
      },
    });
    return found > 0;
  },
  // Sent while the file was on its way: the lock shows it, and the file is refused.
  async lock(tx, o) {
    const [row] = await tx.$queryRaw<{ status: string; round: string }[]>`
      SELECT n."status"::text AS "status", r."status"::text AS "round"
      FROM "Nomination" n JOIN "HonourRound" r ON r."id" = n."roundId" AND r."khoiId" = n."khoiId"
      WHERE n."id" = ${o.id} AND n."khoiId" = ${o.khoiId} FOR UPDATE OF n`;
    if (row?.round !== "OPEN") throw invalid({ file: "Đợt xét chọn đã ngừng nhận đề xuất" });
    if (row.status === "SUBMITTED" || row.status === "WITHDRAWN")
      throw invalid({ file: "Đề xuất đã gửi: rút về để thay đổi minh chứng" });
  },
};

const handbook: OwnerRules = {
  // The agency's own handbook, whatever its status: a file added after publishing waits for the
  // next publication to reach the public site (handbooks.ts).
  async forChange(viewer, ownerId) {
    const h = await db().handbook.findFirst({
      where: { AND: [handbookScope(viewer, "handbook.write"), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true },
    });
    if (!h) throw notFound("cẩm nang");
    return h;
  },
  // Inside the portal: the writer and the Khối staff. The public reads published files elsewhere.
  async canSee(viewer, khoiId, ownerId) {
    const where = { id: ownerId, khoiId };
    const found = await db().handbook.count({
      where: {
        OR: [
          { AND: [handbookScope(viewer, "handbook.write"), where] },
          { AND: [handbookScope(viewer, "question.manage"), where] },
        ],
      },
    });
    return found > 0;
  },
  lock: (tx, o) => tx.$queryRaw`SELECT "id" FROM "Handbook" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`,
  // Its files go to the public: photos are stored re-encoded, without EXIF or GPS, at a phone's size.
  async prepare(contentType, bytes) {
    try {
      return await withoutMetadata(contentType, bytes);
    } catch {
      throw invalid({ file: UNREADABLE_IMAGE });
    }
  },
};

const showcase: OwnerRules = {
  // The Khối's curators: a profile's photo, shown on the public site once the profile is.
  async forChange(viewer, ownerId) {
    const p = await db().showcaseProfile.findFirst({
      where: { AND: [showcaseScope(viewer), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true },
    });
    if (!p) throw notFound("hồ sơ điển hình");
    return p;
  },
  // The curators, and the person the profile names (to see what they are asked to agree to).
  async canSee(viewer, khoiId, ownerId) {
    const where = { id: ownerId, khoiId };
    const found = await db().showcaseProfile.count({
      where: {
        OR: [{ AND: [showcaseScope(viewer), where] }, { ...where, people: { some: { member: { userId: viewer.userId } } } }],
      },
    });
    return found > 0;
  },
  lock: (tx, o) => tx.$queryRaw`SELECT "id" FROM "ShowcaseProfile" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`,
  // A new or removed photo is not what the people named agreed to: they are asked again.
  changed: (tx, o) => askConsentAgain(tx, { id: o.id, khoiId: o.khoiId }),
  // Photos only, re-encoded without EXIF or GPS: the public page shows them inline.
  async prepare(contentType, bytes) {
    if (!PUBLIC_PHOTO_TYPES.includes(contentType)) throw invalid({ file: "Chỉ nhận ảnh (JPG, PNG, WebP)" });
    try {
      return await withoutMetadata(contentType, bytes);
    } catch {
      throw invalid({ file: UNREADABLE_IMAGE });
    }
  },
};

/**
 * A visit's files (biên bản, ảnh): the Khối's team while the visit is being recorded, and the cơ
 * sở, told of it, sending what it was asked to prepare until the visit is made.
 */
const inspectionVisit: OwnerRules = {
  async forChange(viewer, ownerId) {
    const v = await db().inspectionVisit.findFirst({
      where: {
        id: ownerId,
        OR: [
          { AND: [inspectionVisitScope(viewer, "inspection.manage"), { status: { in: ["SCHEDULED", "VISITED"] } }] },
          { AND: [inspectionVisitScope(viewer, "inspection.read"), { status: "SCHEDULED" }] },
        ],
      },
      select: { id: true, khoiId: true, coSoId: true, round: { select: { status: true } } },
    });
    if (!v) throw notFound("buổi kiểm tra");
    if (v.round.status === "CLOSED") throw invalid({}, "Đợt kiểm tra đã kết thúc");
    return { id: v.id, khoiId: v.khoiId, coSoId: v.coSoId };
  },
  async canSee(viewer, khoiId, ownerId) {
    return (
      (await db().inspectionVisit.count({
        where: { AND: [inspectionVisitScope(viewer, "inspection.read"), { id: ownerId, khoiId }] },
      })) > 0
    );
  },
  // The team's minutes and photos are its findings: until the conclusion is issued the cơ sở sees
  // only what it sent itself (and, the visit made, it changes none: forChange).
  async ownFilesOnly(viewer, khoiId, ownerId) {
    const open = await db().inspectionVisit.count({
      where: {
        id: ownerId,
        khoiId,
        OR: [inspectionVisitScope(viewer, "inspection.manage"), { status: "CONCLUDED" }],
      },
    });
    return open === 0;
  },
  // Read again under the lock: a visit finished or a round closed meanwhile takes no more files.
  async lock(tx, o) {
    await tx.$queryRaw`SELECT "id" FROM "InspectionVisit" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`;
    const v = await tx.inspectionVisit.findFirst({
      where: { id: o.id, khoiId: o.khoiId },
      select: { status: true, round: { select: { status: true } } },
    });
    if (!v || v.status === "CANCELLED" || v.status === "CONCLUDED" || v.round.status === "CLOSED")
      throw invalid({}, "Buổi kiểm tra không nhận thêm tệp");
  },
  // A phone's photo is stored at a screen's size, without its EXIF or GPS; other files as sent.
  async prepare(contentType, bytes) {
    try {
      return await withoutMetadata(contentType, bytes);
    } catch {
      throw invalid({ file: UNREADABLE_IMAGE });
    }
  },
};

const OWED = ["OPEN", "REOPENED"] as const;

/**
 * What a cơ sở did about a recommendation (kiến nghị): it attaches the proof while it still owes
 * the fix, before reporting it; the Khối's staff and the cơ sở read it.
 */
const inspectionRecommendation: OwnerRules = {
  async forChange(viewer, ownerId) {
    const r = await db().inspectionRecommendation.findFirst({
      where: { AND: [recommendationScope(viewer, "inspection.respond"), { id: ownerId }] },
      select: { id: true, khoiId: true, coSoId: true, status: true, visit: { select: { round: { select: { status: true } } } } },
    });
    if (!r) throw notFound("kiến nghị");
    if (r.visit.round.status === "CLOSED") throw invalid({}, "Đợt kiểm tra đã kết thúc");
    if (!(OWED as readonly string[]).includes(r.status)) throw invalid({}, RECOMMENDATION_ANSWERED);
    return { id: r.id, khoiId: r.khoiId, coSoId: r.coSoId };
  },
  async canSee(viewer, khoiId, ownerId) {
    return (
      (await db().inspectionRecommendation.count({
        where: { AND: [recommendationScope(viewer, "inspection.read"), { id: ownerId, khoiId }] },
      })) > 0
    );
  },
  // Read again under the lock: a recommendation answered or a round closed meanwhile takes no more.
  async lock(tx, o) {
    await tx.$queryRaw`SELECT "id" FROM "InspectionRecommendation" WHERE "id" = ${o.id} AND "khoiId" = ${o.khoiId} FOR UPDATE`;
    const r = await tx.inspectionRecommendation.findFirst({
      where: { id: o.id, khoiId: o.khoiId },
      select: { status: true, visit: { select: { round: { select: { status: true } } } } },
    });
    if (!r || !(OWED as readonly string[]).includes(r.status) || r.visit.round.status === "CLOSED")
      throw invalid({}, RECOMMENDATION_ANSWERED);
  },
  prepare: inspectionVisit.prepare,
};

const RECOMMENDATION_ANSWERED = "Kiến nghị đã được phản hồi: không nhận thêm tệp";

export const EVIDENCE_OWNERS: Record<EvidenceOwnerType, OwnerRules> = {
  ActivityRegistration: registration,
  YouthProject: project,
  MemberEntry: entry,
  Nomination: nomination,
  Handbook: handbook,
  ShowcaseProfile: showcase,
  InspectionVisit: inspectionVisit,
  InspectionRecommendation: inspectionRecommendation,
};
