// What a new user trips over in the first hour (issue 16), on a desk and on a phone.
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, loginAndWait, openPage, vnDate } from "./helpers";

test("signing in returns to the page asked for, and only to a page of this site", async ({ page }) => {
  await page.goto("/ghi-nhan/moi?loai=y-tuong");
  await expect(page).toHaveURL(/\/dang-nhap\?tiep=%2Fghi-nhan%2Fmoi%3Floai%3Dy-tuong$/);
  await page.getByLabel("Email").fill("doanvien@demo.vn");
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/ghi-nhan\/moi\?loai=y-tuong$/, { timeout: 15_000 });

  // Signed in already, the sign-in link goes straight on; a link off the site goes home instead.
  await page.goto("/dang-nhap?tiep=%2Fthong-bao");
  await expect(page).toHaveURL(/\/thong-bao$/);
  for (const offSite of ["%2F%2Fevil.example%2F", "%2F..%2F%2Fevil.example"]) {
    await page.goto(`/dang-nhap?tiep=${offSite}`);
    await expect(page).toHaveURL(/localhost:\d+\/ca-nhan$/);
  }
});

test("on a phone, a date is typed as digits and the slashes come by themselves", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  await openPage(page, "/ghi-nhan/moi?loai=tinh-nguyen");
  const day = page.getByLabel("Ngày tham gia");
  // The number pad: no "/" key.
  await expect(day).toHaveAttribute("inputmode", "numeric");
  await day.fill("");
  await day.pressSequentially("29112026");
  await expect(day).toHaveValue("29/11/2026");
  // Deleting goes back over the slashes without them coming back.
  await day.press("Backspace");
  await day.press("Backspace");
  await day.press("Backspace");
  await day.press("Backspace");
  await day.press("Backspace");
  await expect(day).toHaveValue("29/11");
});

test("the portal installs on a phone: icon, manifest, theme colour", async ({ page, request }) => {
  for (const path of ["/favicon.ico", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon-maskable-512.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(/^image\//);
  }
  await page.goto("/dang-nhap");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#1e3a8a");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ lang: "vi", display: "standalone", start_url: "/" });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
});

test("offline, a member's unsent entry is kept and goes by itself when the network returns; no private page is cached", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  // The service worker takes over once registered (it claims the open pages).
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, { timeout: 15_000 });

  await openPage(page, "/ghi-nhan/moi?loai=y-tuong");
  const title = `Sáng kiến gửi khi mất mạng ${Date.now()}`;
  await page.getByLabel("Tên ý tưởng, sáng kiến").fill(title);
  // Typed, then the page is left and opened again: what was typed comes back.
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.getByText(/Đã khôi phục nội dung bạn nhập lúc/)).toBeVisible();
  await expect(page.getByLabel("Tên ý tưởng, sáng kiến")).toHaveValue(title);
  await page.getByLabel("Vấn đề đặt ra").fill("Sổ công văn đến viết tay, khó tra cứu");
  await page.getByLabel("Nội dung đề xuất, giải pháp").fill("Số hóa sổ theo dõi công văn đến, tra cứu trên điện thoại");
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Cải cách thủ tục hành chính" });
  await page.getByLabel("Ngày đề xuất").fill(vnDate(0));

  await context.setOffline(true);
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  await expect(page.getByText(/Không có kết nối mạng\. Nội dung vẫn được giữ trên máy này/)).toBeVisible();
  // A page opened without a network: the portal's offline page, not the browser's error.
  const other = await context.newPage();
  await other.goto("/ca-nhan").catch(() => undefined);
  await expect(other.getByRole("heading", { name: "Không có kết nối mạng" })).toBeVisible();
  await other.close();

  await context.setOffline(false);
  await expect(page).toHaveURL(/\/ghi-nhan\/[0-9a-f-]{36}\?saved=1$/, { timeout: 15_000 });
  await expect(page.getByText(title).first()).toBeVisible();
  // Sent: the form opens empty again.
  await openPage(page, "/ghi-nhan/moi?loai=y-tuong");
  await expect(page.getByLabel("Tên ý tưởng, sáng kiến")).toHaveValue("");

  // What the worker keeps: the offline page and the build's static files, never a portal page.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain("/offline.html");
  expect(cached.filter((path) => !/^\/(offline\.html|favicon\.ico|icons\/.+|_next\/static\/.+)$/.test(path))).toEqual([]);
});

test("the menu: grouped rows on a desk, one button on a phone, the current page marked, the user named", async ({ page }) => {
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  await page.goto("/bao-cao");
  await expect(menu.getByRole("link", { name: "Báo cáo" })).toHaveAttribute("aria-current", "page");
  await expect(menu.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();

  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/ke-hoach");
  await expect(menu).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(menu).toBeVisible();
  await expect(menu.getByText("Trần Minh Quân")).toBeVisible();
  await expect(menu.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Kế hoạch" })).toHaveAttribute("aria-current", "page");
  for (const group of ["Theo dõi", "Phong trào", "Báo cáo, thi đua"]) await expect(menu.getByText(group)).toBeVisible();
  await menu.getByRole("link", { name: "Hoạt động" }).click();
  await expect(page).toHaveURL(/\/hoat-dong$/);
  // Choosing a page closes the menu.
  await expect(menu).toBeHidden();
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");
});

test("leaving a form with typed content asks first, in the portal's own dialog", async ({ page }) => {
  await page.removeLocatorHandler(page.locator("dialog[open]"));
  await loginAndWait(page, "canbo@demo.vn", /\/khoi$/);
  const menu = page.getByRole("navigation", { name: "Điều hướng chính" });
  await openPage(page, "/hoat-dong/moi");
  // Nothing typed: the menu leaves at once.
  await menu.getByRole("link", { name: "Kế hoạch" }).click();
  await expect(page).toHaveURL(/\/ke-hoach$/);

  await openPage(page, "/hoat-dong/moi");
  await page.getByLabel("Tên hoạt động").fill("Ngày hội đoàn viên khỏe");
  await menu.getByRole("link", { name: "Kế hoạch" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận" });
  await expect(dialog).toContainText("Bạn có nội dung chưa lưu trên trang này");
  // In the middle of the screen, the careful answer focused.
  const box = (await dialog.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - page.viewportSize()!.width / 2)).toBeLessThan(4);
  expect(box.y).toBeGreaterThan(20);
  await expect(dialog.getByRole("button", { name: "Ở lại" })).toBeFocused();
  await dialog.getByRole("button", { name: "Ở lại" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/hoat-dong\/moi$/);
  await expect(page.getByLabel("Tên hoạt động")).toHaveValue("Ngày hội đoàn viên khỏe");

  // "Hủy" asks too; leaving is then the user's choice.
  await page.getByRole("button", { name: "Hủy" }).click();
  await dialog.getByRole("button", { name: "Rời trang" }).click();
  await expect(page).toHaveURL(/\/ke-hoach$/);
});
