import { expect, test } from "./fixtures";
import { firstMemberId, loginAndWait } from "./helpers";

// The admin of one Khối cannot read or change a member of the other Khối by id, through a page
// or a server action.
test("a Khối admin cannot read or change another Khối's member by id", async ({ browser }) => {
  const hcm = await browser.newPage();
  await loginAndWait(hcm, "khoi@demo.vn", /\/khoi$/);
  const hcmMemberId = await firstMemberId(hcm);
  await hcm.goto(`/doan-vien/${hcmMemberId}`);
  const hcmName = await hcm.getByRole("heading", { level: 1 }).textContent();

  const dn = await browser.newPage();
  await loginAndWait(dn, "khoi.danang@demo.vn", /\/khoi$/);

  // Through a page: not found, and the name is not shown.
  await dn.goto(`/doan-vien/${hcmMemberId}`);
  await expect(dn.getByRole("heading", { name: "Không tìm thấy" })).toBeVisible();
  await expect(dn.getByText(hcmName!)).toHaveCount(0);

  // Through the server action: the Đà Nẵng admin edits their own member, and the request is
  // rewritten on the way to carry the TP.HCM member's id.
  const dnMemberId = await firstMemberId(dn);
  await dn.goto(`/doan-vien/${dnMemberId}`);
  await dn.route(`**/doan-vien/${dnMemberId}`, async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    await route.continue({ postData: request.postData()!.replaceAll(dnMemberId, hcmMemberId) });
  });
  await dn.getByLabel("Họ và tên").fill("Bị sửa trái phép");
  await dn.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(dn.getByText(/Không tìm thấy/)).toBeVisible();

  await hcm.goto(`/doan-vien/${hcmMemberId}`);
  await expect(hcm.getByRole("heading", { level: 1 })).toHaveText(hcmName!);
});

test("a Khối admin cannot open the other Khối's unit through its members filter", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  const link = await page.locator('a[href^="/doan-vien?chiDoan="]').first().getAttribute("href");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await loginAndWait(page, "khoi.danang@demo.vn", /\/khoi$/);
  await page.goto(link!);
  await expect(page.getByText("Không có đoàn viên nào khớp bộ lọc")).toBeVisible();
});

test("a server action POSTed from a foreign origin is refused", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  const memberId = await firstMemberId(page);
  await page.goto(`/doan-vien/${memberId}`);
  const name = await page.getByRole("heading", { level: 1 }).textContent();

  // Capture a genuine action request, then replay it with a foreign Origin.
  let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
  await page.route(`**/doan-vien/${memberId}`, async (route) => {
    const r = route.request();
    if (r.method() === "POST" && !captured) {
      captured = { url: r.url(), headers: await r.allHeaders(), body: r.postData()! };
      return route.abort();
    }
    return route.continue();
  });
  await page.getByLabel("Họ và tên").fill("Giả mạo nguồn gốc");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect.poll(() => captured !== null).toBe(true);

  const c = captured!;
  const headers = { ...c.headers, origin: "http://evil.example" };
  delete (headers as Record<string, string>)["content-length"];
  const response = await page.request.post(c.url, { headers, data: c.body });
  expect(response.status()).toBeGreaterThanOrEqual(400);

  await page.unroute(`**/doan-vien/${memberId}`);
  await page.goto(`/doan-vien/${memberId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
});
