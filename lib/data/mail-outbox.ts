import "server-only";
// The outbox (thư đi): a message is written with enqueueMail in the same transaction as the change
// that causes it, so a rolled-back change sends nothing; deliverDue, run by the mail worker after
// commit, claims due messages with FOR UPDATE SKIP LOCKED (two servers never take the same one),
// sends them, retries a failure with a growing wait, and gives up after the last try. A claim
// runs out, so a message held by a worker that died is taken again.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { auditKhoiIds, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { mailFrom, mailTransport } from "@/lib/mail/transport";
import { notFound } from "./errors";

type Tx = Prisma.TransactionClient;

export type MailInput = {
  khoiId: string | null;
  userId: string | null;
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl?: string | null;
};

/** Waits before each retry: 1 minute, 5 minutes, 30 minutes, 2 hours; then the message has failed. */
export const RETRY_WAITS_SECONDS = [60, 300, 1800, 7200];
export const MAX_ATTEMPTS = RETRY_WAITS_SECONDS.length + 1;
/** How long a worker holds a claimed message before another may take it. */
const CLAIM_SECONDS = 120;

/** Writes a message in the caller's transaction. */
export async function enqueueMail(tx: Tx, mail: MailInput) {
  await enqueueMails(tx, [mail]);
}

/** Writes several messages in the caller's transaction, in one statement. */
export async function enqueueMails(tx: Tx, mails: MailInput[]) {
  if (!mails.length) return;
  await tx.mailMessage.createMany({
    data: mails.map((mail) => ({
      khoiId: mail.khoiId,
      userId: mail.userId,
      toAddress: mail.to,
      kind: mail.kind,
      // A subject is one line: a line break from a name or a title cannot start a new header.
      subject: mail.subject.replace(/[\r\n]+/g, " "),
      text: mail.text,
      html: mail.html,
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    })),
  });
}

/** Takes up to `limit` due messages for this worker; another worker skips them. */
async function claim(limit: number, now: Date) {
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "MailMessage"
      WHERE "status" = 'QUEUED' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (!ids.length) return [];
    await tx.mailMessage.updateMany({
      where: { id: { in: ids }, status: "QUEUED" },
      data: { lockedUntil: new Date(now.getTime() + CLAIM_SECONDS * 1000), attempts: { increment: 1 } },
    });
    return tx.mailMessage.findMany({ where: { id: { in: ids } } });
  });
}

export type Delivery = { sent: number; kept: number; retried: number; failed: number };

type Claimed = Awaited<ReturnType<typeof claim>>[number];
type Outcome = keyof Delivery;

/** As many messages in flight at once as the pooled transport has connections. */
const IN_FLIGHT = 5;

/** Sends one claimed message (or keeps it, without SMTP_URL) and records what became of it. */
async function deliverOne(m: Claimed, now: Date): Promise<Outcome | null> {
  // The claim renewed just before sending: a message whose claim ran out while earlier ones of
  // the batch were sent may have been taken by another worker, and is left to it.
  const { count } = await db().mailMessage.updateMany({
    where: { id: m.id, khoiId: m.khoiId, status: "QUEUED", lockedUntil: m.lockedUntil },
    data: { lockedUntil: new Date(Date.now() + CLAIM_SECONDS * 1000) },
  });
  if (!count) return null;
  const transport = mailTransport();
  const done = { lockedUntil: null };
  if (!transport) {
    await db().mailMessage.update({ where: { id: m.id, khoiId: m.khoiId }, data: { ...done, status: "KEPT" } });
    return "kept";
  }
  try {
    await transport.sendMail({
      from: mailFrom(),
      to: m.toAddress,
      subject: m.subject,
      text: m.text,
      html: m.html,
      // One header with the link (mail clients offer "unsubscribe"), and the one-click POST form.
      headers: m.unsubscribeUrl
        ? { "List-Unsubscribe": `<${m.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
        : undefined,
    });
    await db().mailMessage.update({
      where: { id: m.id, khoiId: m.khoiId },
      data: { ...done, status: "SENT", sentAt: new Date(), lastError: null },
    });
    return "sent";
  } catch (error) {
    // The server's answer, cut short; never the address (personal data stays out of the log).
    const reason = (error instanceof Error ? error.message : String(error)).replaceAll(m.toAddress, "…").slice(0, 500);
    const last = m.attempts >= MAX_ATTEMPTS;
    await db().mailMessage.update({
      where: { id: m.id, khoiId: m.khoiId },
      data: last
        ? { ...done, status: "FAILED", lastError: reason }
        : {
            ...done,
            lastError: reason,
            nextAttemptAt: new Date(now.getTime() + RETRY_WAITS_SECONDS[m.attempts - 1] * 1000),
          },
    });
    return last ? "failed" : "retried";
  }
}

/** Delivers what is due now, a few messages at a time; returns what became of them. */
export async function deliverDue(limit = 50, now = new Date()): Promise<Delivery> {
  return asSystem(async () => {
    const outcome: Delivery = { sent: 0, kept: 0, retried: 0, failed: 0 };
    const messages = await claim(limit, now);
    for (let i = 0; i < messages.length; i += IN_FLIGHT)
      for (const result of await Promise.all(messages.slice(i, i + IN_FLIGHT).map((m) => deliverOne(m, now))))
        if (result) outcome[result]++;
    return outcome;
  });
}

// ───────────── The Khối admins' view of the outbox (thư đi) ─────────────

export const OUTBOX_PAGE = 50;

/**
 * The Khối's e-mails, newest first: what was sent, kept (no SMTP_URL), waiting or failed, with
 * the reason. The Khối's admins only (they read its audit trail too): e-mail addresses are
 * personal data. Another Khối's messages are not in it.
 */
export async function outboxOf(viewer: Viewer, filter: { status?: MailStatus; page?: number } = {}) {
  const scope: Prisma.MailMessageWhereInput = { khoiId: { in: auditKhoiIds(viewer) } };
  const where = { ...scope, ...(filter.status ? { status: filter.status } : {}) };
  const [total, byStatus] = await Promise.all([
    db().mailMessage.count({ where }),
    db().mailMessage.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE));
  const page = Math.min(pages, Math.max(1, filter.page ?? 1));
  const rows = await db().mailMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE,
    take: OUTBOX_PAGE,
    select: {
      id: true,
      toAddress: true,
      kind: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
    },
  });
  return {
    rows,
    total,
    page,
    pages,
    counts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<Record<MailStatus, number>>,
  };
}

/** One message as it was (or would have been) sent, for the Khối's admins. */
export async function outboxMessage(viewer: Viewer, id: string) {
  const message = await db().mailMessage.findFirst({
    where: { id, khoiId: { in: auditKhoiIds(viewer) } },
    select: {
      id: true,
      toAddress: true,
      kind: true,
      subject: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
  if (!message) throw notFound("thư");
  // A reset link is the account's key: shown only when no mail server took it (the demo), where
  // the outbox is the only way to it; otherwise it reached its owner's mailbox, and stays there.
  // The first-sign-in invitation's link is such a key too.
  const hidden = ["password-reset", "account-invitation"].includes(message.kind) && message.status !== "KEPT";
  const text = hidden ? message.text.replace(/token=[A-Za-z0-9_-]+/g, "token=(ẩn)") : message.text;
  // An unsubscribe link acts for its recipient without a sign-in, and a question's tracking code
  // (mã tra cứu) is the asker's own key: never shown to anyone else.
  const code = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g;
  const own = (s: string) => (message.kind === "question-received" ? s.replace(code, "(ẩn)") : s);
  return { ...message, text: own(text.replace(/huy-nhan-thu\?t=\S+/g, "huy-nhan-thu?t=(ẩn)")) };
}
