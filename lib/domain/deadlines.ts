// The deadlines the portal reminds of (nhắc hạn), and how many days before each the reminders go
// out unless the Khối chose otherwise. "overdue" is the day after: the cơ sở still missing are told.
export const DEADLINE_KINDS = [
  { key: "report-period", label: "Hạn nộp báo cáo (sơ kết, tổng kết)", defaultDays: [7, 1], overdue: true },
  { key: "honour-round", label: "Hạn đề xuất khen thưởng", defaultDays: [7, 1], overdue: false },
  { key: "activity", label: "Hạn đăng ký tham gia hoạt động", defaultDays: [7, 1], overdue: false },
] as const;

export type DeadlineKind = (typeof DEADLINE_KINDS)[number]["key"];

export const DEADLINE_KIND_KEYS = DEADLINE_KINDS.map((k) => k.key) as [DeadlineKind, ...DeadlineKind[]];

export const deadlineKind = (key: string) => DEADLINE_KINDS.find((k) => k.key === key);

/** Whole days from `today` to `dueOn` (both calendar days at midnight UTC, as @db.Date reads). */
export function daysUntil(dueOn: Date, today: Date): number {
  return Math.round((dueOn.getTime() - today.getTime()) / 86_400_000);
}

/** Days after the deadline an overdue reminder may still go out (a server down that day). */
export const OVERDUE_CATCH_UP_DAYS = 3;

/**
 * The reminder due on a day, if any: "before:N" for the nearest chosen day N already reached
 * (so a day missed while no server ran is caught up, once), but only a day the deadline already
 * existed on (a period opened 3 days before its deadline gets no "7 days left"); "overdue" from
 * the day after the deadline. The caller sends a slot once (DeadlineReminder is unique per slot).
 */
export function dueSlot(daysLeft: number, days: readonly number[], overdue: boolean, daysAtCreation: number): string | null {
  // Overdue only for a deadline that existed on its day (one opened already past is not "late").
  if (daysLeft < 0) return overdue && daysAtCreation >= 0 && daysLeft >= -OVERDUE_CATCH_UP_DAYS ? "overdue" : null;
  const reached = days.filter((n) => n >= daysLeft && n <= daysAtCreation);
  return reached.length ? `before:${Math.min(...reached)}` : null;
}
