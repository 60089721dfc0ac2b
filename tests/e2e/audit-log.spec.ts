import { expect, test } from "./fixtures";
import { firstMemberId, login, loginAndWait } from "./helpers";

// The Khối's audit log (SECURITY.md #25): its admin finds it in the menu, reads their own
// Khối's rows only, filters them, exports them, and reads them on a phone; staff cannot open it.
test("a Khối admin reads, filters and exports their own Khối's log, on a phone too", async ({ browser }) => {
  // Rows to find: a refused sign-in in TP.HCM, a sign-in in Đà Nẵng (which must not show).
  const failed = await browser.newPage();
  await login(failed, "canbo@demo.vn", "sai-mat-khau-roi");
  await expect(failed.getByRole("alert")).toBeVisible();
  const dn = await browser.newPage();
  await loginAndWait(dn, "khoi.danang@demo.vn", /\/khoi$/);

  const page = await browser.newPage();
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhật ký" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nhật ký thao tác" })).toBeVisible();
  const rows = page.getByTestId("audit-row");
  await expect(rows.first()).toBeVisible();
  await expect(page.getByText("Đặng Văn Hải")).toHaveCount(0);

  // Only refused attempts: the wrong password typed for the Khối's officer.
  await page.getByLabel("Chỉ các lần bị từ chối").check();
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/refused=1/);
  await expect(rows.filter({ hasText: "Đăng nhập không thành công" }).filter({ hasText: "Trần Minh Quân" })).not.toHaveCount(0);
  await expect(rows.filter({ hasNotText: "Bị từ chối" })).toHaveCount(0);

  // By person, typed without diacritics.
  await page.goto("/khoi/nhat-ky");
  await page.getByPlaceholder(/Người thực hiện/).fill("nguyen thi thu ha");
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(rows.first()).toBeVisible();
  expect(await rows.filter({ hasNotText: "Nguyễn Thị Thu Hà" }).count()).toBe(0);

  // The export keeps the filters and is an .xlsx attachment.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  expect((await download).suggestedFilename()).toMatch(/^Nhật ký thao tác \d{2}-\d{2}-\d{4}\.xlsx$/);

  // A filter that matches nothing says what to do.
  await page.goto("/khoi/nhat-ky?q=khong-co-ai-ten-nay");
  await expect(page.getByText("Không có mục nào khớp bộ lọc")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bỏ lọc" })).toBeVisible();

  // 390 px wide: rows are cards and nothing spills sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/khoi/nhat-ky");
  await expect(rows.first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("Khối staff have no log in their menu and get not found at its address", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Nhật ký" })).toHaveCount(0);
  await page.goto("/khoi/nhat-ky");
  await expect(page.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  const res = await page.request.get("/khoi/nhat-ky/xuat-excel");
  expect(res.status()).toBe(404);
});

// A refused server action through the production build: the rewritten request is refused, and
// the refusal is in the actor's own Khối's log under the action's name (minified code included).
test("a refused action on another Khối's member is in the actor's own log, by name", async ({ browser }) => {
  const hcm = await browser.newPage();
  await loginAndWait(hcm, "khoi@demo.vn", /\/khoi$/);
  const hcmMemberId = await firstMemberId(hcm);

  const dn = await browser.newPage();
  await loginAndWait(dn, "khoi.danang@demo.vn", /\/khoi$/);
  const dnMemberId = await firstMemberId(dn);
  await dn.goto(`/doan-vien/${dnMemberId}`);
  await dn.route(`**/doan-vien/${dnMemberId}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    await route.continue({ postData: request.postData()!.replaceAll(dnMemberId, hcmMemberId) });
  });
  await dn.getByLabel("Họ và tên").fill("Bị sửa trái phép");
  await dn.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(dn.getByText(/Không tìm thấy/)).toBeVisible();

  await dn.goto("/khoi/nhat-ky?refused=1");
  const row = dn.getByTestId("audit-row").filter({ hasText: "Thao tác bị từ chối" }).first();
  await expect(row).toContainText("updateMember");
  await expect(row).toContainText(hcmMemberId);
  await expect(row).toContainText("Đặng Văn Hải");
  // Not in the other Khối's log: its admin never learns who probed.
  await hcm.goto("/khoi/nhat-ky?refused=1");
  await expect(hcm.getByText("Đặng Văn Hải")).toHaveCount(0);
});
