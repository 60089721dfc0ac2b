-- A user reads and writes their own notice preferences under row-level security (not in system
-- mode): the policy also admits the rows of the request's user, as the User table's does. The
-- signed-out unsubscribe link still writes in system mode, for the user its signature names.
DROP POLICY tenant_rows ON "NoticePreference";
CREATE POLICY tenant_rows ON "NoticePreference"
  USING ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR "userId" = (SELECT app_user_id()))
  WITH CHECK ("khoiId" = ANY ((SELECT app_khoi_ids())::text[]) OR (SELECT app_system()) OR "userId" = (SELECT app_user_id()));
