import "server-only";
// In-app notices: each user sees only their own. Not audited on purpose: a notice is a side
// effect of a change that has its own audit row (publishing, returning, reminding), and marking
// one's own notices read changes nothing anyone else relies on; logging either would bury the
// changes that matter under thousands of rows per plan published.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { tenantOf } from "@/lib/db/tenant-context";
import type { Viewer } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import { dayInVietnam } from "@/lib/domain/dates";
import { startsWithLiterally } from "@/lib/domain/text";
import { NOTICE_GROUPS, isSitePath, noticeGroup, type NoticeGroupKey } from "@/lib/domain/notice-groups";
import { deliveryOf, noticeKind, type NoticeKind } from "@/lib/domain/notice-kinds";
import { noticeMessage, publicUrl } from "@/lib/mail/messages";
import { unsubscribePageUrl, unsubscribePostUrl, unsubscribeToken } from "@/lib/mail/unsubscribe";
import { notFound } from "./errors";
import { enqueueMails } from "./mail-outbox";
import { keptUntilWrite } from "./read-cache";

type Tx = Prisma.TransactionClient;

/** A notice: what it is about (for e-mail preferences), one line to read, the page it leads to. */
export type Notice = { kind: NoticeKind; title: string; link: string };

/**
 * The one way notices are given: a row on each user's notices page and, as each chose for the
 * kind (Cài đặt thông báo), an e-mail now, a line in tomorrow's digest, or nothing. The e-mails
 * are written in the caller's transaction, so a change rolled back tells nobody. One read of the
 * recipients and one of their choices, whatever the number of notices.
 */
async function deliver(tx: Tx, khoiId: string, items: { userId: string; notice: Notice }[]) {
  if (!items.length) return;
  const userIds = [...new Set(items.map((i) => i.userId))];
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, active: true },
    select: { id: true, email: true, name: true },
  });
  const saved = await tx.noticePreference.findMany({
    where: { userId: { in: userIds }, kind: { in: [...new Set(items.map((i) => i.notice.kind))] } },
    select: { userId: true, kind: true, email: true, digest: true },
  });
  const userOf = new Map(users.map((u) => [u.id, u]));
  const choiceOf = new Map(saved.map((p) => [`${p.userId}:${p.kind}`, p]));
  const rows = items
    .filter((i) => userOf.has(i.userId))
    .map(({ userId, notice }) => ({
      user: userOf.get(userId)!,
      notice: { ...notice, title: notice.title.length > 300 ? `${notice.title.slice(0, 299)}…` : notice.title },
      delivery: deliveryOf(notice.kind, choiceOf.get(`${userId}:${notice.kind}`)),
    }));
  await tx.notification.createMany({
    data: rows.map(({ user, notice, delivery }) => ({
      khoiId,
      userId: user.id,
      kind: notice.kind,
      title: notice.title,
      link: notice.link,
      digestPending: delivery === "digest",
    })),
  });
  await enqueueMails(
    tx,
    rows
      .filter((r) => r.delivery === "now")
      .map(({ user, notice }) => {
        const kind = noticeKind(notice.kind)!;
        const token = "always" in kind && kind.always ? null : unsubscribeToken(user.id, notice.kind);
        const message = noticeMessage(
          user,
          { title: notice.title, url: publicUrl(isSitePath(notice.link) ? notice.link : "/thong-bao") },
          token ? { kindLabel: kind.label, url: unsubscribePageUrl(token) } : null,
        );
        return {
          khoiId,
          userId: user.id,
          to: user.email,
          kind: `notice:${notice.kind}`,
          ...message,
          unsubscribeUrl: token ? unsubscribePostUrl(token) : null,
        };
      }),
  );
}

/** The active accounts holding one of `roles` on the given units of a Khối. */
async function holders(tx: Tx, khoiId: string, unitIds: string[] | "all-co-so", roles: Role[]) {
  const memberships = await tx.membership.findMany({
    where: {
      khoiId,
      role: { in: roles },
      user: { active: true },
      unit: unitIds === "all-co-so" ? { kind: "CO_SO", active: true } : { id: { in: unitIds }, active: true },
    },
    select: { userId: true },
  });
  return [...new Set(memberships.map((m) => m.userId))];
}

/** Notifies everyone holding one of `roles` on the given units of a Khối, and the users `also` named (once each). */
export async function notifyUnits(
  tx: Tx,
  khoiId: string,
  unitIds: string[] | "all-co-so",
  roles: Role[],
  notice: Notice,
  also: string[] = [],
) {
  const userIds = [...new Set([...(await holders(tx, khoiId, unitIds, roles)), ...also])];
  await deliver(
    tx,
    khoiId,
    userIds.map((userId) => ({ userId, notice })),
  );
  return userIds.length;
}

/**
 * A notice of its own to each unit (a visit's date, say), delivered to everyone holding one of
 * `roles` there: one read of the holders whatever the number of units.
 */
export async function notifyEachUnit(tx: Tx, khoiId: string, roles: Role[], perUnit: { unitId: string; notice: Notice }[]) {
  if (!perUnit.length) return 0;
  const memberships = await tx.membership.findMany({
    where: {
      khoiId,
      role: { in: roles },
      user: { active: true },
      unit: { id: { in: perUnit.map((u) => u.unitId) }, active: true },
    },
    select: { userId: true, unitId: true },
  });
  const items = perUnit.flatMap(({ unitId, notice }) =>
    [...new Set(memberships.filter((m) => m.unitId === unitId).map((m) => m.userId))].map((userId) => ({ userId, notice })),
  );
  await deliver(tx, khoiId, items);
  return items.length;
}

/**
 * A reminder (nhắc nhở): as notifyUnits, but whoever was already reminded of the same page (a
 * deadline or overdue notice with this link, by the scheduler or by a click) since midnight in
 * Vietnam is not reminded again. Call it under a lock on the record reminded
 * about, so that two reminders at once send one. Returns the units reminded now, those already
 * reminded today, and those with nobody to remind.
 */
export async function remindUnitsOncePerDay(
  tx: Tx,
  khoiId: string,
  unitIds: string[],
  roles: Role[],
  notice: Notice & { kind: "deadline" | "overdue" },
) {
  const memberships = await tx.membership.findMany({
    where: { khoiId, role: { in: roles }, user: { active: true }, unit: { id: { in: unitIds }, active: true } },
    select: { userId: true, unitId: true },
  });
  const already = await tx.notification.findMany({
    where: {
      khoiId,
      userId: { in: memberships.map((m) => m.userId) },
      link: notice.link,
      createdAt: { gte: vietnamMidnight() },
      // Reminders made before notices had kinds are known by their title.
      OR: [{ kind: { in: ["deadline", "overdue"] } }, { kind: null, title: notice.title }],
    },
    select: { userId: true },
  });
  const told = new Set(already.map((n) => n.userId));
  const fresh = memberships.filter((m) => !told.has(m.userId));
  await deliver(
    tx,
    khoiId,
    [...new Set(fresh.map((m) => m.userId))].map((userId) => ({ userId, notice })),
  );
  const remindedUnits = new Set(fresh.map((m) => m.unitId));
  const alreadyUnits = new Set(
    memberships.filter((m) => told.has(m.userId) && !remindedUnits.has(m.unitId)).map((m) => m.unitId),
  );
  const reachable = new Set(memberships.map((m) => m.unitId));
  return {
    reminded: remindedUnits.size,
    alreadyToday: alreadyUnits.size,
    /** Units with nobody to tell (no active account in those roles) */
    unreachable: unitIds.filter((id) => !reachable.has(id)).length,
  };
}

/** The moment today began in Vietnam (UTC+7, no daylight saving). */
export function vietnamMidnight(now = new Date()) {
  return new Date(dayInVietnam(now).getTime() - 7 * 60 * 60 * 1000);
}

export const NOTICES_PER_PAGE = 50;

type NoticeFilter = { unreadOnly?: boolean; group?: NoticeGroupKey; page?: number };

function noticeWhere(viewer: Viewer, filter: NoticeFilter): Prisma.NotificationWhereInput {
  const group = noticeGroup(filter.group);
  return {
    userId: viewer.userId,
    ...(filter.unreadOnly ? { readAt: null } : {}),
    ...(group
      ? { OR: group.prefixes.flatMap((p) => [{ link: p }, { link: { startsWith: `${p}/` } }, { link: { startsWith: `${p}#` } }]) }
      : {}),
  };
}

/** The viewer's own notices, newest first, a page at a time, filtered by read state and group. */
export async function listNotifications(viewer: Viewer, filter: NoticeFilter = {}) {
  const where = noticeWhere(viewer, filter);
  const total = await db().notification.count({ where });
  const pages = Math.max(1, Math.ceil(total / NOTICES_PER_PAGE));
  // Past the last page (a page emptied by marking read, an old link): the last page.
  const page = Math.min(pages, Math.max(1, filter.page ?? 1));
  const rows = await db().notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTICES_PER_PAGE,
    take: NOTICES_PER_PAGE,
    select: { id: true, title: true, link: true, readAt: true, createdAt: true },
  });
  return { rows, total, page, pages };
}

/** Unread notices per group (and in all), for the filter chips. */
export async function unreadByGroup(viewer: Viewer) {
  const counts = await Promise.all(
    NOTICE_GROUPS.map((g) => db().notification.count({ where: noticeWhere(viewer, { unreadOnly: true, group: g.key }) })),
  );
  return new Map(NOTICE_GROUPS.map((g, i) => [g.key, counts[i]]));
}

export async function countUnread(viewer: Viewer) {
  return db().notification.count({ where: { userId: viewer.userId, readAt: null } });
}

/** The most pages the menu is told of: a user who left hundreds unread still gets a small page. */
const ARRIVAL_LINKS = 200;

/**
 * The viewer's unread notices for the portal's header: how many, and the pages they lead to
 * (the browser marks them read on arriving there: markReadAt). One grouped query.
 */
export async function unreadNotices(viewer: Viewer): Promise<{ total: number; links: string[] }> {
  // Keyed by the Khối too: the notices are read under the viewer's tenant (row-level security).
  const groups = await keptUntilWrite(`unread-notices:${viewer.userId}:${tenantOf(viewer).khoiIds.join(",")}`, () =>
    db().notification.groupBy({
      by: ["link"],
      where: { userId: viewer.userId, readAt: null },
      _count: { _all: true },
      orderBy: { link: "asc" },
    }),
  );
  return {
    total: groups.reduce((n, g) => n + g._count._all, 0),
    links: groups
      .map((g) => g.link)
      .filter(isSitePath)
      .slice(0, ARRIVAL_LINKS),
  };
}

/**
 * Opening the page a notice leads to is acting on it: the viewer's own unread notices for that
 * page (the path as shown, with its query; a notice's "#part" is ignored) are marked read, from
 * the notices list, an e-mail, the menu or a link on another page alike.
 */
export async function markReadAt(viewer: Viewer, input: { path: string }) {
  const { count } = await db().notification.updateMany({
    where: {
      userId: viewer.userId,
      readAt: null,
      OR: [{ link: input.path }, { link: startsWithLiterally(`${input.path}#`) }],
    },
    data: { readAt: new Date() },
  });
  return { count };
}

export async function markAllRead(viewer: Viewer) {
  await db().notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } });
}

/**
 * Marks one of the viewer's own notices read and says where it leads; another user's notice is
 * not found, like one that does not exist.
 */
export async function markRead(viewer: Viewer, input: { id: string }) {
  const notice = await db().notification.findFirst({
    where: { id: input.id, userId: viewer.userId },
    select: { id: true, khoiId: true, link: true, readAt: true },
  });
  if (!notice) throw notFound("thông báo");
  if (!notice.readAt)
    await db().notification.updateMany({
      where: { id: notice.id, khoiId: notice.khoiId, userId: viewer.userId, readAt: null },
      data: { readAt: new Date() },
    });
  return { link: isSitePath(notice.link) ? notice.link : "/thong-bao" };
}

/** Notifies one user (a member whose record was returned); the title is cut to fit a notice. */
export async function notifyUser(tx: Tx, khoiId: string, userId: string, notice: Notice) {
  await deliver(tx, khoiId, [{ userId, notice }]);
}

/** A notice each to several users (members whose entries were confirmed), in one go. */
export async function notifyEach(tx: Tx, khoiId: string, items: { userId: string; notice: Notice }[]) {
  await deliver(tx, khoiId, items);
}
