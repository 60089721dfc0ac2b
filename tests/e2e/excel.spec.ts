import { expect, test } from "./fixtures";
import ExcelJS from "exceljs";
import { loginAndWait } from "./helpers";

async function sheetFile(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"]);
  for (const r of rows) ws.addRow(r);
  return {
    name: "danh-sach.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

async function readDownload(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

test("a secretary previews an Excel file, imports the valid rows and downloads the rejected ones", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/doan-vien/nhap-excel");

  const template = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải tệp mẫu" }).first().click();
  expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.locator('input[type="file"]').setInputFiles(
    await sheetFile([
      [1, "Hà Văn Nhập", "12/05/1996", "Nam", "Chuyên viên", "Chi đoàn Văn phòng Sở", "ha.van.nhap@coquan.vn", "0903000111"],
      [2, "Lê Thị Sai Ngày", "31/02/1996", "Nữ", "", "Chi đoàn Văn phòng Sở", "", ""],
      [3, "Phạm Lạc Chi Đoàn", "01/01/1997", "Nam", "", "Chi đoàn Cơ quan Ủy ban", "", ""],
    ]),
  );
  await page.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(page.getByText("Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)")).toBeVisible();
  // Another cơ sở's chi đoàn is not one this secretary may import into.
  await expect(page.getByText(/Không có chi đoàn “Chi đoàn Cơ quan Ủy ban”/)).toBeVisible();

  await page.getByRole("button", { name: "Nhập 1 đoàn viên hợp lệ" }).click();
  await expect(page.getByText("Đã nhập 1 đoàn viên.")).toBeVisible();
  const rejected = page.waitForEvent("download");
  await page.getByRole("button", { name: "Tải các dòng bị loại (.xlsx)" }).click();
  const rejectedBook = await readDownload((await (await rejected).path())!);
  expect(rejectedBook.worksheets[0].rowCount).toBe(3);

  await page.goto("/doan-vien?q=ha van nhap");
  await expect(page.getByRole("link", { name: "Hà Văn Nhập" })).toBeVisible();
});

test("the member list exports to Excel with only the viewer's members", async ({ page }) => {
  await loginAndWait(page, "coso@demo.vn", /\/co-so$/);
  await page.goto("/doan-vien");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = await readDownload((await file.path())!);
  const sheet = book.worksheets[0];
  const coSoColumn = new Set<string>();
  sheet.eachRow((row, n) => {
    if (n > 1) coSoColumn.add(String(row.getCell(8).value ?? ""));
  });
  expect([...coSoColumn]).toEqual(["Đoàn Sở Tài chính"]);
});

// The export streams in batches of whole chi đoàn (lib/data/members.ts): the Khối's file holds
// every member the list counts, once, numbered on across the batches.
test("the Khối's member export holds every member of the list, once, numbered in order", async ({ page }) => {
  await loginAndWait(page, "khoi@demo.vn", /\/khoi$/);
  await page.goto("/doan-vien");
  const total = Number(
    (await page
      .getByText(/^[\d.]+ đoàn viên$/)
      .first()
      .textContent())!.replace(/\D/g, ""),
  );
  expect(total).toBeGreaterThan(100);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const sheet = (await readDownload((await (await download).path())!)).worksheets[0];
  const numbers: number[] = [];
  const rows = new Set<string>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    numbers.push(Number(row.getCell(1).value));
    rows.add([2, 3, 7, 8].map((c) => String(row.getCell(c).value ?? "")).join("|"));
  });
  expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  expect(rows.size).toBe(total);
});
