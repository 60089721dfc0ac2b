// Login throttling (SECURITY.md #10), stored in the database so it holds across server processes.
// - per (address, account): stops guessing one account's password from one place, while the real
//   user can still sign in from elsewhere;
// - per address: stops one place spraying many accounts;
// - per account, whatever the address (hardening finding 1): a guess spread over many addresses
//   is throttled too. So that nobody can lock a known account out this way, it binds only sign-ins
//   from devices the account has not used before: a browser the user signed in with carries a
//   signed device token (lib/auth/device.ts) and has its own small budget instead.
// The client's address comes from the HTTP server (lib/server/forwarded.mjs), never from a header
// the client wrote. Each attempt takes its point *before* the password is checked, so parallel
// guesses count too; a successful sign-in gives the points back.
import ipaddr from "ipaddr.js";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

export const LOGIN_LIMITS = {
  perAddressAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  perAddress: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
  perAccount: { points: 20, duration: 60 * 60, blockDuration: 60 * 60 },
  perDevice: { points: 10, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Checks of the current password when changing it (hardening finding 4), per account. */
  passwordCheck: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Quên mật khẩu: e-mails asked for one address (no mailbox flooded), and asks from one place. */
  resetPerEmail: { points: 3, duration: 60 * 60, blockDuration: 60 * 60 },
  resetPerAddress: { points: 20, duration: 60 * 60, blockDuration: 60 * 60 },
  /** Tokens tried from one place (a guess at a token is hopeless, but costs a hash each). */
  resetUsePerAddress: { points: 20, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Hỏi đáp, signed out: questions asked from one place, tracking-code lookups from one place and of one code. */
  questionPerAddress: { points: 5, duration: 60 * 60, blockDuration: 60 * 60 },
  /** All the questions a Khối's site takes an hour, from everywhere: a flood from many addresses stops here. */
  questionPerSite: { points: 200, duration: 60 * 60, blockDuration: 0 },
  /** Confirmation e-mails to one address an hour (the form must not mail anyone at will). */
  questionMailPerEmail: { points: 1, duration: 60 * 60, blockDuration: 0 },
  lookupPerAddress: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
};

type LimiterName = keyof typeof LOGIN_LIMITS;
type Limiters = Record<LimiterName, RateLimiterPrisma>;
const holder = globalThis as unknown as { __loginLimiters?: { client: unknown; limiters: Limiters } };

function limiters(): Limiters {
  const client = db();
  // Rebuilt when tests swap the database.
  if (holder.__loginLimiters?.client !== client) {
    const common = { storeClient: client, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false };
    const make = (name: LimiterName) => new RateLimiterPrisma({ ...common, keyPrefix: `login_${name}`, ...LOGIN_LIMITS[name] });
    holder.__loginLimiters = {
      client,
      limiters: {
        perAddressAccount: make("perAddressAccount"),
        perAddress: make("perAddress"),
        perAccount: make("perAccount"),
        perDevice: make("perDevice"),
        passwordCheck: make("passwordCheck"),
        resetPerEmail: make("resetPerEmail"),
        resetPerAddress: make("resetPerAddress"),
        resetUsePerAddress: make("resetUsePerAddress"),
        questionPerAddress: make("questionPerAddress"),
        questionPerSite: make("questionPerSite"),
        questionMailPerEmail: make("questionMailPerEmail"),
        lookupPerAddress: make("lookupPerAddress"),
      },
    };
  }
  return holder.__loginLimiters.limiters;
}

export type Attempt = { address: string; email: string; /** a verified device token's id */ deviceId?: string | null };
export type Throttle = {
  wait: number;
  accountLocked: boolean;
  /** this attempt is the one that locked the account */ justLocked: boolean;
};

/**
 * The place an address counts as: an IPv4 address itself, an IPv6 address's /64 network. One
 * subscriber is handed a whole /64 (often more), so keying the full IPv6 address would give a
 * guesser 2^64 fresh budgets. IPv4 written as IPv6 (::ffff:1.2.3.4) counts as the IPv4 address;
 * what does not parse (outside a request: "unknown") is kept as it is.
 */
export function placeOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = (parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${network.join(":")}::/64`;
}

const pairKey = (a: Attempt) => `${placeOf(a.address)}_${a.email}`;

/** Consumes a point; the seconds to wait and how far over the budget, or null when within it. */
async function take(limiter: RateLimiterPrisma, key: string): Promise<{ wait: number; consumed: number } | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    // consume() rejects with a RateLimiterRes when the budget is spent; anything else is a real error.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { wait: Math.ceil(rejection.msBeforeNext / 1000), consumed: rejection.consumedPoints };
  }
}

/** Takes one attempt from every budget that applies. */
export async function takeLoginAttempt(attempt: Attempt): Promise<Throttle> {
  const l = limiters();
  const [pair, address, account] = await Promise.all([
    take(l.perAddressAccount, pairKey(attempt)),
    take(l.perAddress, placeOf(attempt.address)),
    attempt.deviceId ? take(l.perDevice, attempt.deviceId) : take(l.perAccount, attempt.email),
  ]);
  const wait = Math.max(pair?.wait ?? 0, address?.wait ?? 0, account?.wait ?? 0);
  const accountLocked = !attempt.deviceId && !!account;
  return { wait, accountLocked, justLocked: accountLocked && account!.consumed === LOGIN_LIMITS.perAccount.points + 1 };
}

/** A successful sign-in: the pair's failures are forgiven; the address and account get their point back. */
export async function loginSucceeded(attempt: Attempt) {
  const l = limiters();
  await Promise.all([
    l.perAddressAccount.delete(pairKey(attempt)),
    l.perAddress.reward(placeOf(attempt.address), 1),
    attempt.deviceId ? l.perDevice.delete(attempt.deviceId) : l.perAccount.reward(attempt.email, 1),
  ]);
}

/** Takes one check of a signed-in user's current password; the seconds to wait, else 0. */
export async function takePasswordCheck(userId: string): Promise<number> {
  return (await take(limiters().passwordCheck, userId))?.wait ?? 0;
}

export async function passwordCheckSucceeded(userId: string) {
  await limiters().passwordCheck.delete(userId);
}

/** Takes one password-reset e-mail for this address from this place; the seconds to wait, else 0. */
export async function takeResetRequest(address: string, email: string): Promise<number> {
  const l = limiters();
  const [place, mailbox] = await Promise.all([take(l.resetPerAddress, placeOf(address)), take(l.resetPerEmail, email)]);
  return Math.max(place?.wait ?? 0, mailbox?.wait ?? 0);
}

/** Takes one use of a reset link from this place; the seconds to wait, else 0. */
export async function takeResetUse(address: string): Promise<number> {
  return (await take(limiters().resetUsePerAddress, placeOf(address)))?.wait ?? 0;
}

/** Takes one public question from this place; the seconds to wait, else 0. */
export async function takeQuestionAsk(address: string): Promise<number> {
  return (await take(limiters().questionPerAddress, placeOf(address)))?.wait ?? 0;
}

/** Takes one question from a Khối's hourly budget; the seconds to wait, else 0. */
export async function takeSiteQuestion(khoiId: string): Promise<number> {
  return (await take(limiters().questionPerSite, khoiId))?.wait ?? 0;
}

/** Takes the hour's one confirmation e-mail to this address; the seconds to wait, else 0 (send it). */
export async function takeQuestionMail(email: string): Promise<number> {
  return (await take(limiters().questionMailPerEmail, email.toLowerCase()))?.wait ?? 0;
}

/**
 * Takes one tracking-code lookup from this place; the seconds to wait, else 0. (A guess tries a
 * new code each time: a budget per code would never run out, only fill the table.)
 */
export async function takeQuestionLookup(address: string): Promise<number> {
  return (await take(limiters().lookupPerAddress, placeOf(address)))?.wait ?? 0;
}

/**
 * Removes the budgets that have run out (the limiter keeps its rows): the public's questions and
 * look-ups, from any address, would otherwise grow the table without end. Run by the scheduler.
 */
export async function purgeExpiredLimits(now = new Date()) {
  const { count } = await db().rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } });
  return count;
}
