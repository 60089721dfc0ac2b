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
  new AppError(
    "CONFLICT",
    "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang để xem bản mới nhất rồi sửa lại.",
  );
export const invalid = (fieldErrors: Record<string, string>, message = "Vui lòng kiểm tra lại các ô được đánh dấu") =>
  new AppError("INVALID", message, fieldErrors);

/** Prisma's unique-constraint violation, with the columns it names. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as { code?: string; meta?: { target?: unknown } };
  if (e?.code !== "P2002") return false;
  if (!field) return true;
  const target = e.meta?.target;
  return Array.isArray(target) ? target.includes(field) : String(target ?? "").includes(field);
}
