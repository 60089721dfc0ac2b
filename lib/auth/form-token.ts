import "server-only";
// The public question form's token: when the form was drawn, signed with the portal's secret. A
// post that comes back sooner than a person could type, or without a token this portal signed, is
// a script: that, and a hidden field only scripts fill (the honeypot), replace a third-party captcha.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "@/lib/auth/secret";

const signature = (issued: string) =>
  createHmac("sha256", ensureAuthSecret()).update(`form:${issued}`).digest("base64url").slice(0, 24);

export function issueFormToken(now = Date.now()): string {
  const issued = String(now);
  return `${issued}.${signature(issued)}`;
}

/** Seconds since the form was drawn, or null for a token this portal did not sign. */
export function formTokenAge(token: string, now = Date.now()): number | null {
  const [issued, given, extra] = token.split(".");
  if (!issued || !given || extra !== undefined || !/^\d{13}$/.test(issued)) return null;
  const expected = Buffer.from(signature(issued));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return (now - Number(issued)) / 1000;
}
