// A whole round of thi đua – khen thưởng in the demo: the cơ sở sends two members (the demo's
// draft and the member doanvien@), the Khối names its council, closes nominations, both council
// members vote, the chair closes the vote, the Khối issues the decision; its Word file and a giấy
// khen download with the honouree in them, and the member finds the honour on their record. Then
// up to the city: the Khối proposes the member for a city-level title, the city staff accept,
// their decision's Word file names the member, and the term's "25 gương cấp Thành" on the Khối
// dashboard moves by one.
import { readFileSync } from "node:fs";
import mammoth from "mammoth";
import type { Browser, Page } from "@playwright/test";
import { answerConfirmations, expect, test } from "./fixtures";
import { loginAndWait, openPage } from "./helpers";

const ROUND = /Xét chọn Cán bộ, công chức, viên chức trẻ giỏi, thân thiện năm/;
const MEMBER = "Võ Thanh Tùng";

async function signedIn(browser: Browser, email: string, home: RegExp): Promise<Page> {
  const page = await browser.newPage();
  await answerConfirmations(page);
  await loginAndWait(page, email, home);
  return page;
}

async function openRound(page: Page) {
  await openPage(page, "/khen-thuong");
  await page.getByRole("link", { name: ROUND }).first().click();
  await page.waitForURL(/\/khen-thuong\/[0-9a-f-]{36}$/);
  await page.waitForLoadState("networkidle");
}

async function vote(page: Page) {
  await openRound(page);
  const ballot = page.locator("section", { has: page.getByRole("heading", { name: "Phiếu của tôi" }) });
  // The three sent: the demo cơ sở's two and another cơ sở's one.
  await expect(ballot.locator("li")).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await ballot.locator(`#approve-${i}`).selectOption("true");
    await ballot.locator(`#score-${i}`).fill(String(90 - i * 5));
  }
  await ballot.getByRole("button", { name: "Lưu phiếu của tôi" }).click();
  await expect(page.getByText("Đã bỏ 3/3 phiếu").first()).toBeVisible();
}

/** The "Kết quả" cell of the term programme's city-level honour indicator on the Khối dashboard. */
async function cityHonoursOnDashboard(page: Page) {
  await openPage(page, "/bang-dieu-khien");
  const table = page.locator("table", { has: page.locator("caption", { hasText: "Tiến độ chỉ tiêu nhiệm kỳ" }) });
  const cells = await table.locator("tr", { hasText: "gương cấp Thành" }).locator("td, th").allTextContents();
  return cells[2];
}

async function textOf(page: Page, link: ReturnType<Page["getByRole"]>) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return (await mammoth.extractRawText({ buffer: readFileSync(await download.path()) })).value;
}

test("a round from nomination to decision, giấy khen and the member's record", async ({ browser }) => {
  test.setTimeout(180_000);

  // The cơ sở: the demo draft sent, and a second member nominated and sent.
  const coSo = await signedIn(browser, "coso@demo.vn", /\/co-so/);
  await openRound(coSo);
  const value = await coSo
    .locator("#memberId option", { hasText: `${MEMBER} —` })
    .first()
    .getAttribute("value");
  await coSo.locator("#memberId").selectOption(value!);
  await coSo.getByLabel("Tóm tắt thành tích").fill("Có 2 sáng kiến được áp dụng, tham gia đủ các đợt tình nguyện.");
  await coSo.getByRole("button", { name: "Lưu đề xuất (bản nháp)" }).click();
  await expect(coSo.getByText(MEMBER, { exact: true })).toBeVisible();
  // The demo's proposal of chi đoàn (chidoan@) waits beside them; the quota of 2 goes to the cơ sở's own.
  const proposed = coSo.locator("li", { hasText: "Chi đoàn đề xuất" });
  await expect(proposed).toHaveCount(1);
  await expect(proposed.getByText("Chờ cơ sở gửi Đoàn Khối")).toBeVisible();
  for (let sent = 0; sent < 2; sent++) {
    await coSo
      .locator("li", { hasNotText: "Chi đoàn đề xuất" })
      .getByRole("button", { name: "Gửi", exact: true })
      .first()
      .click();
    await expect(coSo.getByText("Đã gửi")).toHaveCount(sent + 1);
  }

  // The Khối: the council (canbo@ chairs, khoi@ sits), then nominations closed.
  const staff = await signedIn(browser, "canbo@demo.vn", /\/khoi/);
  await openRound(staff);
  await staff.getByLabel(/Trần Minh Quân/).check();
  await staff.getByLabel(/Nguyễn Thị Thu Hà/).check();
  await staff.getByLabel("Chủ tịch hội đồng").selectOption({ label: "Trần Minh Quân" });
  await staff.getByRole("button", { name: "Lưu hội đồng" }).click();
  await expect(staff.getByText("(Chủ tịch hội đồng)")).toBeVisible();
  await staff.getByRole("button", { name: "Ngừng nhận đề xuất" }).click();
  await expect(staff.getByRole("heading", { name: "Phiếu của tôi" })).toBeVisible();

  // Both vote; the admin sees no tally before the chair closes.
  await vote(staff);
  const admin = await signedIn(browser, "khoi@demo.vn", /\/khoi/);
  await vote(admin);
  await expect(admin.getByText("Kết quả bỏ phiếu của hội đồng")).toHaveCount(0);
  await openRound(staff);
  await staff.getByRole("button", { name: "Kết thúc bỏ phiếu" }).click();
  await expect(staff.getByText("Kết quả bỏ phiếu của hội đồng")).toBeVisible();
  await expect(staff.getByText("Đề nghị khen thưởng")).toHaveCount(3);

  // The decision, with those the council proposed ticked.
  await staff.getByLabel("Số quyết định").fill("60-QĐ/ĐTN");
  await staff.getByLabel("Họ tên người ký").fill("Phạm Văn Linh");
  await staff.getByRole("button", { name: "Ra quyết định khen thưởng" }).click();
  await expect(staff.getByText(/Quyết định số 60-QĐ\/ĐTN ngày/).first()).toBeVisible();
  const decision = await textOf(staff, staff.getByRole("link", { name: "Xuất Word quyết định" }));
  expect(decision).toContain("QUYẾT ĐỊNH");
  expect(decision).toContain("Số: 60-QĐ/ĐTN");
  expect(decision).toContain(MEMBER);
  const certificate = await textOf(staff, staff.getByRole("link", { name: "Giấy khen (tất cả)" }));
  expect(certificate).toContain("GIẤY KHEN");
  expect(certificate).toContain(MEMBER.toLocaleUpperCase("vi-VN"));

  // Up to the city: the member proposed for the Khối's city-level title; the city accepts.
  expect(await cityHonoursOnDashboard(staff)).toBe("1 gương");
  await openRound(staff);
  const forward = staff.locator("section", { has: staff.getByRole("heading", { name: "Đề nghị Thành Đoàn khen thưởng" }) });
  await forward.getByLabel(new RegExp(`^${MEMBER} —`)).check();
  await forward.getByLabel("Ý kiến đề nghị của Đoàn Khối").fill("Gương tiêu biểu, sáng kiến được áp dụng toàn Khối.");
  await forward.getByRole("button", { name: "Gửi đề nghị lên Thành Đoàn" }).click();
  await expect(forward.locator("li", { hasText: MEMBER }).getByText("Chờ Thành Đoàn xét")).toBeVisible();

  const city = await signedIn(browser, "thanhdoan.canbo@demo.vn", /\/thanh-doan/);
  await city.getByRole("link", { name: "Đề nghị khen thưởng" }).click();
  await city.waitForURL(/\/thanh-doan\/khen-thuong$/);
  const proposal = city.locator("li", { hasText: MEMBER });
  await proposal.getByLabel("Số quyết định").fill("130-QĐ/TĐTN");
  await proposal.getByRole("button", { name: "Công nhận", exact: true }).click();
  const decided = city.locator("section", { has: city.getByRole("heading", { name: "Đã xét" }) });
  await expect(decided.locator("li", { hasText: MEMBER }).getByText(/Quyết định số 130-QĐ\/TĐTN/)).toBeVisible();
  // The city's decision as a Word file, naming the member and the Khối that proposed them.
  const cityDecision = await textOf(city, decided.getByRole("link", { name: new RegExp(`130-QĐ/TĐTN.*${MEMBER}`) }));
  expect(cityDecision).toContain("Về việc công nhận danh hiệu");
  expect(cityDecision).toContain(MEMBER);

  await openRound(staff);
  await expect(forward.locator("li", { hasText: MEMBER }).getByText("Được Thành Đoàn công nhận")).toBeVisible();
  expect(await cityHonoursOnDashboard(staff)).toBe("2 gương");

  // The member's record.
  const member = await signedIn(browser, "doanvien@demo.vn", /\/ca-nhan/);
  await expect(member.getByText("Khen thưởng (2)")).toBeVisible();
  await expect(member.getByText(/Quyết định số 130-QĐ\/TĐTN của Thành Đoàn/)).toBeVisible();
  await expect(member.getByText(/Quyết định số 60-QĐ\/ĐTN/)).toBeVisible();
});
