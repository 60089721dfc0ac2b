// Every browser test runs with these fixtures: a Content Security Policy violation logged by any
// page the test opens fails the test (SECURITY.md #15: scripts run by nonce, nothing inline); the
// portal's confirmation dialog is answered "yes".
import { test as base, expect, type Page } from "@playwright/test";

const answering = new WeakSet<Page>();

/**
 * The portal asks before archiving, sending, leaving typed content… in its own dialog
 * (components/ui/confirm-dialog.tsx): on this page, answer "yes" whenever it is open, as the
 * journey's user would. Every test's `page` does; call it for pages a test opens itself.
 */
export async function answerConfirmations(page: Page) {
  if (answering.has(page)) return;
  answering.add(page);
  await page.addLocatorHandler(page.locator("dialog[open]"), async (dialog) => {
    await dialog.getByRole("button").last().click();
  });
}

export const test = base.extend<{ cspViolations: string[]; portalConfirm: void }>({
  // A test of the question itself removes this handler and answers by hand.
  portalConfirm: [
    async ({ page }, use) => {
      await answerConfirmations(page);
      await use();
    },
    { auto: true },
  ],
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
