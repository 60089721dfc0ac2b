-- A confirmation and a transfer of the same member at the same moment (found in review): the
-- confirmation's trigger read the member's place without waiting for the transfer, and the
-- transfer's trigger could not see the confirmation's counters yet, so the new span counted at
-- the old cơ sở for good (until npm run db:recount -- --fix). The counters' trigger now takes a
-- share lock on the members first, in id order: a transfer in flight is waited for and its new
-- place read, and a transfer that comes later waits for the confirmation and moves its counters.
CREATE OR REPLACE FUNCTION entry_member_year_spans_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  rows_ text\073
BEGIN
  rows_ := CASE TG_OP
    WHEN ''INSERT'' THEN ''SELECT *, 1 AS sign FROM new_rows''
    WHEN ''DELETE'' THEN ''SELECT *, -1 AS sign FROM old_rows''
    ELSE ''SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows''
  END\073
  EXECUTE ''SELECT count(*) FROM (SELECT 1 FROM "Member" WHERE "id" IN (SELECT "memberId" FROM ('' || rows_ || '') y)
    ORDER BY "id" FOR SHARE) locked''\073
  -- Transition tables are seen only here, not in a function this one calls: the statement is
  -- written out in each trigger function. A new statement, so it sees a transfer just committed.
  EXECUTE ''INSERT INTO "EntryMemberSpanCount" ("khoiId", "kind", "year", "span", "coSoId", "members")
    SELECT y."khoiId", y."kind", y."year", s.span, m."coSoId", sum(y.sign)
      FROM ('' || rows_ || '') y
      JOIN "Member" m ON m."id" = y."memberId" AND m."khoiId" = y."khoiId" AND m."active"
      CROSS JOIN unnest(entry_spans(y."months")) AS s(span)
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(y.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("khoiId", "kind", "year", "span", "coSoId") DO UPDATE
      SET "members" = "EntryMemberSpanCount"."members" + EXCLUDED."members"''\073
  RETURN NULL\073
END';

-- The recount takes both its locks up front, the entries' then the members', so that it never
-- holds one while waiting for the other.
CREATE OR REPLACE FUNCTION recount_entry_counts() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  LOCK TABLE "MemberEntry", "Member" IN SHARE MODE\073
  DELETE FROM "EntryMonthCount"\073
  DELETE FROM "EntryMemberYear"\073
  INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
  SELECT "khoiId", "kind", make_date(extract(year FROM "occurredOn")::int, extract(month FROM "occurredOn")::int, 1), "coSoId",
         count(*), coalesce(sum("hours"::numeric), 0)
    FROM "MemberEntry" WHERE "status" = ''CONFIRMED''
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4\073
  INSERT INTO "EntryMemberYear" ("khoiId", "kind", "year", "memberId", "months")
  SELECT "khoiId", "kind", extract(year FROM "occurredOn")::int, "memberId", ARRAY[
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 1)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 2)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 3)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 4)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 5)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 6)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 7)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 8)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 9)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 10)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 11)::int,
           count(*) FILTER (WHERE extract(month FROM "occurredOn") = 12)::int
         ]
    FROM "MemberEntry" WHERE "status" = ''CONFIRMED''
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4\073
  PERFORM recount_entry_member_spans()\073
END';
