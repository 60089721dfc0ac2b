import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

export async function loginAndWait(page: Page, email: string, path: RegExp) {
  await login(page, email);
  await expect(page).toHaveURL(path);
}

/** The id of the first member in the viewer's member list. */
export async function firstMemberId(page: Page): Promise<string> {
  await page.goto("/doan-vien");
  const href = await page.locator('tbody a[href^="/doan-vien/"]').first().getAttribute("href");
  return href!.split("/").pop()!;
}
