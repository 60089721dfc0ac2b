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

-- One statement's changes, netted per bucket and written in key order (two transactions
-- confirming in the same buckets lock them in the same order, so they queue, never deadlock).
-- An update that leaves a confirmed entry in its bucket (a support, a comment count) nets to
-- nothing and writes nothing.
CREATE FUNCTION entry_counts_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
    SELECT "khoiId", "kind", date_trunc(''month'', "occurredOn"::timestamp)::date, "coSoId", count(*), coalesce(sum("hours"::numeric), 0)
      FROM new_rows WHERE "status" = ''CONFIRMED''
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("khoiId", "kind", "month", "coSoId") DO UPDATE
      SET "entries" = "EntryMonthCount"."entries" + EXCLUDED."entries", "hours" = "EntryMonthCount"."hours" + EXCLUDED."hours"\073
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
    SELECT "khoiId", "kind", date_trunc(''month'', "occurredOn"::timestamp)::date, "coSoId", -count(*), -coalesce(sum("hours"::numeric), 0)
      FROM old_rows WHERE "status" = ''CONFIRMED''
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("khoiId", "kind", "month", "coSoId") DO UPDATE
      SET "entries" = "EntryMonthCount"."entries" + EXCLUDED."entries", "hours" = "EntryMonthCount"."hours" + EXCLUDED."hours"\073
  ELSE
    INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
    SELECT k, kd, m, c, sum(n), sum(h) FROM (
      SELECT "khoiId" k, "kind" kd, date_trunc(''month'', "occurredOn"::timestamp)::date m, "coSoId" c, 1 n, coalesce("hours"::numeric, 0) h
        FROM new_rows WHERE "status" = ''CONFIRMED''
      UNION ALL
      SELECT "khoiId", "kind", date_trunc(''month'', "occurredOn"::timestamp)::date, "coSoId", -1, -coalesce("hours"::numeric, 0)
        FROM old_rows WHERE "status" = ''CONFIRMED''
    ) d
     GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(h) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("khoiId", "kind", "month", "coSoId") DO UPDATE
      SET "entries" = "EntryMonthCount"."entries" + EXCLUDED."entries", "hours" = "EntryMonthCount"."hours" + EXCLUDED."hours"\073
  END IF\073
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
  RETURN NULL\073
END';
CREATE TRIGGER "MemberEntry_counts_emptied" AFTER TRUNCATE ON "MemberEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION entry_counts_emptied();

-- Rebuilds every count from the entries (npm run db:recount -- --fix, and after a bulk load with
-- the triggers off). Writes to the entries wait meanwhile, so no confirmation slips between the
-- count and the rewrite.
CREATE FUNCTION recount_entry_counts() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  LOCK TABLE "MemberEntry" IN SHARE MODE\073
  DELETE FROM "EntryMonthCount"\073
  INSERT INTO "EntryMonthCount" ("khoiId", "kind", "month", "coSoId", "entries", "hours")
  SELECT "khoiId", "kind", date_trunc(''month'', "occurredOn"::timestamp)::date, "coSoId", count(*), coalesce(sum("hours"::numeric), 0)
    FROM "MemberEntry" WHERE "status" = ''CONFIRMED''
   GROUP BY 1, 2, 3, 4\073
END';

-- The entries already recorded.
SELECT recount_entry_counts();
