// One "server" of the two-process test (notices-mail.test.ts): in its own Node process, against the
// PostgreSQL database named on the command line, it waits for the agreed moment, then runs the
// reminder scheduler and the daily digest once, as `/api/jobs` would, and prints what it did.
import { postgresAdapter } from "@/lib/db/adapters";
import { createPrismaClient, switchDatabase } from "@/lib/db/client";
import { runDigests } from "@/lib/data/notice-preferences";
import { runDueReminders } from "@/lib/data/reminders";

async function main() {
  const [url, at, startAt] = process.argv.slice(2);
  switchDatabase(createPrismaClient(postgresAdapter(url)));
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  const now = new Date(at);
  const reminders = await runDueReminders(now);
  const digests = await runDigests(now);
  console.log(JSON.stringify({ reminders, digests }));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
