-- A sign-in writes the account's "lastLoginAt", and that raised its Khối's data version: every
-- sign-in anywhere in a Khối threw away every dashboard and list its servers kept, so on a
-- Monday morning a large Khối's dashboard was counted again at nearly every view. No kept read
-- shows when someone last signed in (the accounts page reads it fresh), so an update that
-- changes nothing else raises nothing. Any other column, including one added later, still does.
DROP TRIGGER "User_data_version" ON "User";
CREATE CONSTRAINT TRIGGER "User_data_version" AFTER INSERT OR DELETE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_changed();
CREATE CONSTRAINT TRIGGER "User_data_version_on_update" AFTER UPDATE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'lastLoginAt' - 'updatedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'lastLoginAt' - 'updatedAt'))
  EXECUTE FUNCTION data_changed();
