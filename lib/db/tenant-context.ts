// Which tenants the database may show rows to, for the code running now (SECURITY.md #9).
// Row-level security in PostgreSQL reads it from the transaction (lib/db/tenant-rls.ts sets it on
// every query); this module keeps it in an AsyncLocalStorage so no data function has to pass it.
// With no context, or a context whose viewer is not known yet, the tenant list is empty and the
// policies show nothing and refuse every write: a forgotten scope fails closed.
import { newRequestBox, requestStorage, type RequestBox, type Tenant } from "@/lib/server/request-store.mjs";

export type { Tenant };

// The request's box (lib/server/request-store.mjs): one storage for the client's address and the
// tenant, shared by the HTTP server and Next.js's bundles of the app.
const storage = requestStorage();
/** A new scope keeps what the request knows about its client. */
const within = (tenant: Tenant | null, system: boolean): RequestBox => ({
  ...(storage.getStore() ?? newRequestBox()),
  tenant,
  system,
});

// Each scope awaits `fn` inside itself: a Prisma query is a lazy promise that runs when first
// awaited, so one handed back un-awaited would otherwise run outside the scope, as nobody.

/**
 * Runs one HTTP request: the custom server wraps EVERY request in it
 * (`runWithRequestContext(() => handle(req, res))`), so the whole render and the server actions of
 * that request share one box, which `setRequestTenant` fills once the viewer is known.
 */
export function runWithRequestContext<T>(fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(newRequestBox(), async () => await fn());
}

/** The viewer is known (getViewer): the rest of this request reads as them. No box: no effect. */
export function setRequestTenant(tenant: Tenant): void {
  const box = storage.getStore();
  if (box) box.tenant = checked(tenant);
}

/** An explicit scope (server actions, route handlers, scripts): `fn` reads as `tenant`. */
export function withTenant<T>(tenant: Tenant, fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(within(checked(tenant), false), async () => await fn());
}

/**
 * System mode: every row. Only for work done before anyone is known — the sign-in lookup by
 * e-mail, loading the viewer's account and roles, the first-run setup and seed — never for a
 * signed-in viewer's reads (their grants say which Khối they reach).
 */
export function asSystem<T>(fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(within(storage.getStore()?.tenant ?? null, true), async () => await fn());
}

/** The tenant of a signed-in viewer: every Khối their grants reach. */
export function tenantOf(viewer: { userId: string; grants: readonly { khoiIds: readonly string[] }[] }): Tenant {
  return { khoiIds: [...new Set(viewer.grants.flatMap((g) => g.khoiIds))], userId: viewer.userId };
}

export type DbSettings = { khoiIds: string; userId: string; system: "on" | "off"; inContext: boolean };

/** What the next transaction sets (`app.khoi_ids`, `app.user_id`, `app.system`). */
export function currentDbSettings(): DbSettings {
  const box = storage.getStore();
  return {
    khoiIds: box?.tenant?.khoiIds.join(",") ?? "",
    userId: box?.tenant?.userId ?? "",
    system: box?.system ? "on" : "off",
    inContext: !!box,
  };
}

// The setting is a comma-separated list: an id with a comma would split into other ids.
function checked(tenant: Tenant): Tenant {
  for (const id of tenant.khoiIds)
    if (!id || id.includes(",")) throw new Error(`invalid Khối id in the tenant: ${JSON.stringify(id)}`);
  return { khoiIds: [...tenant.khoiIds], userId: tenant.userId };
}
