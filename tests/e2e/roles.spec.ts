import { expect, test } from "./fixtures";
import { login, loginAndWait } from "./helpers";

const homes = [
  { email: "khoi@demo.vn", url: /\/khoi$/, heading: "Đoàn Khối Dân - Chính - Đảng Thành phố" },
  { email: "canbo@demo.vn", url: /\/khoi$/, heading: "Đoàn Khối Dân - Chính - Đảng Thành phố" },
  { email: "coso@demo.vn", url: /\/co-so$/, heading: "Đoàn Sở Tài chính" },
  { email: "chidoan@demo.vn", url: /\/co-so$/, heading: "Đoàn Sở Tài chính" },
  { email: "doanvien@demo.vn", url: /\/ca-nhan$/, heading: "Hồ sơ của tôi" },
  { email: "giaidap@demo.vn", url: /\/hoi-dap$/, heading: "Hỏi đáp của người dân" },
  { email: "thanhdoan@demo.vn", url: /\/thanh-doan$/, heading: "Thành Đoàn TP. Hồ Chí Minh" },
  { email: "khoi.danang@demo.vn", url: /\/khoi$/, heading: "Đoàn khối Các cơ quan thành phố Đà Nẵng" },
];

for (const home of homes) {
  test(`${home.email} signs in and lands on their home`, async ({ page }) => {
    await loginAndWait(page, home.email, home.url);
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
  });
}

test("the Khối home shows the tree with member counts", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await expect(page.getByText("Đoàn Sở Nội vụ")).toBeVisible();
  await expect(page.getByText(/đoàn viên$/).first()).toBeVisible();
});

test("the city viewer sees both Khối with counts but no member names", async ({ page }) => {
  await loginAndWait(page, "thanhdoan@demo.vn", /\/thanh-doan$/);
  await expect(page.getByRole("cell", { name: "Đoàn Khối Dân - Chính - Đảng Thành phố" })).toBeVisible();
  await page.goto("/doan-vien");
  await expect(page.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
});

test("a wrong password says so in Vietnamese and keeps the email", async ({ page }) => {
  await login(page, "canbo@demo.vn", "sai-mat-khau");
  await expect(page.getByText("Email hoặc mật khẩu không đúng")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("canbo@demo.vn");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("signing out ends the session", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/co-so");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
  // Short-lived: it lasts the idle lifetime (4 hours); the server also ends it after 12 hours.
  expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(4 * 60 * 60 * 1000 + 60_000);
});

test("a member opening a Khối admin page is refused", async ({ page }) => {
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  for (const path of ["/khoi", "/khoi/tai-khoan", "/doan-vien", "/doan-vien/moi"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  }
});

test("every page carries the security headers", async ({ request }) => {
  const response = await request.get("/dang-nhap");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("base-uri 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});
