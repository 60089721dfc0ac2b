// Every page each demo person reaches, opened on a phone (390 px): it answers, it has a heading,
// nothing spills sideways (wide tables scroll inside their own box), and the browser logs no
// error. Pages are found as a person finds them: the menu, then the first records and the
// "new" forms each list links to.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAndWait } from "./helpers";

const PEOPLE: [string, RegExp][] = [
  ["thanhdoan@demo.vn", /\/thanh-doan/],
  ["thanhdoan.canbo@demo.vn", /\/thanh-doan/],
  ["khoi@demo.vn", /\/khoi/],
  ["canbo@demo.vn", /\/khoi/],
  ["coso@demo.vn", /\/co-so/],
  ["chidoan@demo.vn", /\/co-so/],
  ["doanvien@demo.vn", /\/ca-nhan/],
];
const PHONE = { width: 390, height: 844 };
/** Links that download a file or end the session rather than open a page (besides those marked `download`). */
const NOT_A_PAGE = /\/(xuat|tai|mau|tep|word|excel|dang-xuat)|\.(xlsx|docx|pdf)$|\/api\//;

async function sameSiteLinks(page: Page, scope: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} a[href^="/"]:not([download])`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs.map((h) => h.split("#")[0]).filter((h) => h && !NOT_A_PAGE.test(h)))];
}

/** Opens a page and checks what a phone user would see first. */
async function checkOnPhone(page: Page, url: string, errors: string[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  // Dashboards stream their sections in and draw charts after hydration: measure the settled page.
  await page.waitForLoadState("networkidle");
  await expect(page.locator("h1").first(), url).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${url} spills sideways`).toBeLessThanOrEqual(PHONE.width);
  expect(errors, url).toEqual([]);
}

for (const [email, home] of PEOPLE) {
  test(`every page ${email} reaches works at 390 px`, async ({ page }) => {
    test.setTimeout(240_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.setViewportSize(PHONE);
    await loginAndWait(page, email, home);

    const menu = await sameSiteLinks(page, 'nav[aria-label="Điều hướng chính"]');
    expect(menu.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const url of [...menu, "/thong-bao", "/doi-mat-khau"]) {
      if (seen.has(url)) continue;
      seen.add(url);
      await checkOnPhone(page, url, errors);
      // One record and one "new" form below this list, when it has them.
      const below = (await sameSiteLinks(page, "main")).filter((h) => h.startsWith(`${url}/`) && !seen.has(h));
      const form = below.find((h) => /\/(moi|mo-dot|dang-ky)$/.test(h));
      const record = below.find((h) => h !== form && !/\/(moi|mo-dot|dang-ky)$/.test(h));
      for (const next of [form, record]) {
        if (!next) continue;
        seen.add(next);
        await checkOnPhone(page, next, errors);
      }
    }
  });
}
