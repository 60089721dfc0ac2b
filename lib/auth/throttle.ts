// Login throttling (SECURITY.md #10), stored in the database so it holds across server processes.
// Three limits: per (address, account), which stops guessing one account's password while the
// real user can still sign in from elsewhere; per address, which stops spraying many accounts;
// and a loose per-account ceiling, which caps guessing spread over many (possibly forged) addresses.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  perAddress: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
  perAccountAnywhere: { points: 100, duration: 60 * 60, blockDuration: 60 * 60 },
};

type Limiters = { perAccount: RateLimiterPrisma; perAddress: RateLimiterPrisma; perAccountAnywhere: RateLimiterPrisma };
const holder = globalThis as unknown as { __loginLimiters?: { client: unknown; limiters: Limiters } };

function limiters(): Limiters {
  const client = db();
  // Rebuilt when tests swap the database.
  if (holder.__loginLimiters?.client !== client) {
    const common = { storeClient: client, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false };
    holder.__loginLimiters = {
      client,
      limiters: {
        perAccount: new RateLimiterPrisma({ ...common, keyPrefix: "login_acc", ...LOGIN_LIMITS.perAccount }),
        perAddress: new RateLimiterPrisma({ ...common, keyPrefix: "login_ip", ...LOGIN_LIMITS.perAddress }),
        perAccountAnywhere: new RateLimiterPrisma({ ...common, keyPrefix: "login_any", ...LOGIN_LIMITS.perAccountAnywhere }),
      },
    };
  }
  return holder.__loginLimiters.limiters;
}

const accountKey = (ip: string, email: string) => `${ip}_${email}`;

/** Seconds to wait before another attempt is allowed, or 0. */
export async function loginBlockedFor(ip: string, email: string): Promise<number> {
  const { perAccount, perAddress, perAccountAnywhere } = limiters();
  const [acc, addr, any] = await Promise.all([perAccount.get(accountKey(ip, email)), perAddress.get(ip), perAccountAnywhere.get(email)]);
  const blocked = (res: RateLimiterRes | null, points: number) =>
    res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0;
  return Math.max(
    blocked(acc, LOGIN_LIMITS.perAccount.points),
    blocked(addr, LOGIN_LIMITS.perAddress.points),
    blocked(any, LOGIN_LIMITS.perAccountAnywhere.points),
  );
}

export async function recordLoginFailure(ip: string, email: string) {
  const { perAccount, perAddress, perAccountAnywhere } = limiters();
  // consume() rejects once the limit is passed; the rejection is the block itself, not an error.
  await Promise.allSettled([perAccount.consume(accountKey(ip, email)), perAddress.consume(ip), perAccountAnywhere.consume(email)]);
}

export async function recordLoginSuccess(ip: string, email: string) {
  await limiters().perAccount.delete(accountKey(ip, email));
}
