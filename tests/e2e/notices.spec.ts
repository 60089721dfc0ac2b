// The notices page on the demo: filters narrow the list, and a notice opened from it is marked
// read and leads to its record (the header's unread count goes down by one).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

async function unreadInHeader(page: Page) {
  const label = await page.getByRole("link", { name: /^Thông báo, \d+ chưa đọc$/ }).getAttribute("aria-label");
  return Number(label!.match(/(\d+) chưa đọc/)![1]);
}

test("a notice opened from the unread list is read and leads to its record; groups filter the list", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so/);
  await openPage(page, "/thong-bao");
  const before = await unreadInHeader(page);
  expect(before).toBeGreaterThan(0);

  await page.getByRole("link", { name: /^Chưa đọc/ }).click();
  await page.waitForURL(/\/thong-bao\?chua-doc=1$/);
  await page.waitForLoadState("networkidle");
  const first = page.getByTestId("notification").first();
  await expect(first.getByText("Chưa đọc")).toBeVisible();
  await first.getByRole("link").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/thong-bao"));
  await page.waitForLoadState("networkidle");
  expect(await unreadInHeader(page)).toBe(before - 1);

  // A group: every notice listed is about youth projects.
  await openPage(page, "/thong-bao");
  await page
    .getByRole("navigation", { name: "Lọc thông báo" })
    .getByRole("link", { name: /^Công trình/ })
    .click();
  await page.waitForURL(/nhom=cong-trinh/);
  await page.waitForLoadState("networkidle");
  const listed = page.getByTestId("notification");
  expect(await listed.count()).toBeGreaterThan(0);
  for (const text of await listed.allTextContents()) expect(text).toContain("Công trình");
});
