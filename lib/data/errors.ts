// Typed errors of the data layer; lib/actions maps them onto form results, pages onto 404.

export type ErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Missing and out-of-scope look the same: never reveal that another tenant's record exists. */
export const notFound = (what = "dữ liệu") => new AppError("NOT_FOUND", `Không tìm thấy ${what}`);
export const forbidden = () => new AppError("FORBIDDEN", "Bạn không có quyền thực hiện thao tác này");
export const conflict = () =>
  new AppError("CONFLICT", "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang để xem bản mới nhất rồi sửa lại.");
export const invalid = (fieldErrors: Record<string, string>, message = "Vui lòng kiểm tra lại các ô được đánh dấu") =>
  new AppError("INVALID", message, fieldErrors);

type AdapterCause = {
  kind?: string;
  code?: string;
  constraint?: { fields?: unknown; index?: unknown };
  message?: unknown;
  originalMessage?: unknown;
  detail?: unknown;
};

/**
 * A unique-constraint violation, with the columns it names. Through driver adapters it comes in
 * two shapes: P2002 whose columns sit in `meta.driverAdapterError.cause.constraint.fields`
 * (adapter-pg, quoted: `"requestKey"`), or PGlite's raw DriverAdapterError carrying Postgres's
 * 23505 with the columns only in its `detail`/`message`. Under row-level security PostgreSQL
 * leaves the key out of the detail (it could show another tenant's row), so adapter-pg finds no
 * columns: then the constraint's name in the message says which ("Member_khoiId_email_key").
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as {
    code?: string;
    meta?: { target?: unknown; driverAdapterError?: { cause?: AdapterCause } };
    cause?: AdapterCause;
  };
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  const unique =
    e?.code === "P2002" || cause?.kind === "UniqueConstraintViolation" || (cause?.kind === "postgres" && cause.code === "23505");
  if (!unique) return false;
  if (!field) return true;
  const names = [
    e.meta?.target,
    cause?.constraint?.fields,
    cause?.constraint?.index,
    cause?.detail,
    cause?.message,
    cause?.originalMessage,
  ];
  return names.flat().some((n) => n != null && String(n).includes(field));
}

/** The record, or null when it is missing or out of the viewer's reach (pages then show 404). */
export async function foundOrNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
