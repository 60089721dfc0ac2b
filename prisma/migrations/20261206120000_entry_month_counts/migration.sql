-- Confirmed member entries counted per Khối, cơ sở, kind and month (a pre-aggregate): the
-- dashboards and the roll-up read a few hundred of these rows instead of counting millions of
-- entries. Kept by the triggers below in the same transaction as every insert, update or delete
-- of an entry, so it cannot lag behind a confirmation. `npm run db:recount` compares it with a
-- full recount and reports (or mends) any drift. Hours are NUMERIC so that adding and taking
-- back the same hours leaves exactly nothing (floating-point sums would leave a residue).
CREATE TABLE "EntryMonthCount" (
    "khoiId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "month" DATE NOT NULL,
    "coSoId" TEXT NOT NULL,
    "entries" INTEGER NOT NULL DEFAULT 0,
    "hours" DECIMAL(65,30) NOT NULL DEFAULT 0,

    CONSTRAINT "EntryMonthCount_pkey" PRIMARY KEY ("khoiId","kind","month","coSoId")
);

-- The app reads its own Khối's counts and writes none itself: only the trigger function does.
ALTER TABLE "EntryMonthCount" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "EntryMonthCount"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "EntryMonthCount" FROM portal_app\073
  END IF\073
END';

-- Each member's confirmed entries of a kind in a year, counted per month (months[1] is January):
-- "x% đoàn viên có ý tưởng" counts the members with a non-zero month in the window, one row per
-- member and year instead of every entry. Kept like the monthly counts, by the same triggers.
CREATE TABLE "EntryMemberYear" (
    "khoiId" TEXT NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "memberId" TEXT NOT NULL,
    "months" INTEGER[] NOT NULL,

    CONSTRAINT "EntryMemberYear_pkey" PRIMARY KEY ("khoiId","kind","year","memberId")
);
ALTER TABLE "EntryMemberYear" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "EntryMemberYear"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "EntryMemberYear" FROM portal_app\073
  END IF\073
END';

-- One statement's changes, as confirmed entries coming (+1) and going (-1), netted per bucket and
-- written in key order (two transactions confirming in the same buckets lock them in the same
-- order, so they queue, never deadlock). An update that leaves a confirmed entry where it was (a
-- support, a comment count) nets to nothing and writes nothing. The status is passed as $1.
CREATE FUNCTION entry_counts_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  cols CONSTANT text := ''"khoiId", "coSoId", "memberId", "kind", "occurredOn", coalesce("hours"::numeric, 0) AS "hours"''\073
  src text\073
BEGIN
  src := CASE TG_OP
    WHEN ''INSERT'' THEN ''SELECT '' || cols || '', 1 AS sign FROM new_rows WHERE "status"::text = $1''
    WHEN ''DELETE'' THEN ''SELECT '' || cols || '', -1 AS sign FROM old_rows WHERE "status"::text = $1''
    ELSE ''SELECT '' || cols || '', 1 AS sign FROM new_rows WHERE "status"::text = $1 UNION ALL SELECT '' || cols || '', -1 FROM old_rows WHERE "status"::text = $1''
  END\073
  EXECUTE ''INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
    SELECT "khoiId", "kind", make_date(extract(year FROM "occurredOn")::int, extract(month FROM "occurredOn")::int, 1), "coSoId",
           sum(sign), sum(sign * "hours")
      FROM ('' || src || '') d
     GROUP BY 1, 2, 3, 4 HAVING sum(sign) <> 0 OR sum(sign * "hours") <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("khoiId", "kind", "month", "coSoId") DO UPDATE
      SET "entries" = "EntryMonthCount"."entries" + EXCLUDED."entries", "hours" = "EntryMonthCount"."hours" + EXCLUDED."hours"'' USING ''CONFIRMED''\073
  EXECUTE ''INSERT INTO "EntryMemberYear" ("khoiId", "kind", "year", "memberId", "months")
    SELECT * FROM (
      SELECT "khoiId", "kind", extract(year FROM "occurredOn")::int AS "year", "memberId", ARRAY[
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 1), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 2), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 3), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 4), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 5), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 6), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 7), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 8), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 9), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 10), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 11), 0)::int,
               coalesce(sum(sign) FILTER (WHERE extract(month FROM "occurredOn") = 12), 0)::int
             ] AS "months"
        FROM ('' || src || '') d
       GROUP BY 1, 2, 3, 4
    ) x WHERE "months" <> array_fill(0, ARRAY[12]) ORDER BY 1, 2, 3, 4
    ON CONFLICT ("khoiId", "kind", "year", "memberId") DO UPDATE
      SET "months" = ARRAY(SELECT a + b FROM unnest("EntryMemberYear"."months", EXCLUDED."months") WITH ORDINALITY AS t(a, b, i) ORDER BY i)'' USING ''CONFIRMED''\073
  RETURN NULL\073
END';

-- Transition tables allow one event per trigger: three triggers, one function.
CREATE TRIGGER "MemberEntry_counts_insert" AFTER INSERT ON "MemberEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_counts_changed();
CREATE TRIGGER "MemberEntry_counts_update" AFTER UPDATE ON "MemberEntry"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_counts_changed();
CREATE TRIGGER "MemberEntry_counts_delete" AFTER DELETE ON "MemberEntry"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entry_counts_changed();

-- Emptying the entries (tests, a restore) empties the counts.
CREATE FUNCTION entry_counts_emptied() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  DELETE FROM "EntryMonthCount"\073
  DELETE FROM "EntryMemberYear"\073
  RETURN NULL\073
END';
CREATE TRIGGER "MemberEntry_counts_emptied" AFTER TRUNCATE ON "MemberEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION entry_counts_emptied();

-- Rebuilds every count from the entries (npm run db:recount -- --fix, and after a bulk load with
-- the triggers off), in key order so that a Khối's rows sit together. Writes to the entries wait
-- meanwhile, so no confirmation slips between the count and the rewrite.
CREATE FUNCTION recount_entry_counts() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
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
END';

-- The entries already recorded.
SELECT recount_entry_counts();
