"use server";
import { z } from "zod";
import { defineAction } from "./define";
import { markAllRead, markRead } from "@/lib/data/notifications";
import { id } from "@/lib/validation/fields";

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
