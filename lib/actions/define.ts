import "server-only";
// Every server action is declared with defineAction: its name, the permission it needs, the zod
// schema of its input and the data function it runs. The wrapper then does, in one place: session
// → viewer (re-read from the database) → the declared permission (refused and audited when the
// viewer holds it nowhere) → zod allow-list → the data function with the *parsed* input (which
// scopes its reads by the viewer) → revalidate → a typed result. Server actions can be POSTed
// directly, so none of this may be left to the page (SECURITY.md #1); a test lists every exported
// action and fails on one that was not declared here.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { recordRefusal } from "@/lib/data/audit";
import { AppError, forbidden } from "@/lib/data/errors";
import { canSomewhere, type Action, type Viewer } from "@/lib/authz";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { requestClientAddress } from "@/lib/server/request-context";

export type FieldErrors = Record<string, string>;
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export const MESSAGES = {
  signedOut: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.",
  mustChangePassword: "Bạn cần đổi mật khẩu trước khi tiếp tục.",
  invalid: "Vui lòng kiểm tra lại các ô được đánh dấu.",
  unexpected: "Đã có lỗi xảy ra, dữ liệu chưa được lưu. Vui lòng thử lại.",
};

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export type ActionDeclaration<S extends z.ZodType = z.ZodType, T = unknown> = {
  /**
   * What the audit trail calls the action (the exported name without "Action"). A function's own
   * `.name` will not do: the production build minifies the server code.
   */
  name: string;
  /**
   * The permission of the table (lib/authz/permissions.ts) the viewer must hold somewhere; with
   * several, any of them (an action on records of several kinds). The data function still checks
   * the record itself: this is the gate, its `where` is the scope.
   */
  permission: Action | readonly Action[];
  schema: S;
  run: (viewer: Viewer, input: z.output<S>) => Promise<T>;
  /** Reads a FormData (or anything else the form posts) into the schema's shape. */
  read?: (raw: unknown) => unknown;
  revalidate?: string[];
  /** The one thing a user who must change their password may still do. */
  allowPasswordChange?: boolean;
};

export type DeclaredAction<T> = ((raw: unknown) => Promise<ActionResult<T>>) & { readonly declaration: ActionDeclaration };

export function defineAction<S extends z.ZodType, T>(declaration: ActionDeclaration<S, T>): DeclaredAction<T> {
  const action = async (raw: unknown) => run(declaration, raw);
  return Object.assign(action, { declaration: declaration as unknown as ActionDeclaration });
}

const holds = (viewer: Viewer, permission: ActionDeclaration["permission"]) =>
  (typeof permission === "string" ? [permission] : permission).some((p) => canSomewhere(viewer, p));

async function run<S extends z.ZodType, T>(d: ActionDeclaration<S, T>, raw: unknown): Promise<ActionResult<T>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, formError: MESSAGES.signedOut };
  if (viewer.mustChangePassword && !d.allowPasswordChange) return { ok: false, formError: MESSAGES.mustChangePassword };
  // Everything from here reads and writes as the viewer: the database shows it the viewer's Khối
  // only (row-level security), whatever a data function's own filters forget.
  return withTenant(tenantOf(viewer), () => runAs(viewer, d, raw));
}

async function runAs<S extends z.ZodType, T>(viewer: Viewer, d: ActionDeclaration<S, T>, raw: unknown): Promise<ActionResult<T>> {
  if (!holds(viewer, d.permission)) {
    await auditRefusal(viewer, d.name, "FORBIDDEN", raw);
    return { ok: false, formError: forbidden().message };
  }

  const parsed = safeParse(d, raw);
  if (!parsed) return { ok: false, formError: MESSAGES.invalid };
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: MESSAGES.invalid };

  try {
    // The data function receives the parsed allow-list (unknown keys dropped), never the payload.
    const data = await d.run(viewer, parsed.data);
    // A route pattern ("/ke-hoach/[id]") needs its type, or Next.js ignores it.
    for (const path of d.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      // Not found and forbidden are what probing looks like (another tenant's id, a missing
      // permission): on the audit trail, with the ids sent but never the payload.
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") await auditRefusal(viewer, d.name, error.code, parsed.data);
      const hasFields = error.fieldErrors && Object.keys(error.fieldErrors).length > 0;
      return { ok: false, formError: error.message, ...(hasFields ? { fieldErrors: error.fieldErrors } : {}) };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, formError: MESSAGES.unexpected };
  }
}

/** A payload crafted to break the parser itself is refused like any bad input, never a 500. */
function safeParse<S extends z.ZodType>(d: { name: string; schema: S; read?: (raw: unknown) => unknown }, raw: unknown) {
  try {
    return d.schema.safeParse(d.read ? d.read(raw) : raw);
  } catch (error) {
    console.warn("[action] a payload broke the parser", d.name, error instanceof Error ? error.message : error);
    return null;
  }
}

/** A failure to write the refusal row must not turn the refusal into a different answer. */
async function auditRefusal(viewer: Viewer, action: string, code: string, input: unknown) {
  try {
    await recordRefusal(viewer.userId, { action, code, input });
  } catch (error) {
    console.error("[action] could not audit a refused attempt", error);
  }
}

// ───────────── Signed-out actions (account recovery) ─────────────

export type PublicActionDeclaration<S extends z.ZodType = z.ZodType, T = unknown> = {
  name: string;
  /** Nothing to hold: anyone, signed in or not, may make it; the data function throttles it. */
  public: true;
  schema: S;
  run: (input: z.output<S>, client: { address: string }) => Promise<T>;
};

export type DeclaredPublicAction<T> = ((raw: unknown) => Promise<ActionResult<T>>) & {
  readonly declaration: PublicActionDeclaration;
};

/**
 * The few actions made signed out (quên mật khẩu): the same zod allow-list and typed result, no
 * viewer, the client's address (as the HTTP server decided it) for throttling.
 */
export function definePublicAction<S extends z.ZodType, T>(declaration: PublicActionDeclaration<S, T>): DeclaredPublicAction<T> {
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = safeParse(declaration, raw);
    if (!parsed) return { ok: false, formError: MESSAGES.invalid };
    if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: MESSAGES.invalid };
    try {
      return { ok: true, data: await declaration.run(parsed.data, { address: requestClientAddress() }) };
    } catch (error) {
      if (error instanceof AppError) {
        const hasFields = error.fieldErrors && Object.keys(error.fieldErrors).length > 0;
        return { ok: false, formError: error.message, ...(hasFields ? { fieldErrors: error.fieldErrors } : {}) };
      }
      console.error("[action] unexpected error", error);
      return { ok: false, formError: MESSAGES.unexpected };
    }
  };
  return Object.assign(action, { declaration: declaration as unknown as PublicActionDeclaration });
}
