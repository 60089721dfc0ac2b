-- What the dashboards show changes only when rows of a Khối change. Each Khối has a version,
-- raised once by every transaction that writes any of its rows, in that transaction: a server
-- keeps what it computed under the versions it read (lib/data/read-cache.ts) and recomputes as
-- soon as one moved, whichever server the write went through. Rows of no Khối (the city's units
-- and accounts) raise the version of '' that every cached read also checks.
--
-- Prisma's PostgreSQL adapter splits migration scripts on every semicolon, quoted or not: the
-- ones inside function bodies and the DO blocks are written as the escape \073.
CREATE TABLE "DataVersion" (
    "khoiId" TEXT NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("khoiId")
);

-- The app reads the versions of its own Khối (and the city's ''), and writes none itself: only
-- the triggers below do, through the owner's function.
ALTER TABLE "DataVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "DataVersion"
  USING ("khoiId" = '' OR "khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
DO E'
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN
    REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "DataVersion" FROM portal_app\073
  END IF\073
END';

-- Raises a Khối's version once per transaction: later rows of the same transaction find the
-- transaction-local mark and return at once (an import of 5,000 members makes one raise).
CREATE FUNCTION raise_data_version(k text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  IF current_setting(''app.dv_'' || md5(k), true) = ''1'' THEN RETURN\073 END IF\073
  INSERT INTO "DataVersion" ("khoiId", "version") VALUES (k, 1)
    ON CONFLICT ("khoiId") DO UPDATE SET "version" = "DataVersion"."version" + 1\073
  PERFORM set_config(''app.dv_'' || md5(k), ''1'', true)\073
END';

-- A row moved between Khối (a transfer) changes both.
CREATE FUNCTION data_changed() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  IF TG_OP <> ''DELETE'' THEN PERFORM raise_data_version(coalesce(NEW."khoiId", ''''))\073 END IF\073
  IF TG_OP <> ''INSERT'' THEN PERFORM raise_data_version(coalesce(OLD."khoiId", ''''))\073 END IF\073
  RETURN NULL\073
END';

-- Emptying a table (tests, a restore) moves every version.
CREATE FUNCTION data_emptied() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT AS
E'BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1\073
  RETURN NULL\073
END';

-- Every table with a "khoiId", but the logs no cached read looks at (the audit trail, notices,
-- the mail outbox, reminders sent, password resets). Deferred to the commit, so the version row
-- is locked only while the transaction commits, not for its whole length.
-- tests/integration/data-versions.test.ts fails when a new table is neither here nor excluded.
DO E'
DECLARE t text\073
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name = ''khoiId'' AND tb.table_type = ''BASE TABLE''
       AND c.table_name NOT IN (''DataVersion'', ''AuditLog'', ''Notification'', ''MailMessage'', ''DeadlineReminder'', ''PasswordReset'')
  LOOP
    EXECUTE format(''CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_changed()'', t || ''_data_version'', t)\073
    EXECUTE format(''CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_emptied()'', t || ''_data_emptied'', t)\073
  END LOOP\073
END';
