// Login throttling (SECURITY.md #10), stored in the database so it holds across server processes.
// Two limits: per (address, account), which stops guessing one account's password while the real
// user can still sign in from elsewhere; and per address, which stops spraying many accounts.
// Each attempt takes its point *before* the password is checked, so parallel guesses are counted
// too; a successful sign-in gives the points back.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  perAddress: { points: 50, duration: 60 * 60, blockDuration: 60 * 60 },
};

type Limiters = { perAccount: RateLimiterPrisma; perAddress: RateLimiterPrisma };
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
      },
    };
  }
  return holder.__loginLimiters.limiters;
}

const accountKey = (ip: string, email: string) => `${ip}_${email}`;

/** Takes one attempt from both budgets; returns the seconds to wait when either is spent, else 0. */
export async function takeLoginAttempt(ip: string, email: string): Promise<number> {
  const { perAccount, perAddress } = limiters();
  const results = await Promise.allSettled([perAccount.consume(accountKey(ip, email)), perAddress.consume(ip)]);
  let wait = 0;
  for (const r of results) {
    if (r.status === "fulfilled") continue;
    // consume() rejects with a RateLimiterRes when the budget is spent; anything else is a real error.
    if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
    wait = Math.max(wait, Math.ceil(r.reason.msBeforeNext / 1000));
  }
  return wait;
}

/** A successful sign-in: the account's failures are forgiven and the address gets its point back. */
export async function loginSucceeded(ip: string, email: string) {
  const { perAccount, perAddress } = limiters();
  await Promise.all([perAccount.delete(accountKey(ip, email)), perAddress.reward(ip, 1)]);
}
