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
-- Two steps, each cheap where the other is not. The newest 20,000 entries are read first
-- (through the newest-first index, which serves one Khối's = but not a list's ANY): a common
-- phrase has cap matches there, and those are the newest. Else the trigram index gathers the
-- matches and the newest cap are kept (the owner's planner sees the index and estimates them):
-- fast for a rare phrase, slowest for one with tens of thousands of matches, none of them recent.
-- Wildcards typed by the user match themselves: backslash, percent and underscore are escaped.
CREATE FUNCTION entry_title_matches(words text, cap integer) RETURNS TABLE ("id" text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'DECLARE
  pattern CONSTANT text := ''%'' || replace(replace(replace(words, ''\\'', ''\\\\''), ''%'', ''\\%''), ''_'', ''\\_'') || ''%''\073
  khois CONSTANT text[] := coalesce(app_khoi_ids(), ''{}'')\073
  tenant CONSTANT text := CASE WHEN app_system() THEN ''TRUE''
    WHEN cardinality(khois) = 1 THEN ''e."khoiId" = ($3)[1]'' ELSE ''e."khoiId" = ANY ($3)'' END\073
  newest CONSTANT text := '' ORDER BY e."occurredOn" DESC, e."createdAt" DESC, e."id"''\073
  found text[]\073
BEGIN
  EXECUTE format(''SELECT array_agg(w."id") FROM (SELECT w."id" FROM (SELECT e."id", e."searchText" FROM "MemberEntry" e
      WHERE %s %s LIMIT 20000) w WHERE w."searchText" LIKE $1 LIMIT $2) w'', tenant, newest)
    INTO found USING pattern, cap, khois\073
  IF coalesce(cardinality(found), 0) >= cap THEN
    RETURN QUERY SELECT unnest(found)\073
    RETURN\073
  END IF\073
  RETURN QUERY EXECUTE format(''SELECT e."id" FROM "MemberEntry" e WHERE %s AND e."searchText" LIKE $1 %s LIMIT $2'', tenant, newest)
    USING pattern, cap, khois\073
END';
