// Every page each demo person reaches, opened on a small phone (360 px): it answers, it has a
// heading, nothing spills sideways or is cut off at the screen's edge (wide tables scroll inside
// their own box), the browser logs no error, and axe finds nothing (WCAG 2 A and AA). Pages are found as a person finds them: the menu, then the first records and the
// "new" forms each list links to.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations, PEOPLE, sameSiteLinks, visitEveryPage } from "./crawl";
import { loginAndWait } from "./helpers";

const PHONE = { width: 360, height: 780 };

/**
 * Elements reaching past the right edge of the screen, unless a box that scrolls sideways holds
 * them: a page can stay 360 px wide while a card hides (overflow: hidden) a table twice as wide.
 */
async function cutOffAtTheEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrollsItself = (el: Element) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
    const found: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= edge) continue;
      if (getComputedStyle(el).visibility === "hidden" || el.closest("[aria-hidden=true], .sr-only")) continue;
      let holder = el.parentElement;
      while (holder && holder !== document.body && !scrollsItself(holder)) holder = holder.parentElement;
      if (holder && holder !== document.body) continue;
      // Report the outermost offender only: its children spill with it.
      if (el.parentElement?.closest("[data-spill]")) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").slice(0, 3).join(".") : ""} (${Math.round(box.right)} px)`;
      (el as HTMLElement).dataset.spill = name;
      found.push(name);
    }
    return found.slice(0, 5);
  });
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
  expect(await cutOffAtTheEdge(page), `${url} has content past the screen's edge`).toEqual([]);
  expect(errors, url).toEqual([]);
  expect(await axeViolations(page), `${url} accessibility`).toEqual([]);
}

for (const [email, home] of PEOPLE) {
  test(`every page ${email} reaches works at 360 px`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.setViewportSize(PHONE);
    await loginAndWait(page, email, home);

    // The menu itself, opened, fits the screen too.
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
    expect(await cutOffAtTheEdge(page), "the open menu has content past the screen's edge").toEqual([]);
    expect(await axeViolations(page), "the open menu's accessibility").toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();

    const menu = await sameSiteLinks(page, 'nav[aria-label="Điều hướng chính"]');
    expect(menu.length).toBeGreaterThan(0);
    await visitEveryPage(page, menu, (url) => checkOnPhone(page, url, errors));
  });
}
