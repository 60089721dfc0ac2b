-- The accounts page listed every account of the Khối on one page: 10,317 for the largest Khối
-- of the national set, 26 MB in 2.3 s. It now pages and searches them by name or e-mail,
-- whatever the diacritics, as the member list does. Accounts are written in many places (the
-- accounts page, bulk accounts, the member import, the seed), so the folded search form is
-- kept by the database on every insert and every change of the name or e-mail.

-- The same folding as foldVietnamese (lib/domain/text.ts): decomposed, marks dropped, đ → d,
-- lower-case, single-spaced (tests/integration/account-list.test.ts compares the two).
-- CreateFunction
CREATE FUNCTION fold_vietnamese(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
E'SELECT btrim(regexp_replace(lower(translate(regexp_replace(normalize(t, NFD), ''[\\u0300-\\u036f]'', '''', ''g''), ''đĐ'', ''dD'')), ''\\s+'', '' '', ''g''))';

-- AlterTable
ALTER TABLE "User" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- CreateFunction
CREATE FUNCTION user_search_text() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  NEW."searchText" := fold_vietnamese(NEW."name") || '' '' || lower(NEW."email")\073
  RETURN NEW\073
END';

-- CreateTrigger
CREATE TRIGGER "User_search_text" BEFORE INSERT OR UPDATE OF "name", "email" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_search_text();

-- Backfill
UPDATE "User" SET "searchText" = fold_vietnamese("name") || ' ' || lower("email");
