import "server-only";
// Every server action goes through runAction: session → viewer (re-read from the database) →
// zod allow-list → data function (which authorizes) → revalidate → typed result. Server actions
// can be POSTed directly, so none of this may be left to the page (SECURITY.md #1).
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { recordRefusal } from "@/lib/data/audit";
import { AppError } from "@/lib/data/errors";
import type { Viewer } from "@/lib/authz";

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

/**
 * `name`: what the audit trail calls the action when it is refused (the exported action's name
 * without "Action"). Required: a function's own `.name` will not do, the production build
 * minifies the server code and `updatePlan` arrives as `t`.
 */
type Options = { name: string; revalidate?: string[]; allowPasswordChange?: boolean };

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  fn: (viewer: Viewer, input: z.input<S>) => Promise<T>,
  options: Options,
): Promise<ActionResult<T>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, formError: MESSAGES.signedOut };
  if (viewer.mustChangePassword && !options.allowPasswordChange) return { ok: false, formError: MESSAGES.mustChangePassword };

  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: MESSAGES.invalid };

  try {
    // The data function receives the allow-listed input, never the raw payload.
    const data = await fn(viewer, stripUnknown(raw, parsed.data));
    // A route pattern ("/ke-hoach/[id]") needs its type, or Next.js ignores it.
    for (const path of options.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      // Not found and forbidden are what probing looks like (another tenant's id, a missing
      // permission): on the audit trail, with the ids sent but never the payload.
      if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") await auditRefusal(viewer, options.name, error.code, parsed.data);
      const hasFields = error.fieldErrors && Object.keys(error.fieldErrors).length > 0;
      return { ok: false, formError: error.message, ...(hasFields ? { fieldErrors: error.fieldErrors } : {}) };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, formError: MESSAGES.unexpected };
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

/** Keeps only the keys the schema knows (zod objects drop unknown keys when parsing). */
function stripUnknown<T>(raw: unknown, parsed: unknown): T {
  if (!raw || typeof raw !== "object" || !parsed || typeof parsed !== "object") return raw as T;
  const known = new Set(Object.keys(parsed));
  return Object.fromEntries(Object.entries(raw).filter(([k]) => known.has(k))) as T;
}
