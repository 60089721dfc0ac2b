import "server-only";
// getViewer(): the signed-in user with their current roles, once per request.
import { cache } from "react";
import { redirect } from "next/navigation";
import { getSessionClaims } from "./session";
import { loadViewer } from "@/lib/data/viewer";
import type { Viewer } from "@/lib/authz";

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await getSessionClaims();
  // A token without a session version or a session id predates them: treat it as stale.
  return claims ? loadViewer(claims.userId, claims.sessionVersion ?? -1, claims.sessionId) : null;
});

/** For pages: the viewer, or a redirect to sign-in (or to the forced password change). */
export async function requireViewer(opts: { allowPasswordChange?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/dang-nhap");
  if (viewer.mustChangePassword && !opts.allowPasswordChange) redirect("/doi-mat-khau");
  return viewer;
}
