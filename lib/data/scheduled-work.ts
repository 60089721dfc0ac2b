import "server-only";
// Scheduled work, woken every 30 s on every server (app/api/jobs): the reminder scheduler, the
// daily digest, the late-question report and the near-deadline reminder run at most once per interval across all servers (a JobRun row claimed by one
// conditional UPDATE), then the outbox is delivered. Each piece is itself safe to run twice at
// once (unique reminder slots, locked users, SKIP LOCKED mail claims); the claim only saves work.
import { db } from "@/lib/db/client";
import { purgeExpiredLimits } from "@/lib/auth/throttle";
import { asSystem } from "@/lib/db/tenant-context";
import { deliverDue, type Delivery } from "./mail-outbox";
import { runDigests, type DigestRun } from "./notice-preferences";
import { remindQuestionsDueSoon, reportLateQuestions } from "./questions";
import { runDueReminders, type SchedulerRun } from "./reminders";

/** How often the reminder scheduler and the digest look for work (the wake-up comes every 30 s). */
const EVERY_SECONDS = 60;

/** True for the one caller that may run `name` now; the others see it ran less than `seconds` ago. */
async function claimJob(name: string, seconds: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - seconds * 1000);
  const rows = await asSystem(
    () => db().$queryRaw<{ name: string }[]>`
      INSERT INTO "JobRun" ("name", "lastRunAt") VALUES (${name}, ${now})
      ON CONFLICT ("name") DO UPDATE SET "lastRunAt" = EXCLUDED."lastRunAt" WHERE "JobRun"."lastRunAt" <= ${since}
      RETURNING "name"`,
  );
  return rows.length > 0;
}

export type WorkDone = {
  reminders: SchedulerRun | null;
  digests: DigestRun | null;
  lateQuestions: { told: number } | null;
  questionsDueSoon: { told: number } | null;
  mail: Delivery;
};

/** One piece of work; its failure is logged and leaves the others (and mail delivery) to run. */
async function attempt<T>(name: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    console.error(`[jobs] ${name} failed:`, error instanceof Error ? error.message : error);
    return null;
  }
}

export async function runScheduledWork(now = new Date()): Promise<WorkDone> {
  const reminders = (await claimJob("reminders", EVERY_SECONDS, now))
    ? await attempt("reminders", () => runDueReminders(now))
    : null;
  const digests = (await claimJob("digests", EVERY_SECONDS, now)) ? await attempt("digests", () => runDigests(now)) : null;
  const lateQuestions = (await claimJob("late-questions", EVERY_SECONDS, now))
    ? await attempt("late-questions", () => reportLateQuestions(now))
    : null;
  const questionsDueSoon = (await claimJob("questions-due-soon", EVERY_SECONDS, now))
    ? await attempt("questions-due-soon", () => remindQuestionsDueSoon(now))
    : null;
  // Spent rate-limit budgets (the public's questions and look-ups leave one per address): hourly.
  if (await claimJob("purge-limits", 3600, now)) await attempt("purge-limits", () => purgeExpiredLimits(now));
  return { reminders, digests, lateQuestions, questionsDueSoon, mail: await deliverDue() };
}
