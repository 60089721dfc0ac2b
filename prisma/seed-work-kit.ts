// Tools of the demo-year seed: a seeded random generator (never Math.random, so every machine
// builds the same year), the demo's clock (dates counted back from today in Vietnam, moments in
// office hours, nothing later than last night), and status histories as StatusChange rows.
import type { Prisma } from "@/lib/generated/prisma/client";

export type Rand = () => number;

/** mulberry32: tiny and exact in 32-bit integer arithmetic, so identical on every platform. */
export function seededRandom(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomTools(rand: Rand) {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  return { rand, int, pick, chance, shuffle };
}
export type Tools = ReturnType<typeof randomTools>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The same day's office hours (08:00–17:30 in Vietnam, UTC+7): a time outside them is folded in. */
function inOfficeHours(ms: number): number {
  const local = ms + 7 * HOUR;
  const dayStart = Math.floor(local / DAY) * DAY;
  const minutes = (local - dayStart) / MINUTE;
  const folded = 480 + ((((minutes - 480) % 570) + 570) % 570);
  return dayStart - 7 * HOUR + folded * MINUTE;
}

/**
 * Dates relative to `today` (Vietnam's calendar date at UTC midnight, as todayInVietnam gives it).
 * Calendar dates are UTC midnights; moments fall in office hours (08:00 in Vietnam is 01:00 UTC)
 * and never after `latest`, 23:30 of yesterday in Vietnam, so nothing is dated in the future.
 */
export function demoClock(today: Date) {
  const latest = new Date(today.getTime() - 7 * HOUR - 30 * MINUTE);
  const date = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  const daysAgoOf = (d: Date) => Math.round((today.getTime() - d.getTime()) / DAY);
  const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
  /** A moment on calendar date `d`, `minutes` after 08:00 in Vietnam. */
  const at = (d: Date, minutes = 0) => new Date(d.getTime() + HOUR + minutes * MINUTE);
  /** Calendar date (UTC midnight) of a moment, in Vietnam. */
  const dayOf = (m: Date) => {
    const local = new Date(m.getTime() + 7 * HOUR);
    return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  };
  /**
   * Moments after `start`, each about `gapsHours[i]` after the one before, in office hours;
   * squeezed proportionally when they would run past `latest`, and always strictly increasing.
   */
  const after = (start: Date, gapsHours: number[]): Date[] => {
    const begin = Math.min(start.getTime(), latest.getTime() - (gapsHours.length + 1) * MINUTE);
    const total = gapsHours.reduce((s, g) => s + g, 0) * HOUR;
    const room = latest.getTime() - begin;
    const scale = total > room ? room / total : 1;
    const out: Date[] = [];
    let offset = 0;
    let last = begin;
    for (const g of gapsHours) {
      offset += g * HOUR * scale;
      const t = Math.max(last + MINUTE, inOfficeHours(Math.floor((begin + offset) / MINUTE) * MINUTE));
      out.push(new Date(Math.min(t, latest.getTime())));
      last = t;
    }
    return out;
  };
  /** The moment moved into office hours of its own day. */
  const officeTime = (m: Date) => new Date(inOfficeHours(m.getTime()));
  return { today, latest, date, daysAgoOf, addDays, at, dayOf, after, officeTime };
}
export type Clock = ReturnType<typeof demoClock>;

export type Step = { to: string; by: string | null; at: Date; comment?: string | null };

/** The StatusChange rows of one record's history: each step goes from the previous step's status. */
export function historyRows(
  khoiId: string,
  entityType: "YouthProject" | "MemberEntry" | "Commitment" | "Plan" | "ReportPeriod" | "Report",
  entityId: string,
  steps: Step[],
  from: string | null = null,
): Prisma.StatusChangeCreateManyInput[] {
  return steps.map((s, i) => ({
    khoiId,
    entityType,
    entityId,
    fromStatus: i === 0 ? from : steps[i - 1].to,
    toStatus: s.to,
    actorId: s.by,
    comment: s.comment ?? null,
    createdAt: s.at,
  }));
}

/** Ids for the rows the seed makes: random UUIDs in the seed, a counter where a test wants the same ids twice. */
export type NewId = () => string;
