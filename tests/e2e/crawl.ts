// Every page a demo person reaches, found as a person finds them: the menu, the notices and the
// password page, then below each list its first "new" form and its first record. Shared by the
// phone check and the accessibility check so both walk the same pages.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export const PEOPLE: [string, RegExp][] = [
  ["thanhdoan@demo.vn", /\/thanh-doan/],
  ["thanhdoan.canbo@demo.vn", /\/thanh-doan/],
  ["khoi@demo.vn", /\/khoi/],
  ["canbo@demo.vn", /\/khoi/],
  ["coso@demo.vn", /\/co-so/],
  ["chidoan@demo.vn", /\/co-so/],
  ["doanvien@demo.vn", /\/ca-nhan/],
  ["giaidap@demo.vn", /\/hoi-dap/],
];

/** Links that download a file or end the session rather than open a page (besides those marked `download`). */
const NOT_A_PAGE = /\/(xuat|tai|mau|tep|word|excel|dang-xuat)|\.(xlsx|docx|pdf)$|\/api\//;
const NEW_FORM = /\/(moi|mo-dot|dang-ky)$/;

export async function sameSiteLinks(page: Page, scope: string): Promise<string[]> {
  const hrefs = await page
    .locator(`${scope} a[href^="/"]:not([download])`)
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  return [...new Set(hrefs.map((h) => h.split("#")[0]).filter((h) => h && !NOT_A_PAGE.test(h)))];
}

/**
 * Visits the signed-in person's pages: `visit` opens and checks one page (it must leave the
 * browser on it, so the links below it can be read). `menuLinks` are the main menu's links.
 */
export async function visitEveryPage(page: Page, menuLinks: string[], visit: (url: string) => Promise<void>) {
  const seen = new Set<string>();
  for (const url of [...menuLinks, "/thong-bao", "/doi-mat-khau"]) {
    if (seen.has(url)) continue;
    seen.add(url);
    await visit(url);
    const below = (await sameSiteLinks(page, "main")).filter((h) => h.startsWith(`${url}/`) && !seen.has(h));
    const form = below.find((h) => NEW_FORM.test(h));
    const record = below.find((h) => h !== form && !NEW_FORM.test(h));
    for (const next of [form, record]) {
      if (!next) continue;
      seen.add(next);
      await visit(next);
    }
  }
  return seen;
}

/** What axe's WCAG 2 A and AA rules find on the page as it stands, one line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${new URL(page.url()).pathname} ${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}
