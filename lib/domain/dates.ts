// Dates as users write them: dd/mm/yyyy. Calendar dates (birth dates, join dates) are kept as
// UTC midnight so they never shift a day across time zones.
import { format, isValid, parse } from "date-fns";

/**
 * "05/03/1995", "5/3/1995", "05-03-1995" or "05.03.1995" → Date at UTC midnight; null when it is
 * not a real date. (Phones' numeric keypads often lack "/", and Excel lists use all three.)
 */
export function parseVietnameseDate(text: string): Date | null {
  let trimmed = text.trim().replace(/[-.]/g, "/");
  // Eight digits typed on a phone's number pad, "29112026": day, month, year.
  if (/^\d{8}$/.test(trimmed)) trimmed = `${trimmed.slice(0, 2)}/${trimmed.slice(2, 4)}/${trimmed.slice(4)}`;
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  const local = parse(trimmed, "d/M/yyyy", new Date(2000, 0, 1));
  if (!isValid(local)) return null;
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/**
 * A date field's text as the user types it on a number pad: the slashes come by themselves
 * ("29" → "29/", "2911" → "29/11/", "29112026" → "29/11/2026"). What already has slashes the user
 * placed ("5/3/2026") is left alone but for the next slash after a two-digit month, and a slash
 * typed right after an added one is not doubled.
 */
export function formatDateAsTyped(typed: string): string {
  // A separator typed where one was just added ("05/" then "/"), or "-" and "." for it: one "/".
  const value = typed.replace(/[-.]/g, "/").replace(/\/{2,}/g, "/");
  if (/^\d+$/.test(value)) {
    const digits = value.slice(0, 8);
    if (digits.length < 2) return digits;
    if (digits.length < 4) return `${digits.slice(0, 2)}/${digits.slice(2)}`;
    return `${digits.slice(0, 2)}/${digits.slice(2, 4)}/${digits.slice(4)}`;
  }
  if (/^\d{1,2}\/\d{2}$/.test(value)) return `${value}/`;
  return value;
}

/** A calendar date (UTC midnight) → "05/03/1995". */
export function formatVietnameseDate(date: Date | null | undefined): string {
  if (!date) return "";
  return format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), "dd/MM/yyyy");
}

/** A moment (createdAt…) in Vietnam's time zone → "dd/mm/yyyy HH:mm". */
export function formatVietnameseDateTime(date: Date): string {
  return VIETNAM_MINUTE.format(date);
}

// Built once: building an Intl formatter costs ~100 times formatting with it, and every date
// checked on import (two per member row) asks for today's date in Vietnam; a dashboard formats
// every target it shows.
const VIETNAM_MINUTE = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const VIETNAM_DAY = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const NUMBER = new Intl.NumberFormat("vi-VN");
const ONE_DECIMAL = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** The day of a moment (createdAt…) in Vietnam's time zone → "dd/mm/yyyy". */
export function formatVietnameseDay(date: Date): string {
  return VIETNAM_DAY.format(date);
}

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** A file's size in bytes → "12,5 KB". */
export function formatKilobytes(bytes: number): string {
  return `${ONE_DECIMAL.format(bytes / 1024)} KB`;
}

/** The calendar date (UTC midnight) a moment falls on in Vietnam: 20:00 UTC on 1 July is 2 July. */
export function dayInVietnam(moment: Date): Date {
  const [d, m, y] = formatVietnameseDay(moment).split("/").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** The hour (0–23) a moment falls in, in Vietnam (UTC+7 all year: no daylight saving). */
export function hourInVietnam(moment: Date): number {
  return new Date(moment.getTime() + 7 * 3_600_000).getUTCHours();
}

/** The moment a Vietnam calendar day (UTC midnight, as dayInVietnam gives) reaches `hour` o'clock there. */
export function vietnamTime(day: Date, hour: number): Date {
  return new Date(day.getTime() + (hour - 7) * 3_600_000);
}

/** Today's calendar date in Vietnam (UTC midnight), for "not in the future" checks. */
export function todayInVietnam(): Date {
  return dayInVietnam(new Date());
}
