// Ý tưởng được chia sẻ (issue 16, point 15): a member shares an idea with the Khối, another member
// supports it and comments, the list sorts by support; another Khối does not find it.
import { answerConfirmations, expect, test } from "./fixtures";
import { login, loginAndWait, openPage, vnDate } from "./helpers";

test("a member shares an idea; another supports and comments; the list sorts by support", async ({ page, browser }) => {
  // Three people sign in (each a password hash and a session) on a shared machine.
  test.setTimeout(180_000);
  await loginAndWait(page, "doanvien@demo.vn", /\/ca-nhan$/);
  await openPage(page, "/ghi-nhan/moi?loai=y-tuong");
  const title = `Hẹn giờ trả kết quả qua tin nhắn ${Date.now()}`;
  await page.getByLabel("Tên ý tưởng, sáng kiến").fill(title);
  await page.getByLabel("Vấn đề đặt ra").fill("Người dân phải đến hỏi nhiều lần");
  await page.getByLabel("Nội dung đề xuất, giải pháp").fill("Nhắn tin khi hồ sơ có kết quả");
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Cải cách thủ tục hành chính" });
  await page.getByLabel("Ngày đề xuất").fill(vnDate(0));
  await page.getByRole("button", { name: "Gửi ghi nhận" }).click();
  await expect(page).toHaveURL(/\/ghi-nhan\/[0-9a-f-]{36}\?saved=1$/, { timeout: 15_000 });
  const id = new URL(page.url()).pathname.split("/").pop()!;

  // Private by default: shared only when its owner says so.
  await expect(page.getByText("Ý tưởng đang ở chế độ riêng tư")).toBeVisible();
  await page.getByRole("button", { name: "Chia sẻ trong Khối" }).click();
  await expect(page.getByText("Ý tưởng đang được chia sẻ trong Khối")).toBeVisible();
  await expect(page.getByRole("button", { name: "Thôi chia sẻ" })).toBeVisible();

  // Another member of the Khối (the chi đoàn's secretary, a đoàn viên too).
  const other = await browser.newContext();
  const peer = await other.newPage();
  await answerConfirmations(peer);
  await login(peer, "chidoan@demo.vn");
  await expect(peer).not.toHaveURL(/dang-nhap/, { timeout: 15_000 });
  await openPage(peer, "/y-tuong?sort=new");
  await expect(peer.getByRole("heading", { name: "Ý tưởng được chia sẻ" })).toBeVisible();
  const newest = peer.getByTestId("shared-idea").first();
  await expect(newest).toContainText(title);
  await expect(newest).toContainText("Võ Thanh Tùng");
  await expect(newest).toContainText(vnDate(0));
  await newest.getByRole("link", { name: title }).click();
  await expect(peer).toHaveURL(new RegExp(`/y-tuong/${id}$`));
  await peer.waitForLoadState("networkidle");
  await expect(peer.getByText("Nhắn tin khi hồ sơ có kết quả")).toBeVisible();

  await peer.getByRole("button", { name: "Ủng hộ", exact: true }).click();
  await expect(peer.getByRole("button", { name: "Đã ủng hộ" })).toBeVisible();
  await expect(peer.getByTestId("support-count")).toHaveText("1 ủng hộ");

  await peer.getByLabel("Góp ý của bạn").fill("Rất thiết thực, chi đoàn mình sẽ làm thử");
  await peer.getByRole("button", { name: "Gửi góp ý" }).click();
  await expect(peer.getByText("Rất thiết thực, chi đoàn mình sẽ làm thử")).toBeVisible();
  await expect(peer.getByLabel("Góp ý của bạn")).toHaveValue("");

  // "Nhiều ủng hộ nhất" (the default): supports never increase down the list.
  await openPage(peer, "/y-tuong");
  await expect(peer.getByRole("link", { name: "Nhiều ủng hộ nhất" })).toHaveAttribute("aria-current", "page");
  const counts = (await peer.getByTestId("shared-idea").allInnerTexts()).map((t) => Number(/(\d+) ủng hộ/.exec(t)?.[1]));
  expect(counts.length).toBeGreaterThan(1);
  expect(counts).toEqual([...counts].sort((x, y) => y - x));
  await expect(peer.getByTestId("shared-idea").filter({ hasText: title })).toContainText("1 ủng hộ");
  await other.close();

  // The owner sees the support and the comment on the shared page.
  await openPage(page, `/y-tuong/${id}`);
  await expect(page.getByTestId("support-count")).toHaveText("1 ủng hộ");
  await expect(page.getByText("Rất thiết thực, chi đoàn mình sẽ làm thử")).toBeVisible();

  // Another Khối: not found.
  const far = await browser.newContext();
  const stranger = await far.newPage();
  await login(stranger, "khoi.danang@demo.vn");
  await expect(stranger).not.toHaveURL(/dang-nhap/, { timeout: 15_000 });
  const response = await stranger.goto(`/y-tuong/${id}`);
  expect(response?.status()).toBe(404);
  await openPage(stranger, "/y-tuong");
  await expect(stranger.getByText(title)).toHaveCount(0);
  await far.close();
});
