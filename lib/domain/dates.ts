// Dates as users write them: dd/mm/yyyy. Calendar dates (birth dates, join dates) are kept as
// UTC midnight so they never shift a day across time zones.
import { format, isValid, parse } from "date-fns";

/**
 * "05/03/1995", "5/3/1995", "05-03-1995" or "05.03.1995" → Date at UTC midnight; null when it is
 * not a real date. (Phones' numeric keypads often lack "/", and Excel lists use all three.)
 */
export function parseVietnameseDate(text: string): Date | null {
  const trimmed = text.trim().replace(/[-.]/g, "/");
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed)) return null;
  const local = parse(trimmed, "d/M/yyyy", new Date(2000, 0, 1));
  if (!isValid(local)) return null;
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** A calendar date (UTC midnight) → "05/03/1995". */
export function formatVietnameseDate(date: Date | null | undefined): string {
  if (!date) return "";
  return format(new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()), "dd/MM/yyyy");
}

/** A moment (createdAt…) in Vietnam's time zone → "dd/mm/yyyy HH:mm". */
export function formatVietnameseDateTime(date: Date): string {
  return new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

// Built once: building an Intl formatter costs ~100 times formatting with it, and every date
// checked on import (two per member row) asks for today's date in Vietnam.
const VIETNAM_DAY = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Ho_Chi_Minh",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const NUMBER = new Intl.NumberFormat("vi-VN");

/** The day of a moment (createdAt…) in Vietnam's time zone → "dd/mm/yyyy". */
export function formatVietnameseDay(date: Date): string {
  return VIETNAM_DAY.format(date);
}

export function formatNumber(n: number): string {
  return NUMBER.format(n);
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
