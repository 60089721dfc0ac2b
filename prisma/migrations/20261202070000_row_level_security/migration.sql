-- Row-level security (SECURITY.md #9): a backstop under the tenant filters of lib/data. Every
-- table with a "khoiId" shows and accepts only the rows of the Khối set for the transaction
-- (lib/db/tenant-rls.ts sets it from lib/db/tenant-context.ts), so a query that forgot its tenant
-- filter finds nothing of another Khối instead of everything. README, Decisions, says how the role,
-- the connection pool and the embedded database fit together.
--
-- Prisma's PostgreSQL adapter splits migration scripts on every semicolon, quoted or not (README,
-- Decisions): the one statement with several inside, the DO block, writes each as the escape \073.

-- The transaction's settings, read once per statement: a policy calls them as "(SELECT f())", which
-- the planner runs once as an InitPlan instead of once per row. A transaction-local setting reads
-- '' (not NULL) on a pooled connection after the transaction that set it: both mean "none".
-- Comma-separated Khối ids (uuids): every Khối the viewer's grants reach, or none.
CREATE FUNCTION app_khoi_ids() RETURNS text[] LANGUAGE sql STABLE
  AS 'SELECT string_to_array(NULLIF(current_setting(''app.khoi_ids'', true), ''''), '','')';
-- The signed-in user: they may read their own account, whatever Khối owns it.
CREATE FUNCTION app_user_id() RETURNS text LANGUAGE sql STABLE
  AS 'SELECT NULLIF(current_setting(''app.user_id'', true), '''')';
-- System mode: before anyone is known (sign-in, loading the viewer, setup and seed).
CREATE FUNCTION app_system() RETURNS boolean LANGUAGE sql STABLE
  AS 'SELECT coalesce(current_setting(''app.system'', true), '''') = ''on''';

-- The role the app's connections take (SET ROLE portal_app, lib/db/app-role.ts). RLS binds any role
-- that neither owns the tables nor has BYPASSRLS. The login that runs the migrations owns them and
-- becomes a member, so one DATABASE_URL serves both. A managed database may forbid CREATE ROLE:
-- the migration then only warns, and the app says at start-up that RLS is not in force.
-- Least privilege: rows only (no TRUNCATE, REFERENCES, TRIGGER), none on the migration ledger.
DO E'
DECLARE
  may_create boolean\073
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN
    SELECT rolsuper OR rolcreaterole INTO may_create FROM pg_roles WHERE rolname = current_user\073
    IF NOT coalesce(may_create, false) THEN
      RAISE WARNING ''row-level security: % may not create the role portal_app, so the portal will connect as the owner and RLS will not bind it (README, Row-level security)'', current_user\073
      RETURN\073
    END IF\073
    CREATE ROLE portal_app NOLOGIN NOSUPERUSER NOBYPASSRLS\073
  END IF\073
  BEGIN
    GRANT portal_app TO CURRENT_USER\073
  EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
    RAISE WARNING ''row-level security: % cannot be made a member of portal_app (%), so it cannot SET ROLE to it'', current_user, SQLERRM\073
  END\073
  EXECUTE format(''GRANT USAGE ON SCHEMA %I TO portal_app'', current_schema())\073
  EXECUTE format(''GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO portal_app'', current_schema())\073
  EXECUTE format(''GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO portal_app'', current_schema())\073
  EXECUTE format(''ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app'', current_schema())\073
  EXECUTE format(''ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO portal_app'', current_schema())\073
  IF to_regclass(''_prisma_migrations'') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM portal_app\073
  END IF\073
END';

-- Under RLS the planner evaluates the policy before any condition that is not LEAKPROOF, so such a
-- condition can no longer be an index condition. Enum equality (enum_eq, enum_ne) is not marked
-- leakproof, though it only compares two OIDs and can neither fail nor reveal anything: without the
-- mark every count by kind or status (the roll-up) scans the whole table instead of its covering
-- index, about four times slower. Only a superuser may set the mark (PGlite, a self-hosted server),
-- it stays in this database's catalog, and a dump or upgrade loses it: the app warns at start-up.
DO E'
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.enum_eq(anyenum, anyenum) LEAKPROOF\073
    ALTER FUNCTION pg_catalog.enum_ne(anyenum, anyenum) LEAKPROOF\073
  ELSE
    RAISE WARNING ''row-level security: % is not a superuser, so enum equality stays non-leakproof and counts by status or kind scan whole tables (README, Row-level security)'', current_user\073
  END IF\073
END';

-- Tenant tables: the row's Khối is one of the transaction's, or system mode. USING filters what is
-- read, updated and deleted, WITH CHECK refuses a write that would put a row in another Khối.
ALTER TABLE "Cluster" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Cluster"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Member" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Member"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Plan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Plan"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Indicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Indicator"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "IndicatorYearTarget" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "IndicatorYearTarget"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Activity" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Activity"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ActivityIndicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ActivityIndicator"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ActivityRegistration" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ActivityRegistration"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "StatusChange" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "StatusChange"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Notification"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "EvidenceFile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "EvidenceFile"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "YouthProject" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "YouthProject"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ProjectIndicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ProjectIndicator"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ProjectMember" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ProjectMember"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ProjectUpdate" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ProjectUpdate"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ProjectJoin" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ProjectJoin"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "MemberEntry" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "MemberEntry"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Commitment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Commitment"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ReportPeriod" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ReportPeriod"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ReportPeriodIndicator" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ReportPeriodIndicator"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "Report" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Report"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "ReportValue" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "ReportValue"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

ALTER TABLE "IndicatorWeight" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "IndicatorWeight"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

-- Rows with no Khối are the city's: CITY units, city viewers' accounts and roles, audit rows of
-- sign-ins nobody could be matched to. Least privilege: they are read in system mode only (the
-- viewer's own units and roles are loaded there, before the tenant is known). A Khối user never
-- sees them, and a city viewer reads the Khối under the city, not the city-level rows.
ALTER TABLE "Unit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Unit"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "Membership"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()));

-- Accounts: also one's own, whatever Khối owns it (a city viewer changes their password too).
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "User"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR "id" = (SELECT app_user_id()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR "id" = (SELECT app_user_id()));

-- The audit trail: also the city-level rows one wrote oneself (a city viewer's password change).
-- Prisma reads a created row back (INSERT … RETURNING), so USING must let the writer see it too.
ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON "AuditLog"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR ("khoiId" IS NULL AND "actorId" = (SELECT app_user_id())))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR ("khoiId" IS NULL AND "actorId" = (SELECT app_user_id())));
