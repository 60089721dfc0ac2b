import "server-only";
// getViewer(): the signed-in user with their current roles, once per request.
import { cache } from "react";
import { redirect } from "next/navigation";
import { getSessionClaims } from "./session";
import { sessionCheckedByCaller } from "./sessions";
import { signInPath } from "./return-path";
import { requestPath } from "@/lib/server/request-context";
import { loadViewer } from "@/lib/data/viewer";
import { setRequestTenant, tenantOf } from "@/lib/db/tenant-context";
import type { Viewer } from "@/lib/authz";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  // loadViewer checks the session row with the account: next-auth need not read it first.
  const claims = await sessionCheckedByCaller(getSessionClaims);
  // A token without a session version or a session id predates them: treat it as stale.
  const viewer = claims ? await loadViewer(claims.userId, claims.sessionVersion ?? -1, claims.sessionId) : null;
  // The rest of this request reads as the viewer (row-level security, lib/db/tenant-context.ts);
  // with no viewer the request's box stays empty and the database shows nothing.
  if (viewer) setRequestTenant(tenantOf(viewer));
  return viewer;
});

/** For pages: the viewer, or a redirect to sign-in (or to the forced password change). */
export async function requireViewer(opts: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(signInPath(requestPath()));
  if (viewer.mustChangePassword && !opts.allowPasswordChange) redirect("/doi-mat-khau");
  return viewer;
}
