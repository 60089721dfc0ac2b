// A youth project from registration to completion: the cơ sở registers it under the Khối plan,
// the Khối returns it with a reason, the cơ sở resubmits, the Khối approves, and the cơ sở
// reports completion with an evidence file; each step shows on the project's timeline.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { loginAndWait, PDF as pdf, vnDate } from "./helpers";

test("a cơ sở registers a project, the Khối returns then approves it, the cơ sở completes it with evidence", async ({
  page,
  browser,
}) => {
  const name = `Số hóa hồ sơ một cửa ${Date.now().toString(36)}`;
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/cong-trinh");
  await page.getByRole("link", { name: "Đăng ký công trình" }).click();
  await expect(page).toHaveURL(/\/cong-trinh\/moi/);
  // Typing before the form is live can be lost.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Chuyển đổi số, ứng dụng CNTT" });
  await page.getByLabel("Tên công trình").fill(name);
  await page.getByLabel("Mục tiêu").fill("100% hồ sơ một cửa được số hóa trong năm");
  await page.getByLabel("Ngày bắt đầu").fill("31/02/2026");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  // A bad date is explained beside the field, and what was typed stays.
  await expect(page.getByText(/Ngày bắt đầu không hợp lệ/)).toBeVisible();
  await expect(page.getByLabel("Tên công trình")).toHaveValue(name);
  await page.getByLabel("Ngày bắt đầu").fill(vnDate(0));
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await expect(page).toHaveURL(/\/cong-trinh\/[0-9a-f-]{36}$/);
  const projectUrl = page.url();
  await expect(page.getByText("Chờ duyệt").first()).toBeVisible();

  // The Khối returns it with a reason, then approves the resubmitted registration.
  const khoi = await browser.newPage();
  await loginAndWait(khoi, "khoi@demo.vn", /\/khoi$/);
  await khoi.goto("/cong-trinh?status=PENDING");
  await khoi.getByRole("link", { name }).click();
  await khoi.getByRole("button", { name: "Trả lại" }).click();
  await expect(khoi.getByText(/Vui lòng nêu lý do trả lại|nêu rõ|lý do/).first()).toBeVisible();
  await khoi.getByLabel("Ý kiến của Đoàn Khối").fill("Bổ sung giá trị dự kiến");
  await khoi.getByRole("button", { name: "Trả lại" }).click();
  await expect(khoi.getByText("Đã trả lại").first()).toBeVisible();

  await page.reload();
  await expect(page.getByText("Bổ sung giá trị dự kiến").first()).toBeVisible();
  await page.getByRole("link", { name: "Sửa và gửi lại" }).click();
  await page.getByLabel("Giá trị dự kiến").fill("Rút ngắn thời gian giải quyết hồ sơ còn 3 ngày");
  await page.getByRole("button", { name: "Lưu và gửi lại để duyệt" }).click();
  await expect(page).toHaveURL(projectUrl);
  await expect(page.getByText("Chờ duyệt").first()).toBeVisible();

  await khoi.goto(projectUrl);
  await khoi.getByRole("button", { name: "Duyệt" }).click();
  await expect(khoi.getByText("Đang thực hiện").first()).toBeVisible();

  // The cơ sở posts progress, attaches evidence and reports completion.
  await page.reload();
  await page.getByLabel("Nội dung cập nhật").fill("Đã số hóa 60% hồ sơ");
  await page.getByLabel("Tiến độ (%)").fill("60");
  await page.getByRole("button", { name: "Gửi cập nhật" }).click();
  await expect(page.getByText("Đã số hóa 60% hồ sơ")).toBeVisible();
  await page
    .getByLabel("Chọn tệp minh chứng")
    .setInputFiles({ name: "Kết quả số hóa.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Tải lên" }).click();
  const link = page.getByTestId("evidence-files").getByRole("link", { name: "Kết quả số hóa.pdf" });
  await expect(link).toBeVisible();
  await page.getByLabel("Kết quả thực hiện").fill("Số hóa 1.250 hồ sơ, thời gian giải quyết còn 3 ngày");
  await page.getByLabel("Số người hưởng lợi").fill("1250");
  await page.getByRole("button", { name: "Gửi báo cáo hoàn thành" }).click();
  await expect(page.getByText("Hoàn thành, chờ ghi nhận").first()).toBeVisible();

  // The Khối sees the report and the file, and the whole timeline.
  await khoi.goto(projectUrl);
  await expect(khoi.getByText("Số hóa 1.250 hồ sơ, thời gian giải quyết còn 3 ngày")).toBeVisible();
  const [download] = await Promise.all([
    khoi.waitForEvent("download"),
    khoi.getByRole("link", { name: "Kết quả số hóa.pdf" }).click(),
  ]);
  expect(readFileSync(await download.path()).equals(pdf)).toBe(true);
  const timeline = khoi.getByRole("list", { name: "Lịch sử trạng thái" });
  for (const step of [
    "Chờ duyệt → Đã trả lại",
    "Đã trả lại → Chờ duyệt",
    "Chờ duyệt → Đang thực hiện",
    "Đang thực hiện → Hoàn thành, chờ ghi nhận",
  ]) {
    await expect(timeline.getByText(step)).toBeVisible();
  }
  await khoi.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(khoi.getByText("Đã ghi nhận").first()).toBeVisible();
});
