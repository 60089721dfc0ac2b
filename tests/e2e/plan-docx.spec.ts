// Uploading a plan's Word file (issue 17, point 1): the server reads the .docx (its header table,
// numbering and indicator table) and the draft fills as from a paste; a PDF is told to be saved
// as .docx in Word, beside the file field.
import path from "node:path";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage, PDF } from "./helpers";

const TABLE_PLAN = path.join(__dirname, "..", "fixtures", "plans", "docx-table-2027.docx");

test("Khối staff upload a .docx plan and the draft fills; a PDF is refused beside the field", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await openPage(page, "/ke-hoach/moi");

  const upload = page.getByLabel("Hoặc tải lên tệp Word (.docx)");
  await upload.setInputFiles({ name: "x.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.locator("#plan-docx-error")).toContainText("Lưu thành .docx");
  await expect(upload).toHaveAttribute("aria-invalid", "true");

  await upload.setInputFiles(TABLE_PLAN);
  await expect(page.locator("#plan-docx-error")).toHaveCount(0);
  await expect(page.getByText(/^Đã điền \d+ mục và đề xuất \d+ chỉ tiêu/)).toBeVisible({ timeout: 20_000 });
  // The text read is in the paste box, the indicator table's rows a line each.
  await expect(page.getByLabel("Dán nội dung văn bản (không bắt buộc)")).toHaveValue(
    /1\tTổ chức tiểu phẩm tuyên truyền\t05\ttiểu phẩm\tCơ sở Đoàn\tQuý III/,
  );
  await expect(page.getByLabel("Số, ký hiệu", { exact: true })).toHaveValue("18-KH/ĐKDCĐ");
  await expect(page.getByLabel("Trích yếu (tên kế hoạch)")).toHaveValue(
    "Tuyên truyền cải cách hành chính trong đoàn viên, thanh niên năm 2027",
  );
  await expect(page.getByTestId("indicator-proposal").first()).toBeVisible();
});
