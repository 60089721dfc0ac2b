// A member logs an idea and a training with its certificate; the chi đoàn secretary confirms
// both; the member then sees them locked on their record. And the yearly commitment.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { loginAndWait, PDF, vnDate } from "./helpers";

test("a member logs an idea and a training with a certificate, the secretary confirms them, the member sees them locked", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const idea = `Mẫu tờ khai điền sẵn cho người dân ${stamp}`;
  const course = `Tiếng Anh giao tiếp B1 ${stamp}`;
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);

  await page.getByRole("link", { name: "Ghi nhận ý tưởng" }).first().click();
  await page.waitForURL(/\/ghi-nhan\/moi/);
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Tên ý tưởng, sáng kiến").fill(idea);
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  // What is missing is said beside the field; what was typed stays.
  await expect(page.getByText(/Vui lòng nhập nội dung đề xuất/i)).toBeVisible();
  await expect(page.getByLabel("Tên ý tưởng, sáng kiến")).toHaveValue(idea);
  await page.getByLabel("Vấn đề đặt ra").fill("Người dân điền sai tờ khai, phải làm lại nhiều lần");
  await page.getByLabel("Nội dung đề xuất, giải pháp").fill("In sẵn mẫu tờ khai đã điền ví dụ tại bộ phận một cửa");
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Cải cách thủ tục hành chính" });
  await page.getByLabel("Ngày đề xuất").fill(vnDate(0));
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  await expect(page).toHaveURL(/\/ghi-nhan\/[0-9a-f-]{36}/);
  await expect(page.getByText("Chờ xác nhận").first()).toBeVisible();

  await page.goto("/ca-nhan");
  await page.getByRole("link", { name: "Ghi nhận học tập" }).first().click();
  await page.waitForURL(/\/ghi-nhan\/moi/);
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Tên khóa học, lớp").fill(course);
  await page.getByLabel("Loại học tập, bồi dưỡng").selectOption({ label: "Ngoại ngữ" });
  await page.getByLabel("Đơn vị tổ chức, đào tạo").fill("Trung tâm Ngoại ngữ Đại học Sài Gòn");
  await page.getByLabel("Ngày bắt đầu").fill(vnDate(-60));
  await page.getByLabel("Ngày kết thúc").fill(vnDate(-5));
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  await expect(page).toHaveURL(/\/ghi-nhan\/[0-9a-f-]{36}/);
  const trainingUrl = page.url().split("?")[0];
  await page
    .getByLabel("Chọn tệp minh chứng")
    .setInputFiles({ name: "Chứng chỉ B1.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByTestId("evidence-files").getByRole("link", { name: "Chứng chỉ B1.pdf" })).toBeVisible();

  // The chi đoàn secretary confirms the idea from the list and the training on its page.
  const secretary = await browser.newPage();
  await loginAndWait(secretary, "chidoan@demo.vn", /\/co-so$/);
  await secretary.goto("/ghi-nhan?status=SUBMITTED&q=" + encodeURIComponent(stamp));
  await secretary.getByRole("checkbox", { name: `Chọn “${idea}”` }).check();
  await secretary.getByRole("button", { name: /^Xác nhận/ }).click();
  await expect(secretary.getByRole("checkbox", { name: `Chọn “${idea}”` })).toHaveCount(0);
  await secretary.goto(trainingUrl);
  const [download] = await Promise.all([
    secretary.waitForEvent("download"),
    secretary.getByRole("link", { name: "Chứng chỉ B1.pdf" }).click(),
  ]);
  expect(readFileSync(await download.path()).equals(PDF)).toBe(true);
  await secretary.getByRole("button", { name: "Xác nhận" }).click();
  await expect(secretary.getByText("Đã xác nhận").first()).toBeVisible();

  // Back on the member's record: both are confirmed and locked, no longer editable.
  await page.goto("/ca-nhan");
  for (const title of [idea, course]) {
    const row = page.getByTestId("own-entry").filter({ hasText: title });
    await expect(row.getByText("Đã xác nhận")).toBeVisible();
    await expect(row.getByLabel("Đã khóa")).toBeVisible();
  }
  await page.goto(trainingUrl);
  await expect(page.getByRole("link", { name: "Sửa" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Tải lên" })).toHaveCount(0);
});
