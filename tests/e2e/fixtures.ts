// Every browser test runs with this fixture: a Content Security Policy violation logged by any
// page the test opens fails the test (SECURITY.md #15: scripts run by nonce, nothing inline).
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(`${page.url()}: ${message.text()}`);
      });
      await use(seen);
      expect(seen, "no page logged a Content Security Policy violation").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
