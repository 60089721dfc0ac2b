import { expect, test } from "./fixtures";
import { loginAndWait } from "./helpers";

test("the member search ignores diacritics", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/doan-vien?q=nguyen");
  const names = await page.locator('tbody a[href^="/doan-vien/"]').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const n of names) expect(n).toContain("Nguyễn");
});

test("a secretary adds a member; a bad date is explained beside the field and nothing typed is lost", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/doan-vien/moi");
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Họ và tên").fill("Đinh Thị Mỹ Duyên");
  await page.getByLabel("Chi đoàn").selectOption({ index: 1 });
  await page.getByLabel("Ngày sinh").fill("31/02/1995");
  await page.getByLabel("Email").fill("duyen.dinh@coquan.vn");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)")).toBeVisible();
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Đinh Thị Mỹ Duyên");
  await expect(page.getByLabel("Email")).toHaveValue("duyen.dinh@coquan.vn");

  await page.getByLabel("Ngày sinh").fill("28/02/1995");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu hồ sơ đoàn viên.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Đinh Thị Mỹ Duyên" })).toBeVisible();
  await expect(page.getByLabel("Ngày sinh")).toHaveValue("28/02/1995");

  await page.goto("/doan-vien?q=dinh thi my");
  await expect(page.getByRole("link", { name: "Đinh Thị Mỹ Duyên" })).toHaveCount(1);
});

test("a new account must set its own password at first login", async ({ page, browser }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.goto("/khoi/tai-khoan");
  await page.getByLabel("Email", { exact: true }).fill("bithu.moi@coquan.vn");
  await page.getByLabel("Họ và tên").fill("Bí thư Mới");
  await page
    .getByLabel("Đơn vị", { exact: true })
    .selectOption({ label: "Đoàn Sở Nội vụ – Đoàn Khối Dân - Chính - Đảng Thành phố" });
  await page.getByLabel("Vai trò", { exact: true }).selectOption({ label: "Bí thư cơ sở Đoàn" });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const temp = await page.locator("code").textContent();
  expect(temp).toMatch(/^\S{14}$/);

  const other = await browser.newPage();
  await other.goto("/dang-nhap");
  await other.getByLabel("Email").fill("bithu.moi@coquan.vn");
  await other.getByLabel("Mật khẩu").fill(temp!);
  await other.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(other).toHaveURL(/\/doi-mat-khau$/);
  await other.goto("/co-so");
  await expect(other).toHaveURL(/\/doi-mat-khau$/);

  await other.getByLabel("Mật khẩu hiện tại").fill(temp!);
  await other.getByLabel("Mật khẩu mới", { exact: true }).fill("password");
  await other.getByLabel("Nhập lại mật khẩu mới").fill("password");
  await other.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(other.getByText("Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác")).toBeVisible();

  await other.getByLabel("Mật khẩu mới", { exact: true }).fill("mua thu Ha Noi 2026");
  await other.getByLabel("Nhập lại mật khẩu mới").fill("mua thu Ha Noi 2026");
  await other.getByRole("button", { name: "Đổi mật khẩu" }).click();
  // The new password ends the old session: sign in again with it.
  await expect(other.getByText("Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.")).toBeVisible();
  await other.getByLabel("Email").fill("bithu.moi@coquan.vn");
  await other.getByLabel("Mật khẩu").fill("mua thu Ha Noi 2026");
  await other.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(other).toHaveURL(/\/co-so$/);
  await expect(other.getByRole("heading", { level: 1, name: "Đoàn Sở Nội vụ" })).toBeVisible();
});

test("the Khối admin adds a cơ sở and a chi đoàn to the tree", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.getByLabel("Tên cơ sở Đoàn").fill("Đoàn Sở Giao thông vận tải");
  await page.getByRole("button", { name: "Thêm" }).first().click();
  await expect(page.getByText("Đoàn Sở Giao thông vận tải")).toBeVisible();
  // An empty name is explained beside the field.
  await page.getByRole("button", { name: "Thêm" }).first().click();
  await expect(page.getByText("Vui lòng nhập tên đơn vị")).toBeVisible();
});
