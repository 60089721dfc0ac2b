// Start-up guard (SECURITY.md #12): production never runs with the demo accounts present.
import type { Db } from "@/lib/db/client";
import { DEMO_EMAIL_DOMAIN, isDemoMode } from "./mode";

export async function assertNoDemoAccountsInProduction(client: Db): Promise<void> {
  if (isDemoMode()) return;
  const demo = await client.user.count({ where: { email: { endsWith: DEMO_EMAIL_DOMAIN, mode: "insensitive" } } });
  if (demo > 0) {
    throw new Error(
      `Refusing to start in production mode: ${demo} demo account(s) (*${DEMO_EMAIL_DOMAIN}) exist in the database. ` +
        "Remove them, or run with APP_MODE=demo on a demo database.",
    );
  }
}
