// The review of the targets proposed from a pasted plan (issue 17, point 6): each proposal shows
// its sentence with the target marked and how it reads now; staff split, merge and edit; only the
// confirmed ones are saved. The assertions rest on what any reading of these sentences gives.
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";
import type { Page } from "@playwright/test";

const PLAN = [
  "ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
  "KẾ HOẠCH",
  "Thực hiện phong trào “3 trách nhiệm” – thử màn hình duyệt chỉ tiêu năm 2035",
  "I. MỤC ĐÍCH - YÊU CẦU",
  "- Tổ chức ít nhất 5 hội thi cấp Khối trong năm.",
  "II. CHỈ TIÊU",
  "- Mỗi cơ sở Đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề; toàn Khối có ít nhất 60 buổi.",
  "- Đề xuất ít nhất 1.000 ý tưởng, sáng kiến.",
  "III. TỔ CHỨC THỰC HIỆN",
  "- Các cơ sở Đoàn báo cáo kết quả về Ban Thường vụ Đoàn Khối.",
].join("\n");

async function pastePlan(page: Page) {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await openPage(page, "/ke-hoach/moi");
  await page.getByLabel("Dán nội dung văn bản (không bắt buộc)").fill(PLAN);
  await page.getByRole("button", { name: "Điền từ văn bản" }).click();
  const proposals = page.getByTestId("indicator-proposal");
  await expect(proposals.first()).toBeVisible();
  return proposals;
}

test("staff read each proposal's sentence and reading, split, merge and edit, and only the confirmed are saved", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const proposals = await pastePlan(page);
  const n = await proposals.count();
  expect(n).toBeGreaterThanOrEqual(3);
  const count = page.getByTestId("proposal-count");

  // The sentence with its quantity marked, and how it reads: per cơ sở, inside the targets section.
  const perCoSo = proposals.filter({ hasText: "sinh hoạt chuyên đề" }).first();
  await expect(perCoSo.locator("mark").first()).toContainText("01");
  await expect(perCoSo.getByTestId("proposal-read-as")).toContainText("Áp dụng: mỗi cơ sở");
  const ideas = proposals.filter({ hasText: "1.000 ý tưởng" });
  await expect(ideas).toHaveCount(1);
  await expect(ideas.locator("mark").first()).toContainText("1.000");
  await expect(ideas.getByText("Ngoài mục chỉ tiêu")).toHaveCount(0);
  // Read outside "II. CHỈ TIÊU": flagged, since such readings are more often wrong.
  await expect(proposals.filter({ hasText: "5 hội thi" }).getByText("Ngoài mục chỉ tiêu")).toBeVisible();

  // Split a confirmed proposal: one more, both unconfirmed, and the cursor on the copy.
  await ideas.getByLabel(/Xác nhận chỉ tiêu \d+/).check();
  await expect(count).toContainText(`Đã xác nhận 1/${n} chỉ tiêu`);
  await ideas.getByRole("button", { name: /^Tách thành hai/ }).click();
  await expect(proposals).toHaveCount(n + 1);
  await expect(ideas).toHaveCount(2);
  await expect(count).toContainText(`Đã xác nhận 0/${n + 1} chỉ tiêu`);
  await expect(ideas.nth(1).getByLabel("Nội dung chỉ tiêu")).toBeFocused();
  await expect(ideas.nth(1).locator("mark").first()).toContainText("1.000");
  await expect(proposals.first().getByRole("button", { name: /^Gộp với đề xuất trên/ })).toHaveCount(0);

  // Merge it back: one fewer, the same sentence once.
  await ideas
    .nth(1)
    .getByRole("button", { name: /^Gộp với đề xuất trên/ })
    .click();
  await expect(proposals).toHaveCount(n);
  await expect(ideas).toHaveCount(1);
  await expect(ideas.getByTestId("proposal-source")).not.toContainText("…");
  await expect(count).toContainText(`Đã xác nhận 0/${n} chỉ tiêu`);

  // The reading follows the edits.
  await ideas.getByLabel("Mục tiêu", { exact: true }).fill("2000");
  await ideas.getByLabel("Áp dụng cho").selectOption("EACH_MEMBER");
  await expect(ideas.getByTestId("proposal-read-as")).toContainText("2.000");
  await expect(ideas.getByTestId("proposal-read-as")).toContainText("Áp dụng: mỗi đoàn viên");

  // Confirm two and save: the plan has exactly those two.
  await ideas.getByLabel(/Xác nhận chỉ tiêu \d+/).check();
  await perCoSo.getByLabel(/Xác nhận chỉ tiêu \d+/).check();
  await expect(count).toContainText(`Đã xác nhận 2/${n} chỉ tiêu`);
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  const rows = page.getByTestId("indicator-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "sinh hoạt chuyên đề" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "2.000" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "hội thi" })).toHaveCount(0);
});

test("on a phone the review fits the screen, after a split and a merge too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const proposals = await pastePlan(page);
  const n = await proposals.count();
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await fits()).toBeLessThanOrEqual(390);
  await proposals
    .nth(1)
    .getByRole("button", { name: /^Tách thành hai/ })
    .click();
  await expect(proposals).toHaveCount(n + 1);
  expect(await fits()).toBeLessThanOrEqual(390);
  const merge = proposals.nth(2).getByRole("button", { name: /^Gộp với đề xuất trên/ });
  const box = (await merge.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await merge.click();
  await expect(proposals).toHaveCount(n);
  expect(await fits()).toBeLessThanOrEqual(390);
});
