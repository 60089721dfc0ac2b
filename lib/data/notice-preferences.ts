import "server-only";
// Cài đặt thông báo: each user chooses, per notice kind, an e-mail at once, the daily digest or no
// e-mail (the notice on the notices page stays). Rows are the user's own: row-level security
// admits the request's user's rows (a city account has no Khối); the signed-out unsubscribe link
// writes in system mode, for the one user its signature names. The digest (thư tổng hợp) goes out
// from 07:00 Vietnam time.
import type { Viewer } from "@/lib/authz";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { dayInVietnam, hourInVietnam, vietnamTime } from "@/lib/domain/dates";
import { isSitePath } from "@/lib/domain/notice-groups";
import { NOTICE_KINDS, deliveryOf, noticeKind, type Delivery, type NoticeKind } from "@/lib/domain/notice-kinds";
import { digestMessage, publicUrl } from "@/lib/mail/messages";
import { readUnsubscribeToken, unsubscribePageUrl, unsubscribePostUrl, unsubscribeToken } from "@/lib/mail/unsubscribe";
import { recordAudit } from "./audit";
import { enqueueMail } from "./mail-outbox";

/** Every kind with how the viewer hears of it now. */
export async function preferencesOf(viewer: Viewer) {
  const saved = await db().noticePreference.findMany({
    where: { userId: viewer.userId },
    select: { kind: true, email: true, digest: true },
  });
  const byKind = new Map(saved.map((p) => [p.kind, p]));
  return NOTICE_KINDS.map((k) => ({
    kind: k.key,
    label: k.label,
    always: "always" in k && k.always,
    delivery: deliveryOf(k.key, byKind.get(k.key)),
  }));
}

const asRow = (delivery: Delivery) => ({ email: delivery !== "off", digest: delivery === "digest" });

/** Saves the viewer's choices; a kind that is always mailed keeps its default whatever was sent. */
export async function savePreferences(viewer: Viewer, input: { choices: { kind: NoticeKind; delivery: Delivery }[] }) {
  const choices = input.choices.filter((c) => {
    const k = noticeKind(c.kind)!;
    return !("always" in k && k.always);
  });
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { khoiId: true } });
    for (const c of choices)
      await tx.noticePreference.upsert({
        where: { userId_kind: { userId: viewer.userId, kind: c.kind } },
        create: { userId: viewer.userId, khoiId: user.khoiId, kind: c.kind, ...asRow(c.delivery) },
        update: asRow(c.delivery),
      });
    await recordAudit(
      {
        khoiId: user.khoiId,
        actorId: viewer.userId,
        action: "notice.preferences",
        targetType: "User",
        targetId: viewer.userId,
        after: Object.fromEntries(choices.map((c) => [c.kind, c.delivery])),
      },
      tx,
    );
  });
}

/** What an unsubscribe link would turn off, for its page; null for a link this portal did not sign. */
export async function unsubscribeTarget(token: string | null | undefined) {
  const target = readUnsubscribeToken(token);
  if (!target) return null;
  const user = await asSystem(() =>
    db().user.findUnique({ where: { id: target.userId }, select: { email: true, active: true } }),
  );
  if (!user?.active) return null;
  const at = user.email.lastIndexOf("@");
  return {
    kind: target.kind,
    label: target.kind === "digest" ? "Thư tổng hợp hằng ngày" : noticeKind(target.kind)!.label,
    // Enough for the reader to recognise their address, not to learn someone else's.
    address: `${user.email.slice(0, Math.min(2, at))}…${user.email.slice(at)}`,
  };
}

/**
 * Hủy nhận thư through a signed link, signed out: turns off e-mail for that one kind (the digest
 * link: for every kind the user receives in the digest), nothing else. True when the link was good.
 */
export async function unsubscribe(token: string | null | undefined): Promise<boolean> {
  const target = readUnsubscribeToken(token);
  if (!target) return false;
  return asSystem(() =>
    db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: target.userId }, select: { id: true, khoiId: true, active: true } });
      if (!user?.active) return false;
      let kinds: NoticeKind[];
      if (target.kind === "digest") {
        const saved = await tx.noticePreference.findMany({
          where: { userId: user.id },
          select: { kind: true, email: true, digest: true },
        });
        const byKind = new Map(saved.map((p) => [p.kind, p]));
        kinds = NOTICE_KINDS.filter((k) => deliveryOf(k.key, byKind.get(k.key)) === "digest").map((k) => k.key);
      } else kinds = [target.kind];
      for (const kind of kinds)
        await tx.noticePreference.upsert({
          where: { userId_kind: { userId: user.id, kind } },
          create: { userId: user.id, khoiId: user.khoiId, kind, email: false, digest: false },
          update: { email: false, digest: false },
        });
      // Waiting digest lines of those kinds stay notices; they are not mailed any more.
      if (kinds.length)
        await tx.notification.updateMany({
          where: { userId: user.id, digestPending: true, kind: { in: kinds } },
          data: { digestPending: false },
        });
      await recordAudit(
        {
          khoiId: user.khoiId,
          actorId: user.id,
          action: "notice.unsubscribe",
          targetType: "User",
          targetId: user.id,
          after: { kinds: kinds.join(", ") || "(không có)" },
        },
        tx,
      );
      return true;
    }),
  );
}

// ───────────── The daily digest (thư tổng hợp) ─────────────

/** The digest goes out from 07:00 in Vietnam with what waited since the day before's. */
const DIGEST_HOUR = 7;
const DIGEST_LINES = 50;

export type DigestRun = { users: number; notices: number };

/**
 * Sends each user with waiting notices one e-mail gathering those made before today's 07:00.
 * Run by every server's scheduler: a user's row is locked (SKIP LOCKED) while their digest is
 * made, and the notices it gathers are marked in the same transaction, so two servers never
 * send one user two digests, and a crash sends none and leaves the notices waiting.
 */
export async function runDigests(now = new Date(), batch = 200): Promise<DigestRun> {
  return asSystem(async () => {
    const run: DigestRun = { users: 0, notices: 0 };
    if (hourInVietnam(now) < DIGEST_HOUR) return run;
    // What was noticed before today's 07:00 in Vietnam; later notices wait for tomorrow's.
    const cutoff = vietnamTime(dayInVietnam(now), DIGEST_HOUR);
    // Distinct in the database (Prisma's `distinct` would read every waiting row).
    const waiting = await db().$queryRaw<{ userId: string }[]>`
      SELECT DISTINCT "userId" FROM "Notification" WHERE "digestPending" AND "createdAt" < ${cutoff} LIMIT ${batch}`;
    for (const { userId } of waiting) {
      const gathered = await digestOf(userId, cutoff).catch((error) => {
        // One user's digest that fails (rolled back: the notices still wait) stops no other.
        console.error("[digest]", error instanceof Error ? error.message : error);
        return 0;
      });
      if (gathered) {
        run.users++;
        run.notices += gathered;
      }
    }
    return run;
  });
}

/** One user's digest, in one transaction: their row locked, their waiting notices gathered and marked. */
function digestOf(userId: string, cutoff: Date): Promise<number> {
  return db().$transaction(async (tx) => {
    // NO KEY UPDATE: enough to keep another server off this user, without blocking the rows that
    // point at the account (sessions, preferences) while the digest is written.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR NO KEY UPDATE SKIP LOCKED`;
    if (!locked.length) return 0;
    const notices = await tx.notification.findMany({
      where: { userId, digestPending: true, createdAt: { lt: cutoff } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, khoiId: true, title: true, link: true },
    });
    if (!notices.length) return 0;
    await tx.notification.updateMany({
      where: { userId, id: { in: notices.map((n) => n.id) }, digestPending: true },
      data: { digestPending: false },
    });
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, active: true, khoiId: true },
    });
    if (!user?.active) return 0;
    const lines = notices
      .slice(0, DIGEST_LINES)
      .map((n) => ({ title: n.title, url: publicUrl(isSitePath(n.link) ? n.link : "/thong-bao") }));
    const token = unsubscribeToken(userId, "digest");
    const message = digestMessage(
      user,
      { notices: lines, total: notices.length },
      { all: publicUrl("/thong-bao"), preferences: publicUrl("/thong-bao/cai-dat"), unsubscribe: unsubscribePageUrl(token) },
    );
    await enqueueMail(tx, {
      // Filed under the account's own Khối (its admins' Thư đi), not that of one notice.
      khoiId: user.khoiId ?? notices[0].khoiId,
      userId,
      to: user.email,
      kind: "digest",
      ...message,
      unsubscribeUrl: unsubscribePostUrl(token),
    });
    return notices.length;
  });
}
