import "server-only";
// Đăng ký thi đua: at the start of the year (or during it) a member says which individual titles
// they aim at; on their record they see, title by title, which criteria their confirmed records
// already meet. Their secretaries and the Khối see who registered when nominating. A withdrawn
// registration stays (inactive), so the year's history is kept.
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { honourTitleScope, memberScope, type Viewer } from "@/lib/authz";
import { todayInVietnam } from "@/lib/domain/dates";
import { evaluateCriteria, type Criterion } from "@/lib/domain/honour-criteria";
import type { titleRegistrationInput } from "@/lib/validation/honours";
import { recordAudit } from "./audit";
import { ownMember } from "./commitment-reads";
import { invalid, notFound } from "./errors";
import { ownAchievementsThisYear } from "./honour-achievements";
import { criterionOf } from "./honour-titles";

const thisYear = () => todayInVietnam().getUTCFullYear();

/** Sets the member's registrations for this year to exactly the titles given (none: withdraws all). */
export async function setTitleRegistrations(viewer: Viewer, input: z.output<typeof titleRegistrationInput>) {
  const member = await ownMember(viewer);
  if (!member) throw notFound("hồ sơ đoàn viên của tài khoản này");
  const year = thisYear();
  const ids = [...new Set(input.titleIds)];
  const titles = await db().honourTitle.findMany({
    where: {
      AND: [
        honourTitleScope(viewer, "honour.read"),
        { id: { in: ids }, khoiId: member.khoiId, subject: "INDIVIDUAL", active: true },
      ],
    },
    select: { id: true },
  });
  if (titles.length !== ids.length) throw invalid({ titleIds: "Chỉ đăng ký được danh hiệu cá nhân đang áp dụng của Đoàn Khối" });

  await db().$transaction(async (tx) => {
    const mine = { khoiId: member.khoiId, memberId: member.id, year };
    const before = (await tx.titleRegistration.findMany({ where: { ...mine, active: true }, select: { titleId: true } })).map(
      (r) => r.titleId,
    );
    // New ones are inserted once even when two submits race (the unique key skips the second).
    await tx.titleRegistration.createMany({
      data: ids.map((titleId) => ({ ...mine, titleId, coSoId: member.coSoId })),
      skipDuplicates: true,
    });
    await tx.titleRegistration.updateMany({
      where: { khoiId: member.khoiId, memberId: member.id, year, titleId: { in: ids }, active: false },
      data: { active: true },
    });
    await tx.titleRegistration.updateMany({
      where: { khoiId: member.khoiId, memberId: member.id, year, titleId: { notIn: ids }, active: true },
      data: { active: false },
    });
    const same = before.length === ids.length && before.every((t) => ids.includes(t));
    if (!same)
      await recordAudit(
        {
          khoiId: member.khoiId,
          actorId: viewer.userId,
          action: "honour.registration.set",
          targetType: "Member",
          targetId: member.id,
          before: { year, titleIds: before },
          after: { year, titleIds: ids },
        },
        tx,
      );
  });
  return { titleIds: ids };
}

/**
 * The member's year: every individual title of their Khối they may aim at, whether they
 * registered for it, and each criterion as their confirmed records of the year stand against it
 * (typed ones are judged by the cơ sở when nominating). Null for a viewer with no member profile.
 */
export async function myTitleRegistrations(viewer: Viewer) {
  const member = await ownMember(viewer);
  if (!member) return null;
  const year = thisYear();
  const [titles, registered, own] = await Promise.all([
    db().honourTitle.findMany({
      where: { AND: [honourTitleScope(viewer, "honour.read"), { khoiId: member.khoiId, subject: "INDIVIDUAL", active: true }] },
      select: {
        id: true,
        name: true,
        level: true,
        criteria: {
          select: { id: true, position: true, pillar: true, wording: true, source: true, metric: true, threshold: true },
          orderBy: { position: "asc" },
        },
      },
      orderBy: [{ level: "asc" }, { name: "asc" }],
    }),
    db().titleRegistration.findMany({
      where: { khoiId: member.khoiId, memberId: member.id, year, active: true },
      select: { titleId: true },
    }),
    ownAchievementsThisYear(viewer),
  ]);
  const ids = new Set(registered.map((r) => r.titleId));
  return {
    year,
    titles: titles.map((t) => {
      const criteria: Criterion[] = t.criteria.map(criterionOf);
      const results = own ? evaluateCriteria(criteria, own.achievements, {}) : [];
      return {
        id: t.id,
        name: t.name,
        level: t.level,
        registered: ids.has(t.id),
        criteria: criteria.map((c, i) => ({
          id: c.id,
          wording: c.wording,
          met: results[i]?.met ?? null,
          value: results[i]?.value ?? null,
          threshold: results[i]?.threshold ?? null,
        })),
      };
    }),
  };
}
export type OwnTitleYear = NonNullable<Awaited<ReturnType<typeof myTitleRegistrations>>>;

/** How many members in the viewer's reach registered for a title this year (member.read holders). */
export async function registrationCount(viewer: Viewer, titleId: string) {
  return db().titleRegistration.count({
    where: { titleId, year: thisYear(), active: true, member: memberScope(viewer, "member.read") },
  });
}
