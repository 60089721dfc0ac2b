// Device tokens (OWASP's "device cookies"): after a successful sign-in the browser keeps a token
// signed for that account. Sign-ins that bring it skip the account-wide throttle that a guess
// spread over many addresses runs into (lib/auth/throttle.ts), so such a guess cannot lock the
// real user out of the devices they already use.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "./secret";

export const DEVICE_COOKIE = "c3tn_device";
export const DEVICE_MAX_AGE = 180 * 24 * 60 * 60;

const sign = (userId: string, nonce: string) =>
  createHmac("sha256", ensureAuthSecret()).update(`device:${userId}:${nonce}`).digest("base64url");

/** A new token for this account: `<nonce>.<signature>`. */
export function issueDeviceToken(userId: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${sign(userId, nonce)}`;
}

/** The token's id (its nonce) when it was issued for this account, else null. */
export function verifyDeviceToken(token: string | null | undefined, userId: string | undefined): string | null {
  if (!token || !userId || token.length > 200) return null;
  const [nonce, signature] = token.split(".");
  if (!nonce || !signature) return null;
  const expected = Buffer.from(sign(userId, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
}
