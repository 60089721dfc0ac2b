"use server";
import { z } from "zod";
import { defineAction } from "./define";
import { markAllRead } from "@/lib/data/notifications";

/** The caller's own notices only: there is no one else's record to aim at. */
export const markNotificationsReadAction = defineAction({
  name: "markNotificationsRead",
  permission: "account.own",
  schema: z.object({}),
  run: markAllRead,
  revalidate: ["/thong-bao"],
});
