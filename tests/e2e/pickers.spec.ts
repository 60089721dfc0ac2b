// Issue 16, points 13 and 14 and the phone's filters: old plans out of the "Theo kế hoạch" pickers
// by default, "Đã lưu" gone as soon as the form changes again, list filters folded on a phone.
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

test("the plan picker offers the plans in force; the 2019 plan only behind “Hiện cả kế hoạch cũ”", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/hoat-dong/moi");
  const picker = page.getByLabel("Theo kế hoạch");
  const labels = async () => (await picker.locator("option").allTextContents()).join(" | ");
  // The demo's 2019 plan (số 126-KH…) is old: not offered, and not the default.
  expect(await labels()).not.toMatch(/2019/);
  await expect(picker.locator("optgroup")).toHaveCount(0);
  await page.getByLabel(/Hiện cả kế hoạch cũ/).check();
  const old = picker.locator('optgroup[label="Kế hoạch đã hết hạn"] option');
  expect(await old.count()).toBeGreaterThan(0);
  // Still reachable: choosing it keeps it, with the box unticked again.
  const value = await old.first().getAttribute("value");
  await picker.selectOption(value!);
  await page.getByLabel(/Hiện cả kế hoạch cũ/).uncheck();
  await expect(picker).toHaveValue(value!);
  await expect(old).toHaveCount(1);
});

test("“Đã lưu” goes away as soon as the form is changed again, and comes back on the next save", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/bang-dieu-khien/thi-dua");
  const weight = page.locator('input[id^="weight-"]').first();
  const was = await weight.inputValue();
  await page.getByRole("button", { name: "Lưu trọng số" }).click();
  const note = page.getByRole("status").filter({ hasText: "Đã lưu trọng số" });
  await expect(note).toBeVisible();
  await weight.fill(was === "5" ? "6" : "5");
  await expect(note).toBeHidden();
  await weight.fill(was);
  await page.getByRole("button", { name: "Lưu trọng số" }).click();
  await expect(note).toBeVisible();
});

test("on a phone the list filters fold behind “Bộ lọc”; at desk size they are open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/ghi-nhan");
  const summary = page.locator("summary", { hasText: /^Bộ lọc/ });
  await expect(summary).toBeVisible();
  await expect(page.locator("#kind")).toBeHidden();
  await summary.click();
  await expect(page.locator("#kind")).toBeVisible();

  await openPage(page, "/cong-trinh?status=APPROVED");
  await expect(page.locator("summary", { hasText: /^Bộ lọc \(\d+ đang chọn\)$/ })).toBeVisible();
  await expect(page.locator("#status")).toBeHidden();

  await page.setViewportSize({ width: 1366, height: 768 });
  await openPage(page, "/ghi-nhan");
  await expect(page.locator("#kind")).toBeVisible();
  await expect(page.locator("summary", { hasText: /^Bộ lọc/ })).toBeHidden();
});
