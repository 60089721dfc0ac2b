// The database role the app's connections act as (SECURITY.md #9). Row-level security binds a role
// that neither owns the tables nor has BYPASSRLS; the login in DATABASE_URL owns them (it runs the
// migrations and the seed), so every new connection of the app takes `portal_app`, which the
// migration `…_row_level_security` creates, grants and makes the owner a member of.
// No "server-only": the seed scripts and the tests open connections through lib/db/adapters.ts.

export const APP_ROLE = "portal_app";

/** `DATABASE_RLS=off` (emergencies): connections stay the login role, no tenant is set. */
export const rlsEnabled = () => process.env.DATABASE_RLS !== "off";

type Exec = (sql: string) => Promise<{ rows: unknown[] }>;

// Is the role really bound by RLS, and may the planner still use enum conditions in index scans
// (see the migration `…_row_level_security`)?
const ROLE_CHECK = `SELECT NOT (rolsuper OR rolbypassrls) AS bound,
  (SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.enum_eq(anyenum, anyenum)'::regprocedure) AS leakproof
  FROM pg_roles WHERE rolname = current_user`;

const said = new Set<string>();
function sayOnce(kind: "on" | "off" | "failed" | "slow", message: string) {
  if (said.has(kind)) return;
  said.add(kind);
  if (kind === "on") {
    // Every test file opens databases: the line is for operators, not for test output.
    if (process.env.NODE_ENV !== "test") console.info(message);
  } else console.error(message);
}

/**
 * Called on every new connection of the app (the pg pool's `onConnect`, PGlite's one connection).
 * When the role cannot be taken — a managed database that forbids CREATE ROLE, a role created
 * without the owner as a member — the connection stays the login role and the portal still runs,
 * but says loudly, once, that row-level security is NOT in force: the tenant filters in lib/data
 * are then the only guard.
 */
export async function takeAppRole(exec: Exec, database: string): Promise<boolean> {
  if (!rlsEnabled()) {
    sayOnce(
      "off",
      `[db] DATABASE_RLS=off: row-level security is NOT in force on ${database}; only the filters in lib/data separate the Khối.`,
    );
    return false;
  }
  try {
    await exec(`SET ROLE ${APP_ROLE}`);
    const [role] = (await exec(ROLE_CHECK)).rows as { bound: boolean; leakproof: boolean }[];
    if (!role?.bound) throw new Error(`${APP_ROLE} is a superuser or has BYPASSRLS`);
    sayOnce("on", `[db] Row-level security in force on ${database}: connections act as ${APP_ROLE}.`);
    if (!role.leakproof) {
      sayOnce(
        "slow",
        `[db] WARNING: enum equality is not LEAKPROOF on ${database}: under row-level security, counts by status or kind scan whole tables ` +
          "(the dashboards slow down about fourfold). As a superuser: ALTER FUNCTION pg_catalog.enum_eq(anyenum, anyenum) LEAKPROOF, and enum_ne (README).",
      );
    }
    return true;
  } catch (error) {
    sayOnce(
      "failed",
      `[db] WARNING: row-level security is NOT in force on ${database}: could not SET ROLE ${APP_ROLE} ` +
        `(${error instanceof Error ? error.message : error}). The portal runs as the login role; see README, "Row-level security".`,
    );
    return false;
  }
}
