// Issue 16 point 11, "who has not done it yet": the count opens the named list, and the reminder
// beside it asks in the portal's dialog (answered "yes" by the fixtures), then says whom it told.
import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

test("a cơ sở secretary opens “Chưa đăng ký: N đoàn viên”, reads the names and reminds them, once a day", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await openPage(page, "/cam-ket");
  const summary = page.locator("summary", { hasText: /Chưa đăng ký: [\d.]+ đoàn viên/ });
  await expect(summary).toBeVisible();
  const count = Number((await summary.innerText()).match(/Chưa đăng ký: ([\d.]+)/)![1].replace(/\./g, ""));
  expect(count).toBeGreaterThan(0);
  const list = page.locator("details", { has: summary });
  await expect(list.getByRole("button", { name: "Nhắc các đoàn viên này" })).toBeHidden();
  await summary.click();
  await expect(list.locator("ol > li")).toHaveCount(count);
  // Each name with its chi đoàn.
  await expect(list.locator("ol > li").first()).toContainText("·");

  await list.getByRole("button", { name: "Nhắc các đoàn viên này" }).click();
  await expect(list.getByRole("status")).toContainText(/Đã nhắc \d+ đoàn viên|đã nhắc bí thư/);
  // Again the same day: nobody is told twice.
  await list.getByRole("button", { name: "Nhắc các đoàn viên này" }).click();
  await expect(list.getByRole("status")).toContainText(/đã được nhắc hôm nay, không nhắc lại|đã nhắc bí thư/);
  await expect(list.getByRole("status")).not.toContainText(/Đã nhắc \d+ đoàn viên/);
});

test("Khối staff open “N cơ sở chưa nộp” on an open report period, read the names and remind those cơ sở", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/bao-cao");
  const openRow = page.locator("tr", { hasText: "Đang nhận báo cáo" }).first();
  await openRow.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/bao-cao\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");
  const summary = page.locator("summary", { hasText: /\d+ cơ sở chưa nộp/ });
  await expect(summary).toBeVisible();
  const count = Number((await summary.innerText()).match(/(\d+) cơ sở chưa nộp/)![1]);
  const list = page.locator("details", { has: summary });
  await summary.click();
  await expect(list.locator("ol > li")).toHaveCount(count);
  // The same cơ sở as the table's rows that have sent nothing.
  const firstName = (await list.locator("ol > li").first().innerText()).split(" · ")[0];
  await expect(page.locator("tbody tr", { hasText: firstName }).first()).toBeVisible();

  await list.getByRole("button", { name: "Nhắc các cơ sở này" }).click();
  await expect(list.getByRole("status")).toContainText(/Đã nhắc \d+ cơ sở|đã được nhắc hôm nay|chưa có tài khoản bí thư/);
});
