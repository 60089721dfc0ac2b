// Issue 16 point 12 on the demo data: indicators named, not coded; the year picker; small monthly
// counts as bars; and the city reading down into each Khối (its numbers and compiled reports).
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

const CODE = /^CT\d+$/;

test("the Khối dashboard names its indicators, draws months as bars and keeps a bad year harmless", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await openPage(page, "/bang-dieu-khien");
  // The indicator chips: a short name, the full wording on hover; never a bare code.
  const chips = page.getByRole("navigation", { name: "Chọn chỉ tiêu" }).getByRole("link");
  await expect(chips.first()).toBeVisible();
  for (const chip of await chips.all()) {
    const text = (await chip.textContent())!.trim();
    expect(text).not.toMatch(CODE);
    expect(text.length).toBeLessThanOrEqual(28);
    expect((await chip.getAttribute("title"))!.length).toBeGreaterThanOrEqual(text.replace("…", "").length);
  }
  // The axis of the indicators' chart: names with their full text in an SVG title.
  const ticks = page.locator(".recharts-yAxis-tick-labels text");
  await expect(ticks.first()).toBeVisible();
  for (const t of (await ticks.allTextContents()).slice(0, 5)) expect(t.trim()).not.toMatch(CODE);
  const full = (await page.locator(".recharts-yAxis-tick-labels title").first().textContent())!;
  expect(full.length).toBeGreaterThanOrEqual((await ticks.first().textContent())!.replace("…", "").length);
  // The monthly trend: never a smoothed curve (a cubic "C" in the path); bars for small counts.
  const trend = page.locator("section", { has: page.getByRole("heading", { name: /Kết quả theo tháng năm/ }) }).last();
  await expect(trend.locator(".recharts-surface")).toBeVisible();
  for (const d of await trend.locator("path.recharts-line-curve").evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? "")))
    expect(d).not.toMatch(/C/);
  // A year that is not offered (or not a year) shows the current year, not an error.
  await openPage(page, "/bang-dieu-khien?nam=abc");
  await expect(page.getByRole("heading", { name: "Toàn Đoàn Khối" })).toBeVisible();
  await openPage(page, "/bang-dieu-khien?nam=1990");
  await expect(page.getByRole("heading", { name: "Toàn Đoàn Khối" })).toBeVisible();
});

test("a cơ sở's monthly counts, a few a month, are bars", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so/);
  await openPage(page, "/bang-dieu-khien");
  const trend = page.locator("section", { has: page.getByRole("heading", { name: /Kết quả theo tháng năm/ }) }).last();
  await expect(trend.locator(".recharts-bar").first()).toBeAttached();
  await expect(trend.locator(".recharts-line")).toHaveCount(0);
});

test("the city opens each Khối's numbers and compiled reports from its list; an unknown Khối is not found", async ({ page }) => {
  await loginAndWait(page, "thanhdoan@demo.vn", /\/thanh-doan$/);
  const khoi = page.getByRole("main").locator('a[href^="/thanh-doan/khoi/"]').first();
  const name = (await khoi.textContent())!.trim();
  await khoi.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Báo cáo tổng hợp của Đoàn Khối")).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  // The compiled report's text opens in place.
  const report = page.locator("details").filter({ hasText: "Báo cáo:" }).first();
  await report.locator("summary").click();
  await expect(report.locator("section h3").first()).toBeVisible();

  // The same Khối from the city's dashboard.
  await openPage(page, "/bang-dieu-khien");
  await expect(page.getByRole("main").getByRole("link", { name })).toHaveAttribute("href", /^\/thanh-doan\/khoi\//);

  const missing = await page.goto(`/thanh-doan/khoi/${crypto.randomUUID()}`);
  expect(missing?.status()).toBe(404);
});

test("a Khối's own staff cannot open the city's page of their Khối", async ({ page }) => {
  await loginAndWait(page, "thanhdoan@demo.vn", /\/thanh-doan$/);
  const href = (await page.getByRole("main").locator('a[href^="/thanh-doan/khoi/"]').first().getAttribute("href"))!;
  await page.context().clearCookies();
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  const response = await page.goto(href);
  expect(response?.status()).toBe(404);
});
