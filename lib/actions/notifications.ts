"use server";
import { z } from "zod";
import { defineAction } from "./define";
import { markAllRead, markRead, markReadAt } from "@/lib/data/notifications";
import { savePreferences } from "@/lib/data/notice-preferences";
import { remindNow, saveReminderSettings } from "@/lib/data/reminders";
import { id } from "@/lib/validation/fields";
import { noticeArrivalInput } from "@/lib/validation/notice-arrival";
import { noticePreferencesInput, remindNowInput, reminderSettingsInput } from "@/lib/validation/notices";

/** The caller's own notices only: there is no one else's record to aim at. */
export const markNotificationsReadAction = defineAction({
  name: "markNotificationsRead",
  permission: "account.own",
  schema: z.object({}),
  run: markAllRead,
  revalidate: ["/thong-bao"],
});

/** One of the caller's notices, opened or marked: read, and where it leads. */
export const markNoticeReadAction = defineAction({
  name: "markNoticeRead",
  permission: "account.own",
  schema: z.object({ id: id("Không tìm thấy thông báo") }),
  run: markRead,
  revalidate: ["/thong-bao"],
});

/** The caller arrived on a page: their own unread notices leading there are read (no one else's to aim at). */
export const markNoticesReadAtAction = defineAction({
  name: "markNoticesReadAt",
  permission: "account.own",
  schema: noticeArrivalInput,
  run: markReadAt,
  revalidate: ["/thong-bao"],
});

/** The caller's own e-mail choices per notice kind. */
export const saveNoticePreferencesAction = defineAction({
  name: "saveNoticePreferences",
  permission: "account.own",
  schema: noticePreferencesInput,
  run: savePreferences,
  revalidate: ["/thong-bao/cai-dat"],
});

/** Nhắc hạn: the Khối's days before each kind of deadline (the data layer checks report.manage on the Khối). */
export const saveReminderSettingsAction = defineAction({
  name: "saveReminderSettings",
  permission: "report.manage",
  schema: reminderSettingsInput,
  run: saveReminderSettings,
  revalidate: ["/khoi/nhac-han"],
});

/** Nhắc ngay: one deadline of the caller's Khối, the cơ sở still missing, once a day each. */
export const remindNowAction = defineAction({
  name: "remindNow",
  permission: "report.manage",
  schema: remindNowInput,
  run: remindNow,
  revalidate: ["/khoi/nhac-han"],
});
