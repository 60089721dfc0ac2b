// Gương điển hình on the running demo (issue 14): canbo@ makes a profile from an acknowledged
// project, adds a photo, features and publishes it, and a visitor sees it with its photo on the
// Khối's public pages; doanvien@ consents on /ca-nhan to the profile about him, which then shows,
// and withdraws, which takes it down at once.
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

const SITE = "/doan-khoi/dan-chinh-dang-tphcm";

test("canbo@ publishes a project's profile with a photo; a visitor sees it on the public home and list", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  await openPage(page, "/khoi/dien-hinh");
  // Nothing chosen: the message beside the field.
  await page.getByRole("button", { name: "Lập hồ sơ" }).click();
  await expect(page.getByText("Vui lòng chọn khen thưởng hoặc công trình")).toBeVisible();
  const select = page.getByLabel("Lập từ");
  const option = select.locator('option[value^="project:"]').first();
  const label = (await option.textContent())!;
  await select.selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Lập hồ sơ" }).click();
  await expect(page).toHaveURL(/\/khoi\/dien-hinh\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");
  const title = await page.getByLabel("Tiêu đề").inputValue();
  expect(label.startsWith(title)).toBe(true);

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#1d4ed8" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel("Chọn ảnh").setInputFiles({ name: "cong-trinh.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByTestId("evidence-files").getByRole("link", { name: "cong-trinh.jpg" })).toBeVisible();

  await page.getByLabel("Nêu trên trang chủ công khai của Đoàn Khối (nổi bật)").check();
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  // Once the save went through, the page read afresh shows it kept.
  await page.waitForLoadState("networkidle");
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Nêu trên trang chủ công khai của Đoàn Khối (nổi bật)")).toBeChecked();
  await page.getByRole("button", { name: "Công khai", exact: true }).click();
  await expect(page.getByRole("link", { name: "Đang hiện: xem trang công khai" })).toBeVisible();

  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await visitor.goto(`${SITE}/dien-hinh`);
  const card = visitor.locator("article", { hasText: title });
  await expect(card).toBeVisible();
  await card.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const img = visitor.getByRole("img", { name: title });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(800);
  await visitor.goto(SITE);
  await expect(visitor.locator("#dien-hinh")).toBeVisible();
});

test("doanvien@ consents to the profile about him, which then shows; withdrawing takes it down", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  const listed = async () => {
    await visitor.goto(`${SITE}/dien-hinh`);
    return visitor.locator("article", { hasText: "Võ Thanh Tùng" }).count();
  };
  expect(await listed()).toBe(0);

  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  await page.waitForLoadState("networkidle");
  const section = page.locator("#dien-hinh");
  await expect(section.getByText("Võ Thanh Tùng – tình nguyện viên tiêu biểu")).toBeVisible();
  await section.getByRole("button", { name: "Đồng ý công khai", exact: true }).click();
  await expect(section.getByRole("button", { name: "Rút đồng ý công khai" })).toBeVisible();
  expect(await listed()).toBe(1);
  const href = (await visitor.locator("article", { hasText: "Võ Thanh Tùng" }).getByRole("link").first().getAttribute("href"))!;

  await section.getByRole("button", { name: "Rút đồng ý công khai" }).click();
  await expect(section.getByRole("button", { name: "Đồng ý công khai", exact: true })).toBeVisible();
  expect(await listed()).toBe(0);
  expect((await visitor.request.get(href)).status()).toBe(404);
});

test("khoi@ gives a project's profile a photo the cơ sở sent with the project", async ({ browser, page }) => {
  test.setTimeout(150_000);
  // coso@ adds a photo to a finished project waiting for the Khối.
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await openPage(page, "/cong-trinh");
  const hrefs = [
    ...new Set(await page.locator("a[href^='/cong-trinh/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))),
  ].filter((h) => /\/[0-9a-f-]{36}$/.test(h));
  let project: string | null = null;
  for (const href of hrefs) {
    await openPage(page, href);
    if ((await page.getByLabel("Chọn tệp minh chứng").count()) && (await page.getByText("Hoàn thành, chờ ghi nhận").count())) {
      project = href;
      break;
    }
  }
  expect(project, "a finished project of Đoàn Sở Tài chính in the demo").not.toBeNull();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#0e7490" } })
    .jpeg()
    .toBuffer();
  await page.getByLabel("Chọn tệp minh chứng").setInputFiles({ name: "trong-cay.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByTestId("evidence-files").getByRole("link", { name: "trong-cay.jpg" })).toBeVisible();

  // khoi@ acknowledges it, makes its profile and takes the photo from the project's evidence.
  const khoi = await (await browser.newContext()).newPage();
  await loginAndWait(khoi, "khoi@demo.vn", /\/khoi$/);
  await openPage(khoi, project!);
  await khoi.getByRole("button", { name: "Ghi nhận" }).click();
  await expect(khoi.getByText("Đã ghi nhận").first()).toBeVisible();
  await openPage(khoi, "/khoi/dien-hinh");
  await khoi.getByLabel("Lập từ").selectOption(`project:${project!.split("/").pop()}`);
  await khoi.getByRole("button", { name: "Lập hồ sơ" }).click();
  await expect(khoi).toHaveURL(/\/khoi\/dien-hinh\/[0-9a-f-]{36}$/);
  await khoi.waitForLoadState("networkidle");
  const offered = khoi.getByTestId("project-photos").getByRole("img", { name: "trong-cay.jpg" });
  await expect(offered).toBeVisible();
  // Drawn lazily: visible before its bytes arrive.
  await expect.poll(() => offered.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(640);
  await khoi.getByRole("button", { name: "Dùng ảnh trong-cay.jpg" }).click();
  await expect(khoi.getByTestId("evidence-files").getByRole("link", { name: "trong-cay.jpg" })).toBeVisible();
});
