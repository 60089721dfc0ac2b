// Quên mật khẩu on the running demo: the member asks for a link, the e-mail arrives at the test
// SMTP server (tests/e2e/smtp-sink.ts), its link sets a new password, the old one stops working
// and the new one signs in. The test then sets the demo password back the same way.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, login, loginAndWait } from "./helpers";
import { MAIL_DIR } from "./smtp-sink";

const EMAIL = "doanvien@demo.vn";
const NEW_PASSWORD = "một cụm từ dài để nhớ 2026";

/** The reset link of the newest e-mail to the address that arrived after `seen` files. */
async function linkFromMail(to: string, seen: number): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    for (const file of readdirSync(MAIL_DIR).sort().slice(seen).reverse()) {
      const mail = await simpleParser(readFileSync(path.join(MAIL_DIR, file)));
      const address = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      const link = mail.text?.match(/https?:\/\/\S+\/dat-lai-mat-khau\?token=[A-Za-z0-9_-]+/)?.[0];
      if (address?.text === to && link) return link;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no reset e-mail to ${to}`);
}

async function resetThroughMail(page: Page, password: string) {
  const seen = readdirSync(MAIL_DIR).length;
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await page.waitForURL(/\/quen-mat-khau$/);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email đăng nhập").fill(EMAIL);
  await page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }).click();
  await expect(page.getByText(/một thư hướng dẫn đặt lại mật khẩu vừa được gửi tới/)).toBeVisible();
  const link = await linkFromMail(EMAIL, seen);
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  await page.goto(link);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(password);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(password);
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await page.waitForURL(/\/dang-nhap\?matKhauMoi=1$/);
  // The link worked once: opened again, it says so.
  await page.goto(link);
  await expect(page.getByText("Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng.")).toBeVisible();
}

test("a member who forgot the password sets a new one through the e-mail, and the old one stops working", async ({ page }) => {
  test.setTimeout(120_000);
  await resetThroughMail(page, NEW_PASSWORD);
  await login(page, EMAIL, DEMO_PASSWORD);
  await expect(page.getByRole("alert")).toBeVisible();
  await loginAndWait(page, EMAIL, /\/ca-nhan/, NEW_PASSWORD);

  // Back to the demo password, the same way (the other tests sign in with it).
  await page.context().clearCookies();
  await resetThroughMail(page, DEMO_PASSWORD);
  await loginAndWait(page, EMAIL, /\/ca-nhan/);
});
