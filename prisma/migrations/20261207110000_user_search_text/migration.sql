-- The accounts page listed every account of the Khối on one page: 10,317 for the largest Khối
-- of the national set, 26 MB in 2.3 s. It now pages and searches them by name or e-mail,
-- whatever the diacritics, as the member list does. Accounts are written in many places (the
-- accounts page, bulk accounts, the member import, the seed), so the search form is kept by the
-- database on every insert and every change of the name or e-mail.

-- The folding of foldVietnamese (lib/domain/text.ts): decomposed, marks dropped, đ → d,
-- lower-case, every run of white space (JavaScript's \s: the no-break space and the other
-- Unicode spaces too) one space, trimmed. tests/integration/account-list.test.ts compares the
-- two on Vietnamese names. Capitals outside Vietnamese that do not decompose (Ð, Ø…) stay
-- capital here under the C locale, lower-case in JavaScript.
-- CreateFunction
CREATE FUNCTION fold_vietnamese(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
E'SELECT btrim(regexp_replace(lower(translate(regexp_replace(normalize(t, NFD), ''[\\u0300-\\u036f]'', '''', ''g''), ''đĐ'', ''dD'')), ''[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+'', '' '', ''g''), '' '')';

-- An account's search form: its folded name, a line break, its e-mail. A search is folded and
-- never holds a line break, so it cannot match across the two ("an nguyen" finds neither
-- "Lê Văn An" with nguyen@… nor anyone else by accident).
-- CreateFunction
CREATE FUNCTION user_search_text(name text, email text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
E'SELECT fold_vietnamese(name) || chr(10) || lower(email)';

-- AlterTable
ALTER TABLE "User" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- CreateFunction
CREATE FUNCTION user_search_text_kept() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  NEW."searchText" := user_search_text(NEW."name", NEW."email")\073
  RETURN NEW\073
END';

-- CreateTrigger
CREATE TRIGGER "User_search_text" BEFORE INSERT OR UPDATE OF "name", "email" ON "User"
  FOR EACH ROW EXECUTE FUNCTION user_search_text_kept();

-- Backfill
UPDATE "User" SET "searchText" = user_search_text("name", "email");
