-- The entry list searches titles for words anywhere in them (searchText LIKE %words%): no
-- btree serves that, so a Khối of millions of entries was read newest-first until enough matched
-- (seconds for a rare phrase). A trigram index finds the matching rows directly.
-- pg_trgm is a trusted extension: the database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "MemberEntry_searchText_trgm_idx" ON "MemberEntry" USING GIN ("searchText" gin_trgm_ops);

-- Under row-level security the planner may not use it: LIKE is not leakproof, so it runs only
-- after the policy, on every row of the Khối, and its selectivity is guessed (a 1.8-million-entry
-- Khối read whole: 5 to 10 s). This function runs the search as the owner, who plans it with the
-- index and real estimates, and applies the tenant itself from the same settings the policy
-- reads: the Khối of the transaction (app.khoi_ids), or every Khối in system mode. It returns
-- the ids of the newest matches, at most cap, newest first. The app reads the rows by these
-- ids under the policies and its own filters (lib/data/entry-reads.ts).
-- A common phrase is found among the newest entries (the newest window, through the
-- newest-first index, which serves one Khối's = but not a list's ANY): when they hold cap
-- matches, those are the newest. Otherwise the trigram
-- index gathers every match and the newest are kept.
-- Wildcards typed by the user match themselves: backslash, percent and underscore are escaped.
CREATE FUNCTION entry_title_matches(words text, cap integer) RETURNS TABLE ("id" text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  pattern CONSTANT text := ''%'' || replace(replace(replace(words, ''\\'', ''\\\\''), ''%'', ''\\%''), ''_'', ''\\_'') || ''%''\073
  khois CONSTANT text[] := coalesce(app_khoi_ids(), ''{}'')\073
  tenant CONSTANT text := CASE WHEN app_system() THEN ''TRUE''
    WHEN cardinality(khois) = 1 THEN ''e."khoiId" = ($3)[1]'' ELSE ''e."khoiId" = ANY ($3)'' END\073
  window_size CONSTANT integer := 100000\073
  found text[]\073
BEGIN
  EXECUTE format(''SELECT array_agg(s."id" ORDER BY s.n) FROM (
      SELECT w."id", row_number() OVER () AS n FROM (
        SELECT e."id", e."searchText" FROM "MemberEntry" e WHERE %s
         ORDER BY e."occurredOn" DESC, e."createdAt" DESC, e."id" LIMIT $4) w
      WHERE w."searchText" LIKE $1 LIMIT $2) s'', tenant)
    INTO found USING pattern, cap, khois, window_size\073
  IF coalesce(array_length(found, 1), 0) >= cap THEN
    RETURN QUERY SELECT unnest(found)\073
    RETURN\073
  END IF\073
  RETURN QUERY EXECUTE format(''SELECT e."id" FROM "MemberEntry" e WHERE %s AND e."searchText" LIKE $1
    ORDER BY e."occurredOn" DESC, e."createdAt" DESC, e."id" LIMIT $2'', tenant) USING pattern, cap, khois\073
END';
