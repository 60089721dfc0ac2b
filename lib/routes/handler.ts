import "server-only";
// Route handlers (Excel and Word files, evidence downloads) authorize themselves through this one
// wrapper: a page's check does not cover them (they are fetched directly). Signed out → the
// sign-in page; a password to change first → that page; a gate the viewer does not pass, a
// malformed id, a record missing or out of reach → 404, all alike.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/authz";
import { AppError, notFound } from "@/lib/data/errors";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";

type Context<P> = { viewer: Viewer; request: Request; params: P; searchParams: URLSearchParams };
type Options = { gate?: (viewer: Viewer) => boolean };

export const notFoundResponse = () =>
  new Response("Không tìm thấy", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function viewerRoute<P extends Record<string, string> = Record<string, never>>(
  options: Options,
  handler: (context: Context<P>) => Promise<Response>,
) {
  // Next.js passes the route's params; routes without any may be called with the request alone.
  return async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const viewer = await getViewer();
    if (!viewer) redirect("/dang-nhap");
    if (viewer.mustChangePassword) redirect("/doi-mat-khau");
    if (options.gate && !options.gate(viewer)) return notFoundResponse();
    try {
      const params = ((await context?.params) ?? {}) as P;
      // The rows come scoped by the data layer, and the database shows the viewer's Khối only.
      return await withTenant(tenantOf(viewer), () =>
        handler({ viewer, request, params, searchParams: new URL(request.url).searchParams }),
      );
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
      throw error;
    }
  };
}

/** An id from the URL; a malformed one is "not found" like any other. */
export function routeId(raw: string | null | undefined): string {
  const id = z.uuid().safeParse(raw);
  if (!id.success) throw notFound();
  return id.data;
}
