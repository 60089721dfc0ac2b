// Field schemas shared by forms and server actions; messages are Vietnamese.
import { z } from "zod";
import "./locale";
import { MAX_MONEY, MONEY_TOO_LARGE } from "@/lib/domain/bounds";
import { parseVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { hasUnstorableCharacters, stripUnstorableCharacters } from "@/lib/domain/text";

export const BAD_CHARACTERS =
  "Nội dung chứa ký tự không hợp lệ (ký tự ẩn, thường do sao chép từ tệp khác); vui lòng gõ lại đoạn này";

/**
 * The portal's only `z.string()`: every text a form, a URL or a file sends starts here (a unit
 * test walks every schema and greps for other `z.string()` calls). It refuses U+0000 and lone
 * surrogates, which PostgreSQL cannot store, with a message beside the field: a NUL pasted from
 * a PDF would otherwise fail in the database as "Đã có lỗi xảy ra" and lose the form, and
 * refusing (rather than stripping) never saves anything other than what the user saw.
 */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .check(notA("string"))
    .refine((v) => !hasUnstorableCharacters(v), { error: BAD_CHARACTERS });

/** The portal's only `z.array()`: a list, guarded like text() (see notA). */
export const list = <T extends z.ZodType>(item: T, params?: Parameters<typeof z.array>[1]) =>
  z.array(item, params).check(notA("array"));

/**
 * zod runs its length checks (.min, .max) on anything with a `.length`, even after the value
 * failed as a string or an array, and a crafted object whose `length` cannot be compared
 * (`{ length: { toString: 0 } }`, which a server action's payload can carry) makes it throw
 * instead of refuse. This first check runs on such values only and puts them aside, so the
 * refusal stands and the length checks have nothing to measure.
 */
function notA<T>(kind: "string" | "array") {
  const check = z.check<T>((payload) => {
    (payload as { value: unknown }).value = undefined;
  });
  const isKind = (v: unknown) => (kind === "string" ? typeof v === "string" : Array.isArray(v));
  check._zod.def.when = (payload) => payload.value != null && !isKind(payload.value);
  return check;
}

/**
 * A search box's words (list pages and their exports). Here the characters are dropped instead:
 * nothing is stored, no stored text contains them (text() refused them on the way in), and a
 * refusal would only fall back to "no filter" (SECURITY.md #16), listing or exporting every row
 * for a query that named a few.
 */
export const searchText = (max: number) => z.string().check(notA("string")).overwrite(stripUnstorableCharacters).trim().max(max);

/** Optional free text: "" and whitespace become null. */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: `Tối đa ${max} ký tự` })
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);

export const requiredText = (label: string, max: number) =>
  text({ error: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}` })
    .max(max, { error: `Tối đa ${max} ký tự` });

/**
 * A past day (birth, Đoàn join), dd/mm/yyyy, optional. Each refusal says its own reason: a real
 * date in the future is not a format mistake, and telling the user to mind the format sends them
 * looking for the wrong thing.
 */
export const optionalDate = (label: string) =>
  text()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = parseVietnameseDate(v);
      const message = !date
        ? `${label} không hợp lệ (định dạng dd/mm/yyyy)`
        : date.getUTCFullYear() < 1900
          ? `${label} không được trước năm 1900`
          : date.getTime() > todayInVietnam().getTime()
            ? `${label} không được sau hôm nay`
            : null;
      if (message) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return date;
    });

export const id = (message = "Vui lòng chọn") => z.uuid({ error: message });

export const optionalEmail = text()
  .trim()
  .toLowerCase()
  .nullish()
  .transform((v) => v || null)
  .pipe(z.email({ error: "Email không hợp lệ" }).max(254).nullable());

export const email = text({ error: "Vui lòng nhập email" })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vui lòng nhập email" })
  .pipe(z.email({ error: "Email không hợp lệ" }).max(254, { error: "Email quá dài" }));

export const optionalPhone = text()
  .trim()
  .nullish()
  .transform((v) => v || null)
  .pipe(
    text()
      .regex(/^\+?[0-9][0-9 .-]{7,14}$/, { error: "Số điện thoại không hợp lệ" })
      .nullable(),
  );

/** "2,5" as Vietnamese write it, or "2.5". */
export const decimal = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim().replace(",", ".") : v), schema);

/**
 * Money in đồng as people type it: "1.500.000", "1 500 000 đ" or 1500000; blank is null. What is
 * not written as a whole number gets `formatMessage`; a whole number past MAX_MONEY its own message
 * (an extra group of zeros is a size mistake, not a format one, however many digits it has).
 */
export const optionalMoney = (formatMessage: string) =>
  z
    .union([z.null(), z.undefined(), z.number(), text().max(200, { error: formatMessage })], { error: formatMessage })
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      let amount: number;
      if (typeof v === "number") amount = v;
      else {
        const digits = v.replace(/[\s.]/g, "").replace(/(đồng|đ|vnd)$/i, "");
        if (digits === "") return null;
        // Digits only first, the size after: 21 digits are a number, just far too large a one.
        amount = /^\d+$/.test(digits) ? Number(digits) : NaN;
      }
      if (!Number.isInteger(amount) || amount < 0) {
        ctx.addIssue({ code: "custom", message: formatMessage });
        return z.NEVER;
      }
      if (amount > MAX_MONEY) {
        ctx.addIssue({ code: "custom", message: MONEY_TOO_LARGE });
        return z.NEVER;
      }
      return amount;
    });

// Capped at PostgreSQL's integer range: a larger number would reach the database and fail there.
export const version = z.coerce.number({ error: "Thiếu phiên bản dữ liệu" }).int().min(0).max(2_147_483_647);

/**
 * One key per opened form, required on every create (SECURITY.md #23, attack finding 8): a double
 * click, a retry or ten parallel POSTs carry the same key and create one record
 * (lib/data/create-once.ts). Optional, it let a client that left it out create ten rows.
 */
export const requestKey = z.uuid({ error: "Thiếu mã biểu mẫu, vui lòng tải lại trang rồi gửi lại" });

// Calendar dates that may lie in the future (issue dates, activity dates, deadlines), dd/mm/yyyy.

function toDate(label: string, v: string, ctx: z.RefinementCtx): Date | typeof z.NEVER {
  const date = parseVietnameseDate(v);
  const year = date?.getUTCFullYear() ?? 0;
  if (!date) {
    ctx.addIssue({ code: "custom", message: `${label} không hợp lệ (định dạng dd/mm/yyyy)` });
    return z.NEVER;
  }
  if (year < 2000 || year > 2100) {
    ctx.addIssue({ code: "custom", message: `${label} phải trong khoảng năm 2000 đến 2100` });
    return z.NEVER;
  }
  return date;
}

export const optionalCalendarDate = (label: string) =>
  text()
    .trim()
    .nullish()
    .transform((v, ctx) => (v ? toDate(label, v, ctx) : null));

export const calendarDate = (label: string) =>
  text({ error: `Vui lòng nhập ${label.toLowerCase()}` })
    .trim()
    .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}` })
    .transform((v, ctx) => toDate(label, v, ctx));
