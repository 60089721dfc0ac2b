// Kiểm tra chuyên đề in the demo (issue 15, planning): canbo@ plans a round under this year's
// plan, puts Đoàn Sở Nội vụ on a day (a day outside the round is refused beside the field, and the
// day it takes clashes with the demo round's visit to Sở Tài chính, which canbo@ also leads) and a
// second cơ sở, adds an item to the checklist proposed from the plan and tells them; coso2@, on a
// phone, finds its visit (never the other's), the checklist and what to prepare, and coso@ (Sở
// Tài chính) does not see the round.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage, vnDate } from "./helpers";

const ROUND = `Kiểm tra chuyên đề công tác cải cách hành chính ${Date.now()}`;
const ITEM = "Có biên bản sinh hoạt chi đoàn hằng tháng về “3 trách nhiệm”";

async function signedIn(browser: Browser, email: string, home: RegExp, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on("dialog", (d) => void d.accept());
  await loginAndWait(page, email, home);
  return page;
}

test("canbo@ plans a round and tells the cơ sở; the cơ sở sees its own visit only", async ({ browser }) => {
  test.setTimeout(120_000);
  const staff = await signedIn(browser, "canbo@demo.vn", /\/khoi/);
  await openPage(staff, "/kiem-tra/moi");
  await staff.getByLabel("Nội dung kiểm tra").fill(ROUND);
  await staff.getByLabel("Số quyết định thành lập đoàn kiểm tra").fill("61-QĐ/ĐTN");
  await staff.getByLabel("Đến ngày").fill(vnDate(30));
  await staff.getByLabel("Nguyễn Thị Thu Hà").check();
  await staff.getByLabel("Trưởng đoàn").selectOption({ label: "Trần Minh Quân" });
  await staff.getByLabel("Tính vào chỉ tiêu").selectOption({ index: 1 });
  await staff.getByRole("button", { name: "Lập đợt kiểm tra" }).click();
  await staff.waitForURL(/\/kiem-tra\/[0-9a-f-]{36}$/);
  await staff.waitForLoadState("networkidle");
  await expect(staff.getByRole("heading", { name: ROUND })).toBeVisible();
  await expect(staff.getByText("Trưởng đoàn: Trần Minh Quân")).toBeVisible();

  // A day outside the round: refused beside the field, the choice kept.
  await staff.getByLabel("Cơ sở Đoàn").selectOption({ label: "Đoàn Sở Nội vụ" });
  await staff.getByLabel("Ngày kiểm tra").fill(vnDate(40));
  await staff.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(staff.getByText("Ngày kiểm tra phải trong thời gian của đợt")).toBeVisible();
  await expect(staff.getByLabel("Cơ sở Đoàn")).toHaveValue(/[0-9a-f-]{36}/);
  await staff.getByLabel("Ngày kiểm tra").fill(vnDate(6));
  await staff.getByRole("button", { name: "Thêm vào lịch" }).click();
  const row = staff.locator("tr", { hasText: "Đoàn Sở Nội vụ" });
  await expect(row).toContainText(vnDate(6));
  await expect(row).toContainText("Cùng ngày với buổi kiểm tra tại Đoàn Sở Tài chính (chung thành viên đoàn)");
  await expect(row).toContainText("Chưa thông báo cơ sở");
  // A second cơ sở, which coso2@ must never see.
  await staff.getByLabel("Cơ sở Đoàn").selectOption({ label: "Chi đoàn Sở Thông tin - Truyền thông" });
  await staff.getByLabel("Ngày kiểm tra").fill(vnDate(8));
  await staff.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(staff.locator("tr", { hasText: "Chi đoàn Sở Thông tin - Truyền thông" })).toContainText(vnDate(8));

  // The checklist proposed from the plan, one item typed in.
  const items = staff.locator("form li textarea");
  const proposed = await items.count();
  expect(proposed).toBeGreaterThan(3);
  await staff.getByRole("button", { name: "Thêm nội dung" }).click();
  await items.nth(proposed).fill(ITEM);
  await staff.getByRole("button", { name: "Lưu danh mục" }).click();
  await expect(staff.getByRole("heading", { name: `Nội dung kiểm tra (${proposed + 1})` })).toBeVisible();

  await staff.getByRole("button", { name: "Thông báo 2 cơ sở" }).click();
  // The rows say when each was told; the button is gone, nobody being left to tell.
  await expect(staff.locator("tr", { hasText: "Đoàn Sở Nội vụ" })).toContainText("Đã thông báo");
  await expect(staff.locator("tr", { hasText: "Chi đoàn Sở Thông tin - Truyền thông" })).toContainText("Đã thông báo");
  await expect(staff.getByRole("button", { name: /Thông báo \d+ cơ sở/ })).toHaveCount(0);
  await expect(staff.getByText("Đã thông báo cơ sở").first()).toBeVisible();

  // The calendar shows the clash too.
  await openPage(staff, "/kiem-tra/lich");
  await expect(staff.getByText(/buổi kiểm tra bị trùng lịch/)).toBeVisible();

  // coso2@ (Đoàn Sở Nội vụ), on a phone: the visit, the checklist and what to prepare.
  const coSo = await signedIn(browser, "coso2@demo.vn", /\/co-so/, { width: 390, height: 844 });
  await openPage(coSo, "/thong-bao");
  await coSo
    .getByRole("link", { name: new RegExp(`Lịch kiểm tra chuyên đề: ${ROUND}`) })
    .first()
    .click();
  await coSo.waitForURL(/\/kiem-tra\/[0-9a-f-]{36}$/);
  await expect(coSo.getByRole("heading", { name: "Buổi kiểm tra tại đơn vị" })).toBeVisible();
  await expect(coSo.locator("tr", { hasText: "Đoàn Sở Nội vụ" })).toContainText(vnDate(6));
  await expect(coSo.getByText("Chi đoàn Sở Thông tin - Truyền thông")).toHaveCount(0);
  await expect(coSo.getByText(ITEM)).toBeVisible();
  await expect(coSo.getByText("Cơ sở cần chuẩn bị")).toBeVisible();
  expect(await coSo.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // coso@ (Sở Tài chính) is not on this round's list.
  const other = await signedIn(browser, "coso@demo.vn", /\/co-so/);
  await openPage(other, "/kiem-tra");
  await expect(other.getByRole("link", { name: ROUND })).toHaveCount(0);
  await expect(other.getByRole("link", { name: /Kiểm tra chuyên đề việc thực hiện phong trào/ })).toBeVisible();
});
