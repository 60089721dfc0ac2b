import "server-only";
// Every server action goes through runAction: session → viewer (re-read from the database) →
// zod allow-list → data function (which authorizes) → revalidate → typed result. Server actions
// can be POSTed directly, so none of this may be left to the page (SECURITY.md #1).
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/data/errors";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
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

type Options = { revalidate?: string[]; allowPasswordChange?: boolean };

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  fn: (viewer: Viewer, input: z.input<S>) => Promise<T>,
  options: Options = {},
): Promise<ActionResult<T>> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, formError: MESSAGES.signedOut };
  if (viewer.mustChangePassword && !options.allowPasswordChange) return { ok: false, formError: MESSAGES.mustChangePassword };

  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), formError: MESSAGES.invalid };

  try {
    // The data function receives the allow-listed input, never the raw payload, and the database
    // shows it the viewer's Khối only (row-level security), whatever its own filters forget.
    const data = await withTenant(tenantOf(viewer), () => fn(viewer, stripUnknown(raw, parsed.data)));
    // A route pattern ("/ke-hoach/[id]") needs its type, or Next.js ignores it.
    for (const path of options.revalidate ?? []) revalidatePath(path, path.includes("[") ? "page" : undefined);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      const hasFields = error.fieldErrors && Object.keys(error.fieldErrors).length > 0;
      return { ok: false, formError: error.message, ...(hasFields ? { fieldErrors: error.fieldErrors } : {}) };
    }
    console.error("[action] unexpected error", error);
    return { ok: false, formError: MESSAGES.unexpected };
  }
}

/** Keeps only the keys the schema knows (zod objects drop unknown keys when parsing). */
function stripUnknown<T>(raw: unknown, parsed: unknown): T {
  if (!raw || typeof raw !== "object" || !parsed || typeof parsed !== "object") return raw as T;
  const known = new Set(Object.keys(parsed));
  return Object.fromEntries(Object.entries(raw).filter(([k]) => known.has(k))) as T;
}
