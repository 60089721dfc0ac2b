// The tracking code of a public question (mã tra cứu): the only key a signed-out asker holds.
// Node's crypto: server code only.
import { createHash, randomInt } from "node:crypto";

// Crockford's base-32: no I, L, O or U, so a code read over the phone cannot be misheard.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 12; // 60 random bits: guessing one among a million codes is hopeless.

const grouped = (code: string) => `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;

/** A new random tracking code, "7K3M-Q9XD-2F8B". */
export function newTrackingCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return grouped(code);
}

/** A tracking code from at least 8 random bytes (an HMAC): 5 bits a character. */
export function trackingCodeFromBytes(bytes: Uint8Array): string {
  let bits = 0n;
  for (const byte of bytes.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return grouped(code);
}

/**
 * What the asker typed, as stored: upper case, without spaces or dashes, with the letters people
 * confuse read as Crockford does (O → 0, I and L → 1). Null when it cannot be a code.
 */
export function normaliseTrackingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!ALPHABET.includes(ch)) return null;
  return code;
}

/**
 * Only the code's hash is stored: a leaked table gives no working code. The lookup is an equality
 * on the hash, so how long it takes tells nothing of how close a guess was.
 */
export function trackingCodeHash(normalised: string): string {
  return createHash("sha256").update(`question:${normalised}`).digest("hex");
}
