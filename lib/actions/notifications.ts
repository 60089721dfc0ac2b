"use server";
import { z } from "zod";
import { runAction } from "./run";
import { markAllRead } from "@/lib/data/notifications";

export async function markNotificationsReadAction(input: unknown) {
  return runAction(z.object({}), input, markAllRead, { name: "markNotificationsRead", revalidate: ["/thong-bao"] });
}
