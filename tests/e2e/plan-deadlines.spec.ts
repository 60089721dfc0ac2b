// Deadlines read from a pasted plan (issue 17, point 5): the Khối sees the proposed cơ sở-plan due
// date and two report periods, takes them, saves, publishes (one confirmation naming the periods),
// and the report periods page lists both with their dd/mm/yyyy deadlines. The section works at 390 px.
import { expect, test } from "./fixtures";
import { loginAndWait } from "./helpers";

// A year the demo has no plan for: nothing asks about a second plan of the same year.
const YEAR = 2031;
const TAG = `e2e-${Date.now().toString(36)}`;

const PLAN_TEXT = [
  "ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
  "Số: 88-KH/ĐTN",
  "KẾ HOẠCH",
  `Thực hiện phong trào “3 trách nhiệm” năm ${YEAR} (${TAG})`,
  "-----",
  "I. CHỈ TIÊU",
  "- Đề xuất ít nhất 100 ý tưởng, sáng kiến.",
  "II. TỔ CHỨC THỰC HIỆN",
  "- Tổ chức các hoạt động kỷ niệm ngày 26/3.",
  "- Các cơ sở Đoàn xây dựng kế hoạch thực hiện, gửi về Đoàn Khối trước ngày 31/3.",
  "- Các cơ sở Đoàn gửi báo cáo sơ kết 6 tháng trước ngày 15/6.",
  "- Báo cáo tổng kết năm trước ngày 15/11.",
].join("\n");

test("the Khối takes the deadlines read from its plan and publishing opens the report periods", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.goto("/ke-hoach/moi");
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Dán nội dung văn bản (không bắt buộc)").fill(PLAN_TEXT);
  await page.getByRole("button", { name: "Điền từ văn bản" }).click();
  await expect(page.getByLabel("Năm bắt đầu")).toHaveValue(String(YEAR));

  // Proposed, not yet taken: the due date with its sentence, two unticked periods with theirs.
  const due = page.getByTestId("due-proposal");
  await expect(due).toContainText(`31/03/${YEAR}`);
  await expect(due.locator("mark")).toHaveText("ngày 31/3");
  await expect(page.getByLabel("Hạn cơ sở gửi kế hoạch")).toHaveValue("");
  const rows = page.getByTestId("schedule-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("sơ kết 6 tháng trước ngày 15/6");
  await expect(rows.nth(1)).toContainText("tổng kết năm trước ngày 15/11");
  await expect(page.locator("#schedule-0-due")).toHaveValue(`15/06/${YEAR}`);
  await expect(page.locator("#schedule-1-due")).toHaveValue(`15/11/${YEAR}`);
  for (const box of await page.getByLabel("Mở kỳ này").all()) await expect(box).not.toBeChecked();

  // At phone width the section is usable: its fields fit the screen and can be used.
  await page.setViewportSize({ width: 390, height: 844 });
  await due.getByRole("button", { name: "Dùng hạn này" }).click();
  await expect(page.getByLabel("Hạn cơ sở gửi kế hoạch")).toHaveValue(`31/03/${YEAR}`);
  for (const id of ["#coSoPlanDueOn", "#schedule-0-title", "#schedule-0-due", "#schedule-1-due"]) {
    const box = (await page.locator(id).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await page.getByLabel("Mở kỳ này").nth(0).check();
  await page.getByLabel("Mở kỳ này").nth(1).check();
  await page.locator("#schedule-0-title").fill(`Sơ kết 6 tháng đầu năm ${YEAR} (${TAG})`);
  await page.locator("#schedule-1-title").fill(`Tổng kết năm ${YEAR} (${TAG})`);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The label's text starts with a space after the box: matched as a string (normalised), not a regex.
  await page.getByLabel("Xác nhận chỉ tiêu 1").check();
  await page.getByRole("button", { name: "Lưu bản nháp" }).click();
  await expect(page.getByText("Đã lưu.")).toBeVisible();
  await expect(page.getByTestId("co-so-plan-due")).toHaveText(`Hạn gửi kế hoạch về Đoàn Khối: 31/03/${YEAR}`);

  // One confirmation says which periods open.
  await page.removeLocatorHandler(page.locator("dialog[open]"));
  await page.getByRole("button", { name: "Ban hành" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận" });
  await expect(dialog).toContainText("Khi ban hành sẽ mở 2 kỳ báo cáo:");
  await expect(dialog).toContainText(`(hạn nộp 15/06/${YEAR})`);
  await expect(page.locator("dialog[open]")).toHaveCount(1);
  await dialog.getByRole("button").last().click();
  await expect(page.getByText("Đã ban hành", { exact: true }).first()).toBeVisible();

  await page.goto("/bao-cao");
  const six = page.getByRole("row").filter({ hasText: `Sơ kết 6 tháng đầu năm ${YEAR} (${TAG})` });
  const annual = page.getByRole("row").filter({ hasText: `Tổng kết năm ${YEAR} (${TAG})` });
  await expect(six).toContainText(`15/06/${YEAR}`);
  await expect(annual).toContainText(`15/11/${YEAR}`);
});
