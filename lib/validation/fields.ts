// Field schemas shared by forms and server actions; messages are Vietnamese.
import { z } from "zod";
import "./locale";
import { parseVietnameseDate, todayInVietnam } from "@/lib/domain/dates";

/** Optional free text: "" and whitespace become null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự` })
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}` })
    .max(max, { error: `Tối đa ${max} ký tự` });

/** dd/mm/yyyy, optional; out-of-range years are refused. */
export const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = parseVietnameseDate(v);
      const year = date?.getUTCFullYear() ?? 0;
      if (!date || year < 1900 || date.getTime() > todayInVietnam().getTime()) {
        ctx.addIssue({ code: "custom", message: `${label} không hợp lệ (định dạng dd/mm/yyyy)` });
        return z.NEVER;
      }
      return date;
    });

export const id = (message = "Vui lòng chọn") => z.uuid({ error: message });

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .nullish()
  .transform((v) => v || null)
  .pipe(z.email({ error: "Email không hợp lệ" }).max(254).nullable());

export const email = z
  .string({ error: "Vui lòng nhập email" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vui lòng nhập email" })
  .pipe(z.email({ error: "Email không hợp lệ" }).max(254, { error: "Email quá dài" }));

export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .pipe(
    z
      .string()
      .regex(/^\+?[0-9][0-9 .-]{7,14}$/, { error: "Số điện thoại không hợp lệ" })
      .nullable(),
  );

// Capped at PostgreSQL's integer range: a larger number would reach the database and fail there.
export const version = z.coerce.number({ error: "Thiếu phiên bản dữ liệu" }).int().min(0).max(2_147_483_647);

/** One key per opened form: a double click or a retry creates one record. */
export const requestKey = z.uuid().optional();

// Calendar dates that may lie in the future (issue dates, activity dates, deadlines), dd/mm/yyyy.

function toDate(label: string, v: string, ctx: z.RefinementCtx): Date | typeof z.NEVER {
  const date = parseVietnameseDate(v);
  const year = date?.getUTCFullYear() ?? 0;
  if (!date || year < 2000 || year > 2100) {
    ctx.addIssue({ code: "custom", message: `${label} không hợp lệ (định dạng dd/mm/yyyy)` });
    return z.NEVER;
  }
  return date;
}

export const optionalCalendarDate = (label: string) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => (v ? toDate(label, v, ctx) : null));

export const calendarDate = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}` })
    .transform((v, ctx) => toDate(label, v, ctx));
