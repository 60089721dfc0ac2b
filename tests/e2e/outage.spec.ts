// A form sent while the database is down (issue 19): the server answers its action with 503 and
// a short text (lib/server/outage.mjs). The e2e server runs on the embedded database, which
// cannot go down, so the browser here gets that answer from the network layer, as the server
// sends it; the server's side is tests/integration/database-outage.test.ts, on a real
// PostgreSQL stopped and started.
import { expect, test } from "./fixtures";
import { loginAndWait } from "./helpers";
import { ACTION_OUTAGE_TEXT } from "../../lib/server/outage.mjs";

test("a form sent during an outage keeps what was typed, says to retry, and saves once it is back", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/doan-vien/moi");
  await page.waitForLoadState("networkidle"); // typing before the form is live can be lost
  await page.getByLabel("Họ và tên").fill("Lương Thị Gián Đoạn");
  await page.getByLabel("Chi đoàn").selectOption({ index: 1 });
  await page.getByLabel("Ngày sinh").fill("12/03/1996");

  const outage = async (route: import("@playwright/test").Route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.fulfill({
          status: 503,
          headers: { "content-type": "text/plain", "retry-after": "15" },
          body: ACTION_OUTAGE_TEXT,
        })
      : route.continue();
  await page.route("**/doan-vien/moi", outage);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Không kết nối được máy chủ. Dữ liệu bạn nhập vẫn còn, vui lòng thử lại.")).toBeVisible();
  await expect(page.getByLabel("Họ và tên")).toHaveValue("Lương Thị Gián Đoạn");
  await expect(page.getByLabel("Ngày sinh")).toHaveValue("12/03/1996");

  // Back: the same form, sent again, saves one member.
  await page.unroute("**/doan-vien/moi", outage);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Đã lưu hồ sơ đoàn viên.")).toBeVisible();
  await page.goto("/doan-vien?q=luong thi gian doan");
  await expect(page.getByRole("link", { name: "Lương Thị Gián Đoạn" })).toHaveCount(1);
});
