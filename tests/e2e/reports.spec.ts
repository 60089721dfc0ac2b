// A reporting round from start to finish: the Khối opens a period, two cơ sở submit (an empty
// report is refused first; the second after the deadline has passed, so late), the first takes
// its report back and sends it again, the Khối returns one with a reason and the cơ sở sends it
// again, the Khối accepts both (no more taking back), writes its compiled report and exports it
// as Word.
import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import type { Page } from "@playwright/test";
import { answerConfirmations, expect, test } from "./fixtures";
import { loginAndWait, openPage as open, vnDate } from "./helpers";

const stamp = Date.now().toString(36);
const title = `Báo cáo đột xuất quý III ${stamp}`;

/**
 * Opens the cơ sở's report, tries to send it empty (refused, each missing part named beside its
 * box: issue 16), then writes every pillar and typed figure, saves and sends it.
 */
async function writeAndSubmit(page: Page, periodUrl: string, narrative: string) {
  await open(page, periodUrl);
  await page.getByRole("button", { name: "Viết báo cáo" }).click();
  await expect(page).toHaveURL(/\/don-vi\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText(/^Báo cáo chưa đủ nội dung để gửi/)).toBeVisible();
  await expect(page.locator("#narrative-0-error")).toContainText("Vui lòng viết kết quả thực hiện");
  const narratives = page.locator('textarea[id^="narrative-"]');
  for (let i = 0; i < (await narratives.count()); i++)
    await narratives.nth(i).fill(i === 0 ? narrative : `${narrative} (${i + 1})`);
  const figures = page.locator('input[id^="value-"]');
  for (let i = 0; i < (await figures.count()); i++) await figures.nth(i).fill("0");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu bản nháp.")).toBeVisible();
  await page.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(page.getByText("Chờ duyệt").first()).toBeVisible();
  return page.url();
}

test("a period is opened, two cơ sở submit (one late), one is returned and resubmitted, the Khối accepts and exports Word", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The Khối opens the period; a deadline before the period starts is refused beside the field.
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await open(page, "/bao-cao/moi");
  await page.getByLabel("Loại báo cáo").selectOption({ label: "Đột xuất" });
  await page.getByLabel("Tên đợt báo cáo").fill(title);
  await page.getByLabel("Từ tháng").selectOption("7");
  await page.getByLabel("Đến tháng").selectOption("9");
  const year = new Date().getFullYear();
  await page.getByLabel("Hạn nộp").fill(`01/01/${year}`);
  await page.getByRole("button", { name: "Mở đợt báo cáo" }).click();
  await expect(page.getByText("Hạn nộp không được trước ngày bắt đầu của kỳ báo cáo")).toBeVisible();
  await expect(page.getByLabel("Tên đợt báo cáo")).toHaveValue(title);
  await page.getByLabel("Hạn nộp").fill(vnDate(7));
  await page.getByRole("button", { name: "Mở đợt báo cáo" }).click();
  await expect(page).toHaveURL(/\/bao-cao\/[0-9a-f-]{36}$/);
  const periodUrl = page.url();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  // The first cơ sở hears of it and submits on time.
  const first = await browser.newPage();
  await answerConfirmations(first);
  await loginAndWait(first, "coso@demo.vn", /\/co-so$/);
  await open(first, "/thong-bao");
  await expect(first.getByText(`Đợt báo cáo mới: ${title}`)).toBeVisible();
  const firstReport = await writeAndSubmit(first, periodUrl, "Tổ chức 3 buổi sinh hoạt chuyên đề về cải cách hành chính.");
  await expect(first.getByText("Trễ hạn")).toHaveCount(0);
  // Before the Khối acts it may take it back (rút lại) to draft, and send it again.
  await first.getByRole("button", { name: "Rút lại báo cáo" }).click();
  // A draft again: the form is back.
  await expect(first.getByRole("button", { name: "Gửi báo cáo" })).toBeVisible();
  await first.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(first.getByText("Chờ duyệt").first()).toBeVisible();
  await expect(first.getByRole("button", { name: "Rút lại báo cáo" })).toBeVisible();

  // The deadline passes (the Khối moves it to yesterday); the second cơ sở submits late.
  await open(page, `${periodUrl}/sua`);
  await page.getByLabel("Hạn nộp").fill(vnDate(-1));
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page).toHaveURL(periodUrl);
  const second = await browser.newPage();
  await answerConfirmations(second);
  await loginAndWait(second, "coso2@demo.vn", /\/co-so$/);
  await writeAndSubmit(second, periodUrl, "Ra mắt mô hình “Ngày thứ 7 tình nguyện” tại bộ phận một cửa.");
  await expect(second.getByText("Trễ hạn").first()).toBeVisible();

  // The follow-up screen shows both sent, the second late.
  await page.reload();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Đoàn Sở Nội vụ" }).getByText("Trễ hạn")).toBeVisible();
  await expect(rows.filter({ hasText: "Đoàn Sở Tài chính" }).getByText("Chờ duyệt")).toBeVisible();

  // The Khối returns the first with a reason (required), the cơ sở edits and sends it again.
  await open(page, firstReport);
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Vui lòng nhập lý do trả lại")).toBeVisible();
  await page.getByLabel("Ý kiến của Đoàn Khối").fill("Bổ sung số lượt đoàn viên tham gia");
  await page.getByRole("button", { name: "Trả lại" }).click();
  await expect(page.getByText("Đã trả lại báo cáo để cơ sở sửa.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Đoàn Sở Tài chính" }).getByText("Đã trả lại")).toBeVisible();
  // The Khối does not read the report again until it is sent again.
  await open(page, firstReport);
  await expect(page.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  await open(first, firstReport);
  await expect(first.getByText("Lý do trả lại: “Bổ sung số lượt đoàn viên tham gia”")).toBeVisible();
  await first
    .locator("#narrative-0")
    .fill("Tổ chức 3 buổi sinh hoạt chuyên đề về cải cách hành chính, 120 lượt đoàn viên tham gia.");
  await first.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(first.getByText("Chờ duyệt").first()).toBeVisible();

  // The Khối accepts both; an accepted report is locked.
  await open(page, firstReport);
  await page.getByRole("button", { name: "Duyệt báo cáo" }).click();
  await expect(page.getByText(/đã được duyệt và khóa/)).toBeVisible();
  await open(page, periodUrl);
  await page.getByRole("row").filter({ hasText: "Đoàn Sở Nội vụ" }).getByRole("link", { name: "Xem" }).click();
  await page.getByRole("button", { name: "Duyệt báo cáo" }).click();
  await expect(page.getByText(/đã được duyệt và khóa/)).toBeVisible();
  await first.reload();
  await expect(first.getByText(/đã được duyệt và khóa/)).toBeVisible();
  await expect(first.getByRole("button", { name: "Gửi báo cáo" })).toHaveCount(0);
  await expect(first.getByRole("button", { name: "Rút lại báo cáo" })).toHaveCount(0);

  // The Khối writes its compiled report and exports it as Word.
  await open(page, periodUrl);
  await expect(page.getByRole("row").filter({ hasText: "Đoàn Sở Tài chính" }).getByText("Đã duyệt")).toBeVisible();
  await page.getByRole("button", { name: "Soạn báo cáo tổng hợp" }).click();
  await expect(page).toHaveURL(/\/don-vi\/[0-9a-f-]{36}$/);
  await page.getByLabel("Ưu điểm").fill("Các cơ sở chủ động, báo cáo đúng nội dung.");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByText("Đã lưu bản nháp.")).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Word" }).click();
  const file = await (await download).path();
  const { value: text } = await mammoth.extractRawText({ buffer: readFileSync(file) });
  expect(text).toContain("BÁO CÁO");
  expect(text).toContain("Các cơ sở chủ động, báo cáo đúng nội dung.");
  expect(text).toContain("Đoàn Sở Nội vụ");
  expect(text).toContain("Nơi nhận");
});
