import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function loginAndWait(page: Page, email: string, path: RegExp, password = DEMO_PASSWORD) {
  await login(page, email, password);
  // Signing in hashes a password and starts a session: give a busy machine time.
  await expect(page).toHaveURL(path, { timeout: 15_000 });
  // The home page's buttons (the menu, sign-out) work once hydrated: a click before is lost. A
  // kept dashboard answers fast enough for a test to click while the scripts still load.
  await page.waitForLoadState("networkidle");
}

/** Goes to a page and waits until its forms are live (hydrated): typing before that can be lost, and a click would be a plain form post. */
export async function openPage(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

/** The id of the first member in the viewer's member list. */
export async function firstMemberId(page: Page): Promise<string> {
  await page.goto("/doan-vien");
  const href = await page.locator('tbody a[href^="/doan-vien/"]').first().getAttribute("href");
  return href!.split("/").pop()!;
}

/** dd/mm/yyyy, `days` from today in Vietnam. */
export function vnDate(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(d);
}

/** The smallest file a PDF reader (and a magic-byte check) accepts as a PDF. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
