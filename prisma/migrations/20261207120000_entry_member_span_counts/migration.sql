-- Active members of each cơ sở with a confirmed entry of a kind, counted per year and span: the
-- whole year (span 0), each month (1–12), each half (13: January–June, 14: July–December). "x%
-- đoàn viên có ý tưởng" over one of these windows reads a few rows per cơ sở instead of matching
-- every member of the Khối to their counters (EntryMemberYear): about 250 ms for the largest Khối
-- of the national set. A member counts where they are now (their cơ sở, while active), as the
-- count from the counters does, so the triggers follow both the counters (confirmations) and the
-- members (transfers, deactivation). Other windows (a season, several years) are still counted
-- from EntryMemberYear.
CREATE TABLE "EntryMemberSpanCount" (
    "khoiId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "span" SMALLINT NOT NULL,
    "coSoId" TEXT NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EntryMemberSpanCount_pkey" PRIMARY KEY ("khoiId","kind","year","span","coSoId")
);
ALTER TABLE "EntryMemberSpanCount" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "EntryMemberSpanCount"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "EntryMemberSpanCount" FROM portal_app\073
  END IF\073
END';

-- A member's counters, found by member: a transfer moves all of them.
CREATE INDEX "EntryMemberYear_khoiId_memberId_idx" ON "EntryMemberYear"("khoiId", "memberId");

-- The spans in which a year's month counters hold an entry.
CREATE FUNCTION entry_spans(months INTEGER[]) RETURNS SMALLINT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
E'SELECT array_remove(ARRAY[
           CASE WHEN 0 < ANY (months) THEN 0 END,
           CASE WHEN 0 < ANY (months[1:6]) THEN 13 END,
           CASE WHEN 0 < ANY (months[7:12]) THEN 14 END
         ]::SMALLINT[], NULL)
       || ARRAY(SELECT i::SMALLINT FROM generate_series(1, 12) AS i WHERE months[i] > 0)';

-- A member's counters changed (a confirmation, a return): their spans, at the member's place.
-- Counters coming (+1) and going (-1) are netted per bucket and written in key order, as
-- entry_counts_changed does, so two transactions in the same buckets queue, never deadlock.
CREATE FUNCTION entry_member_year_spans_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  rows_ text\073
BEGIN
  rows_ := CASE TG_OP
    WHEN ''INSERT'' THEN ''SELECT *, 1 AS sign FROM new_rows''
    WHEN ''DELETE'' THEN ''SELECT *, -1 AS sign FROM old_rows''
    ELSE ''SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 FROM old_rows''
  END\073
  -- Transition tables are seen only here, not in a function this one calls: the statement is
  -- written out in each trigger function.
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
CREATE TRIGGER "EntryMemberYear_spans_insert" AFTER INSERT ON "EntryMemberYear"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_member_year_spans_changed();
CREATE TRIGGER "EntryMemberYear_spans_update" AFTER UPDATE ON "EntryMemberYear"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_member_year_spans_changed();
CREATE TRIGGER "EntryMemberYear_spans_delete" AFTER DELETE ON "EntryMemberYear"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_member_year_spans_changed();

-- A member moved (chuyển sinh hoạt), left or came back, or was added or removed: their counters
-- leave the old place and count at the new one. Other edits of members change nothing here.
CREATE FUNCTION member_spans_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  moved text\073
BEGIN
  moved := CASE TG_OP
    WHEN ''INSERT'' THEN ''SELECT "id", "khoiId", "coSoId", 1 AS sign FROM new_rows WHERE "active"''
    WHEN ''DELETE'' THEN ''SELECT "id", "khoiId", "coSoId", -1 AS sign FROM old_rows WHERE "active"''
    ELSE ''SELECT n."id", n."khoiId", n."coSoId", 1 AS sign FROM new_rows n JOIN old_rows o ON o."id" = n."id"
           WHERE n."active" AND NOT (o."active" AND o."coSoId" = n."coSoId" AND o."khoiId" = n."khoiId")
          UNION ALL
          SELECT o."id", o."khoiId", o."coSoId", -1 FROM old_rows o JOIN new_rows n ON n."id" = o."id"
           WHERE o."active" AND NOT (n."active" AND o."coSoId" = n."coSoId" AND o."khoiId" = n."khoiId")''
  END\073
  EXECUTE ''INSERT INTO "EntryMemberSpanCount" ("khoiId", "kind", "year", "span", "coSoId", "members")
    SELECT y."khoiId", y."kind", y."year", s.span, m."coSoId", sum(m.sign)
      FROM ('' || moved || '') m
      JOIN "EntryMemberYear" y ON y."khoiId" = m."khoiId" AND y."memberId" = m."id"
      CROSS JOIN unnest(entry_spans(y."months")) AS s(span)
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(m.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("khoiId", "kind", "year", "span", "coSoId") DO UPDATE
      SET "members" = "EntryMemberSpanCount"."members" + EXCLUDED."members"''\073
  RETURN NULL\073
END';
CREATE TRIGGER "Member_spans_insert" AFTER INSERT ON "Member"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_spans_changed();
CREATE TRIGGER "Member_spans_update" AFTER UPDATE ON "Member"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_spans_changed();
CREATE TRIGGER "Member_spans_delete" AFTER DELETE ON "Member"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_spans_changed();

-- Emptying the entries empties these counts too.
CREATE OR REPLACE FUNCTION entry_counts_emptied() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  DELETE FROM "EntryMonthCount"\073
  DELETE FROM "EntryMemberYear"\073
  DELETE FROM "EntryMemberSpanCount"\073
  RETURN NULL\073
END';

-- The recount rebuilds the span counts from the rebuilt counters, whether or not the counters'
-- triggers ran meanwhile (a bulk load runs with them off).
CREATE FUNCTION recount_entry_member_spans() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  LOCK TABLE "Member" IN SHARE MODE\073
  DELETE FROM "EntryMemberSpanCount"\073
  INSERT INTO "EntryMemberSpanCount" ("khoiId", "kind", "year", "span", "coSoId", "members")
  SELECT y."khoiId", y."kind", y."year", s.span, m."coSoId", count(*)
    FROM "EntryMemberYear" y
    JOIN "Member" m ON m."id" = y."memberId" AND m."khoiId" = y."khoiId" AND m."active"
    CROSS JOIN unnest(entry_spans(y."months")) AS s(span)
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5\073
END';

CREATE OR REPLACE FUNCTION recount_entry_counts() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  LOCK TABLE "MemberEntry" IN SHARE MODE\073
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

-- The members and counters already recorded.
SELECT recount_entry_member_spans();
