// Every page of every role passes axe's WCAG 2 A and AA rules (issue 16). The phone check runs axe
// on every page it walks (tests/e2e/phone.spec.ts); here, the pages read before signing in, and
// each person's home at desk size, where the menu is a bar rather than a button.
import { expect, test } from "./fixtures";
import { axeViolations, PEOPLE } from "./crawl";
import { loginAndWait } from "./helpers";

test("the pages read before signing in pass axe", async ({ page }) => {
  const found: string[] = [];
  for (const url of ["/dang-nhap", "/quen-mat-khau"]) {
    await page.goto(url);
    found.push(...(await axeViolations(page)));
  }
  expect(found).toEqual([]);
});

test("each person's home with the desk menu passes axe", async ({ page }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  for (const [email, home] of PEOPLE) {
    await page.context().clearCookies();
    await loginAndWait(page, email, home);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeVisible();
    found.push(...(await axeViolations(page)));
  }
  expect(found).toEqual([]);
});
