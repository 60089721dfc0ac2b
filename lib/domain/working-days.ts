// Working days in Vietnam (ngày làm việc), for answer deadlines: Monday to Friday, less the public
// holidays of the Labour Code (Bộ luật Lao động 2019, điều 112) and the days off a Khối adds (the
// Government's yearly swaps, nghỉ bù). The lunar dates (Tết, Giỗ Tổ Hùng Vương) come from
// date-holidays' Vietnamese calendar rather than from a hand-written lunar conversion.
import Holidays from "date-holidays";
import { dayInVietnam, hourInVietnam, vietnamTime } from "./dates";

const DAY_MS = 86_400_000;
const iso = (day: Date) => day.toISOString().slice(0, 10);
const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;
const addDays = (day: Date, n: number) => new Date(day.getTime() + n * DAY_MS);

const vietnam = new Holidays("VN");
const byYear = new Map<number, Set<string>>();

/**
 * The public holidays of a year as ISO dates: 1/1; Tết, 5 days (the last day of the lunar year and
 * the first four); Giỗ Tổ 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and the day next to it (1/9, or 3/9
 * when 1/9 falls on a weekend, as the Government has chosen each year since 2021). A holiday that
 * falls on a weekend gives the next working day off (nghỉ bù).
 */
export function publicHolidays(year: number): Set<string> {
  const known = byYear.get(year);
  if (known) return known;
  const days: Date[] = [];
  for (const holiday of vietnam.getHolidays(year)) {
    if (holiday.type !== "public") continue;
    // date-holidays gives local dates ("2026-02-16 00:00:00") and an end for multi-day holidays.
    const start = utcDay(...(holiday.date.slice(0, 10).split("-").map(Number) as [number, number, number]));
    const lasting = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
    for (let i = 0; i < lasting; i++) days.push(addDays(start, i));
  }
  const firstOfSeptember = utcDay(year, 9, 1);
  days.push(isWeekend(firstOfSeptember) ? utcDay(year, 9, 3) : firstOfSeptember);

  const off = new Set(days.map(iso));
  // Nghỉ bù: each holiday on a weekend moves to the next day that is neither a weekend nor off.
  for (const day of days.filter(isWeekend).sort((a, b) => a.getTime() - b.getTime())) {
    let next = addDays(day, 1);
    while (isWeekend(next) || off.has(iso(next))) next = addDays(next, 1);
    off.add(iso(next));
  }
  byYear.set(year, off);
  return off;
}

/** Is this calendar date (UTC midnight) a working day? `extraDaysOff`: ISO dates the Khối added. */
export function isWorkingDay(day: Date, extraDaysOff: ReadonlySet<string> = new Set()): boolean {
  if (isWeekend(day)) return false;
  const key = iso(day);
  return !publicHolidays(day.getUTCFullYear()).has(key) && !extraDaysOff.has(key);
}

/**
 * The day `n` working days after `from` (a calendar date): the receiving day itself does not
 * count, as with a 5-working-day answer deadline received on a Friday → the next Friday.
 */
export function addWorkingDays(from: Date, n: number, extraDaysOff: ReadonlySet<string> = new Set()): Date {
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, extraDaysOff)) left--;
  }
  return day;
}

/** Working days from `from` to `to` (calendar dates), counting `to` but not `from`; 0 when not after. */
export function workingDaysBetween(from: Date, to: Date, extraDaysOff: ReadonlySet<string> = new Set()): number {
  let count = 0;
  for (let day = addDays(from, 1); day.getTime() <= to.getTime(); day = addDays(day, 1))
    if (isWorkingDay(day, extraDaysOff)) count++;
  return count;
}

/**
 * Hạn trả lời: the end of the `answerDays`-th working day after the question reached its agency,
 * in Vietnam's time.
 */
export function answerDueAt(reachedAt: Date, site: { answerDays: number; extraDaysOff: string[] }): Date {
  const dueDay = addWorkingDays(dayInVietnam(reachedAt), site.answerDays, new Set(site.extraDaysOff));
  return new Date(vietnamTime(dueDay, 24).getTime() - 1);
}

/** Reminders of a near deadline go out from this hour in Vietnam, not at midnight. */
const REMIND_FROM_HOUR = 7;

/**
 * Is an unanswered question's deadline (hạn trả lời) near enough to remind those handling it: from 07:00 on
 * the working day before its last day (or on the last day, when the day before was missed), but
 * not on the day it was asked (a short deadline is all "near" from the start), and not on a
 * weekend or a day off before the last day (nobody reads it there; the last day is soon enough).
 */
export function isDueSoon(
  q: { createdAt: Date; dueAt: Date | null },
  now: Date,
  extraDaysOff: ReadonlySet<string> = new Set(),
): boolean {
  if (!q.dueAt || now.getTime() > q.dueAt.getTime() || hourInVietnam(now) < REMIND_FROM_HOUR) return false;
  const today = dayInVietnam(now);
  if (dayInVietnam(q.createdAt).getTime() >= today.getTime()) return false;
  const lastDay = dayInVietnam(q.dueAt);
  if (!isWorkingDay(today, extraDaysOff) && today.getTime() !== lastDay.getTime()) return false;
  return workingDaysBetween(today, lastDay, extraDaysOff) <= 1;
}
