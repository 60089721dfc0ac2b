import { z } from "zod";
import { NOTICE_KIND_KEYS } from "@/lib/domain/notice-kinds";
import { DEADLINE_KIND_KEYS } from "@/lib/domain/deadlines";
import { id, list, text } from "./fields";

/** Cài đặt thông báo: for each kind, off, an e-mail at once, or the daily digest. */
export const noticePreferencesInput = z.object({
  choices: list(
    z.object({ kind: z.enum(NOTICE_KIND_KEYS), delivery: z.enum(["off", "now", "digest"], { error: "Chọn cách nhận" }) }),
  ).max(NOTICE_KIND_KEYS.length),
});

/** "7, 1" → [7, 1]: days before a deadline, each 0–60, at most 4, no repeats. */
const daysList = text({ error: "Nhập số ngày, cách nhau bởi dấu phẩy" })
  .trim()
  .max(40, { error: "Nhập tối đa 4 mốc, mỗi mốc là số ngày từ 0 đến 60" })
  .transform((text, ctx) => {
    const parts = text ? text.split(/[,;\s]+/).filter(Boolean) : [];
    if (!parts.every((p) => /^\d{1,2}$/.test(p) && Number(p) <= 60)) {
      ctx.addIssue({ code: "custom", message: "Mỗi mốc là số ngày từ 0 đến 60, cách nhau bởi dấu phẩy" });
      return z.NEVER;
    }
    const days = [...new Set(parts.map(Number))].sort((a, b) => b - a);
    if (days.length > 4) {
      ctx.addIssue({ code: "custom", message: "Tối đa 4 mốc nhắc" });
      return z.NEVER;
    }
    return days;
  });

/** Nhắc hạn: days before each kind of deadline the reminders go out (an empty field: none). */
export const reminderSettingsInput = z.object(
  Object.fromEntries(DEADLINE_KIND_KEYS.map((k) => [k, daysList])) as Record<
    (typeof DEADLINE_KIND_KEYS)[number],
    typeof daysList
  >,
);

/** Nhắc ngay: which deadline. */
export const remindNowInput = z.object({
  type: z.enum(DEADLINE_KIND_KEYS, { error: "Không tìm thấy hạn" }),
  id: id("Không tìm thấy hạn"),
});
