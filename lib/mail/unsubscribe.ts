import "server-only";
// The one-click unsubscribe link (hủy nhận thư): it names one user and one notice kind, signed with
// the portal's secret, so it works signed out and changes only that preference. It does not
// expire: an old e-mail's link must still stop the next one. The digest's link names "digest":
// it stops the digest (every kind the user receives that way), nothing else.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { NOTICE_KIND_KEYS, type NoticeKind } from "@/lib/domain/notice-kinds";
import { publicUrl } from "./messages";

const signature = (body: string) =>
  createHmac("sha256", ensureAuthSecret()).update(`unsubscribe:${body}`).digest("base64url").slice(0, 32);

/** What a link turns off: one kind's e-mails, or the daily digest. */
export type UnsubscribeTarget = NoticeKind | "digest";

export function unsubscribeToken(userId: string, kind: UnsubscribeTarget): string {
  const body = `${userId}.${kind}`;
  return `${body}.${signature(body)}`;
}

/** The user and kind a token names, or null for anything not signed by this portal. */
export function readUnsubscribeToken(token: string | null | undefined): { userId: string; kind: UnsubscribeTarget } | null {
  if (!token || token.length > 200) return null;
  const [userId, kind, given, extra] = token.split(".");
  if (!userId || !kind || !given || extra !== undefined) return null;
  if (kind !== "digest" && !(NOTICE_KIND_KEYS as string[]).includes(kind)) return null;
  const expected = Buffer.from(signature(`${userId}.${kind}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, kind: kind as UnsubscribeTarget };
}

/** The page the link in the message body opens (a button there confirms). */
export const unsubscribePageUrl = (token: string) => publicUrl(`/huy-nhan-thu?t=${encodeURIComponent(token)}`);

/** The List-Unsubscribe address: mail clients POST "List-Unsubscribe=One-Click" to it (RFC 8058). */
export const unsubscribePostUrl = (token: string) => publicUrl(`/api/huy-nhan-thu?t=${encodeURIComponent(token)}`);
