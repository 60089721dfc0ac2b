// Việc cần làm (issue 16, points 7 and 10): what waits comes first on the home each role lands
// on, with counts in the menu; arriving on the page a notice leads to marks it read.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

async function unreadInHeader(page: Page) {
  const label = await page.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ }).getAttribute("aria-label");
  return Number(label!.match(/(\d+) chưa đọc/)![1]);
}

test("Khối staff land on their to-do list, each line opening its list, with counts in the menu", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  const card = page.locator("main section").filter({ has: page.getByRole("heading", { name: "Việc cần làm" }) });
  await expect(card).toBeVisible();
  // It comes before the organisation's figures and tree.
  const headings = await page.locator("main h2").allTextContents();
  expect(headings[0]).toBe("Việc cần làm");

  // The demo has registrations waiting: a line with a count, the menu's Công trình counts them too.
  const line = card.getByRole("link", { name: /công trình, phần việc chờ duyệt/ });
  await expect(line).toBeVisible();
  const waiting = Number((await line.textContent())!.match(/^\s*([\d.]+)/)![1].replace(/\./g, ""));
  expect(waiting).toBeGreaterThan(0);
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  const projects = menu.getByRole("link", { name: /^Công trình, \d+ việc chờ/ });
  await expect(projects).toBeVisible();
  const inMenu = Number((await projects.getAttribute("aria-label"))!.match(/(\d+) việc chờ/)![1]);
  expect(inMenu).toBeGreaterThanOrEqual(waiting);

  await line.click();
  await expect(page).toHaveURL(/\/cong-trinh\?status=PENDING$/);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main tbody tr").first()).toBeVisible();
});

test("a cơ sở secretary's home starts with what waits for them", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await expect(page.getByRole("heading", { name: "Việc cần làm" })).toBeVisible();
  const first = page.locator("main h1, main h2").first();
  await expect(first).toHaveText("Việc cần làm");
});

test("opening the page a notice leads to, however one gets there, marks it read", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/thong-bao?chua-doc=1");
  const before = await unreadInHeader(page);
  expect(before).toBeGreaterThan(0);
  const link = page.getByTestId("notification").first().getByRole("link").first();
  const href = (await link.getAttribute("href"))!;
  // Not through the list: straight to the page, as from an e-mail.
  await openPage(page, href);
  await expect.poll(() => unreadInHeader(page)).toBeLessThan(before);
  await openPage(page, "/thong-bao?chua-doc=1");
  await expect(page.locator(`[data-testid="notification"] a[href="${href}"]`)).toHaveCount(0);
});
