import { readFileSync } from "node:fs";
import path from "node:path";

import { answerConfirmations, expect, test } from "./fixtures";
import mammoth from "mammoth";
import { loginAndWait, vnDate } from "./helpers";

const PLAN_000 = readFileSync(path.join(__dirname, "..", "fixtures", "plan-000.txt"), "utf8");

test("the Khối pastes its plan, confirms the indicators and publishes; a cơ sở plans on it and registers", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await page.goto("/ke-hoach/moi");
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Dán nội dung văn bản (không bắt buộc)").fill(PLAN_000);
  await page.getByRole("button", { name: "Điền từ văn bản" }).click();
  await expect(page.getByText("đề xuất 7 chỉ tiêu")).toBeVisible();
  await expect(page.getByLabel("Năm bắt đầu")).toHaveValue("2019");
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(/“3 trách nhiệm”.*năm 2019/);
  await expect(page.getByTestId("indicator-proposal")).toHaveCount(7);
  await expect(page.locator("#ind-1-wording")).toHaveValue("Đề xuất ít nhất 1.000 ý tưởng, sáng kiến");
  await expect(page.locator("#ind-1-target")).toHaveValue("1000");
  await expect(page.locator("#ind-2-months")).toHaveValue("3, 5, 7, 9");

  // Saving with nothing confirmed keeps no indicator; confirm all, and make the ideas one per cơ sở.
  for (let i = 1; i <= 7; i++) await page.getByLabel(`Xác nhận chỉ tiêu ${i}`).check();
  await page.locator("#ind-1-wording").fill("Mỗi cơ sở Đoàn đề xuất ít nhất 50 ý tưởng, sáng kiến");
  await page.locator("#ind-1-appliesTo").selectOption("EACH_CO_SO");
  await page.locator("#ind-1-target").fill("50");
  await page.locator("#ind-1-minTarget").fill("30");
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  // The demo has its 2019 plan already: a second plan of the Khối for that year is asked about first.
  await expect(page.getByText(/^Đã có Kế hoạch.* năm 2019 của .*: vẫn tạo\?/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Xem kế hoạch đã có" })).toHaveAttribute("href", /^\/ke-hoach\//);
  await page.getByLabel("Vẫn tạo kế hoạch này").check();
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await expect(page.getByTestId("indicator-row")).toHaveCount(7);
  const planUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("button", { name: "Ban hành" }).click();
  await expect(page.getByText("Đã ban hành", { exact: true }).first()).toBeVisible();

  // The Word file downloads and reads back with the administrative layout's parts.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Word" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const { value: text } = await mammoth.extractRawText({ path: await download.path() });
  for (const part of [
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "KẾ HOẠCH",
    "I. MỤC ĐÍCH - YÊU CẦU",
    "Mỗi cơ sở Đoàn đề xuất ít nhất 50 ý tưởng, sáng kiến",
    "Nơi nhận:",
    "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
  ])
    expect(text).toContain(part);

  // An activity under the plan, open for registration.
  await page.getByRole("link", { name: "Thêm hoạt động" }).click();
  await page.waitForURL(/\/hoat-dong\/moi/);
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Tên hoạt động").fill("Hội thi “Cải cách hành chính” (thử nghiệm)");
  await page.getByLabel("Loại hoạt động").selectOption("CONTEST");
  await page.getByLabel("Ngày bắt đầu").fill(vnDate(20));
  await page.getByLabel("Hạn đăng ký").fill(vnDate(10));
  await page.getByRole("button", { name: "Lưu hoạt động" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hội thi “Cải cách hành chính” (thử nghiệm)" })).toBeVisible();
  const activityUrl = page.url();

  // A cơ sở secretary builds the cơ sở plan on it.
  const coSo = await browser.newPage();
  await answerConfirmations(coSo);
  await loginAndWait(coSo, "coso@demo.vn", /\/co-so$/);
  await coSo.goto("/thong-bao");
  await expect(coSo.getByTestId("notification").filter({ hasText: "năm 2019" })).toHaveCount(1);
  await coSo.goto(planUrl);
  await coSo.getByRole("button", { name: "Xây dựng kế hoạch của cơ sở" }).click();
  await expect(coSo.getByText("Bản nháp", { exact: true })).toBeVisible();
  await expect(coSo.getByTestId("indicator-row")).toHaveCount(2);
  const ideasRow = coSo.getByTestId("indicator-row").filter({ hasText: "CT2" });
  await coSo.getByLabel("Mục tiêu của cơ sở cho CT2").fill("20");
  await ideasRow.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(coSo.getByText("Không thấp hơn mức tối thiểu Đoàn Khối đề ra (30)")).toBeVisible();
  await coSo.getByLabel("Mục tiêu của cơ sở cho CT2").fill("40");
  await ideasRow.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(coSo.getByText("Không thấp hơn mức tối thiểu")).toHaveCount(0);
  // Saved for real: it is still there after a reload.
  await coSo.reload();
  await expect(coSo.getByLabel("Mục tiêu của cơ sở cho CT2")).toHaveValue("40");
  await coSo.getByRole("button", { name: "Ban hành" }).click();
  await expect(coSo.getByText("Đã ban hành", { exact: true }).first()).toBeVisible();

  await coSo.goto(activityUrl);
  await coSo.getByLabel("Số người dự kiến tham gia").fill("12");
  await coSo.getByRole("button", { name: "Đăng ký tham gia" }).click();
  await expect(coSo.getByText("Đoàn Sở Tài chính đã đăng ký tham gia.").first()).toBeVisible();

  // The Khối sees who has published and who registered.
  await page.goto(planUrl);
  await expect(page.getByTestId("co-so-plan-status").filter({ hasText: "Đoàn Sở Tài chính" })).toContainText("Đã ban hành");
  await page.goto(activityUrl);
  await expect(page.getByTestId("registration-row").filter({ hasText: "Đoàn Sở Tài chính" })).toContainText("Đã đăng ký");
});

test("a member sees the published plans and the Khối's activities, not drafts", async ({ page }) => {
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  await page.goto("/ke-hoach");
  // Both terms' programmes (2018–2022 and 2022–2027) are published.
  await expect(page.getByRole("link", { name: /Đoàn xung kích tham gia cải cách thủ tục hành chính/ })).toHaveCount(2);
  await expect(page.getByText("Bản nháp")).toHaveCount(0);
  await page.goto("/hoat-dong");
  await expect(page.getByTestId("activity-item").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Thêm hoạt động" })).toHaveCount(0);
});

test("a cơ sở reports its participation in a past activity with evidence; a bad count or a renamed executable is explained", async ({
  page,
}) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/hoat-dong");
  await page.getByRole("link", { name: "Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân" }).click();
  await page.getByLabel("Số người tham gia").fill("10");
  await page.getByLabel("Số lượt tham gia").fill("8");
  await page.getByLabel(/Minh chứng/).fill("Bài viết trên trang thông tin của Sở");
  await page.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByText("Số lượt không ít hơn số người tham gia")).toBeVisible();
  await expect(page.getByLabel(/Minh chứng/)).toHaveValue("Bài viết trên trang thông tin của Sở");
  await page.getByLabel("Số lượt tham gia").fill("15");
  await page.getByRole("button", { name: "Lưu kết quả" }).click();
  await expect(page.getByText("Đã lưu kết quả tham gia.")).toBeVisible();

  // Evidence: a renamed executable is refused by its content; a PDF is stored and downloads back.
  const fileInput = page.getByLabel("Chọn tệp minh chứng");
  await fileInput.setInputFiles({
    name: "anh.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300)]),
  });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByText(/Chỉ nhận tệp PDF, ảnh/)).toBeVisible();
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  await fileInput.setInputFiles({ name: "Ảnh hoạt động.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Tải lên" }).click();
  const link = page.getByTestId("evidence-files").getByRole("link", { name: "Ảnh hoạt động.pdf" });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("Ảnh hoạt động.pdf");
  expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
});
