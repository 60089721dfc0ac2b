import "server-only";
// The kept counts of confirmed entries (EntryMonthCount per cơ sở and month, EntryMemberYear per
// member and year, both kept by triggers on MemberEntry; EntryMemberSpanCount, members with
// entries per cơ sở and span, kept by triggers on those counters and on Member) checked against a
// full recount:
// `npm run db:recount` reports any drift and, asked to, mends it.
// Run in system mode: it reads every Khối.
import { db } from "@/lib/db/client";
import type { EntryKind } from "@/lib/generated/prisma/enums";

/** One bucket where the kept count and the recount disagree */
export type EntryCountDrift = {
  khoiId: string;
  coSoId: string;
  kind: EntryKind;
  /** yyyy-mm-dd, the first day of the month */
  month: string;
  kept: { entries: number; hours: string };
  counted: { entries: number; hours: string };
};

/** Every bucket whose kept count differs from the confirmed entries counted now (empty buckets equal none). */
export async function entryCountDrift(): Promise<EntryCountDrift[]> {
  const rows = await db().$queryRaw<
    {
      khoiId: string;
      coSoId: string;
      kind: EntryKind;
      month: string;
      keptEntries: number;
      keptHours: string;
      countedEntries: number;
      countedHours: string;
    }[]
  >`
    WITH kept AS (
      SELECT "khoiId", "kind", "month", "coSoId", "entries", "hours" FROM "EntryMonthCount"
       WHERE "entries" <> 0 OR "hours" <> 0
    ), counted AS (
      SELECT "khoiId", "kind", date_trunc('month', "occurredOn"::timestamp)::date AS "month", "coSoId",
             count(*)::int AS "entries", coalesce(sum("hours"::numeric), 0) AS "hours"
        FROM "MemberEntry" WHERE "status" = 'CONFIRMED'
       GROUP BY 1, 2, 3, 4
    )
    SELECT coalesce(k."khoiId", c."khoiId") AS "khoiId", coalesce(k."coSoId", c."coSoId") AS "coSoId",
           coalesce(k."kind", c."kind")::text AS "kind", to_char(coalesce(k."month", c."month"), 'YYYY-MM-DD') AS "month",
           coalesce(k."entries", 0)::int AS "keptEntries", coalesce(k."hours", 0)::text AS "keptHours",
           coalesce(c."entries", 0)::int AS "countedEntries", coalesce(c."hours", 0)::text AS "countedHours"
      FROM kept k FULL JOIN counted c
        ON k."khoiId" = c."khoiId" AND k."kind" = c."kind" AND k."month" = c."month" AND k."coSoId" = c."coSoId"
     WHERE coalesce(k."entries", 0) <> coalesce(c."entries", 0) OR coalesce(k."hours", 0) <> coalesce(c."hours", 0)
     ORDER BY 1, 2, 3, 4`;
  return rows.map((r) => ({
    khoiId: r.khoiId,
    coSoId: r.coSoId,
    kind: r.kind,
    month: r.month,
    kept: { entries: r.keptEntries, hours: r.keptHours },
    counted: { entries: r.countedEntries, hours: r.countedHours },
  }));
}

/** One month of a member's year where the kept counter and the recount disagree */
export type MemberYearDrift = {
  khoiId: string;
  memberId: string;
  kind: EntryKind;
  year: number;
  month: number;
  kept: number;
  counted: number;
};

/** Every month of a member's year whose kept counter differs from their confirmed entries counted now. */
export async function memberYearDrift(): Promise<MemberYearDrift[]> {
  return db().$queryRaw<MemberYearDrift[]>`
    WITH kept AS (
      SELECT y."khoiId", y."kind", y."year", y."memberId", u.i::int AS "month", u.n AS "kept"
        FROM "EntryMemberYear" y, unnest(y."months") WITH ORDINALITY AS u(n, i) WHERE u.n <> 0
    ), counted AS (
      SELECT "khoiId", "kind", extract(year FROM "occurredOn")::int AS "year", "memberId",
             extract(month FROM "occurredOn")::int AS "month", count(*)::int AS "counted"
        FROM "MemberEntry" WHERE "status" = 'CONFIRMED'
       GROUP BY 1, 2, 3, 4, 5
    )
    SELECT "khoiId", "memberId", "kind"::text AS "kind", "year", "month", coalesce("kept", 0)::int AS "kept",
           coalesce("counted", 0)::int AS "counted"
      FROM kept FULL JOIN counted USING ("khoiId", "kind", "year", "memberId", "month")
     WHERE coalesce("kept", 0) <> coalesce("counted", 0)
     ORDER BY 1, 2, 3, 4, 5`;
}

/** One span of a cơ sở where the kept count of members with entries and the recount disagree */
export type MemberSpanDrift = {
  khoiId: string;
  coSoId: string;
  kind: EntryKind;
  year: number;
  /** 0 the whole year, 1–12 a month, 13 January–June, 14 July–December */
  span: number;
  kept: number;
  counted: number;
};

/**
 * Every span whose kept count of active members with entries (EntryMemberSpanCount) differs from
 * the members matched to their counters now. The counters are checked against the entries by
 * memberYearDrift, so together they check the span counts against the entries.
 */
export async function memberSpanDrift(): Promise<MemberSpanDrift[]> {
  return db().$queryRaw<MemberSpanDrift[]>`
    WITH kept AS (
      SELECT "khoiId", "kind", "year", "span"::int AS "span", "coSoId", "members" AS "kept"
        FROM "EntryMemberSpanCount" WHERE "members" <> 0
    ), counted AS (
      SELECT y."khoiId", y."kind", y."year", s.span::int AS "span", m."coSoId", count(*)::int AS "counted"
        FROM "EntryMemberYear" y
        JOIN "Member" m ON m."id" = y."memberId" AND m."khoiId" = y."khoiId" AND m."active"
        CROSS JOIN unnest(entry_spans(y."months")) AS s(span)
       GROUP BY 1, 2, 3, 4, 5
    )
    SELECT "khoiId", "coSoId", "kind"::text AS "kind", "year", "span", coalesce("kept", 0)::int AS "kept",
           coalesce("counted", 0)::int AS "counted"
      FROM kept FULL JOIN counted USING ("khoiId", "kind", "year", "span", "coSoId")
     WHERE coalesce("kept", 0) <> coalesce("counted", 0)
     ORDER BY 1, 2, 3, 4, 5`;
}

/** Rewrites every kept count from the entries (writes to entries wait meanwhile). */
export async function recountEntryCounts(): Promise<void> {
  await db().$executeRaw`SELECT recount_entry_counts()`;
}
