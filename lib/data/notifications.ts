import "server-only";
// In-app notices: each user sees only their own. Not audited on purpose: a notice is a side
// effect of a change that has its own audit row (publishing, returning, reminding), and marking
// one's own notices read changes nothing anyone else relies on; logging either would bury the
// changes that matter under thousands of rows per plan published.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

/** Notifies everyone holding one of `roles` on the given units of a Khối. */
export async function notifyUnits(
  tx: Tx,
  khoiId: string,
  unitIds: string[] | "all-co-so",
  roles: Role[],
  notice: { title: string; link: string },
) {
  const memberships = await tx.membership.findMany({
    where: {
      khoiId,
      role: { in: roles },
      user: { active: true },
      unit: unitIds === "all-co-so" ? { kind: "CO_SO", active: true } : { id: { in: unitIds }, active: true },
    },
    select: { userId: true },
  });
  const userIds = [...new Set(memberships.map((m) => m.userId))];
  if (userIds.length) await tx.notification.createMany({ data: userIds.map((userId) => ({ khoiId, userId, ...notice })) });
  return userIds.length;
}

export async function listNotifications(viewer: Viewer, take = 50) {
  return db().notification.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, link: true, readAt: true, createdAt: true },
  });
}

export async function countUnread(viewer: Viewer) {
  return db().notification.count({ where: { userId: viewer.userId, readAt: null } });
}

export async function markAllRead(viewer: Viewer) {
  await db().notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } });
}

/** Notifies one user (a member whose record was returned); the title is cut to fit a notice. */
export async function notifyUser(tx: Tx, khoiId: string, userId: string, notice: { title: string; link: string }) {
  const title = notice.title.length > 300 ? `${notice.title.slice(0, 299)}…` : notice.title;
  await tx.notification.create({ data: { khoiId, userId, title, link: notice.link } });
}
