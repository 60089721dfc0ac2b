import "server-only";
// The public question form's token: the form's key (requestKey) and when the page drew it, signed
// with the portal's secret. A post sooner than a person could type, or whose key and token this
// portal did not issue together, is a script: that, and a hidden field only scripts fill (the
// honeypot), replace a third-party captcha. One key makes one question, so each question costs a
// script a page load and the wait. The tracking code is derived from the same key: a submit
// retried after a lost answer shows the asker the same code.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { trackingCodeFromBytes } from "@/lib/domain/tracking-code";

const mac = (purpose: string, body: string) => createHmac("sha256", ensureAuthSecret()).update(`${purpose}:${body}`).digest();
const signature = (issued: string, requestKey: string) =>
  mac("form", `${issued}.${requestKey}`).toString("base64url").slice(0, 24);

export function issueFormToken(requestKey: string, now = Date.now()): string {
  const issued = String(now);
  return `${issued}.${signature(issued, requestKey)}`;
}

/** Seconds since the form was drawn, or null for a token this portal did not issue with this key. */
export function formTokenAge(token: string, requestKey: string, now = Date.now()): number | null {
  const [issued, given, extra] = token.split(".");
  if (!issued || !given || extra !== undefined || !/^\d{13}$/.test(issued)) return null;
  const expected = Buffer.from(signature(issued, requestKey));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return (now - Number(issued)) / 1000;
}

/** The tracking code of the question a form's key makes: secret without the portal's key. */
export function trackingCodeFor(requestKey: string): string {
  return trackingCodeFromBytes(mac("tracking-code", requestKey));
}
