// The dashboards on the demo data: charts draw, every chart has its table, and the numbers are
// the records' (the ideas indicator equals the confirmed ideas the list shows for the year).
import { expect, test } from "./fixtures";
import { loginAndWait } from "./helpers";

const number = (text: string) => Number((/[\d.]+/.exec(text)?.[0] ?? "NaN").replaceAll(".", ""));

test("the Khối dashboard shows the indicators against their targets, with the records' numbers, and drills down to a cơ sở", async ({
  page,
}) => {
  const year = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date());
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.getByRole("link", { name: "Bảng điều khiển" }).first().click();
  await expect(page).toHaveURL(/\/bang-dieu-khien$/);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  // The chart's numbers as a table: the "1.000 ý tưởng" indicator against the ideas list.
  await page.getByText("Xem số liệu dạng bảng").first().click();
  const row = page
    .getByRole("row")
    .filter({ hasText: /1\.000 ý tưởng/ })
    .first();
  await expect(row).toBeVisible();
  const cells = await row.getByRole("cell").allTextContents();
  const shown = number(cells.find((c) => /ý tưởng/.test(c) && !/1\.000/.test(c)) ?? "");
  expect(shown).toBeGreaterThan(0);
  await page.goto(`/ghi-nhan?kind=IDEA&status=CONFIRMED&ky=${year}`);
  const listed = number(
    (await page
      .getByText(/ghi nhận · ý tưởng/)
      .first()
      .textContent()) ?? "",
  );
  expect(shown).toBe(listed);

  // Drill down from the ranking to one cơ sở and on to its records.
  await page.goto("/bang-dieu-khien");
  const first = page.locator('a[href^="/bang-dieu-khien/co-so/"]:visible').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Công trình, phần việc của cơ sở" }).click();
  await expect(page).toHaveURL(/\/cong-trinh\?coSo=/);
});

test("a member's dashboard shows their own year", async ({ page }) => {
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  await page.goto("/bang-dieu-khien");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Hồ sơ của tôi|ca-nhan/ }).first()).toBeVisible();
  // No one else's names: the Khối ranking is not there.
  await expect(page.locator('a[href^="/bang-dieu-khien/co-so/"]')).toHaveCount(0);
});
