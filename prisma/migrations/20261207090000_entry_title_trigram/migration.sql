-- The entry list searches titles for words anywhere in them (searchText LIKE %words%): no
-- btree serves that, so a Khối of millions of entries was read newest-first until enough matched
-- (seconds for a rare phrase). A trigram index finds the matching rows directly.
-- pg_trgm is a trusted extension: the database owner may create it, no superuser needed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "MemberEntry_searchText_trgm_idx" ON "MemberEntry" USING GIN ("searchText" gin_trgm_ops);
