// Kiểm tra chuyên đề in the demo (issue 15, planning): canbo@ plans a round under this year's
// plan, puts Đoàn Sở Nội vụ on a day (a day outside the round is refused beside the field, and the
// day it takes clashes with the demo round's visit to Sở Tài chính, which canbo@ also leads) and a
// second cơ sở, adds an item to the checklist proposed from the plan and tells them; coso2@, on a
// phone, finds its visit (never the other's), the checklist and what to prepare, and coso@ (Sở
// Tài chính) does not see the round.
import type { Browser, Page } from "@playwright/test";
import mammoth from "mammoth";
import sharp from "sharp";
import { answerConfirmations, expect, test } from "./fixtures";
import { loginAndWait, openPage, PDF, vnDate } from "./helpers";

const ROUND = `Kiểm tra chuyên đề công tác cải cách hành chính ${Date.now()}`;
const ITEM = "Có biên bản sinh hoạt chi đoàn hằng tháng về “3 trách nhiệm”";

async function signedIn(browser: Browser, email: string, home: RegExp, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await answerConfirmations(page);
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
  await expect(other.getByRole("link", { name: /Kiểm tra chuyên đề việc thực hiện phong trào/ }).first()).toBeVisible();
});

/** The "Kết quả" cell of this year's plan's inspection indicator on the Khối dashboard's table. */
async function inspectedOnDashboard(page: Page) {
  await openPage(page, "/bang-dieu-khien");
  await page.getByText("Xem số liệu dạng bảng").first().click();
  const row = page.getByRole("row").filter({ hasText: /Kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở/ });
  return (await row.first().locator("td, th").allTextContents())[2];
}

test("canbo@ records a visit on a phone, item by item with a photo, and the dashboard counts the cơ sở", async ({ browser }) => {
  test.setTimeout(150_000);
  const desk = await signedIn(browser, "khoi@demo.vn", /\/khoi/);
  const before = await inspectedOnDashboard(desk);

  const phone = await signedIn(browser, "canbo@demo.vn", /\/khoi/, { width: 390, height: 844 });
  await openPage(phone, "/kiem-tra");
  await phone
    .getByRole("link", { name: /Kiểm tra chuyên đề việc thực hiện phong trào/ })
    .first()
    .click();
  await phone.waitForURL(/\/kiem-tra\/[0-9a-f-]{36}$/);
  await phone.getByRole("link", { name: "Đoàn Sở Nội vụ" }).click();
  await phone.waitForURL(/\/buoi\/[0-9a-f-]{36}$/);
  await phone.waitForLoadState("networkidle");
  await expect(phone.getByRole("heading", { name: "Kiểm tra tại Đoàn Sở Nội vụ" })).toBeVisible();
  // The portal's own data speaks first: Sở Nội vụ's plan, issued on the Khối's, is on the portal.
  await expect(phone.getByText(/Cổng gợi ý: Đạt – Cơ sở đã ban hành kế hoạch/).first()).toBeVisible();

  // Each item: the portal's suggestion is preselected where it has one; the rest are chosen.
  const forms = phone.locator("main form").filter({ has: phone.locator('input[type="radio"]') });
  const count = await forms.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    if (!(await form.locator('input[type="radio"]:checked').count())) await form.getByLabel("Đạt", { exact: true }).check();
    if (i === 0) await form.getByPlaceholder("Ghi chú (không bắt buộc)").fill("Kế hoạch có nhưng chưa đăng lên cổng");
    await form.getByRole("button", { name: "Lưu kết quả" }).click();
    await expect(form.getByText(/Đã lưu|Đã ghi:/).first()).toBeVisible();
  }

  // A photo from the phone's camera (noise: megabytes, as a real one): shrunk in the browser before
  // it is sent (at most 2048 px; the server alone would keep 2560), stored without its location.
  const noise = Buffer.alloc(3000 * 2000 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
  const photo = await sharp(noise, { raw: { width: 3000, height: 2000, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ exif: { IFD0: { Make: "Phone", Model: "Camera" } } })
    .toBuffer();
  expect((await sharp(photo).metadata()).exif).toBeTruthy();
  await phone
    .getByLabel("Chọn tệp minh chứng")
    .setInputFiles({ name: "buoi-kiem-tra.jpg", mimeType: "image/jpeg", buffer: photo });
  await phone.getByRole("button", { name: "Tải lên" }).click();
  const link = phone.getByRole("link", { name: "buoi-kiem-tra.jpg" });
  await expect(link).toBeVisible();
  const stored = await (await phone.request.get((await link.getAttribute("href"))!)).body();
  const meta = await sharp(stored).metadata();
  expect(photo.length).toBeGreaterThan(1_000_000);
  expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(2048);
  expect(meta.exif).toBeUndefined();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await phone.getByRole("button", { name: "Hoàn tất ghi nhận" }).click();
  await expect(phone.getByText("Đã kiểm tra").first()).toBeVisible();

  const after = await inspectedOnDashboard(desk);
  expect(Number(after.replace(/\D/g, ""))).toBe(Number(before.replace(/\D/g, "")) + 1);
});

/** The Khối dashboard's row of a cơ sở in "Kiến nghị sau kiểm tra chưa xong", as its cells' text. */
async function recommendationRow(page: Page, coSo: string) {
  await openPage(page, "/bang-dieu-khien");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Kiến nghị sau kiểm tra chưa xong" }) }).last();
  const row = card.getByRole("row").filter({ hasText: coSo });
  return (await row.count()) ? await row.first().locator("td").allTextContents() : null;
}

test("canbo@ issues the conclusion and its .docx; coso@ answers a recommendation, the Khối accepts it and the dashboards move", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // The visit recorded in the test before: Đoàn Sở Nội vụ, this year's demo round.
  const staff = await signedIn(browser, "canbo@demo.vn", /\/khoi/);
  await openPage(staff, "/kiem-tra");
  await staff
    .getByRole("link", { name: /Kiểm tra chuyên đề việc thực hiện phong trào/ })
    .first()
    .click();
  await staff.waitForURL(/\/kiem-tra\/[0-9a-f-]{36}$/);
  await staff.getByRole("link", { name: "Đoàn Sở Nội vụ" }).click();
  await staff.waitForURL(/\/buoi\/[0-9a-f-]{36}$/);
  await staff.waitForLoadState("networkidle");
  await staff.getByLabel("Số thông báo").fill("70-TB/ĐTN");
  await staff.getByLabel("Xếp loại").selectOption({ label: "Khá" });
  await staff.getByLabel("Ưu điểm").fill("Cơ sở chuẩn bị hồ sơ đầy đủ, đoàn viên tham gia tích cực.");
  await staff.getByLabel("Hạn chế, tồn tại").fill("Kế hoạch của cơ sở chưa đăng lên cổng.");
  await staff.getByRole("button", { name: "Thêm kiến nghị" }).click();
  await staff.getByLabel("Kiến nghị 1", { exact: true }).fill("Đăng kế hoạch thực hiện phong trào của cơ sở lên cổng");
  // No deadline: refused beside the field, nothing typed lost.
  await staff.getByRole("button", { name: "Ban hành thông báo kết luận" }).click();
  await expect(staff.getByText("Vui lòng nhập hạn thực hiện")).toBeVisible();
  await expect(staff.getByLabel("Kiến nghị 1", { exact: true })).toHaveValue(
    "Đăng kế hoạch thực hiện phong trào của cơ sở lên cổng",
  );
  await staff.getByLabel("Hạn thực hiện").fill(vnDate(30));
  await staff.getByRole("button", { name: "Ban hành thông báo kết luận" }).click();
  await expect(staff.getByRole("heading", { name: "Thông báo kết luận số 70-TB/ĐTN" })).toBeVisible();
  await expect(staff.getByText("Đã có kết luận").first()).toBeVisible();

  const download = staff.waitForEvent("download");
  await staff.getByRole("link", { name: "Tải thông báo kết luận (.docx)" }).click();
  const file = await (await download).path();
  const { value: text } = await mammoth.extractRawText({ path: file });
  expect(text).toContain("THÔNG BÁO KẾT LUẬN KIỂM TRA");
  expect(text).toContain("70-TB/ĐTN");
  expect(text).toContain("Đoàn Sở Nội vụ");
  expect(text).toContain("Đăng kế hoạch thực hiện phong trào của cơ sở lên cổng");
  expect(text).toContain(`Thời hạn: ${vnDate(30)}`);
  expect(text).toContain("Khá");

  // Last year's round: Sở Tài chính still owes one recommendation, overdue.
  expect(await recommendationRow(staff, "Đoàn Sở Tài chính")).toEqual(["Đoàn Sở Tài chính", "1", "1", "0"]);

  // coso@ (Sở Tài chính), on a phone, from its dashboard to the recommendation, answers it.
  const coSo = await signedIn(browser, "coso@demo.vn", /\/co-so/, { width: 390, height: 844 });
  await openPage(coSo, "/bang-dieu-khien");
  await coSo.getByRole("link", { name: /kiến nghị sau kiểm tra cần khắc phục \(1 quá hạn\)/ }).click();
  await coSo.waitForURL(/\/kiem-tra\/kien-nghi/);
  await coSo.getByRole("link", { name: /Tổ chức sơ kết việc thực hiện phong trào tại cơ sở/ }).click();
  await coSo.waitForURL(/\/buoi\/[0-9a-f-]{36}$/);
  await coSo.waitForLoadState("networkidle");
  await expect(coSo.getByRole("heading", { name: "Thông báo kết luận số 78-TB/ĐTN" })).toBeVisible();
  await expect(coSo.getByText("Quá hạn").first()).toBeVisible();
  // The proof first (the sơ kết's minutes), then the report.
  await coSo
    .getByLabel("Chọn tệp minh chứng")
    .setInputFiles({ name: "bien-ban-so-ket.pdf", mimeType: "application/pdf", buffer: PDF });
  await coSo.getByRole("button", { name: "Tải lên" }).click();
  await expect(coSo.getByRole("link", { name: "bien-ban-so-ket.pdf" })).toBeVisible();
  await coSo.getByLabel("Kết quả khắc phục").fill("Đã tổ chức sơ kết ngày 20/11, báo cáo gửi kèm.");
  await coSo.getByRole("button", { name: "Gửi phản hồi" }).click();
  await expect(coSo.getByText("Cơ sở báo cáo: Đã tổ chức sơ kết ngày 20/11, báo cáo gửi kèm.")).toBeVisible();
  await expect(coSo.getByRole("button", { name: "Gửi phản hồi" })).toHaveCount(0);
  expect(await coSo.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  expect(await recommendationRow(staff, "Đoàn Sở Tài chính")).toEqual(["Đoàn Sở Tài chính", "0", "0", "1"]);

  // The Khối accepts it: the dashboards let it go.
  await openPage(staff, "/kiem-tra/kien-nghi?xem=awaiting");
  await staff.getByRole("link", { name: /Tổ chức sơ kết việc thực hiện phong trào tại cơ sở/ }).click();
  await staff.waitForURL(/\/buoi\/[0-9a-f-]{36}$/);
  await staff.waitForLoadState("networkidle");
  await expect(staff.getByRole("link", { name: "bien-ban-so-ket.pdf" })).toBeVisible();
  await staff.getByRole("button", { name: "Ghi ý kiến của Khối" }).click();
  // Saved when the review form is gone (the radio "Chấp nhận đã khắc phục" reads the same words before).
  await expect(staff.getByRole("button", { name: "Ghi ý kiến của Khối" })).toHaveCount(0);
  expect(await recommendationRow(staff, "Đoàn Sở Tài chính")).toBeNull();
  await openPage(coSo, "/bang-dieu-khien");
  await expect(coSo.getByText(/kiến nghị sau kiểm tra cần khắc phục/)).toHaveCount(0);

  // Sở Kế hoạch và Đầu tư's report is not enough: asked for more, by a new deadline (typed as dd/mm/yyyy).
  await openPage(staff, "/kiem-tra/kien-nghi?xem=awaiting");
  await staff.getByRole("link", { name: /Bổ sung minh chứng các phần việc thanh niên/ }).click();
  await staff.waitForURL(/\/buoi\/[0-9a-f-]{36}$/);
  await staff.waitForLoadState("networkidle");
  await staff.getByLabel("Yêu cầu tiếp tục khắc phục").check();
  await staff.getByLabel("Lý do yêu cầu tiếp tục").fill("Thiếu biên bản nghiệm thu phần việc thứ ba");
  await staff.getByLabel("Hạn mới (nếu gia hạn)").fill(vnDate(20));
  await staff.getByRole("button", { name: "Ghi ý kiến của Khối" }).click();
  await expect(staff.getByText("Ý kiến của Khối: Thiếu biên bản nghiệm thu phần việc thứ ba")).toBeVisible();
  await expect(staff.getByText(`Hạn ${vnDate(20)}`)).toBeVisible();
  await expect(staff.getByText("Yêu cầu tiếp tục khắc phục").first()).toBeVisible();
});
