// Nhắc hạn and e-mail on the running demo: Khối staff set the days before each kind of deadline
// (a bad value refused beside the field, what was typed kept), press "Nhắc ngay" on an activity's
// registration deadline; the reminder e-mail reaches the test SMTP server; its unsubscribe link,
// opened signed out, turns off that one kind; its owner sees it in Cài đặt thông báo and turns it
// back on.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { expect, test } from "./fixtures";
import { login, loginAndWait, openPage, vnDate } from "./helpers";
import { MAIL_DIR } from "./smtp-sink";

/** The first reminder after `seen` files to a demo account, with its address and unsubscribe link. */
async function reminderMail(seen: number) {
  for (let waited = 0; waited < 45_000; waited += 500) {
    for (const file of readdirSync(MAIL_DIR).sort().slice(seen)) {
      const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
      const link = mail.text?.match(/https?:\/\/\S+\/huy-nhan-thu\?t=\S+/)?.[0];
      const to = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text;
      // A demo account's: members.spec makes a secretary with a password of its own.
      if (link && to?.endsWith("@demo.vn") && /đến hạn đăng ký tham gia/.test(mail.subject ?? "")) return { to, link, mail };
    }
    // The server delivers the outbox every 30 s.
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("no reminder e-mail arrived");
}

test("Khối staff set the reminder days and remind now; the e-mail's link unsubscribes that kind, signed out", async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/khoi/nhac-han");
  await expect(page.getByRole("heading", { name: "Nhắc hạn", level: 1 })).toBeVisible();

  const reportDays = page.getByLabel("Hạn nộp báo cáo (sơ kết, tổng kết)");
  await reportDays.fill("7, ba");
  await page.getByRole("button", { name: "Lưu lịch nhắc" }).click();
  await expect(page.getByText("Mỗi mốc là số ngày từ 0 đến 60, cách nhau bởi dấu phẩy")).toBeVisible();
  await expect(reportDays).toHaveValue("7, ba");
  await reportDays.fill("10, 3, 1");
  await page.getByRole("button", { name: "Lưu lịch nhắc" }).click();
  await expect(page.getByText("Đã lưu lịch nhắc hạn")).toBeVisible();
  await page.reload();
  await expect(reportDays).toHaveValue("10, 3, 1");

  // The demo's activities take registrations for 10–18 more days: remind the cơ sở not registered.
  const seen = readdirSync(MAIL_DIR).length;
  // (Not the demo's training, due within the week: the scheduler may already have reminded today.)
  const row = page.getByRole("row").filter({ hasText: "“Giờ thứ 9” tháng cao điểm" });
  await row.getByRole("button", { name: /^Nhắc ngay/ }).click();
  await expect(row.getByRole("status")).toContainText(/Đã nhắc \d+ cơ sở/);
  await expect(page.getByRole("cell", { name: "Nhắc ngay" }).first()).toBeVisible();

  const { to, link, mail } = await reminderMail(seen);
  expect(mail.text).toContain("Kính gửi đồng chí");
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);

  // Signed out, as a mail client opens it: the page asks first, then turns off that one kind.
  const signedOut = await browser.newContext();
  const unsubscribe = await signedOut.newPage();
  await unsubscribe.goto(link);
  await expect(unsubscribe.getByRole("heading", { name: "Hủy nhận thư" })).toBeVisible();
  await expect(unsubscribe.getByText(/Sắp đến hạn/)).toBeVisible();
  await unsubscribe.getByRole("button", { name: "Hủy nhận thư này" }).click();
  await expect(unsubscribe.getByRole("status")).toContainText("Đã hủy");
  await signedOut.close();

  // Its owner sees the choice and turns it back on; the other kinds were left as they were.
  await page.context().clearCookies();
  await login(page, to);
  await expect(page).not.toHaveURL(/dang-nhap/, { timeout: 15_000 });
  await openPage(page, "/thong-bao");
  await page.getByRole("link", { name: "Cài đặt nhận thư" }).click();
  await expect(page.getByRole("heading", { name: "Cài đặt thông báo" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const deadline = page.getByRole("group", { name: /^Sắp đến hạn/ });
  await expect(deadline.getByLabel("Không gửi thư")).toBeChecked();
  await expect(page.getByRole("group", { name: /^Đã quá hạn/ }).getByLabel("Gửi thư ngay")).toBeChecked();
  await deadline.getByLabel("Gửi thư ngay").check();
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByText("Đã lưu cài đặt thông báo")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: /^Sắp đến hạn/ }).getByLabel("Gửi thư ngay")).toBeChecked();
});

test("a secretary who turns a kind off gets the notice but no e-mail of it, while the others do", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const secretary = await (await browser.newContext()).newPage();
  await loginAndWait(secretary, "coso2@demo.vn", /\/co-so/);
  await openPage(secretary, "/thong-bao/cai-dat");
  const opened = secretary.getByRole("group", { name: /^Kế hoạch ban hành, đợt báo cáo, đợt xét chọn mở/ });
  await opened.getByLabel("Không gửi thư").check();
  await secretary.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(secretary.getByText("Đã lưu cài đặt thông báo")).toBeVisible();

  // The Khối opens a period: every cơ sở secretary is told.
  const title = `Báo cáo đột xuất thử thư ${Date.now()}`;
  const seen = readdirSync(MAIL_DIR).length;
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/bao-cao/moi");
  await page.getByLabel("Loại báo cáo").selectOption({ label: "Đột xuất" });
  await page.getByLabel("Tên đợt báo cáo").fill(title);
  await page.getByLabel("Từ tháng").selectOption("7");
  await page.getByLabel("Đến tháng").selectOption("9");
  await page.getByLabel("Hạn nộp").fill(vnDate(20));
  await page.getByRole("button", { name: "Mở đợt báo cáo" }).click();
  await expect(page).toHaveURL(/\/bao-cao\/[0-9a-f-]{36}$/);

  // coso@ receives it (the same transaction queued everyone's); coso2@ does not, but sees the notice.
  const recipients = async () => {
    const to: string[] = [];
    for (const file of readdirSync(MAIL_DIR).sort().slice(seen)) {
      const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
      if (mail.subject === `Đợt báo cáo mới: ${title}`) to.push((Array.isArray(mail.to) ? mail.to[0] : mail.to)!.text);
    }
    return to;
  };
  await expect.poll(recipients, { timeout: 45_000, intervals: [500] }).toContain("coso@demo.vn");
  expect(await recipients()).not.toContain("coso2@demo.vn");
  await openPage(secretary, "/thong-bao");
  await expect(secretary.getByTestId("notification").filter({ hasText: title })).toHaveCount(1);

  // Back as it was.
  await openPage(secretary, "/thong-bao/cai-dat");
  await secretary
    .getByRole("group", { name: /^Kế hoạch ban hành, đợt báo cáo, đợt xét chọn mở/ })
    .getByLabel("Gửi thư ngay")
    .check();
  await secretary.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(secretary.getByText("Đã lưu cài đặt thông báo")).toBeVisible();
});
