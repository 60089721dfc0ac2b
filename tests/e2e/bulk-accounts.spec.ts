// Accounts at scale (issue 16, point 9) on the running demo: the cơ sở's secretary ticks two
// members in the member list, asks for a temporary password sheet, gets one slip each; a member
// signs in with the password on their slip and is asked to change it first.
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

test("a secretary makes two member accounts from the list and prints their slips", async ({ page, browser }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await openPage(page, "/doan-vien");
  const toolbar = page.getByRole("region", { name: "Tạo tài khoản hàng loạt" });
  await expect(toolbar).toBeVisible();

  const free = page.locator('tbody input[type="checkbox"]:enabled');
  await free.nth(0).check();
  await free.nth(1).check();
  await toolbar.getByLabel("In phiếu mật khẩu tạm").check();
  await toolbar.getByRole("button", { name: "Tạo tài khoản (2 đã chọn)" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Đã tạo 2 tài khoản" })).toBeVisible({ timeout: 20_000 });
  const slips = page.getByRole("list", { name: "Phiếu mật khẩu tạm" }).getByRole("listitem");
  await expect(slips).toHaveCount(2);
  await expect(slips.first()).toContainText("Đổi mật khẩu khi đăng nhập lần đầu");
  await expect(slips.first()).toContainText("/dang-nhap");
  await expect(page.getByRole("button", { name: "In phiếu" })).toBeVisible();

  const email = (await slips.first().locator("dd").nth(1).textContent())!.trim();
  const password = (await slips.first().locator("code").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9]{14}$/);

  // The two members now show as having an account: their boxes can no longer be ticked.
  await expect(page.getByText("Đã có tài khoản").first()).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await loginAndWait(member, email, /\/doi-mat-khau$/, password);
  await member.goto("/ke-hoach");
  await expect(member).toHaveURL(/\/doi-mat-khau$/);
});
